using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>itertools.count(start=0, step=1)</c>: ints stay immediate while they fit, else generic <c>+</c>.</summary>
internal sealed class CountIterator(PyType type, PyValue start, PyValue step) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("count", "itertools", true, New);
        t.Repr = static (ts, v) => ((CountIterator)v.AsObject).Repr(ts);
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _current = start;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = _current;
        if (_current.IsInt64 && step.IsInt64)
        {
            var sum = _current.AsInt64 + step.AsInt64;
            if (((_current.AsInt64 ^ sum) & (step.AsInt64 ^ sum)) >= 0)
            {
                _current = PyValue.FromInt64(sum);
                return 1;
            }
        }

        var next = PyOps.BinaryOp(ts, _current, step, NumberOp.Add);
        if (next.IsError)
        {
            return -1;
        }

        _current = next;
        return 1;
    }

    private PyValue Repr(ThreadState ts)
    {
        var r = NativeTypes.Repr(ts, _current);
        if (r is null)
        {
            return PyValue.Error;
        }

        var name = Type.Name;
        if (PyInt.IsInt(step) && step.IsInt64 && step.AsInt64 == 1 && !step.IsBool)
        {
            return NativeTypes.Str(name + "(" + r + ")");
        }

        var s = NativeTypes.Repr(ts, step);
        return s is null ? PyValue.Error : NativeTypes.Str(name + "(" + r + ", " + s + ")");
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "count", args, kw, ["start", "step"], 0, 0, p))
        {
            return PyValue.Error;
        }

        var start = p[0].IsNull ? PyValue.FromInt64(0) : p[0];
        var step = p[1].IsNull ? PyValue.FromInt64(1) : p[1];
        if (!IsNumber(start) || !IsNumber(step))
        {
            return ts.SetError(PyExc.TypeError, "a number is required");
        }

        return PyValue.FromObject(new CountIterator(type, start, step));
    }

    // PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__.
    private static bool IsNumber(PyValue v) =>
        v.IsInt64 || v.IsFloat || PyInt.IsInt(v) || v.AsObject is PyComplex
        || v.Type.Index is not null || v.Type.ToInt is not null || v.Type.ToFloat is not null;
}

/// <summary><c>itertools.cycle(iterable)</c>: saves the items of the first pass, then repeats them.</summary>
internal sealed class CycleIterator(PyType type, PyValue it) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("cycle", "itertools", true, static (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "cycle", args, kw, 1, 1))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, args[0]);
            return it.IsError ? it : PyValue.FromObject(new CycleIterator(type, it));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly List<PyValue> _saved = [];
    private PyValue _it = it;
    private int _index;

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (!_it.IsNull)
        {
            var r = PyOps.Next(ts, _it, out item);
            if (r != 0)
            {
                if (r > 0)
                {
                    _saved.Add(item);
                }

                return r;
            }

            _it = PyValue.Null;
        }

        if (_saved.Count == 0)
        {
            item = default;
            return 0;
        }

        item = _saved[_index];
        _index = (_index + 1) % _saved.Count;
        return 1;
    }
}

/// <summary><c>itertools.repeat(object[, times])</c>.</summary>
internal sealed class RepeatIterator(PyType type, PyValue element, long count) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("repeat", "itertools", true, New);
        t.Repr = static (ts, v) => ((RepeatIterator)v.AsObject).Repr(ts);
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var r = (RepeatIterator)v.AsObject;
            return r._count < 0 ? ts.SetError(PyExc.TypeError, "len() of unsized object") : PyValue.FromInt64(r._count);
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    // -1: forever.
    private long _count = count;

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (_count == 0)
        {
            item = default;
            return 0;
        }

        if (_count > 0)
        {
            _count--;
        }

        item = element;
        return 1;
    }

    private PyValue Repr(ThreadState ts)
    {
        var r = NativeTypes.Repr(ts, element);
        return r is null ? PyValue.Error
            : NativeTypes.Str(Type.Name + "(" + r + (_count < 0 ? ")" : ", " + _count + ")"));
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "repeat", args, kw, ["object", "times"], 1, 0, p))
        {
            return PyValue.Error;
        }

        long count = -1;
        if (!p[1].IsNull)
        {
            if (!PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out count))
            {
                return PyValue.Error;
            }

            count = Math.Max(count, 0);
        }

        return PyValue.FromObject(new RepeatIterator(type, p[0], count));
    }
}
