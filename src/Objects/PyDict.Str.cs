namespace ProtoPython.Objects;

/// <summary>
/// Lookups by str key that never run Python code: type dicts, module globals and instance dicts
/// are probed with interned names on every attribute access. Only str keys can match (CPython's
/// <c>_PyDict_GetItem_KnownHash</c> on an all-str table behaves the same); a non-str key equal to
/// a str through a custom <c>__eq__</c> is not found here, a documented difference.
/// </summary>
public partial class PyDict
{
    /// <summary>The value for <paramref name="key"/>, or false.</summary>
    public bool TryGetStr(PyStr key, out PyValue value)
    {
        var ix = FindStrEntry(_keys, key);
        if (ix >= 0)
        {
            value = _values[ix];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The entry index of <paramref name="key"/> in the current keys (for caches), or -1.</summary>
    public int FindStr(PyStr key) => FindStrEntry(_keys, key);

    /// <summary>
    /// LOAD_ATTR_WITH_HINT: the value of entry <paramref name="hint"/> (an index from
    /// <see cref="FindStr"/>) when that entry still holds <paramref name="key"/>, or false.
    /// </summary>
    public bool TryGetStrAt(int hint, PyStr key, out PyValue value)
    {
        if (EntryHolds(_keys, hint, key))
        {
            value = _values[hint];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>STORE_ATTR_WITH_HINT: rebinds entry <paramref name="hint"/> when it still holds <paramref name="key"/>, or false (nothing written).</summary>
    public bool TrySetStrAt(int hint, PyStr key, PyValue value)
    {
        if (!EntryHolds(_keys, hint, key))
        {
            return false;
        }

        _values[hint] = value;
        return true;
    }

    // A deleted entry's key is Error (no object), so it never matches.
    private static bool EntryHolds(DictKeys keys, int hint, PyStr key) =>
        (uint)hint < (uint)keys.EntryCount && keys.Keys[hint].AsObject is PyStr k
        && (ReferenceEquals(k, key) || (keys.Hashes[hint] == key.Hash() && PyStr.ValueEquals(k, key)));

    /// <summary><c>d[key] = value</c> for a str key: cannot fail.</summary>
    public void SetStr(PyStr key, PyValue value)
    {
        var ix = FindStrEntry(_keys, key);
        if (ix >= 0)
        {
            _values[ix] = value;
            return;
        }

        InsertNew(PyValue.FromObject(key), key.Hash(), value);
    }

    /// <summary>Removes a str key; false when absent (no exception is set).</summary>
    public bool RemoveStr(PyStr key)
    {
        var keys = _keys;
        var ix = FindStrEntry(keys, key);
        if (ix < 0)
        {
            return false;
        }

        RemoveAt(keys, ix, key.Hash());
        return true;
    }

    private static int FindStrEntry(DictKeys keys, PyStr key)
    {
        var hash = key.Hash();
        var indices = keys.Indices;
        var mask = (ulong)(indices.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var ix = indices[i];
            if (ix == DictKeys.Empty)
            {
                return NotFound;
            }

            if (ix >= 0 && keys.Hashes[ix] == hash && keys.Keys[ix].AsObject is PyStr candidate
                && (ReferenceEquals(candidate, key) || PyStr.ValueEquals(candidate, key)))
            {
                return ix;
            }

            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
}
