namespace ProtoPython.Objects.Tests.Dict;

/// <summary>Keys versions (§2.4), error protocol and key equality of PyDict.</summary>
public sealed class DictTests
{
    private static PyValue S(string s) => PyValue.FromObject(new PyStr(s));

    private static PyValue I(long i) => PyValue.FromInt64(i);

    [Fact]
    public void Version_IsAssignedLazilyAndStableWhileTheKeySetIsUnchanged()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        Assert.True(d.SetItem(ts, S("a"), I(1)));
        Assert.False(d.Keys.HasVersion);
        var v = d.Keys.Version;
        Assert.NotEqual(0u, v);
        Assert.Equal(v, d.Keys.Version);

        // Rebinding an existing key (even through an equal key of another type) keeps the version.
        Assert.True(d.SetItem(ts, S("a"), I(2)));
        Assert.True(d.SetItem(ts, I(5), I(3)));
        v = d.Keys.Version;
        Assert.True(d.SetItem(ts, PyValue.FromDouble(5.0), I(4)));
        Assert.True(d.SetItem(ts, S("a"), I(5)));
        Assert.Equal(v, d.Keys.Version);
        Assert.True(d.Keys.HasVersion);
    }

    [Fact]
    public void Version_ResetsOnInsertDeleteAndResize()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        Assert.True(d.SetItem(ts, S("a"), I(1)));
        var v1 = d.Keys.Version;
        Assert.True(d.SetItem(ts, S("b"), I(2)));
        Assert.False(d.Keys.HasVersion);
        var v2 = d.Keys.Version;
        Assert.NotEqual(v1, v2);

        Assert.True(d.DelItem(ts, S("a")));
        Assert.False(d.Keys.HasVersion);
        var v3 = d.Keys.Version;
        Assert.NotEqual(v2, v3);

        // A failed delete changes nothing.
        Assert.False(d.DelItem(ts, S("zzz")));
        Assert.True(ts.ErrorMatches(PyExc.KeyError));
        ts.ClearError();
        Assert.Equal(v3, d.Keys.Version);

        var keys = d.Keys;
        for (var i = 0; i < 20; i++)
        {
            Assert.True(d.SetItem(ts, I(i), I(i)));
        }

        Assert.NotSame(keys, d.Keys);
        Assert.False(d.Keys.HasVersion);
    }

    [Fact]
    public void LookupIndex_GivesTheEntryAndTheVersionThatGuardsIt()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        Assert.True(d.SetItem(ts, S("len"), I(1)));
        Assert.True(d.SetItem(ts, S("print"), I(2)));
        var ix = d.LookupIndex(ts, S("print"), out var version);
        Assert.True(ix >= 0);
        Assert.Equal(d.Keys.Version, version);
        Assert.Equal(2, d.ValueAt(ix).AsInt64);

        // Rebinding: same index and version, new value.
        Assert.True(d.SetItem(ts, S("print"), I(3)));
        Assert.Equal(version, d.Keys.Version);
        Assert.Equal(3, d.ValueAt(ix).AsInt64);

        Assert.Equal(-1, d.LookupIndex(ts, S("missing"), out _));
        Assert.True(d.DelItem(ts, S("len")));
        Assert.NotEqual(version, d.Keys.Version);
    }

    [Fact]
    public void UnhashableKey_RaisesTypeErrorThroughTheErrorProtocol()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        var key = PyValue.FromObject(new PyDict());
        Assert.False(d.SetItem(ts, key, I(1)));
        var e = ts.FetchError();
        Assert.NotNull(e);
        Assert.Same(PyExc.TypeError, e.Type);
        // CPython 3.14 wraps the hashing TypeError (recorded in Containers/goldens/containers.json).
        Assert.Equal("cannot use 'dict' as a dict key (unhashable type: 'dict')", e.Message);

        Assert.Equal(DictLookup.Error, d.TryGetValue(ts, key, out _));
        Assert.True(ts.ErrorMatches(PyExc.TypeError));
        ts.ClearError();

        // A tuple holding an unhashable item is unhashable too.
        Assert.False(d.DelItem(ts, PyValue.FromObject(new PyTuple([I(1), key]))));
        Assert.True(ts.ErrorMatches(PyExc.TypeError));
        ts.ClearError();
        Assert.Equal(0, d.Count);
    }

    [Fact]
    public void EqualKeysOfDifferentTypes_AreOneKey_AndTheFirstKeyObjectStays()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        Assert.True(d.SetItem(ts, PyValue.True, I(1)));
        Assert.True(d.SetItem(ts, I(1), I(2)));
        Assert.True(d.SetItem(ts, PyValue.FromDouble(1.0), I(3)));
        Assert.True(d.SetItem(ts, PyValue.FromBigInteger(System.Numerics.BigInteger.Pow(2, 70)), I(4)));
        Assert.Equal(DictLookup.Found, d.TryGetValue(ts, PyValue.FromDouble(Math.Pow(2, 70)), out var v));
        Assert.Equal(4, v.AsInt64);
        Assert.Equal(2, d.Count);
        var first = d.First();
        Assert.True(first.Key.IsBool);
        Assert.Equal(3, first.Value.AsInt64);

        // NaN is found only by identity (here: the same bits).
        var nan = PyValue.FromDouble(double.NaN);
        Assert.True(d.SetItem(ts, nan, I(5)));
        Assert.Equal(DictLookup.Found, d.TryGetValue(ts, nan, out _));
    }

    [Fact]
    public void TupleKeys_CompareItemByItemWithNumericEquality()
    {
        var ts = new ThreadState();
        var d = new PyDict();
        PyValue T(params PyValue[] items) => PyValue.FromObject(new PyTuple(items));
        Assert.True(d.SetItem(ts, T(I(1), S("a"), T(I(2))), I(7)));
        Assert.Equal(DictLookup.Found, d.TryGetValue(ts, T(PyValue.FromDouble(1.0), S("a"), T(PyValue.FromDouble(2.0))), out var v));
        Assert.Equal(7, v.AsInt64);
        Assert.Equal(DictLookup.Found, d.TryGetValue(ts, T(PyValue.True, S("a"), T(I(2))), out _));
        Assert.Equal(DictLookup.NotFound, d.TryGetValue(ts, T(I(1), S("b"), T(I(2))), out _));
        Assert.Equal(DictLookup.NotFound, d.TryGetValue(ts, T(I(1), S("a")), out _));
        Assert.False(ts.HasError);
    }
}

internal static class PyDictTestExtensions
{
    public static KeyValuePair<PyValue, PyValue> First(this PyDict d)
    {
        foreach (var kv in d)
        {
            return kv;
        }

        throw new InvalidOperationException("empty dict");
    }
}
