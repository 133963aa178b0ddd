using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>dropwhile, takewhile, filterfalse and compress: iterators that pass or drop items by a test.</summary>
internal sealed class PredicateIterator(PyType type, PredicateIterator.Kind kind, PyValue function, PyValue it) : NativeIterator(type)
{
    public enum Kind
    {
        DropWhile,
        TakeWhile,
        FilterFalse,
    }

    public static readonly Lazy<PyType> DropWhileType = new(() => Create("dropwhile", Kind.DropWhile));
    public static readonly Lazy<PyType> TakeWhileType = new(() => Create("takewhile", Kind.TakeWhile));
    public static readonly Lazy<PyType> FilterFalseType = new(() => Create("filterfalse", Kind.FilterFalse));

    // dropwhile: still dropping; takewhile: already stopped.
    private bool _switched;

    private static PyType Create(string name, Kind kind)
    {
        var t = NativeTypes.CreateIterator(name, "itertools", true, (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, name, args, kw, 2, 2))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, args[1]);
            return it.IsError ? it : PyValue.FromObject(new PredicateIterator(type, kind, args[0], it));
        });
        SlotTable.AddWrappers(t);
        return t;
    }

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (kind == Kind.TakeWhile && _switched)
        {
            item = default;
            return 0;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out item);
            if (r <= 0)
            {
                return r;
            }

            if (kind == Kind.DropWhile && _switched)
            {
                return 1;
            }

            int ok;
            if (kind == Kind.FilterFalse && (function.IsNone || ReferenceEquals(function.AsObject, PyType.Bool)))
            {
                ok = PyOps.IsTrue(ts, item);
            }
            else
            {
                var test = PyOps.Call1(ts, function, item);
                ok = test.IsError ? -1 : PyOps.IsTrue(ts, test);
            }

            if (ok < 0)
            {
                return -1;
            }

            switch (kind)
            {
                case Kind.DropWhile when ok == 0:
                    _switched = true;
                    return 1;
                case Kind.TakeWhile when ok > 0:
                    return 1;
                case Kind.TakeWhile:
                    _switched = true;
                    item = default;
                    return 0;
                case Kind.FilterFalse when ok == 0:
                    return 1;
            }
        }
    }
}

/// <summary><c>itertools.compress(data, selectors)</c>.</summary>
internal sealed class CompressIterator(PyType type, PyValue data, PyValue selectors) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("compress", "itertools", true, static (ts, type, args, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            if (!ArgParser.Parse(ts, "compress", args, kw, ["data", "selectors"], 2, 0, p))
            {
                return PyValue.Error;
            }

            var d = PyOps.GetIter(ts, p[0]);
            var s = d.IsError ? d : PyOps.GetIter(ts, p[1]);
            return s.IsError ? s : PyValue.FromObject(new CompressIterator(type, d, s));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    public override int Next(ThreadState ts, out PyValue item)
    {
        while (true)
        {
            var r = PyOps.Next(ts, data, out item);
            if (r <= 0)
            {
                return r;
            }

            r = PyOps.Next(ts, selectors, out var selector);
            if (r <= 0)
            {
                item = default;
                return r;
            }

            var ok = PyOps.IsTrue(ts, selector);
            if (ok != 0)
            {
                return ok;
            }
        }
    }
}

/// <summary><c>itertools.starmap(function, iterable)</c>: function(*item).</summary>
internal sealed class StarmapIterator(PyType type, PyValue function, PyValue it) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("starmap", "itertools", true, static (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "starmap", args, kw, 2, 2))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, args[1]);
            return it.IsError ? it : PyValue.FromObject(new StarmapIterator(type, args[0], it));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    public override int Next(ThreadState ts, out PyValue item)
    {
        var r = PyOps.Next(ts, it, out var args);
        if (r <= 0)
        {
            item = default;
            return r;
        }

        var items = SequenceHelpers.ToArray(ts, args);
        item = items is null ? PyValue.Error : PyOps.Call(ts, function, items);
        return item.IsError ? -1 : 1;
    }
}

/// <summary><c>itertools.islice(iterable, stop)</c> / <c>islice(iterable, start, stop[, step])</c>.</summary>
internal sealed class IsliceIterator(PyType type, PyValue it, long next, long stop, long step) : NativeIterator(type)
{
    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("islice", "itertools", true, New);
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _it = it;
    private long _next = next;
    private long _count;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (_it.IsNull)
        {
            return 0;
        }

        while (_count < _next)
        {
            var skip = PyOps.Next(ts, _it, out _);
            if (skip <= 0)
            {
                _it = PyValue.Null;
                return skip;
            }

            _count++;
        }

        if (stop != -1 && _count >= stop)
        {
            _it = PyValue.Null;
            return 0;
        }

        var r = PyOps.Next(ts, _it, out item);
        if (r <= 0)
        {
            _it = PyValue.Null;
            return r;
        }

        _count++;
        var old = _next;
        _next += step;
        if (_next < old || (stop != -1 && _next > stop))
        {
            _next = stop;
        }

        return 1;
    }

    // PyNumber_AsSsize_t(v, OverflowError) with errors cleared: -1 for anything that is not an index.
    private static long? AsSize(ThreadState ts, PyValue v)
    {
        if (v.IsNone)
        {
            return null;
        }

        if ((PyInt.IsInt(v) || v.Type.Index is not null) && PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var n))
        {
            return n;
        }

        ts.ClearError();
        return -1;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (ReferenceEquals(type, TypeObject.Value) && !ArgParser.NoKeywords(ts, "islice", kw))
        {
            return PyValue.Error;
        }

        if (!ArgParser.CheckPositional(ts, "islice", args, kw, 2, 4))
        {
            return PyValue.Error;
        }

        long start = 0, stop = -1, step = 1;
        if (args.Length == 2)
        {
            var s = AsSize(ts, args[1]);
            if (s == -1)
            {
                return ts.SetError(PyExc.ValueError, StopMessage);
            }

            stop = s ?? -1;
        }
        else
        {
            var a = AsSize(ts, args[1]);
            start = a ?? 0;
            var s = AsSize(ts, args[2]);
            if (s == -1)
            {
                return ts.SetError(PyExc.ValueError, StopMessage);
            }

            stop = s ?? -1;
        }

        if (start < 0 || stop < -1)
        {
            return ts.SetError(PyExc.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }

        if (args.Length == 4)
        {
            var s = AsSize(ts, args[3]);
            step = s ?? 1;
        }

        if (step < 1)
        {
            return ts.SetError(PyExc.ValueError, "Step for islice() must be a positive integer or None.");
        }

        var it = PyOps.GetIter(ts, args[0]);
        return it.IsError ? it : PyValue.FromObject(new IsliceIterator(type, it, start, stop, step));
    }
}
