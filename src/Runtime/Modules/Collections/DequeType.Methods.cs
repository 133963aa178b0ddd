using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The methods of <c>collections.deque</c>.</summary>
internal static partial class DequeType
{
    private static void InstallMethods(PyType t)
    {
        t.AddMethod1("append", static (ts, s, x) =>
        {
            Self(s).Append(x);
            return PyValue.None;
        });
        t.AddMethod1("appendleft", static (ts, s, x) =>
        {
            Self(s).AppendLeft(x);
            return PyValue.None;
        });
        t.AddMethod0("pop", static (ts, s) => Self(s).Count == 0 ? ts.SetError(PyExc.IndexError, "pop from an empty deque") : Self(s).Pop());
        t.AddMethod0("popleft", static (ts, s) => Self(s).Count == 0 ? ts.SetError(PyExc.IndexError, "pop from an empty deque") : Self(s).PopLeft());
        t.AddMethod0("clear", static (ts, s) =>
        {
            Self(s).Clear();
            return PyValue.None;
        });
        t.AddMethod0("copy", static (ts, s) => Copy(ts, Self(s)));
        t.AddMethod0("__copy__", static (ts, s) => Copy(ts, Self(s)));
        t.AddMethod1("extend", static (ts, s, x) => Extend(ts, Self(s), x) ? PyValue.None : PyValue.Error);
        t.AddMethod1("extendleft", static (ts, s, x) => Extend(ts, Self(s), x, left: true) ? PyValue.None : PyValue.Error);
        t.AddMethod1("count", static (ts, s, x) => Count(ts, Self(s), x));
        t.AddMethod("index", Index);
        t.AddMethod("insert", Insert);
        t.AddMethod1("remove", Remove);
        t.AddMethod0("reverse", static (ts, s) =>
        {
            Self(s).Reverse();
            return PyValue.None;
        });
        t.AddMethod("rotate", Rotate);
        t.AddMethod0("__reversed__", static (ts, s) => PyValue.FromObject(new DequeIterator(ReverseIteratorType, Self(s), 0, reverse: true)));
        t.AddMethod0("__reduce__", Reduce);
        t.AddMethod0("__sizeof__", static (ts, s) => PyValue.FromInt64(64 + (8L * Math.Max(Self(s).Count, 64))));
        t.AddGetSet("maxlen", static (ts, s) => Self(s).MaxLen < 0 ? PyValue.None : PyValue.FromInt64(Self(s).MaxLen));
    }

    private static PyValue Count(ThreadState ts, PyDeque d, PyValue x)
    {
        var state = d.State;
        long n = 0;
        for (var i = 0; i < d.Count; i++)
        {
            var item = d[i];
            var eq = PyValue.Is(item, x) ? 1 : PyOps.RichCompareBool(ts, item, x, CompareOp.Eq);
            if (eq < 0)
            {
                return PyValue.Error;
            }

            if (d.State != state)
            {
                return ts.SetError(PyExc.RuntimeError, "deque mutated during iteration");
            }

            n += eq;
        }

        return PyValue.FromInt64(n);
    }

    // index(value, [start, [stop]]): start/stop as slice indices (negative from the end, clamped).
    private static PyValue Index(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = a[1..];
        if (!ArgParser.CheckPositional(ts, "index", args, kw, 1, 3))
        {
            return PyValue.Error;
        }

        var d = Self(a[0]);
        long start = 0;
        long stop = d.Count;
        if ((args.Length > 1 && !NativeTypes.SliceIndexNotNone(ts, args[1], out start))
            || (args.Length > 2 && !NativeTypes.SliceIndexNotNone(ts, args[2], out stop)))
        {
            return PyValue.Error;
        }

        start = start < 0 ? Math.Max(0, start + d.Count) : start;
        stop = stop < 0 ? Math.Max(0, stop + d.Count) : stop;
        if (!Find(ts, d, args[0], start, stop, out var i))
        {
            return PyValue.Error;
        }

        return i >= 0 ? PyValue.FromInt64(i) : ts.SetError(PyExc.ValueError, "deque.index(x): x not in deque");
    }

    private static PyValue Insert(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = a[1..];
        if (!ArgParser.CheckPositional(ts, "insert", args, kw, 2, 2)
            || !PyOps.TryIndexAsInt64(ts, args[0], PyExc.OverflowError, out var index))
        {
            return PyValue.Error;
        }

        var d = Self(a[0]);
        if (d.MaxLen >= 0 && d.Count >= d.MaxLen)
        {
            return ts.SetError(PyExc.IndexError, "deque already at its maximum size");
        }

        index = index < 0 ? Math.Max(0, index + d.Count) : Math.Min(index, d.Count);
        d.Insert((int)index, args[1]);
        return PyValue.None;
    }

    private static PyValue Remove(ThreadState ts, PyValue self, PyValue x)
    {
        var d = Self(self);
        if (!Find(ts, d, x, 0, d.Count, out var i))
        {
            return PyValue.Error;
        }

        if (i < 0)
        {
            return ts.SetError(PyExc.ValueError, "deque.remove(x): x not in deque");
        }

        d.RemoveAt(i);
        return PyValue.None;
    }

    private static PyValue Rotate(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = a[1..];
        long n = 1;
        if (!ArgParser.CheckPositional(ts, "rotate", args, kw, 0, 1)
            || (args.Length == 1 && !PyOps.TryIndexAsInt64(ts, args[0], PyExc.OverflowError, out n)))
        {
            return PyValue.Error;
        }

        Self(a[0]).Rotate(n);
        return PyValue.None;
    }

    // (type, () or ((), maxlen), state or None, iter(self)): pickling rebuilds by iteration.
    private static PyValue Reduce(ThreadState ts, PyValue self)
    {
        var d = Self(self);
        var state = PyValue.None;
        if (d.GetDict(false) is { Count: > 0 } dict)
        {
            state = PyValue.FromObject(dict);
        }

        var args = d.MaxLen < 0
            ? PyValue.FromObject(PyTuple.Empty)
            : NativeTypes.Tuple(PyValue.FromObject(PyTuple.Empty), PyValue.FromInt64(d.MaxLen));
        var it = PyOps.GetIter(ts, self);
        return it.IsError ? it : NativeTypes.Tuple(PyValue.FromObject(d.Type), args, state, it);
    }
}
