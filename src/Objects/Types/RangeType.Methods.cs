using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>range: constructor, len, indexing and slicing, O(1) int membership, count/index, iteration, ==, hash, repr.</summary>
internal static partial class RangeType
{
    private static PyRange Self(PyValue v) => (PyRange)v.AsObject;

    static partial void InstallAll()
    {
        var t = PyType.Range;
        t.New = New;
        t.Repr = static (ts, v) =>
        {
            var r = Self(v);
            var text = "range(" + r.Start + ", " + r.Stop + (r.Step.IsOne ? ")" : ", " + r.Step + ")");
            return PyValue.FromObject(new PyStr(text));
        };
        t.Length = static (ts, v) =>
        {
            var r = Self(v);
            if (r.Length > long.MaxValue)
            {
                ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
                return -1;
            }

            return (long)r.Length;
        };
        t.ToBool = static (ts, v) => Self(v).Length.IsZero ? 0 : 1;
        t.GetItem = GetItem;
        t.Contains = static (ts, v, x) => IsExactIntOrBool(x) ? (Self(v).ContainsInt(Big(x)) ? 1 : 0) : PyOps.ContainsByIteration(ts, v, x);
        t.Iter = static (ts, v) => Iterator(Self(v), reverse: false);
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (a.AsObject is not PyRange x || b.AsObject is not PyRange y || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyValue.NotImplemented;
            }

            return PyValue.FromBool(Equal(x, y) == (op == CompareOp.Eq));
        };
        t.HashFunction = Hash;
        t.AddGetSet("start", static (ts, v) => PyValue.FromBigInteger(Self(v).Start));
        t.AddGetSet("stop", static (ts, v) => PyValue.FromBigInteger(Self(v).Stop));
        t.AddGetSet("step", static (ts, v) => PyValue.FromBigInteger(Self(v).Step));
        t.AddMethod0("__reversed__", static (ts, v) => Iterator(Self(v), reverse: true));
        t.AddMethod1("count", static (ts, self, x) =>
        {
            if (IsExactIntOrBool(x))
            {
                return PyValue.FromInt64(Self(self).ContainsInt(Big(x)) ? 1 : 0);
            }

            var n = PyOps.CountByIteration(ts, self, x);
            return n < 0 ? PyValue.Error : PyValue.FromInt64(n);
        });
        t.AddMethod1("index", static (ts, self, x) =>
        {
            var r = Self(self);
            if (IsExactIntOrBool(x))
            {
                var ob = Big(x);
                return r.ContainsInt(ob) ? PyValue.FromBigInteger((ob - r.Start) / r.Step) : ts.SetError(PyExc.ValueError, "range.index(x): x not in range");
            }

            var i = PyOps.IndexByIteration(ts, self, x);
            return i < 0 ? PyValue.Error : PyValue.FromInt64(i);
        });
        t.AddMethod0("__reduce__", static (ts, self) =>
        {
            var r = Self(self);
            var args = new PyTuple([PyValue.FromBigInteger(r.Start), PyValue.FromBigInteger(r.Stop), PyValue.FromBigInteger(r.Step)]);
            return PyValue.FromObject(new PyTuple([PyValue.FromObject(PyType.Range), PyValue.FromObject(args)]));
        });
        PyRangeIterator.Install();
        PyLongRangeIterator.Install();
    }

    private static bool IsExactIntOrBool(PyValue v) => v.IsInt64 || v.IsBigInt || v.IsBool;

    private static BigInteger Big(PyValue v)
    {
        PyInt.TryGetBigInteger(v, out var b);
        return b;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!Args.Check(ts, args.Length - (kw?.Length ?? 0), kw, "range", "range", 1, 3))
        {
            return PyValue.Error;
        }

        var values = new BigInteger[3];
        for (var i = 0; i < args.Length; i++)
        {
            var v = PyOps.Index(ts, args[i]);
            if (v.IsError)
            {
                return PyValue.Error;
            }

            values[i] = Big(v);
        }

        if (args.Length == 1)
        {
            return PyValue.FromObject(new PyRange(BigInteger.Zero, values[0], BigInteger.One));
        }

        var step = args.Length == 3 ? values[2] : BigInteger.One;
        if (step.IsZero)
        {
            return ts.SetError(PyExc.ValueError, "range() arg 3 must not be zero");
        }

        return PyValue.FromObject(new PyRange(values[0], values[1], step));
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var r = Self(v);
        if (key.AsObject is PySlice slice)
        {
            // compute_slice: the slice's indices over the length, mapped through start/step.
            var indices = slice.Indices(ts, PyValue.FromBigInteger(r.Length));
            if (indices is null)
            {
                return PyValue.Error;
            }

            var istart = Big(indices[0]);
            var istop = Big(indices[1]);
            var istep = Big(indices[2]);
            return PyValue.FromObject(new PyRange(r.Start + (istart * r.Step), r.Start + (istop * r.Step), r.Step * istep));
        }

        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            return ts.SetError(PyExc.TypeError, "range indices must be integers or slices, not " + key.Type.Name);
        }

        var iv = PyOps.Index(ts, key);
        if (iv.IsError)
        {
            return PyValue.Error;
        }

        var i = Big(iv);
        if (i.Sign < 0)
        {
            i += r.Length;
        }

        if (i.Sign < 0 || i >= r.Length)
        {
            return ts.SetError(PyExc.IndexError, "range object index out of range");
        }

        return r.ItemAt(i);
    }

    private static PyValue Iterator(PyRange r, bool reverse)
    {
        var start = reverse ? r.Start + ((r.Length - 1) * r.Step) : r.Start;
        var step = reverse ? -r.Step : r.Step;
        if (r.Length.IsZero)
        {
            start = r.Start;
        }

        if (start >= long.MinValue && start <= long.MaxValue && step >= long.MinValue && step <= long.MaxValue && r.Length <= long.MaxValue
            && start + (r.Length * step) >= long.MinValue && start + (r.Length * step) <= long.MaxValue)
        {
            return PyValue.FromObject(new PyRangeIterator((long)start, (long)step, (long)r.Length));
        }

        return PyValue.FromObject(new PyLongRangeIterator(start, step, r.Length));
    }

    // range_equals: same length, then the same first item, then (for two or more items) the same step.
    private static bool Equal(PyRange x, PyRange y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x.Length != y.Length)
        {
            return false;
        }

        if (x.Length.IsZero)
        {
            return true;
        }

        if (x.Start != y.Start)
        {
            return false;
        }

        return x.Length.IsOne || x.Step == y.Step;
    }

    // range_hash: hash((len, start, step)) with None for what does not matter.
    private static bool Hash(ThreadState ts, PyValue v, out long hash)
    {
        var r = Self(v);
        var items = new PyValue[3];
        items[0] = PyValue.FromBigInteger(r.Length);
        items[1] = r.Length.IsZero ? PyValue.None : PyValue.FromBigInteger(r.Start);
        items[2] = r.Length <= 1 ? PyValue.None : PyValue.FromBigInteger(r.Step);
        return PyTuple.Hash(ts, PyValue.FromObject(new PyTuple(items)), out hash);
    }
}
