namespace ProtoPython.Objects;

/// <summary>
/// set and frozenset over CPython's setobject.c table layout: open addressing with runs of
/// LINEAR_PROBES slots then perturbed jumps, deleted keys left as dummy entries, growth when
/// fill*5 &gt;= mask*3 to the smallest power of two above used*4 (used*2 past 50000). Every
/// operation adds and removes in CPython's order, so iteration (table order) matches CPython's
/// for the same keys and hashes. Split: this file (table), Algebra (set operations).
/// </summary>
public partial class PySet : PyObject
{
    internal const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    // Hash of a dummy entry; real hashes are never -1.
    private const long DummyHash = -1;

    private static readonly PyObject s_dummy = new DummyKey();

    private PyValue[] _keys = new PyValue[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _mask = MinSize - 1;
    private int _fill;
    private int _used;
    private int _finger;
    private long _hash = -1;

    /// <summary>An empty set (or frozenset).</summary>
    public PySet(bool frozen = false)
        : base(frozen ? PyType.FrozenSet : PyType.Set)
    {
        IsFrozen = frozen;
    }

    /// <summary>An empty instance of a set/frozenset subclass.</summary>
    protected PySet(PyType type, bool frozen)
        : base(type)
    {
        IsFrozen = frozen;
    }

    /// <summary>A frozenset (or subclass) instance: immutable once built, hashable.</summary>
    public bool IsFrozen { get; }

    /// <summary><c>len(s)</c>.</summary>
    public int Count => _used;

    /// <summary>Table slots (mask + 1): for tests against CPython's sizes.</summary>
    public int TableSize => _mask + 1;

    /// <summary>A new empty set of the builtin type <paramref name="type"/> (or one of its subclasses).</summary>
    public static PySet Create(PyType type)
    {
        var frozen = type.IsSubtypeOf(PyType.FrozenSet);
        if (ReferenceEquals(type, PyType.Set) || ReferenceEquals(type, PyType.FrozenSet))
        {
            return new PySet(frozen);
        }

        return new PySetInstance(type, frozen);
    }

    private static bool IsDummy(PyValue key) => ReferenceEquals(key.AsObject, s_dummy);

    /// <summary>hash(key), with the cached str hash inline.</summary>
    internal static bool HashKey(ThreadState ts, PyValue key, out long hash)
    {
        if (key.AsObject is PyStr s && ReferenceEquals(s.Type, PyType.Str))
        {
            hash = s.Hash();
            return true;
        }

        return key.TryHash(ts, out hash);
    }

    /// <summary>hash(key) for add/contains/discard: a TypeError says "cannot use 'T' as a set element (...)".</summary>
    internal static bool HashElement(ThreadState ts, PyValue key, out long hash)
    {
        if (HashKey(ts, key, out hash))
        {
            return true;
        }

        SequenceHelpers.ExplainUnhashable(ts, key, "set element");
        return false;
    }

    /// <summary>
    /// set_lookkey: the slot holding a key equal to <paramref name="key"/>, -1 when absent, -2 when a
    /// comparison raised. A comparison that changes the table restarts the search.
    /// </summary>
    internal int Lookup(ThreadState ts, PyValue key, long hash)
    {
    restart:
        var mask = (ulong)_mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = _keys[j];
                if (k.IsNull)
                {
                    return -1;
                }

                if (_hashes[j] == hash)
                {
                    if (PyValue.Is(k, key) || (k.AsObject is PyStr a && key.AsObject is PyStr b && ReferenceEquals(a.Type, PyType.Str) && ReferenceEquals(b.Type, PyType.Str) && PyStr.ValueEquals(a, b)))
                    {
                        return (int)j;
                    }

                    var table = _keys;
                    var cmp = PyOps.RichCompareBool(ts, k, key, CompareOp.Eq);
                    if (cmp < 0)
                    {
                        return -2;
                    }

                    if (!ReferenceEquals(table, _keys) || !PyValue.Is(_keys[j], k))
                    {
                        goto restart;
                    }

                    if (cmp > 0)
                    {
                        return (int)j;
                    }

                    mask = (ulong)_mask;
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>set_add_entry: adds <paramref name="key"/> unless an equal key is present. False with a pending exception.</summary>
    internal bool AddEntry(ThreadState ts, PyValue key, long hash)
    {
    restart:
        var mask = (ulong)_mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        var freeSlot = -1L;
        ulong j;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            j = i;
            do
            {
                var k = _keys[j];
                if (k.IsNull)
                {
                    goto foundUnusedOrDummy;
                }

                if (_hashes[j] == hash)
                {
                    if (PyValue.Is(k, key) || (k.AsObject is PyStr a && key.AsObject is PyStr b && ReferenceEquals(a.Type, PyType.Str) && ReferenceEquals(b.Type, PyType.Str) && PyStr.ValueEquals(a, b)))
                    {
                        return true;
                    }

                    var table = _keys;
                    var cmp = PyOps.RichCompareBool(ts, k, key, CompareOp.Eq);
                    if (cmp > 0)
                    {
                        return true;
                    }

                    if (cmp < 0)
                    {
                        return false;
                    }

                    if (!ReferenceEquals(table, _keys) || !PyValue.Is(_keys[j], k))
                    {
                        goto restart;
                    }

                    mask = (ulong)_mask;
                }
                else if (_hashes[j] == DummyHash)
                {
                    freeSlot = (long)j;
                }

                j++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }

    foundUnusedOrDummy:
        _hash = -1;

        // A comparison may have run code that filled the dummy slot seen before it: look again.
        if (freeSlot >= 0 && _hashes[freeSlot] != DummyHash)
        {
            goto restart;
        }

        if (freeSlot >= 0)
        {
            _used++;
            _keys[freeSlot] = key;
            _hashes[freeSlot] = hash;
            return true;
        }

        _fill++;
        _used++;
        _keys[j] = key;
        _hashes[j] = hash;
        if ((ulong)_fill * 5 < mask * 3)
        {
            return true;
        }

        Resize(_used > 50000 ? _used * 2L : _used * 4L);
        return true;
    }

    /// <summary><c>s.add(key)</c>. False with a pending exception (unhashable key, comparison error).</summary>
    public bool Add(ThreadState ts, PyValue key) => HashElement(ts, key, out var hash) && AddEntry(ts, key, hash);

    /// <summary><c>key in s</c>: 1, 0, -1.</summary>
    public int ContainsKey(ThreadState ts, PyValue key)
    {
        if (!HashElement(ts, key, out var hash))
        {
            return -1;
        }

        var j = Lookup(ts, key, hash);
        return j >= 0 ? 1 : j == -1 ? 0 : -1;
    }

    internal int ContainsEntry(ThreadState ts, PyValue key, long hash)
    {
        var j = Lookup(ts, key, hash);
        return j >= 0 ? 1 : j == -1 ? 0 : -1;
    }

    /// <summary>set_discard_entry: 1 removed, 0 absent, -1 error.</summary>
    internal int DiscardEntry(ThreadState ts, PyValue key, long hash)
    {
        var j = Lookup(ts, key, hash);
        if (j < 0)
        {
            return j == -1 ? 0 : -1;
        }

        _keys[j] = PyValue.FromObject(s_dummy);
        _hashes[j] = DummyHash;
        _used--;
        _hash = -1;
        return 1;
    }

    /// <summary><c>s.discard(key)</c> without the frozenset retry: 1, 0, -1.</summary>
    public int Discard(ThreadState ts, PyValue key) => HashElement(ts, key, out var hash) ? DiscardEntry(ts, key, hash) : -1;

    /// <summary>set_insert_clean: into a table known to hold no equal key and no dummies.</summary>
    private static void InsertClean(PyValue[] keys, long[] hashes, ulong mask, PyValue key, long hash)
    {
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            if (keys[i].IsNull)
            {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var j = 1UL; j <= LinearProbes; j++)
                {
                    if (keys[i + j].IsNull)
                    {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>set_table_resize: a table of the smallest power of two above <paramref name="minUsed"/>, live keys reinserted in table order.</summary>
    private void Resize(long minUsed)
    {
        var newSize = (long)MinSize;
        while (newSize <= minUsed)
        {
            newSize <<= 1;
        }

        if (newSize == MinSize && _mask + 1 == MinSize && _fill == _used)
        {
            // The small table with no dummies: nothing to rebuild.
            return;
        }

        var oldKeys = _keys;
        var oldHashes = _hashes;
        var keys = new PyValue[newSize];
        var hashes = new long[newSize];
        var mask = (ulong)(newSize - 1);
        for (var i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (!k.IsNull && !IsDummy(k))
            {
                InsertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }

        _keys = keys;
        _hashes = hashes;
        _mask = (int)mask;
        _fill = _used;
    }

    /// <summary><c>s.clear()</c>: back to an empty small table.</summary>
    public void Clear()
    {
        _keys = new PyValue[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _hash = -1;
    }

    /// <summary><c>s.pop()</c>: the first live entry from the search finger; KeyError "pop from an empty set".</summary>
    public PyValue Pop(ThreadState ts)
    {
        if (_used == 0)
        {
            return ts.SetError(PyExc.KeyError, "pop from an empty set");
        }

        var i = _finger & _mask;
        while (_keys[i].IsNull || IsDummy(_keys[i]))
        {
            i++;
            if (i > _mask)
            {
                i = 0;
            }
        }

        var key = _keys[i];
        _keys[i] = PyValue.FromObject(s_dummy);
        _hashes[i] = DummyHash;
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>set_next: the next live entry at or after <paramref name="pos"/>, which moves past it.</summary>
    internal bool Next(ref int pos, out PyValue key, out long hash)
    {
        var i = pos;
        while (i <= _mask && (_keys[i].IsNull || IsDummy(_keys[i])))
        {
            i++;
        }

        pos = i + 1;
        if (i > _mask)
        {
            key = default;
            hash = 0;
            return false;
        }

        key = _keys[i];
        hash = _hashes[i];
        return true;
    }

    /// <summary>The live keys in iteration order.</summary>
    public PyValue[] ToArray()
    {
        var result = new PyValue[_used];
        var pos = 0;
        var n = 0;
        while (n < result.Length && Next(ref pos, out var key, out _))
        {
            result[n++] = key;
        }

        return result;
    }

    /// <summary>
    /// frozenset_hash: an order-independent mix of the entries' hashes (shuffled and xored),
    /// the count, and a final dispersion; cached.
    /// </summary>
    public long FrozenHash()
    {
        if (_hash != -1)
        {
            return _hash;
        }

        ulong h = 0;
        for (var i = 0; i <= _mask; i++)
        {
            if (!_keys[i].IsNull && !IsDummy(_keys[i]))
            {
                h ^= ShuffleBits((ulong)_hashes[i]);
            }
        }

        unchecked
        {
            h ^= ((ulong)_used + 1) * 1927868237UL;
            h ^= (h >> 11) ^ (h >> 25);
            h = (h * 69069U) + 907133923UL;
            if (h == ulong.MaxValue)
            {
                h = 590923713UL;
            }
        }

        _hash = (long)h;
        return _hash;
    }

    private static ulong ShuffleBits(ulong h) => unchecked(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL);

    private sealed class DummyKey() : PyObject(PyType.Object);
}
