namespace ProtoPython.Objects;

/// <summary>pop, popitem, clear, copy, equality and the update family (dict_merge, merge_from_seq2).</summary>
public partial class PyDict
{
    /// <summary>A new empty dict of <paramref name="type"/> (dict or a subclass).</summary>
    public static PyDict Create(PyType type) => ReferenceEquals(type, PyType.Dict) ? new PyDict() : new PyDictInstance(type);

    /// <summary><c>d.pop(key[, default])</c>: <paramref name="deflt"/> Null means KeyError when absent.</summary>
    public PyValue Pop(ThreadState ts, PyValue key, PyValue deflt)
    {
        if (_used == 0)
        {
            return deflt.IsNull ? ts.SetError(PyExc.KeyError, key) : deflt;
        }

        if (!HashKey(ts, key, out var hash))
        {
            return PyValue.Error;
        }

        var ix = FindEntry(ts, key, hash);
        if (ix == Failed)
        {
            return PyValue.Error;
        }

        if (ix < 0)
        {
            return deflt.IsNull ? ts.SetError(PyExc.KeyError, key) : deflt;
        }

        var value = _values[ix];
        RemoveAt(_keys, ix, hash);
        return value;
    }

    /// <summary><c>d.popitem()</c>: the last entry as a (key, value) tuple; its entry slot is reused by the next insert.</summary>
    public PyValue PopItem(ThreadState ts)
    {
        if (_used == 0)
        {
            return ts.SetError(PyExc.KeyError, PyValue.FromObject(new PyStr("popitem(): dictionary is empty")));
        }

        var keys = _keys;
        var i = keys.EntryCount - 1;
        while (i >= 0 && keys.Keys[i].IsError)
        {
            i--;
        }

        var key = keys.Keys[i];
        var value = _values[i];
        RemoveAt(keys, i, keys.Hashes[i]);
        keys.EntryCount = i;
        return PyValue.FromObject(new PyTuple([key, value]));
    }

    /// <summary><c>d.clear()</c>.</summary>
    public void Clear()
    {
        _keys = DictKeys.EmptyKeys;
        _values = [];
        _used = 0;
    }

    /// <summary><c>d.copy()</c>: a plain dict with the same entries in the same order.</summary>
    public PyDict Copy()
    {
        var result = new PyDict();
        var keys = _keys;
        for (var i = 0; i < keys.EntryCount; i++)
        {
            if (!keys.Keys[i].IsError)
            {
                result.InsertNew(keys.Keys[i], keys.Hashes[i], _values[i]);
            }
        }

        return result;
    }

    /// <summary>dict_equal: same size and every key of a maps to an equal value in b. 1, 0, -1.</summary>
    public static int Equal(ThreadState ts, PyDict a, PyDict b)
    {
        if (a._used != b._used)
        {
            return 0;
        }

        for (var i = 0; i < a._keys.EntryCount; i++)
        {
            var keys = a._keys;
            if (i >= keys.EntryCount || keys.Keys[i].IsError)
            {
                continue;
            }

            var key = keys.Keys[i];
            var aValue = a._values[i];
            var r = b.TryGetKnownHash(ts, key, keys.Hashes[i], out var bValue);
            if (r != DictLookup.Found)
            {
                return r == DictLookup.Error ? -1 : 0;
            }

            var eq = PyOps.RichCompareBool(ts, aValue, bValue, CompareOp.Eq);
            if (eq <= 0)
            {
                return eq;
            }
        }

        return 1;
    }

    /// <summary>dict_update_arg: a dict, anything with keys(), or an iterable of pairs.</summary>
    public bool UpdateFrom(ThreadState ts, PyValue arg)
    {
        if (arg.AsObject is PyDict)
        {
            return Merge(ts, arg, overrideExisting: true);
        }

        var r = PyOps.TryGetAttr(ts, arg, Names.Keys, out _);
        if (r < 0)
        {
            return false;
        }

        return r > 0 ? Merge(ts, arg, overrideExisting: true) : MergeFromPairs(ts, arg, overrideExisting: true);
    }

