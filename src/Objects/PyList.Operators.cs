namespace ProtoPython.Objects;

/// <summary>Search with Python equality, concatenation and repetition, keeping the typed storage.</summary>
public partial class PyList
{
    /// <summary>Result of <see cref="Find"/> when a comparison raised.</summary>
    internal const long FindFailed = -2;

    private static bool IsPlainNumber(PyValue v) => v.IsInt64 || v.IsFloat || v.IsBool || v.IsBigInt;

    /// <summary>
    /// The first index in [start, stop) whose item == <paramref name="value"/> (item on the left, as
    /// CPython's list_index), -1 when absent, <see cref="FindFailed"/> with a pending exception.
    /// Numbers in typed storage are matched by the raw kernels; anything else goes through __eq__.
    /// </summary>
    internal long Find(ThreadState ts, PyValue value, long start = 0, long stop = long.MaxValue)
    {
        if (_strategy != ListStrategy.Object && IsPlainNumber(value))
        {
            if (start == 0 && stop >= _count)
            {
                return IndexOf(value);
            }

            for (var i = start; i < stop && i < _count; i++)
            {
                if (ItemEquals(ItemAt((int)i), value))
                {
                    return i;
                }
            }

            return -1;
        }

        // The list may change under __eq__: re-check the bound every step.
        for (var i = start; i < stop && i < _count; i++)
        {
            var r = PyOps.RichCompareBool(ts, ItemAt((int)i), value, CompareOp.Eq);
            if (r != 0)
            {
                return r > 0 ? i : FindFailed;
            }
        }

        return -1;
    }

    /// <summary><c>list.count(value)</c>, or -1 with a pending exception.</summary>
    internal long CountEqual(ThreadState ts, PyValue value)
    {
        if (_strategy != ListStrategy.Object && IsPlainNumber(value))
        {
            return CountOf(value);
        }

        long n = 0;
        for (var i = 0; i < _count; i++)
        {
            var r = PyOps.RichCompareBool(ts, ItemAt(i), value, CompareOp.Eq);
            if (r < 0)
            {
                return -1;
            }

            n += r;
        }

        return n;
    }

    /// <summary><c>a + b</c>: a new list (strategy kept when both agree).</summary>
    public static PyList Concat(PyList a, PyList b)
    {
        var result = new PyList();
        result.Extend(a);
        result.Extend(b);
        return result;
    }

    /// <summary><c>l * n</c>: a new list; null with MemoryError when the size is impossible.</summary>
    public PyList? Repeat(ThreadState ts, long n)
    {
        var result = new PyList();
        if (n <= 0 || _count == 0)
        {
            return result;
        }

        if (n > (Array.MaxLength / _count))
        {
            ts.SetError(PyExc.MemoryError, "");
            return null;
        }

        var size = (int)(_count * n);
        result._strategy = _strategy;
        result.AllocateArray(size);
        result._allocated = size;
        result._count = size;
        result.FillRepeated(this, size);
        return result;
    }

    /// <summary><c>l *= n</c>.</summary>
    public bool InplaceRepeat(ThreadState ts, long n)
    {
        if (n <= 0 || _count == 0)
        {
            Clear();
            return true;
        }

        if (n == 1)
        {
            return true;
        }

        if (n > (Array.MaxLength / _count))
        {
            ts.SetError(PyExc.MemoryError, "");
            return false;
        }

        var size = (int)(_count * n);
        var m = _count;
        Resize(size);
        _count = size;
        FillRepeatedFromPrefix(m, size);
        return true;
    }

    // Copies source's items over and over into this list's (same strategy) first `size` slots.
    private void FillRepeated(PyList source, int size)
    {
        var m = source._count;
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Copy(source._ints, 0, _ints, 0, m);
                break;
            case ListStrategy.Float64:
                Array.Copy(source._floats, 0, _floats, 0, m);
                break;
            default:
                Array.Copy(source._objects, 0, _objects, 0, m);
                break;
        }

        FillRepeatedFromPrefix(m, size);
    }

    // The first `m` slots hold the pattern: doubling copies fill the rest.
    private void FillRepeatedFromPrefix(int m, int size)
    {
        var done = m;
        while (done < size)
        {
            var chunk = Math.Min(done, size - done);
            MoveItems(0, done, chunk);
            done += chunk;
        }
    }
}
