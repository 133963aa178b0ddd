namespace ProtoPython.Objects;

/// <summary>Slice reads, slice assignment (same or different length) and slice deletion.</summary>
public partial class PyList
{
    /// <summary>A snapshot of the items as PyValues (for operations that may run Python code).</summary>
    public PyValue[] ToArray()
    {
        var items = new PyValue[_count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ItemAt(i);
        }

        return items;
    }

    /// <summary><c>l[slice]</c>: a new list of the same strategy.</summary>
    public PyList? GetSlice(ThreadState ts, PySlice slice)
    {
        if (!slice.TryGetIndices(ts, _count, out var start, out _, out var step, out var length))
        {
            return null;
        }

        return Slice((int)start, (int)length, step);
    }

    /// <summary><c>l[a:b]</c> for already clamped bounds.</summary>
    public PyList SliceRange(int start, int stop) => Slice(start, Math.Max(stop - start, 0), 1);

    /// <summary>
    /// <c>l[slice] = value</c> or (<paramref name="value"/> Null) <c>del l[slice]</c>, with CPython's
    /// list_ass_subscript semantics: step 1 replaces a range by any number of items, an extended
    /// slice needs exactly as many.
    /// </summary>
    public bool AssignSlice(ThreadState ts, PySlice slice, PyValue value)
    {
        if (!slice.TryGetIndices(ts, _count, out var start, out var stop, out var step, out var length))
        {
            return false;
        }

        if (step == 1)
        {
            return AssignRange(ts, start, stop, value, "must assign iterable to extended slice");
        }

        if (value.IsNull)
        {
            DeleteExtended(start, step, length);
            return true;
        }

        PyValue[]? items;
        if (ReferenceEquals(value.AsObject, this))
        {
            items = ToArray();
        }
        else
        {
            items = SequenceHelpers.ToArray(ts, value, "must assign iterable to extended slice");
            if (items is null)
            {
                return false;
            }
        }

        if (items.Length != length)
        {
            ts.SetError(PyExc.ValueError, "attempt to assign sequence of size " + items.Length + " to extended slice of size " + length);
            return false;
        }

        // The iterable may have run code that changed this list: re-check before storing.
        for (long i = 0, at = start; i < length; i++, at += step)
        {
            if ((ulong)at >= (ulong)_count)
            {
                break;
            }

            Accommodate(items[i]);
            StoreAt((int)at, items[i]);
        }

        return true;
    }

    /// <summary>CPython's <c>list_ass_slice</c>: replaces items [low, high) by the items of <paramref name="value"/> (Null deletes).</summary>
    public bool AssignRange(ThreadState ts, long low, long high, PyValue value, string notIterable = "can only assign an iterable")
    {
        PyValue[] items;
        if (value.IsNull)
        {
            items = [];
        }
        else if (ReferenceEquals(value.AsObject, this))
        {
            items = ToArray();
        }
        else
        {
            var got = SequenceHelpers.ToArray(ts, value, notIterable);
            if (got is null)
            {
                return false;
            }

            items = got;
        }

        var n = _count;
        low = Math.Clamp(low, 0, n);
        high = Math.Clamp(high, low, n);
        ReplaceRange((int)low, (int)high, items);
        return true;
    }

    /// <summary>Replaces [low, high) by <paramref name="items"/>, resizing as list_ass_slice does.</summary>
    internal void ReplaceRange(int low, int high, ReadOnlySpan<PyValue> items)
    {
        foreach (var item in items)
        {
            Accommodate(item);
        }

        var n = _count;
        var delta = items.Length - (high - low);
        var tail = n - high;
        if (delta < 0)
        {
            MoveItems(high, high + delta, tail);
            Resize(n + delta);
        }
        else if (delta > 0)
        {
            Resize(n + delta);
            MoveItems(high, high + delta, tail);
        }

        for (var i = 0; i < items.Length; i++)
        {
            StoreAt(low + i, items[i]);
        }
    }

    private void MoveItems(int from, int to, int count)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Copy(_ints, from, _ints, to, count);
                break;
            case ListStrategy.Float64:
                Array.Copy(_floats, from, _floats, to, count);
                break;
            case ListStrategy.Object:
                Array.Copy(_objects, from, _objects, to, count);
                break;
        }
    }

    private void DeleteExtended(long start, long step, long length)
    {
        if (length <= 0)
        {
            return;
        }

        if (step < 0)
        {
            // Walk the same items upwards.
            var stop = start + 1;
            start = stop + (step * (length - 1)) - 1;
            step = -step;
        }

        var n = _count;
        var write = (int)start;
        var next = start;
        var removed = 0L;
        for (var read = (int)start; read < n; read++)
        {
            if (removed < length && read == next)
            {
                removed++;
                next += step;
                continue;
            }

            StoreAt(write++, ItemAt(read));
        }

        Resize(write);
    }
}
