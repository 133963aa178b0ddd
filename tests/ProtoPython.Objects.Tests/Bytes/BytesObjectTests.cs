namespace ProtoPython.Objects.Tests.Bytes;

/// <summary>bytes/bytearray behaviour the golden cases cannot express: hash agreement with str, subclasses, export pinning.</summary>
public sealed class BytesObjectTests
{
    public BytesObjectTests() => BuiltinTypes.Initialize();

    [Fact]
    public void BytesHashEqualsTheHashOfTheSameAsciiStr()
    {
        var ts = new ThreadState();
        Assert.True(PyOps.Hash(ts, PyBytes.From("hello"u8.ToArray()), out var hb));
        Assert.True(PyOps.Hash(ts, PyValue.FromObject(new PyStr("hello")), out var hs));
        Assert.Equal(hs, hb);
        Assert.True(PyOps.Hash(ts, PyValue.FromObject(PyBytes.Empty), out var empty));
        Assert.Equal(0, empty);
    }

    [Fact]
    public void BytearrayIsUnhashable()
    {
        var ts = new ThreadState();
        Assert.False(PyOps.Hash(ts, PyValue.FromObject(new PyByteArray([1])), out _));
        Assert.Equal("unhashable type: 'bytearray'", ts.FetchError()!.Message);
    }

    [Fact]
    public void SubclassInstancesHaveADictAndMethodsReturnExactBytes()
    {
        var ts = new ThreadState();
        var cls = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType),
            [PyValue.FromObject(new PyStr("B")), PyValue.FromObject(new PyTuple([PyValue.FromObject(PyType.Bytes)])), PyValue.FromObject(new PyDict())]);
        Assert.False(cls.IsError, ts.CurrentException?.ToString());
        var b = PyOps.Call1(ts, cls, PyBytes.From("abc"u8.ToArray()));
        Assert.IsType<PyBytesSubclassInstance>(b.AsObject);
        Assert.True(PyOps.SetAttr(ts, b, PyStr.Intern("tag"), PyValue.FromInt64(7)));
        Assert.Equal(7, PyOps.GetAttr(ts, b, PyStr.Intern("tag")).AsInt64);
        var upper = PyOps.CallMethod(ts, b, PyStr.Intern("upper"), []);
        Assert.Same(PyType.Bytes, upper.Type);
        Assert.Equal("b'ABC'", PyOps.Repr(ts, upper)!.Value);
    }

    [Fact]
    public void PlainBytesRejectNewAttributes()
    {
        var ts = new ThreadState();
        Assert.False(PyOps.SetAttr(ts, PyBytes.From([1]), PyStr.Intern("x"), PyValue.None));
        Assert.Equal("'bytes' object has no attribute 'x' and no __dict__ for setting new attributes", ts.FetchError()!.Message);
    }

    [Fact]
    public void MemoryviewSlicesShareTheBytearray()
    {
        var ts = new ThreadState();
        var ba = new PyByteArray("abcdef"u8.ToArray());
        var view = PyValue.FromObject(PyMemoryView.Over(ba));
        Assert.True(PyOps.SetItem(ts, view, PyValue.FromInt64(1), PyValue.FromInt64('B')));
        Assert.Equal("bytearray(b'aBcdef')", PyOps.Repr(ts, PyValue.FromObject(ba))!.Value);
        Assert.True(PyOps.CallMethod(ts, PyValue.FromObject(ba), PyStr.Intern("append"), [PyValue.FromInt64(1)]).IsError);
        Assert.Equal("Existing exports of data: object cannot be re-sized", ts.FetchError()!.Message);
        PyOps.CallMethod(ts, view, PyStr.Intern("release"), []);
        Assert.True(PyOps.CallMethod(ts, PyValue.FromObject(ba), PyStr.Intern("append"), [PyValue.FromInt64(1)]).IsNone);
        Assert.True(PyOps.Length(ts, view) < 0);
        Assert.Equal("operation forbidden on released memoryview object", ts.FetchError()!.Message);
    }
}
