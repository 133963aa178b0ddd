using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>collections.deque</c> type: construction, slots, repr and comparisons; methods in <c>DequeType.Methods.cs</c>.</summary>
internal static partial class DequeType
{
    private static readonly Lazy<PyType> s_type = new(CreateType);
    private static readonly Lazy<PyType> s_iterType = new(() => CreateIteratorType("_deque_iterator", false));
    private static readonly Lazy<PyType> s_reverseIterType = new(() => CreateIteratorType("_deque_reverse_iterator", true));

    public static PyType Type => s_type.Value;

    public static PyType IteratorType => s_iterType.Value;

    public static PyType ReverseIteratorType => s_reverseIterType.Value;

    private static PyDeque Self(PyValue v) => (PyDeque)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("deque", "collections", subclassable: true);
        t.HashFunction = PyType.HashNotImplemented;
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyDeque(type));
        t.Init = Init;
        t.Repr = Repr;
        t.Length = static (ts, v) => Self(v).Count;
        t.Iter = static (ts, v) => PyValue.FromObject(new DequeIterator(IteratorType, Self(v), 0, reverse: false));
        t.GetItem = static (ts, v, key) =>
            TryIndex(ts, Self(v), key, out var i) ? Self(v)[i] : PyValue.Error;
        t.SetItem = SetItem;
        t.Contains = static (ts, v, item) => Find(ts, Self(v), item, 0, int.MaxValue, out var i) ? (i >= 0 ? 1 : 0) : -1;
        t.RichCompare = Compare;
        t.Number[(int)NumberOp.Add] = Concat;
        t.Number[(int)NumberOp.Add + NumberOps.InplaceOffset] = static (ts, a, b) =>
            a.AsObject is PyDeque d ? (Extend(ts, d, b) ? a : PyValue.Error) : PyValue.NotImplemented;
        t.Number[(int)NumberOp.Multiply] = static (ts, a, b) =>
            NonIntCount(ts, a, b) ?? SequenceHelpers.Repeat<PyDeque>(ts, a, b, static (ts, d, n) =>
            {
                var copy = Copy(ts, d);
                return copy.IsError ? copy : InplaceRepeat(ts, Self(copy), n);
            });
        t.Number[(int)NumberOp.Multiply + NumberOps.InplaceOffset] = static (ts, a, b) =>
            a.AsObject is PyDeque ? NonIntCount(ts, a, b) ?? SequenceHelpers.Repeat<PyDeque>(ts, a, b, InplaceRepeat) : PyValue.NotImplemented;
        InstallMethods(t);
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyType CreateIteratorType(string name, bool reverse)
    {
        var t = NativeTypes.CreateIterator(name, "collections", subclassable: false, reverse
            ? static (ts, type, args, kw) => NewIterator(ts, args, kw, true)
            : static (ts, type, args, kw) => NewIterator(ts, args, kw, false));
        t.AddMethod0("__length_hint__", static (ts, v) => PyValue.FromInt64(((DequeIterator)v.AsObject).LengthHint));
        t.AddMethod0("__reduce__", static (ts, v) =>
        {
            var it = (DequeIterator)v.AsObject;
            return NativeTypes.Tuple(PyValue.FromObject(it.Type), NativeTypes.Tuple(PyValue.FromObject(it.Deque), PyValue.FromInt64(it.Index)));
        });
        SlotTable.AddWrappers(t);
        return t;
    }

    // _deque_iterator(deque, index=0): positioned as after `index` calls of next().
    private static PyValue NewIterator(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw, bool reverse)
    {
        var name = reverse ? "_deque_reverse_iterator" : "_deque_iterator";
        if (!ArgParser.CheckPositional(ts, name, args, kw, 1, 2))
        {
            return PyValue.Error;
        }

        if (args[0].AsObject is not PyDeque d)
        {
            return ts.SetError(PyExc.TypeError, name + "() argument 1 must be collections.deque, not " + args[0].Type.Name);
        }

        long index = 0;
        if (args.Length == 2 && !PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out index))
        {
            return PyValue.Error;
        }

        index = Math.Clamp(index, 0, d.Count);
        return PyValue.FromObject(new DequeIterator(reverse ? ReverseIteratorType : IteratorType, d, (int)index, reverse));
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "deque", args, kw, ["iterable", "maxlen"], 0, 0, p))
        {
            return false;
        }

        var d = Self(self);
        long maxlen = -1;
        if (!p[1].IsNull && !p[1].IsNone)
        {
            if (!PyInt.IsInt(p[1]))
            {
                ts.SetError(PyExc.TypeError, "an integer is required");
                return false;
            }

            if (!PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out maxlen))
            {
                return false;
            }

            if (maxlen < 0)
            {
                ts.SetError(PyExc.ValueError, "maxlen must be non-negative");
                return false;
            }
        }

        d.MaxLen = maxlen;
        if (d.Count > 0)
        {
            d.Clear();
        }

        return p[0].IsNull || Extend(ts, d, p[0]);
    }

    /// <summary>deque.extend: the deque itself is copied first; with maxlen 0 the iterable is only consumed.</summary>
    public static bool Extend(ThreadState ts, PyDeque d, PyValue iterable, bool left = false)
    {
        if (ReferenceEquals(iterable.AsObject, d))
        {
            iterable = PyValue.FromObject(PyList.FromValues(d.ToArray()));
        }

        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (left)
            {
                d.AppendLeft(item);
            }
            else
            {
                d.Append(item);
            }
        }
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var d = Self(v);
        if (!ReprGuard.Enter(d))
        {
            return NativeTypes.Str("[...]");
        }

        try
        {
            var items = SequenceHelpers.JoinReprs(ts, d.ToArray());
            if (items is null)
            {
                return PyValue.Error;
            }

            var name = d.Type.Name;
            return NativeTypes.Str(d.MaxLen < 0 ? name + "([" + items + "])" : name + "([" + items + "], maxlen=" + d.MaxLen + ")");
        }
        finally
        {
            ReprGuard.Leave(d);
        }
    }

    // sq_item's index: an int (negative counts from the end), else "sequence index must be integer".
    private static bool TryIndex(ThreadState ts, PyDeque d, PyValue key, out int index)
    {
        index = 0;
        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "sequence index must be integer, not '" + key.Type.Name + "'");
            return false;
        }

        if (!SequenceHelpers.TryNormalizeIndex(ts, key, d.Count, "deque", out var i))
        {
            return false;
        }

        index = (int)i;
        return true;
    }

    private static bool SetItem(ThreadState ts, PyValue self, PyValue key, PyValue value)
    {
        var d = Self(self);
        if (!TryIndex(ts, d, key, out var i))
        {
            return false;
        }

        if (value.IsNull)
        {
            d.RemoveAt(i);
        }
        else
        {
            d[i] = value;
        }

        return true;
    }

    /// <summary>
    /// Searches items [start, stop) for <paramref name="item"/>: index ≥ 0 when found, -1 when not;
    /// false with a pending exception (a compare error, or "deque mutated during iteration").
    /// </summary>
    public static bool Find(ThreadState ts, PyDeque d, PyValue item, long start, long stop, out int index)
    {
        index = -1;
        var state = d.State;
        for (var i = (int)Math.Max(start, 0); i < Math.Min(stop, d.Count); i++)
        {
            var x = d[i];
            var eq = PyValue.Is(x, item) ? 1 : PyOps.RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq < 0)
            {
                return false;
            }

            if (d.State != state)
            {
                ts.SetError(PyExc.RuntimeError, "deque mutated during iteration");
                return false;
            }

            if (eq > 0)
            {
                index = i;
                return true;
            }
        }

        return true;
    }

    // Only deque with deque; lengths decide == and != first, then the first unequal pair.
    private static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.AsObject is not PyDeque x || b.AsObject is not PyDeque y)
        {
            return PyValue.NotImplemented;
        }

        if (x.Count != y.Count && op is CompareOp.Eq or CompareOp.Ne)
        {
            return PyValue.FromBool(op == CompareOp.Ne);
        }

        var xs = x.State;
        var ys = y.State;
        var i = 0;
        for (; i < x.Count && i < y.Count; i++)
        {
            var p = x[i];
            var q = y[i];
            var eq = PyValue.Is(p, q) ? 1 : PyOps.RichCompareBool(ts, p, q, CompareOp.Eq);
            if (eq < 0)
            {
                return PyValue.Error;
            }

            if (x.State != xs || y.State != ys)
            {
                return ts.SetError(PyExc.RuntimeError, "deque mutated during iteration");
            }

            if (eq == 0)
            {
                return op switch
                {
                    CompareOp.Eq => PyValue.False,
                    CompareOp.Ne => PyValue.True,
                    _ => PyOps.RichCompare(ts, p, q, op),
                };
            }
        }

        return PyValue.FromBool(op.Holds(x.Count.CompareTo(y.Count)));
    }

    private static PyValue Concat(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.AsObject is not PyDeque)
        {
            return PyValue.NotImplemented;
        }

        if (b.AsObject is not PyDeque)
        {
            return ts.SetError(PyExc.TypeError, "can only concatenate deque (not \"" + b.Type.Name + "\") to deque");
        }

        var copy = Copy(ts, Self(a));
        return copy.IsError ? copy : Extend(ts, Self(copy), b) ? copy : PyValue.Error;
    }

    // deque * x with a non-int x: sq_repeat's error once both number slots declined, unless x's
    // class has its own __rmul__ (which then gets its turn).
    private static PyValue? NonIntCount(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.AsObject is not PyDeque || PyInt.IsInt(b) || b.Type.Index is not null)
        {
            return null;
        }

        if (b.Type.HasFlag(TypeFlags.HeapType) && b.Type.Number[(int)NumberOp.Multiply] is not null)
        {
            return PyValue.NotImplemented;
        }

        return ts.SetError(PyExc.TypeError, "can't multiply sequence by non-int of type '" + b.Type.Name + "'");
    }

    private static PyValue InplaceRepeat(ThreadState ts, PyDeque d, long n)
    {
        if (n <= 0 || d.Count == 0)
        {
            if (d.Count > 0)
            {
                d.Clear();
            }

            return PyValue.FromObject(d);
        }

        var items = d.ToArray();
        if (d.MaxLen >= 0 && n > d.MaxLen)
        {
            n = Math.Max(1, (d.MaxLen / items.Length) + 1);
        }

        if ((long)items.Length * n > int.MaxValue)
        {
            return ts.SetError(PyExc.MemoryError, PyValue.None);
        }

        for (var k = 1; k < n; k++)
        {
            foreach (var x in items)
            {
                d.Append(x);
            }
        }

        return PyValue.FromObject(d);
    }

    /// <summary>deque.copy(): an exact deque copies itself; a subclass is called as type(d)(d[, maxlen]).</summary>
    public static PyValue Copy(ThreadState ts, PyDeque d)
    {
        if (ReferenceEquals(d.Type, Type))
        {
            var copy = new PyDeque(Type) { MaxLen = d.MaxLen };
            foreach (var x in d.ToArray())
            {
                copy.Append(x);
            }

            return PyValue.FromObject(copy);
        }

        var self = PyValue.FromObject(d);
        var cls = PyValue.FromObject(d.Type);
        return d.MaxLen < 0
            ? PyOps.Call1(ts, cls, self)
            : PyOps.Call2(ts, cls, self, PyValue.FromInt64(d.MaxLen));
    }
}
