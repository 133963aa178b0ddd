namespace ProtoPython.Objects;

/// <summary>Entry-level access for sets, views and iterators: position walks and known-hash lookups.</summary>
public partial class PyDict
{
    /// <summary>The keys object's entry count (live and deleted), for iterators that walk entries by index.</summary>
    internal int EntryCount => _keys.EntryCount;

    /// <summary>_PyDict_Next: the next live entry at or after <paramref name="pos"/>, which moves past it.</summary>
    internal bool NextEntry(ref int pos, out PyValue key, out long hash)
    {
        var keys = _keys;
        while (pos < keys.EntryCount)
        {
            var i = pos++;
            if (!keys.Keys[i].IsError)
            {
                key = keys.Keys[i];
                hash = keys.Hashes[i];
                return true;
            }
        }

        key = default;
        hash = 0;
        return false;
    }

    /// <summary>The live entry at index <paramref name="ix"/> (false for a deleted one or past the end).</summary>
    internal bool EntryAt(int ix, out PyValue key, out PyValue value)
    {
        var keys = _keys;
        if (ix < keys.EntryCount && !keys.Keys[ix].IsError)
        {
            key = keys.Keys[ix];
            value = _values[ix];
            return true;
        }

        key = default;
        value = default;
        return false;
    }

    /// <summary>_PyDict_Contains_KnownHash: 1, 0, -1.</summary>
    internal int ContainsKnownHash(ThreadState ts, PyValue key, long hash)
    {
        var ix = FindEntry(ts, key, hash);
        return ix >= 0 ? 1 : ix == NotFound ? 0 : -1;
    }

    /// <summary>The value for a key with a known hash: Found/NotFound/Error.</summary>
    internal DictLookup TryGetKnownHash(ThreadState ts, PyValue key, long hash, out PyValue value)
    {
        var ix = FindEntry(ts, key, hash);
        if (ix >= 0)
        {
            value = _values[ix];
            return DictLookup.Found;
        }

        value = default;
        return ix == NotFound ? DictLookup.NotFound : DictLookup.Error;
    }
}
