using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>itertools.chain(*iterables)</c> and <c>chain.from_iterable(iterable)</c>.</summary>
internal sealed class ChainIterator(PyType type, PyValue source) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("chain", "itertools", true, static (ts, type, args, kw) =>
        {
            if (ReferenceEquals(type, TypeObject!.Value) && !ArgParser.NoKeywords(ts, "chain", kw))
            {
                return PyValue.Error;
            }

            var source = PyOps.GetIter(ts, PyValue.FromObject(new PyTuple(NativeTypes.Positional(args, kw).ToArray())));
            return source.IsError ? source : PyValue.FromObject(new ChainIterator(type, source));
        });
        t.AddClassMethod("from_iterable", static (ts, a, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "from_iterable", kw) || a.Length != 2)
            {
                return a.Length != 2 ? ts.SetError(PyExc.TypeError, "chain.from_iterable() takes exactly one argument (" + (a.Length - 1) + " given)") : PyValue.Error;
            }

            var source = PyOps.GetIter(ts, a[1]);
            return source.IsError ? source : PyValue.FromObject(new ChainIterator((PyType)a[0].AsObject, source));
        });
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _source = source;
    private PyValue _active;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        while (!_source.IsNull || !_active.IsNull)
        {
            if (_active.IsNull)
            {
                var r = PyOps.Next(ts, _source, out var iterable);
                if (r <= 0)
                {
                    _source = PyValue.Null;
                    return r;
                }

                _active = PyOps.GetIter(ts, iterable);
                if (_active.IsError)
                {
                    return -1;
                }
            }

            var n = PyOps.Next(ts, _active, out item);
            if (n != 0)
            {
                return n;
            }

            _active = PyValue.Null;
        }

        return 0;
    }
}

/// <summary><c>itertools.accumulate(iterable, func=None, *, initial=None)</c>.</summary>
internal sealed class AccumulateIterator(PyType type, PyValue it, PyValue func, PyValue initial) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("accumulate", "itertools", true, static (ts, type, args, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            if (!ArgParser.Parse(ts, "accumulate", args, kw, ["iterable", "func", "initial"], 1, 0, p, maxPos: 2))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, p[0]);
            var func = p[1].IsNull ? PyValue.None : p[1];
            var initial = p[2].IsNull || p[2].IsNone ? PyValue.Null : p[2];
            return it.IsError ? it : PyValue.FromObject(new AccumulateIterator(type, it, func, initial));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _total;
    private PyValue _initial = initial;

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (!_initial.IsNull)
        {
            _total = item = _initial;
            _initial = PyValue.Null;
            return 1;
        }

        var r = PyOps.Next(ts, it, out var value);
        if (r <= 0)
        {
            item = default;
            return r;
        }

        if (_total.IsNull)
        {
            _total = item = value;
            return 1;
        }

        item = func.IsNone ? PyOps.BinaryOp(ts, _total, value, NumberOp.Add) : PyOps.Call2(ts, func, _total, value);
        if (item.IsError)
        {
            return -1;
        }

        _total = item;
        return 1;
    }
}

/// <summary><c>itertools.batched(iterable, n, *, strict=False)</c>: tuples of n items.</summary>
internal sealed class BatchedIterator(PyType type, PyValue it, long n, bool strict) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("batched", "itertools", true, static (ts, type, args, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            if (!ArgParser.Parse(ts, "batched", args, kw, ["iterable", "n", "strict"], 2, 0, p, maxPos: 2)
                || !PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out var n))
            {
                return PyValue.Error;
            }

            if (n < 1)
            {
                return ts.SetError(PyExc.ValueError, "n must be at least one");
            }

            var strict = 0;
            if (!p[2].IsNull && (strict = PyOps.IsTrue(ts, p[2])) < 0)
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, p[0]);
            return it.IsError ? it : PyValue.FromObject(new BatchedIterator(type, it, n, strict > 0));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _it = it;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (_it.IsNull)
        {
            return 0;
        }

        var batch = new List<PyValue>((int)Math.Min(n, 1024));
        while (batch.Count < n)
        {
            var r = PyOps.Next(ts, _it, out var x);
            if (r < 0)
            {
                return -1;
            }

            if (r == 0)
            {
                _it = PyValue.Null;
                break;
            }

            batch.Add(x);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        if (strict && batch.Count < n)
        {
            ts.SetError(PyExc.ValueError, "batched(): incomplete batch");
            return -1;
        }

        item = PyValue.FromObject(new PyTuple([.. batch]));
        return 1;
    }
}

/// <summary><c>itertools.pairwise(iterable)</c>: overlapping pairs.</summary>
internal sealed class PairwiseIterator(PyType type, PyValue it) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("pairwise", "itertools", true, static (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "pairwise", args, kw, 1, 1))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, args[0]);
            return it.IsError ? it : PyValue.FromObject(new PairwiseIterator(type, it));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _it = it;
    private PyValue _old;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (_it.IsNull)
        {
            return 0;
        }

        if (_old.IsNull)
        {
            var r0 = PyOps.Next(ts, _it, out _old);
            if (r0 <= 0)
            {
                _it = PyValue.Null;
                return r0;
            }
        }

        var r = PyOps.Next(ts, _it, out var next);
        if (r <= 0)
        {
            _it = PyValue.Null;
            _old = PyValue.Null;
            return r;
        }

        item = NativeTypes.Tuple(_old, next);
        _old = next;
        return 1;
    }
}

/// <summary><c>itertools.zip_longest(*iterables, fillvalue=None)</c>.</summary>
internal sealed class ZipLongestIterator(PyType type, PyValue[] iterators, PyValue fill) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("zip_longest", "itertools", true, static (ts, type, args, kw) =>
        {
            var fill = PyValue.None;
            if (kw is { Length: > 0 })
            {
                if (kw.Length != 1 || kw[0].AsObject is not PyStr { Value: "fillvalue" })
                {
                    return ts.SetError(PyExc.TypeError, "zip_longest() got an unexpected keyword argument");
                }

                fill = args[^1];
            }

            var pos = NativeTypes.Positional(args, kw);
            var iterators = new PyValue[pos.Length];
            for (var i = 0; i < pos.Length; i++)
            {
                iterators[i] = PyOps.GetIter(ts, pos[i]);
                if (iterators[i].IsError)
                {
                    return PyValue.Error;
                }
            }

            return PyValue.FromObject(new ZipLongestIterator(type, iterators, fill));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private int _active = iterators.Length;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (iterators.Length == 0 || _active == 0)
        {
            return 0;
        }

        var result = new PyValue[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (iterators[i].IsNull)
            {
                result[i] = fill;
                continue;
            }

            var r = PyOps.Next(ts, iterators[i], out result[i]);
            if (r < 0)
            {
                _active = 0;
                return -1;
            }

            if (r == 0)
            {
                iterators[i] = PyValue.Null;
                result[i] = fill;
                if (--_active == 0)
                {
                    return 0;
                }
            }
        }

        item = PyValue.FromObject(new PyTuple(result));
        return 1;
    }
}
