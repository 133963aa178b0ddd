namespace ProtoPython.Objects;

/// <summary>tuple: slicing, operators, comparison, count/index, the constructor and iterator.</summary>
internal static partial class TupleType
{
    private static PyTuple Self(PyValue v) => (PyTuple)v.AsObject;

    static partial void InstallMethods()
    {
        var t = PyType.Tuple;
        t.GetItem = GetItem;
        t.Iter = static (ts, v) => PyValue.FromObject(new PyTupleIterator(Self(v)));
        t.Contains = static (ts, v, x) =>
        {
            var r = Find(ts, Self(v), x, 0, long.MaxValue);
            return r >= 0 ? 1 : r == -1 ? 0 : -1;
        };
        t.RichCompare = RichCompare;
        t.New = New;
        t.Number[(int)NumberOp.Add] = static (ts, a, b) =>
        {
            if (a.AsObject is not PyTuple x || b.AsObject is not PyTuple y)
            {
                return PyValue.NotImplemented;
            }

            if (x.Length == 0 && ReferenceEquals(y.Type, PyType.Tuple))
            {
                return b;
            }

            if (y.Length == 0 && ReferenceEquals(x.Type, PyType.Tuple))
            {
                return a;
            }

            var items = new PyValue[x.Length + y.Length];
            x.Items.CopyTo(items);
            y.Items.CopyTo(items.AsSpan(x.Length));
            return PyValue.FromObject(new PyTuple(items));
        };
        t.Number[(int)NumberOp.Multiply] = static (ts, a, b) => SequenceHelpers.Repeat<PyTuple>(ts, a, b, Repeat);
        t.AddMethod1("count", static (ts, self, x) =>
        {
            long n = 0;
            foreach (var item in Self(self).Items)
            {
                var r = PyOps.RichCompareBool(ts, item, x, CompareOp.Eq);
                if (r < 0)
                {
                    return PyValue.Error;
                }

                n += r;
            }

            return PyValue.FromInt64(n);
        });
        t.AddMethod("index", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            var tuple = Self(a[0]);
            if (!Args.Check(ts, pos.Length, kw, "index", "tuple.index", 1, 3)
                || !Args.IndexRange(ts, pos, tuple.Length, out var start, out var stop))
            {
                return PyValue.Error;
            }

            var i = Find(ts, tuple, pos[0], start, stop);
            return i >= 0 ? PyValue.FromInt64(i)
                : i == -1 ? ts.SetError(PyExc.ValueError, "tuple.index(x): x not in tuple") : PyValue.Error;
        });
        t.AddMethod0("__getnewargs__", static (ts, self) =>
            PyValue.FromObject(new PyTuple([PyValue.FromObject(new PyTuple(Self(self).Items.ToArray()))])));
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => GenericAliases.Create(ts, a, kw));
        PyTupleIterator.Install();
    }

    private static long Find(ThreadState ts, PyTuple tuple, PyValue x, long start, long stop)
    {
        for (var i = start; i < stop && i < tuple.Length; i++)
        {
            var r = PyOps.RichCompareBool(ts, tuple[(int)i], x, CompareOp.Eq);
            if (r != 0)
            {
                return r > 0 ? i : -2;
            }
        }

        return -1;
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var tuple = Self(v);
        if (key.IsInt64)
        {
            var i = key.RawBits < 0 ? key.RawBits + tuple.Length : key.RawBits;
            return (ulong)i < (ulong)tuple.Length ? tuple[(int)i] : ts.SetError(PyExc.IndexError, "tuple index out of range");
        }

        if (key.AsObject is PySlice slice)
        {
            if (!slice.TryGetIndices(ts, tuple.Length, out var start, out _, out var step, out var length))
            {
                return PyValue.Error;
            }

            if (length == tuple.Length && step == 1 && ReferenceEquals(tuple.Type, PyType.Tuple))
            {
                return v;
            }

            if (length <= 0)
            {
                return PyValue.FromObject(PyTuple.Empty);
            }

            var items = new PyValue[length];
            for (long i = 0, at = start; i < length; i++, at += step)
            {
                items[i] = tuple[(int)at];
            }

            return PyValue.FromObject(new PyTuple(items));
        }

        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            return ts.SetError(PyExc.TypeError, "tuple indices must be integers or slices, not " + key.Type.Name);
        }

        return SequenceHelpers.TryNormalizeIndex(ts, key, tuple.Length, "tuple", out var index) ? tuple[(int)index] : PyValue.Error;
    }

    private static PyValue Repeat(ThreadState ts, PyTuple tuple, long n)
    {
        if (tuple.Length == 0 || n <= 0)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        if (n == 1 && ReferenceEquals(tuple.Type, PyType.Tuple))
        {
            return PyValue.FromObject(tuple);
        }

        if (n > Array.MaxLength / tuple.Length)
        {
            return ts.SetError(PyExc.MemoryError, "");
        }

        var items = new PyValue[tuple.Length * n];
        for (var i = 0L; i < n; i++)
        {
            tuple.Items.CopyTo(items.AsSpan((int)(i * tuple.Length)));
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        // Keywords are the subclass __init__'s business when it has one (CPython's tuple_new).
        var npos = args.Length - (kw?.Length ?? 0);
        var checkedKw = InitOverride.HasOwnInit(type) ? null : kw;
        if (!Args.Check(ts, npos, checkedKw, "tuple", "tuple", 0, 1))
        {
            return PyValue.Error;
        }

        args = args[..npos];
        var exact = ReferenceEquals(type, PyType.Tuple);
        if (args.Length == 0)
        {
            return PyValue.FromObject(exact ? PyTuple.Empty : new PyTupleInstance(type, []));
        }

        if (exact && ReferenceEquals(args[0].Type, PyType.Tuple))
        {
            return args[0];
        }

        var items = SequenceHelpers.ToArray(ts, args[0]);
        if (items is null)
        {
            return PyValue.Error;
        }

        return PyValue.FromObject(exact ? (items.Length == 0 ? PyTuple.Empty : new PyTuple(items)) : new PyTupleInstance(type, items));
    }

    /// <summary>tuplerichcompare: the first differing item decides, else the lengths.</summary>
    private static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.AsObject is not PyTuple x || b.AsObject is not PyTuple y)
        {
            return PyValue.NotImplemented;
        }

        var i = 0;
        for (; i < x.Length && i < y.Length; i++)
        {
            if (PyValue.Is(x[i], y[i]))
            {
                continue;
            }

            var eq = PyOps.RichCompareBool(ts, x[i], y[i], CompareOp.Eq);
            if (eq < 0)
            {
                return PyValue.Error;
            }

            if (eq == 0)
            {
                break;
            }
        }

        if (i >= x.Length || i >= y.Length)
        {
            return PyValue.FromBool(op.Holds(x.Length.CompareTo(y.Length)));
        }

        return op switch
        {
            CompareOp.Eq => PyValue.False,
            CompareOp.Ne => PyValue.True,
            _ => PyOps.RichCompare(ts, x[i], y[i], op),
        };
    }
}
