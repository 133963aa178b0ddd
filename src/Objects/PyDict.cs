namespace ProtoPython.Objects;

/// <summary>Outcome of <see cref="PyDict.TryGetValue"/> (PyDict_GetItemRef's -1/0/1).</summary>
public enum DictLookup
{
    /// <summary>Hashing or comparing the key raised; the exception is pending.</summary>
    Error = -1,
    NotFound = 0,
    Found = 1,
}

/// <summary>
/// dict (ARCHITECTURE §2.4): CPython's compact ordered dict. A <see cref="DictKeys"/> holds the
/// index table and the dense {hash, key} entries in insertion order; the values are a
/// <c>PyValue[]</c> parallel to the entries, owned by this dict (the split layout). Deletes leave
/// dummy index slots and empty entries; an insert with no usable entry left resizes to the
/// smallest power of two &gt;= used*3 (GROWTH_RATE), compacting the entries, and so does the first
/// non-str key in an all-str table (CPython's unicode-to-general conversion). So iteration order
/// and table sizes are CPython's after any sequence of operations.
/// </summary>
public partial class PyDict : PyObject
{
    private DictKeys _keys = DictKeys.EmptyKeys;
    private PyValue[] _values = [];
    private int _used;

    /// <summary>An empty dict.</summary>
    public PyDict()
        : base(PyType.Dict)
    {
    }

    /// <summary>An empty instance of a dict subclass (see <see cref="PyDictInstance"/>).</summary>
    protected PyDict(PyType type)
        : base(type)
    {
    }

    /// <summary><c>len(d)</c>.</summary>
    public int Count => _used;

    /// <summary>The current keys object (its <see cref="DictKeys.Version"/> guards cached lookups).</summary>
    public DictKeys Keys => _keys;

    /// <summary><c>d[key]</c> without raising KeyError: Found, NotFound, or Error (pending TypeError for an unhashable key, or a comparison error).</summary>
    public DictLookup TryGetValue(ThreadState ts, PyValue key, out PyValue value)
    {
        value = default;
        if (!HashKey(ts, key, out var hash))
        {
            return DictLookup.Error;
        }

        var ix = FindEntry(ts, key, hash);
        if (ix >= 0)
        {
            value = _values[ix];
            return DictLookup.Found;
        }

        return ix == NotFound ? DictLookup.NotFound : DictLookup.Error;
    }

    /// <summary>
    /// For a LOAD_GLOBAL cache: the entry index of <paramref name="key"/> (-1 when absent, -3 with a
    /// pending exception) and the keys version to guard it with. While <see cref="DictKeys.Version"/>
    /// still equals <paramref name="keysVersion"/>, <see cref="ValueAt"/>(index) is the key's value.
    /// </summary>
    public int LookupIndex(ThreadState ts, PyValue key, out uint keysVersion)
    {
        keysVersion = 0;
        if (!HashKey(ts, key, out var hash))
        {
            return Failed;
        }

        var ix = FindEntry(ts, key, hash);
        if (ix >= 0)
        {
            keysVersion = _keys.Version;
        }

        return ix;
    }

    /// <summary>The value of entry <paramref name="index"/> (from <see cref="LookupIndex"/>, guarded by the keys version).</summary>
    public PyValue ValueAt(int index) => _values[index];

    /// <summary><c>d[key] = value</c>. False with a pending exception (unhashable key, comparison error).</summary>
    public bool SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        if (!HashKey(ts, key, out var hash))
        {
            return false;
        }

        var ix = FindEntry(ts, key, hash);
        if (ix >= 0)
        {
            // Rebinding keeps the key object, its position and the keys version.
            _values[ix] = value;
            return true;
        }

        if (ix == Failed)
        {
            return false;
        }

