namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>Class creation rules for subclasses of int, float and complex (messages from CPython 3.14's type_new).</summary>
public sealed class NumberSubclassLayoutTests
{
    private static PyValue MakeClass(ThreadState ts, PyType b, PyValue slots)
    {
        BuiltinTypes.Initialize();
        var ns = new PyDict();
        ns.SetStr(PyStr.Intern("__module__"), PyValue.FromObject(new PyStr("__main__")));
        if (!slots.IsNull)
        {
            ns.SetStr(PyStr.Intern("__slots__"), slots);
        }

        return TypeFactory.New(ts, PyType.TypeType,
            [PyValue.FromObject(new PyStr("S")), PyValue.FromObject(new PyTuple([PyValue.FromObject(b)])), PyValue.FromObject(ns)], null);
    }

    [Fact]
    public void IntSubclass_WithNonEmptySlots_IsRefused()
    {
        var ts = new ThreadState();
        var r = MakeClass(ts, PyType.Int, PyValue.FromObject(new PyTuple([PyValue.FromObject(new PyStr("a"))])));
        Assert.True(r.IsError);
        var e = ts.FetchError();
        Assert.NotNull(e);
        Assert.Equal("TypeError: nonempty __slots__ not supported for subtype of 'int'", e.ToString());
    }

    [Fact]
    public void IntSubclass_WithEmptySlots_HasNoDict()
    {
        var ts = new ThreadState();
        var t = MakeClass(ts, PyType.Int, PyValue.FromObject(PyTuple.Empty));
        Assert.False(t.IsError);
        var inst = PyOps.Call1(ts, t, PyValue.FromInt64(41));
        Assert.True(inst.AsObject is PyIntSubclassInstance);
        Assert.Equal(42, PyOps.BinaryOp(ts, inst, PyValue.FromInt64(1), NumberOp.Add).AsInt64);
        Assert.False(PyOps.SetAttr(ts, inst, PyStr.Intern("x"), PyValue.None));
        Assert.Equal("AttributeError: 'S' object has no attribute 'x' and no __dict__ for setting new attributes", ts.FetchError()!.ToString());
    }

    [Fact]
    public void BoolSubclass_IsRefused()
    {
        var ts = new ThreadState();
        Assert.True(MakeClass(ts, PyType.Bool, PyValue.Null).IsError);
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", ts.FetchError()!.ToString());
    }
}
