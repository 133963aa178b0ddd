using ProtoPython.Objects;

namespace ProtoPython.Objects.Tests.Str;

/// <summary>
/// str subclass instances (PyStr with a heap type) and the str iterator. Expected values are
/// CPython 3.14's (checked with the oracle when written; the cases are simple enough to state).
/// </summary>
public sealed class StrSubclassTests
{
    private static readonly ThreadState Ts = ThreadState.Current;

    private static PyType MakeSubclass()
    {
        BuiltinTypes.Initialize();
        var t = PyOps.Call(Ts, PyValue.FromObject(PyType.TypeType),
            [PyValue.FromObject(new PyStr("MyStr")), PyValue.FromObject(new PyTuple([PyValue.FromObject(PyType.Str)])), PyValue.FromObject(new PyDict())]);
        Assert.False(t.IsError, Ts.FetchError()?.Message);
        return (PyType)t.AsObject;
    }

    private static PyValue Call(PyValue obj, string name, params PyValue[] args)
    {
        var r = PyOps.CallMethod(Ts, obj, new PyStr(name), args);
        Assert.False(r.IsError, Ts.FetchError()?.Message);
        return r;
    }

    private static PyValue S(string s) => PyValue.FromObject(new PyStr(s));

    [Fact]
    public void ConstructorMakesInstancesOfTheSubclass()
    {
        var t = MakeSubclass();
        var m = PyOps.Call(Ts, PyValue.FromObject(t), [S("hello")]);
        Assert.Same(t, m.Type);
        Assert.Equal("hello", ((PyStr)m.AsObject).Value);
        Assert.Equal("'hello'", PyOps.Repr(Ts, m)!.Value);
        Assert.Same(PyType.Str, PyOps.Str(Ts, m)!.Type);
    }

    [Theory]
    [InlineData("strip")]
    [InlineData("lower")]
    [InlineData("__str__")]
    [InlineData("removeprefix", "x")]
    [InlineData("replace", "x", "y")]
    [InlineData("center", "#1")]
    [InlineData("__mul__", "#1")]
    [InlineData("__add__", "")]
    [InlineData("__format__", "")]
    [InlineData("__getnewargs__")]
    public void MethodsReturnExactStr(string method, params string?[] args)
    {
        var t = MakeSubclass();
        var m = PyOps.Call(Ts, PyValue.FromObject(t), [S("hello")]);
        var values = args.Select(a => a == "#1" ? PyValue.FromInt64(1) : S(a!)).ToArray();
        var r = Call(m, method, values);
        if (r.AsObject is PyTuple tuple)
        {
            r = tuple[0];
        }

        Assert.Same(PyType.Str, r.Type);
        Assert.Equal("hello", ((PyStr)r.AsObject).Value);
    }

    [Fact]
    public void SplitAndPartitionPiecesAreExactStr()
    {
        var t = MakeSubclass();
        var m = PyOps.Call(Ts, PyValue.FromObject(t), [S("word")]);
        var parts = (PyList)Call(m, "split").AsObject;
        Assert.True(parts.TryGetItem(Ts, 0, out var first));
        Assert.Same(PyType.Str, first.Type);
        // partition hands back the receiver itself when the separator is absent.
        var partition = (PyTuple)Call(m, "partition", S("x")).AsObject;
        Assert.Same(m.AsObject, partition[0].AsObject);
    }

    [Theory]
    [InlineData("abc", "str_ascii_iterator", 3)]
    [InlineData("\u00e9\U0001F600", "str_iterator", 2)]
    public void IteratorTypeAndLengthHint(string text, string typeName, long hint)
    {
        BuiltinTypes.Initialize();
        var it = PyOps.GetIter(Ts, S(text));
        Assert.Equal(typeName, it.Type.Name);
        Assert.Equal(hint, Call(it, "__length_hint__").AsInt64);
        Assert.Equal(1, PyOps.Next(Ts, it, out var first));
        Assert.Equal(text[0].ToString(), ((PyStr)first.AsObject).Value);
        Assert.Same(it.AsObject, PyOps.GetIter(Ts, it).AsObject);
    }
}
