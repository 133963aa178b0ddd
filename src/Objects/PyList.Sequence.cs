namespace ProtoPython.Objects;

/// <summary>Indexing, insertion, removal, slicing, extend and reverse.</summary>
public partial class PyList
{
    /// <summary><c>l[index]</c> with negative indexes; IndexError "list index out of range".</summary>
    public bool TryGetItem(ThreadState ts, long index, out PyValue value)
    {
        if (index < 0)
        {
            index += _count;
        }

        if ((ulong)index >= (ulong)_count)
        {
            ts.SetError(PyExc.IndexError, "list index out of range");
            value = PyValue.Error;
            return false;
        }

        value = ItemAt((int)index);
        return true;
    }

    /// <summary><c>l[index] = value</c>; IndexError "list assignment index out of range".</summary>
    public bool SetItem(ThreadState ts, long index, PyValue value)
    {
        if (index < 0)
        {
            index += _count;
        }

        if ((ulong)index >= (ulong)_count)
        {
            ts.SetError(PyExc.IndexError, "list assignment index out of range");
            return false;
        }

        Accommodate(value);
        StoreAt((int)index, value);
        return true;
    }

    /// <summary><c>list.insert(index, value)</c>: the index is clamped to [0, Count] as CPython's ins1.</summary>
    public void Insert(long index, PyValue value)
    {
        var n = _count;
        if (index < 0)
        {
            index = Math.Max(index + n, 0);
        }

        if (index > n)
        {
            index = n;
        }

        Accommodate(value);
        Resize(n + 1);
        var at = (int)index;
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Copy(_ints, at, _ints, at + 1, n - at);
                break;
            case ListStrategy.Float64:
                Array.Copy(_floats, at, _floats, at + 1, n - at);
                break;
            default:
                Array.Copy(_objects, at, _objects, at + 1, n - at);
                break;
        }

        StoreAt(at, value);
    }

    /// <summary><c>list.pop(index)</c>: IndexError "pop from empty list" / "pop index out of range".</summary>
    public PyValue Pop(ThreadState ts, long index = -1)
    {
        var n = _count;
        if (n == 0)
        {
            return ts.SetError(PyExc.IndexError, "pop from empty list");
        }

        if (index < 0)
        {
            index += n;
        }

        if ((ulong)index >= (ulong)n)
        {
            return ts.SetError(PyExc.IndexError, "pop index out of range");
        }

        var at = (int)index;
        var item = ItemAt(at);
        var tail = n - at - 1;
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Copy(_ints, at + 1, _ints, at, tail);
                break;
            case ListStrategy.Float64:
                Array.Copy(_floats, at + 1, _floats, at, tail);
                break;
            default:
                Array.Copy(_objects, at + 1, _objects, at, tail);
                _objects[n - 1] = default;
                break;
        }

        Resize(n - 1);
        return item;
    }

    /// <summary>
    /// <c>list.extend(other)</c> for a list argument. Same strategy (or an Empty receiver) copies the
    /// raw array; a mix converts the receiver to Object. <c>l.extend(l)</c> works.
    /// </summary>
    public void Extend(PyList other)
    {
        var n = other._count;
        if (n == 0)
        {
            return;
        }

        var m = _count;
        if (_strategy == ListStrategy.Empty)
        {
            _strategy = other._strategy;
        }
        else if (_strategy != other._strategy && _strategy != ListStrategy.Object)
        {
            SwitchTo(ListStrategy.Object);
        }

        if (_allocated == 0)
        {
            PreallocateExact(n);
            _count = n;
        }
        else
        {
            Resize(m + n);
        }

        // When other is this list, its storage is our (possibly reallocated) storage: the first m items.
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Copy(other._ints, 0, _ints, m, n);
                break;
            case ListStrategy.Float64:
                Array.Copy(other._floats, 0, _floats, m, n);
                break;
            default:
                if (other._strategy == ListStrategy.Object)
                {
                    Array.Copy(other._objects, 0, _objects, m, n);
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        _objects[m + i] = other.ItemAt(i);
                    }
                }

                break;
        }
    }

    /// <summary><c>list.reverse()</c>.</summary>
    public void Reverse()
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                _ints.AsSpan(0, _count).Reverse();
                break;
            case ListStrategy.Float64:
                _floats.AsSpan(0, _count).Reverse();
                break;
            case ListStrategy.Object:
                _objects.AsSpan(0, _count).Reverse();
                break;
        }
    }

    /// <summary>
    /// <c>l[start:stop:step]</c> with None given as null (<c>PySlice_Unpack</c> then
    /// <c>PySlice_AdjustIndices</c>): a new list of the same strategy. ValueError "slice step cannot be zero".
    /// </summary>
    public PyList? GetSlice(ThreadState ts, long? start, long? stop, long? step)
    {
        var st = step ?? 1;
        if (st == 0)
        {
            ts.SetError(PyExc.ValueError, "slice step cannot be zero");
            return null;
        }

        // PySlice_Unpack keeps -step from overflowing.
        if (st < -long.MaxValue)
        {
            st = -long.MaxValue;
        }

        var lo = start ?? (st < 0 ? long.MaxValue : 0);
        var hi = stop ?? (st < 0 ? long.MinValue : long.MaxValue);
        var length = PySlice.AdjustIndices(_count, ref lo, ref hi, st);
        return Slice((int)lo, (int)length, st);
    }

    // A new list of exactly `length` slots (list_new_prealloc), with this list's strategy.
    private PyList Slice(int start, int length, long step)
    {
        var result = new PyList();
        if (length == 0)
        {
            return result;
        }

        result._strategy = _strategy;
        result.AllocateArray(length);
        result._allocated = length;
        result._count = length;
        if (step == 1)
        {
            switch (_strategy)
            {
                case ListStrategy.Int64:
                    Array.Copy(_ints, start, result._ints, 0, length);
                    break;
                case ListStrategy.Float64:
                    Array.Copy(_floats, start, result._floats, 0, length);
                    break;
                default:
                    Array.Copy(_objects, start, result._objects, 0, length);
                    break;
            }

            return result;
        }

        long at = start;
        for (var i = 0; i < length; i++, at += step)
        {
            result.StoreAt(i, ItemAt((int)at));
        }

        return result;
    }
}