    /// <summary>dict_merge: the entries of a dict directly, else <c>keys()</c> and <c>b[key]</c>.</summary>
    public bool Merge(ThreadState ts, PyValue other, bool overrideExisting)
    {
        if (other.AsObject is PyDict b && ReferenceEquals(b.Type.Iter, PyType.Dict.Iter))
        {
            if (ReferenceEquals(b, this) || b._used == 0)
            {
                return true;
            }

            var size = b._used;
            var keys = b._keys;
            for (var i = 0; i < keys.EntryCount; i++)
            {
                if (keys.Keys[i].IsError)
                {
                    continue;
                }

                var key = keys.Keys[i];
                var value = b._values[i];
                if (!overrideExisting)
                {
                    var c = ContainsKnownHash(ts, key, keys.Hashes[i]);
                    if (c < 0)
                    {
                        return false;
                    }

                    if (c > 0)
                    {
                        continue;
                    }
                }

                if (!SetItem(ts, key, value))
                {
                    return false;
                }

                if (b._used != size || !ReferenceEquals(b._keys, keys))
                {
                    ts.SetError(PyExc.RuntimeError, "dict mutated during update");
                    return false;
                }
            }

            return true;
        }

        var keyList = other.AsObject is PyDict d ? PyValue.FromObject(PyList.FromValues(d.KeyArray())) : PyOps.CallMethod(ts, other, Names.Keys, []);
        if (keyList.IsError)
        {
            return false;
        }

        var it = PyOps.GetIter(ts, keyList);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r <= 0)
            {
                return r == 0;
            }

            if (!overrideExisting)
            {
                var c = TryGetValue(ts, key, out _);
                if (c == DictLookup.Error)
                {
                    return false;
                }

                if (c == DictLookup.Found)
                {
                    continue;
                }
            }

            var value = PyOps.GetItem(ts, other, key);
            if (value.IsError || !SetItem(ts, key, value))
            {
                return false;
            }
        }
    }

    /// <summary>PyDict_MergeFromSeq2: each item must be an iterable of exactly two values.</summary>
    public bool MergeFromPairs(ThreadState ts, PyValue seq, bool overrideExisting)
    {
        var it = PyOps.GetIter(ts, seq);
        if (it.IsError)
        {
            return false;
        }

        for (long i = 0; ; i++)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            var pair = SequenceHelpers.ToArray(ts, item, "object is not iterable");
            if (pair is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError))
                {
                    ts.CurrentException!.AddNote("Cannot convert dictionary update sequence element #" + i + " to a sequence");
                }

                return false;
            }

            if (pair.Length != 2)
            {
                ts.SetError(PyExc.ValueError, "dictionary update sequence element #" + i + " has length " + pair.Length + "; 2 is required");
                return false;
            }

            if (!overrideExisting)
            {
                var c = TryGetValue(ts, pair[0], out _);
                if (c == DictLookup.Error)
                {
                    return false;
                }

                if (c == DictLookup.Found)
                {
                    continue;
                }
            }

            if (!SetItem(ts, pair[0], pair[1]))
            {
                return false;
            }
        }
    }

    /// <summary>dict_update_common: one optional positional (mapping or pairs) then the keywords.</summary>
    public bool Update(ThreadState ts, ReadOnlySpan<PyValue> positional, ReadOnlySpan<PyValue> kwValues, PyTuple? kwnames, string name)
    {
        if (!Args.CheckCount(ts, positional.Length, name, 0, 1))
        {
            return false;
        }

        if (positional.Length == 1 && !UpdateFrom(ts, positional[0]))
        {
            return false;
        }

        for (var i = 0; kwnames is not null && i < kwnames.Length; i++)
        {
            if (!SetItem(ts, kwnames[i], kwValues[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The live keys in order.</summary>
    public PyValue[] KeyArray()
    {
        var result = new PyValue[_used];
        var n = 0;
        var keys = _keys;
        for (var i = 0; i < keys.EntryCount && n < result.Length; i++)
        {
            if (!keys.Keys[i].IsError)
            {
                result[n++] = keys.Keys[i];
            }
        }

        return result;
    }
}
