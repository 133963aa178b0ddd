namespace ProtoPython.Objects;

/// <summary>Set algebra in CPython's order of insertions and removals (so results iterate identically).</summary>
public partial class PySet
{
    private static PyType BaseTypeOf(PyType type) => type.IsSubtypeOf(PyType.Set) ? PyType.Set : PyType.FrozenSet;

    /// <summary>make_new_set_basetype: a new set or frozenset (never a subclass) holding <paramref name="iterable"/>'s items.</summary>
    internal PySet? NewOfBaseType(ThreadState ts, PyValue iterable)
    {
        var result = new PySet(ReferenceEquals(BaseTypeOf(Type), PyType.FrozenSet));
        return iterable.IsNull || result.UpdateFrom(ts, iterable) ? result : null;
    }

    /// <summary><c>s.copy()</c> (a set of the base type).</summary>
    public PySet Copy(ThreadState ts) => NewOfBaseType(ts, PyValue.FromObject(this))!;

    /// <summary>set_update_internal: adds the items of a set, a dict's keys, or any iterable.</summary>
    public bool UpdateFrom(ThreadState ts, PyValue other)
    {
        if (other.AsObject is PySet set)
        {
            return Merge(ts, set);
        }

        if (other.AsObject is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            var n = (long)dict.Count;
            if ((_fill + n) * 5 >= _mask * 3L)
            {
                Resize((_used + n) * 2);
            }

            var pos = 0;
            while (dict.NextEntry(ref pos, out var key, out var hash))
            {
                if (!AddEntry(ts, key, hash))
                {
                    return false;
                }
            }

            return true;
        }

        var it = PyOps.GetIter(ts, other);
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

            if (!Add(ts, item))
            {
                return false;
            }
        }
    }

    /// <summary>set_merge.</summary>
    private bool Merge(ThreadState ts, PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
        {
            return true;
        }

        if ((_fill + (long)other._used) * 5 >= _mask * 3L)
        {
            Resize((_used + (long)other._used) * 2);
        }

        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            _hash = -1;
            return true;
        }

        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            _hash = -1;
            for (var i = 0; i <= other._mask; i++)
            {
                var k = other._keys[i];
                if (!k.IsNull && !IsDummy(k))
                {
                    InsertClean(_keys, _hashes, (ulong)_mask, k, other._hashes[i]);
                }
            }

            return true;
        }

        for (var i = 0; i <= other._mask; i++)
        {
            var k = other._keys[i];
            if (!k.IsNull && !IsDummy(k) && !AddEntry(ts, k, other._hashes[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_intersection.</summary>
    public PySet? Intersection(ThreadState ts, PyValue other)
    {
        if (ReferenceEquals(other.AsObject, this))
        {
            return Copy(ts);
        }

        var result = NewOfBaseType(ts, PyValue.Null)!;
        if (other.AsObject is PySet os)
        {
            var big = this;
            var small = os;
            if (os.Count > Count)
            {
                big = os;
                small = this;
            }

            var pos = 0;
            while (small.Next(ref pos, out var key, out var hash))
            {
                var rv = big.ContainsEntry(ts, key, hash);
                if (rv < 0 || (rv > 0 && !result.AddEntry(ts, key, hash)))
                {
                    return null;
                }
            }

            return result;
        }

        var it = PyOps.GetIter(ts, other);
        if (it.IsError)
        {
            return null;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return result;
            }

            if (!HashKey(ts, key, out var hash))
            {
                return null;
            }

            var rv = ContainsEntry(ts, key, hash);
            if (rv < 0)
            {
                return null;
            }

            if (rv > 0)
            {
                if (!result.AddEntry(ts, key, hash))
                {
                    return null;
                }

                if (result.Count >= Count)
                {
                    return result;
                }
            }
        }
    }

    /// <summary><c>s.intersection(*others)</c>.</summary>
    public PySet? IntersectionMulti(ThreadState ts, ReadOnlySpan<PyValue> others)
    {
        if (others.Length == 0)
        {
            return Copy(ts);
        }

        var result = this;
        foreach (var other in others)
        {
            var next = result.Intersection(ts, other);
            if (next is null)
            {
                return null;
            }

            result = next;
        }

        return result;
    }

    /// <summary>set_swap_bodies: exchanges the tables (the in-place forms compute a new set then swap).</summary>
    internal void SwapBodies(PySet other)
    {
        (_keys, other._keys) = (other._keys, _keys);
        (_hashes, other._hashes) = (other._hashes, _hashes);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        if (IsFrozen && other.IsFrozen)
        {
            (_hash, other._hash) = (other._hash, _hash);
        }
        else
        {
            _hash = -1;
            other._hash = -1;
        }
    }

    /// <summary>set_difference_update_internal.</summary>
    public bool DifferenceUpdate(ThreadState ts, PyValue other)
    {
        if (ReferenceEquals(other.AsObject, this))
        {
            Clear();
            return true;
        }

        if (other.AsObject is PySet os)
        {
            // A much larger other set: only the common keys matter.
            if ((os.Count >> 3) > Count)
            {
                var common = Intersection(ts, other);
                if (common is null)
                {
                    return false;
                }

                os = common;
            }

            var pos = 0;
            while (os.Next(ref pos, out var key, out var hash))
            {
                if (DiscardEntry(ts, key, hash) < 0)
                {
                    return false;
                }
            }
        }
        else
        {
            var it = PyOps.GetIter(ts, other);
            if (it.IsError)
            {
                return false;
            }

            while (true)
            {
                var r = PyOps.Next(ts, it, out var key);
                if (r < 0 || (r > 0 && Discard(ts, key) < 0))
                {
                    return false;
                }

                if (r == 0)
                {
                    break;
                }
            }
        }

        // More than a quarter dummies: rebuild.
        if (_fill - _used <= _mask / 4)
        {
            return true;
        }

        Resize(_used > 50000 ? _used * 2L : _used * 4L);
        return true;
    }

    /// <summary>set_difference.</summary>
    public PySet? Difference(ThreadState ts, PyValue other)
    {
        long otherSize;
        var dict = other.AsObject as PyDict;
        if (other.AsObject is PySet os)
        {
            otherSize = os.Count;
        }
        else if (dict is not null && ReferenceEquals(dict.Type, PyType.Dict))
        {
            otherSize = dict.Count;
        }
        else
        {
            return CopyAndDifference(ts, other);
        }

        if ((Count >> 2) > otherSize)
        {
            return CopyAndDifference(ts, other);
        }

        var result = NewOfBaseType(ts, PyValue.Null)!;
        var pos = 0;
        while (Next(ref pos, out var key, out var hash))
        {
            var rv = dict is not null ? dict.ContainsKnownHash(ts, key, hash) : ((PySet)other.AsObject).ContainsEntry(ts, key, hash);
            if (rv < 0 || (rv == 0 && !result.AddEntry(ts, key, hash)))
            {
                return null;
            }
        }

        return result;
    }

    private PySet? CopyAndDifference(ThreadState ts, PyValue other)
    {
        var result = Copy(ts);
        return result.DifferenceUpdate(ts, other) ? result : null;
    }

    /// <summary><c>s.difference(*others)</c>.</summary>
    public PySet? DifferenceMulti(ThreadState ts, ReadOnlySpan<PyValue> others)
    {
        if (others.Length == 0)
        {
            return Copy(ts);
        }

        var result = Difference(ts, others[0]);
        for (var i = 1; result is not null && i < others.Length; i++)
        {
            if (!result.DifferenceUpdate(ts, others[i]))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>set_symmetric_difference_update.</summary>
    public bool SymmetricDifferenceUpdate(ThreadState ts, PyValue other)
    {
        if (ReferenceEquals(other.AsObject, this))
        {
            Clear();
            return true;
        }

        if (other.AsObject is PyDict dict && ReferenceEquals(dict.Type, PyType.Dict))
        {
            var dpos = 0;
            while (dict.NextEntry(ref dpos, out var key, out var hash))
            {
                var rv = DiscardEntry(ts, key, hash);
                if (rv < 0 || (rv == 0 && !AddEntry(ts, key, hash)))
                {
                    return false;
                }
            }

            return true;
        }

        var otherSet = other.AsObject as PySet ?? NewOfBaseType(ts, other);
        if (otherSet is null)
        {
            return false;
        }

        var pos = 0;
        while (otherSet.Next(ref pos, out var key, out var hash))
        {
            var rv = DiscardEntry(ts, key, hash);
            if (rv < 0 || (rv == 0 && !AddEntry(ts, key, hash)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_symmetric_difference: a copy of other, updated with this set.</summary>
    public PySet? SymmetricDifference(ThreadState ts, PyValue other)
    {
        var result = NewOfBaseType(ts, other);
        return result is not null && result.SymmetricDifferenceUpdate(ts, PyValue.FromObject(this)) ? result : null;
    }

    /// <summary><c>s | others...</c> / <c>s.union(*others)</c>.</summary>
    public PySet? Union(ThreadState ts, ReadOnlySpan<PyValue> others)
    {
        var result = Copy(ts);
        foreach (var other in others)
        {
            if (!ReferenceEquals(other.AsObject, this) && !result.UpdateFrom(ts, other))
            {
                return null;
            }
        }

        return result;
    }
}
