namespace ProtoPython.Objects;

/// <summary><c>list.sort(key=None, reverse=False)</c>.</summary>
public partial class PyList
{
    /// <summary>
    /// Sorts in place, stably, comparing with <c>&lt;</c> only. As in CPython the list looks empty
    /// while keys are computed and items compared; if anything stored into it meanwhile, the sorted
    /// items are put back anyway and ValueError "list modified during sort" is raised.
    /// Reverse sorting reverses, sorts and reverses again, so equal items keep their order.
    /// </summary>
    public bool Sort(ThreadState ts, PyValue key, bool reverse)
    {
        var strategy = _strategy;
        var ints = _ints;
        var floats = _floats;
        var objects = _objects;
        var count = _count;
        var allocated = _allocated;

        // Empty during the sort; -1 marks "untouched" (any store reallocates).
        _strategy = ListStrategy.Empty;
        _ints = [];
        _floats = [];
        _objects = [];
        _count = 0;
        _allocated = -1;

        var ok = true;
        var hasKey = !key.IsNull && !key.IsNone;
        if (!hasKey && strategy == ListStrategy.Int64)
        {
            // Equal ints are indistinguishable: stability does not matter. Short lists (start-up
            // code sorts a few) use our precompiled sort: MemoryExtensions.Sort<long> is JIT-compiled
            // at its first call, which only pays off on long lists.
            var span = new Span<long>(ints, 0, count);
            if (count <= 64)
            {
                StableSort.Sort(span, new LongLess());
            }
            else
            {
                span.Sort();
            }
            if (reverse)
            {
                StableSort.Reverse(span);
            }
        }
        else if (!hasKey && strategy == ListStrategy.Float64)
        {
            var span = floats.AsSpan(0, count);
            ok = SortReversible(span, new DoubleLess(), reverse);
        }
        else if (!hasKey && strategy == ListStrategy.Object)
        {
            ok = SortReversible(objects.AsSpan(0, count), new ValueLess(ts), reverse);
        }
        else if (hasKey && count > 0)
        {
            var pairs = new KeyedItem[count];
            for (var i = 0; i < count && ok; i++)
            {
                var item = strategy switch
                {
                    ListStrategy.Int64 => PyValue.FromInt64(ints[i]),
                    ListStrategy.Float64 => PyValue.FromDouble(floats[i]),
                    _ => objects[i],
                };
                var k = PyOps.Call1(ts, key, item);
                ok = !k.IsError;
                pairs[i] = new KeyedItem { Key = k, Value = item };
            }

            if (ok)
            {
                ok = SortReversible(pairs.AsSpan(), new KeyedLess(ts), reverse);
                for (var i = 0; i < count; i++)
                {
                    var v = pairs[i].Value;
                    switch (strategy)
                    {
                        case ListStrategy.Int64:
                            ints[i] = v.AsInt64;
                            break;
                        case ListStrategy.Float64:
                            floats[i] = v.AsDouble;
                            break;
                        default:
                            objects[i] = v;
                            break;
                    }
                }
            }
        }

        var modified = _allocated != -1;
        _strategy = strategy;
        _ints = ints;
        _floats = floats;
        _objects = objects;
        _count = count;
        _allocated = allocated;
        if (ok && modified)
        {
            ts.SetError(PyExc.ValueError, "list modified during sort");
            return false;
        }

        return ok;
    }

    private static bool SortReversible<T, TLess>(Span<T> items, TLess less, bool reverse)
        where TLess : ILessThan<T>
    {
        if (reverse)
        {
            StableSort.Reverse(items);
        }

        var ok = StableSort.Sort(items, less);
        if (reverse)
        {
            StableSort.Reverse(items);
        }

        return ok;
    }
}