        InsertNew(key, hash, value);
        return true;
    }

    /// <summary><c>del d[key]</c>. False with a pending exception: KeyError(key) when absent.</summary>
    public bool DelItem(ThreadState ts, PyValue key)
    {
        if (!HashKey(ts, key, out var hash))
        {
            return false;
        }

        var ix = FindEntry(ts, key, hash);
        var keys = _keys;
        if (ix < 0)
        {
            if (ix == NotFound)
            {
                ts.SetError(PyExc.KeyError, key);
            }

            return false;
        }

        RemoveAt(keys, ix, hash);
        return true;
    }

    private void RemoveAt(DictKeys keys, int ix, long hash)
    {
        keys.Indices[FindSlotOf(keys, hash, ix)] = DictKeys.Dummy;
        keys.Keys[ix] = default;
        keys.Hashes[ix] = 0;
        _values[ix] = default;
        _used--;
        keys.KeySetChanged();
    }

    /// <summary>The live (key, value) pairs in iteration order.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>hash(key) with the dict's common key types inline: str (cached hash) and immediate ints.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HashKey(ThreadState ts, PyValue key, out long hash)
    {
        if (key.AsObject is PyStr s && ReferenceEquals(s.Type, PyType.Str))
        {
            hash = s.Hash();
            return true;
        }

        if (key.TryHash(ts, out hash))
        {
            return true;
        }

        SequenceHelpers.ExplainUnhashable(ts, key, "dict key");
        return false;
    }

    private void InsertNew(PyValue key, long hash, PyValue value)
    {
        if (_keys.StrOnly && key.AsObject is not PyStr)
        {
            Resize((long)_used * 3, strOnly: false);
        }

        if (_keys.Usable <= 0)
        {
            Resize((long)_used * 3, _keys.StrOnly);
        }

        var keys = _keys;
        var ix = keys.EntryCount;
        keys.Indices[keys.FindEmptySlot(hash)] = ix;
        keys.Hashes[ix] = hash;
        keys.Keys[ix] = key;
        _values[ix] = value;
        keys.EntryCount = ix + 1;
        keys.Usable--;
        _used++;
        keys.KeySetChanged();
    }

    /// <summary>dictresize: a new keys object of at least <paramref name="minSize"/> slots holding the live entries, compacted, in order.</summary>
    private void Resize(long minSize, bool strOnly)
    {
        var old = _keys;
        var oldValues = _values;
        var keys = DictKeys.Create(minSize, strOnly);
        var values = new PyValue[keys.Capacity];
        var n = 0;
        for (var i = 0; i < old.EntryCount; i++)
        {
            if (old.Keys[i].IsError)
            {
                continue;
            }

            keys.Keys[n] = old.Keys[i];
            keys.Hashes[n] = old.Hashes[i];
            values[n] = oldValues[i];
            keys.Indices[keys.FindEmptySlot(old.Hashes[i])] = n;
            n++;
        }

        keys.EntryCount = n;
        keys.Usable -= n;
        _keys = keys;
        _values = values;
    }

    /// <summary>The index slot that points at entry <paramref name="ix"/> (lookdict_index).</summary>
    private static int FindSlotOf(DictKeys keys, long hash, int ix)
    {
        var indices = keys.Indices;
        var mask = (ulong)(indices.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (indices[i] != ix)
        {
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }

        return (int)i;
    }

    /// <summary>
    /// Iterates the live entries in order. Mutation during iteration is not detected yet (CPython
    /// raises RuntimeError "dictionary changed size during iteration"; the dict iterator object
    /// will check the used count and keys).
    /// </summary>
    public struct Enumerator
    {
        private readonly PyDict _dict;
        private int _index;

        internal Enumerator(PyDict dict)
        {
            _dict = dict;
            _index = -1;
        }

        public readonly KeyValuePair<PyValue, PyValue> Current =>
            new(_dict._keys.Keys[_index], _dict._values[_index]);

        public bool MoveNext()
        {
            var keys = _dict._keys;
            while (++_index < keys.EntryCount)
            {
                if (!keys.Keys[_index].IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
