using System.Text.Json;

namespace ProtoPython.Objects.Tests.Containers;

/// <summary>
/// The scenarios of tools/objects/containers_scenarios.py (recorded in Containers/goldens/scenarios.json),
/// rebuilt with classes whose methods are C#: logged <c>__lt__</c> calls of list.sort (exactly
/// CPython's sequence for short lists), <c>__eq__</c> calls of dict and set lookups, a dict mutated
/// by a key's <c>__eq__</c>, <c>__missing__</c>, and subclasses of the containers.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly Lazy<JsonElement> s_expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Containers", "goldens", "scenarios.json"))).RootElement);

    private readonly ThreadState _ts = new();
    private readonly List<PyValue> _log = [];

    public ScenarioTests() => BuiltinTypes.Initialize();

    private static PyValue I(long v) => PyValue.FromInt64(v);

    private static PyValue S(string s) => PyValue.FromObject(new PyStr(s));

    private static PyValue T(params PyValue[] items) => PyValue.FromObject(new PyTuple(items));

    private static PyValue L(params PyValue[] items) => PyValue.FromObject(PyList.FromValues(items));

    private static void Expect(string scenario, string actual) => Assert.Equal(s_expected.Value.GetProperty(scenario).GetString(), actual);

    private string Repr(PyValue v)
    {
        Assert.False(v.IsError, _ts.CurrentException?.Args.ToString());
        var r = PyOps.Repr(_ts, v);
        Assert.NotNull(r);
        return r.Value;
    }

    private PyValue Ok(PyValue v)
    {
        Assert.False(v.IsError, v.IsError ? PyOps.Repr(_ts, PyValue.FromObject(_ts.FetchError()!.Args))?.Value : null);
        return v;
    }

    private PyValue Attr(PyValue o, string name) => Ok(PyOps.GetAttr(_ts, o, PyStr.Intern(name)));

    private PyType Class(string name, PyType baseType, params (string Name, NativeFunction Impl)[] methods)
    {
        var ns = new PyDict();
        foreach (var (n, impl) in methods)
        {
            ns.SetStr(PyStr.Intern(n), PyValue.FromObject(new PyMethodDescriptor(PyType.Object, n, impl, NativeArity.Any, MethodKind.Method)));
        }

        var t = Ok(PyOps.Call(_ts, PyValue.FromObject(PyType.TypeType), [S(name), T(PyValue.FromObject(baseType)), PyValue.FromObject(ns)]));
        return (PyType)t.AsObject;
    }

    private PyValue New(PyType type, params (string Name, PyValue Value)[] attrs)
    {
        var o = Ok(PyOps.Call0(_ts, PyValue.FromObject(type)));
        foreach (var (n, v) in attrs)
        {
            Assert.True(PyOps.SetAttr(_ts, o, PyStr.Intern(n), v));
        }

        return o;
    }

    // V: __lt__ logs (self.n, other.n); repr "V(n,tag)".
    private PyType ClassV(int raiseAt = -1) => Class("V", PyType.Object,
        ("__lt__", (ts, a, kw) =>
        {
            if (_log.Count == raiseAt)
            {
                return ts.SetError(PyExc.ValueError, "boom");
            }

            var x = PyOps.GetAttr(ts, a[0], PyStr.Intern("n"));
            var y = PyOps.GetAttr(ts, a[1], PyStr.Intern("n"));
            _log.Add(T(x, y));
            return PyOps.RichCompare(ts, x, y, CompareOp.Lt);
        }),
        ("__repr__", (ts, a, kw) => S("V(" + Attr(a[0], "n") + "," + Attr(a[0], "tag") + ")")));

    private string SortLog(int[] ns, PyTuple? kwnames = null, params PyValue[] kwValues)
    {
        var v = ClassV();
        var items = L([.. ns.Select((n, i) => New(v, ("n", I(n)), ("tag", I(i))))]);
        Ok(PyOps.Call(_ts, Attr(items, "sort"), kwValues, kwnames));
        return Repr(T(items, L([.. _log])));
    }

    private static readonly int[] s_twelve = [5, 3, 8, 1, 9, 2, 7, 3, 5, 0, 4, 6];

    [Fact]
    public void Sort_CallsLtAsCPython() => Expect("sort_small", SortLog(s_twelve));

    [Fact]
    public void SortReverse_CallsLtAsCPython() =>
        Expect("sort_reverse", SortLog(s_twelve, new PyTuple([S("reverse")]), PyValue.True));

    [Fact]
    public void SortDescendingRunWithEqualItems() => Expect("sort_descending_with_equal", SortLog([9, 8, 8, 7, 5, 5, 5, 3, 2, 2, 1, 4, 6, 7]));

    [Fact]
    public void SortEqualPrefixThenDescent() => Expect("sort_ascending_then_down", SortLog([1, 1, 1, 0, 2, 3, 4, 4, 1]));

    [Fact]
    public void SortAllEqual() => Expect("sort_all_equal", SortLog([4, 4, 4, 4]));

    [Fact]
    public void SortLongList_IsStable()
    {
        var v = ClassV();
        var items = L([.. Enumerable.Range(0, 200).Select(i => New(v, ("n", I(i * 37 % 23)), ("tag", I(i))))]);
        Ok(PyOps.Call0(_ts, Attr(items, "sort")));
        Expect("sort_long_result", Repr(items));
    }

    [Fact]
    public void SortLtRaises_LeavesCPythonsPermutation()
    {
        var v = ClassV(raiseAt: 10);
        var items = L([.. new[] { 5, 3, 8, 1, 9, 2, 7, 3 }.Select((n, i) => New(v, ("n", I(n)), ("tag", I(i))))]);
        Assert.True(PyOps.Call0(_ts, Attr(items, "sort")).IsError);
        var e = _ts.FetchError()!;
        Expect("sort_lt_raises", Repr(T(items, L([.. _log]), e.Args[0])));
    }

    [Fact]
    public void SortKeyAppending_RaisesListModified()
    {
        var items = L(I(3), I(1), I(2));
        var key = PyValue.FromObject(new PyBuiltinFunction("key", (ts, a, kw) =>
        {
            ((PyList)items.AsObject).Append(a[0]);
            return a[0];
        }));
        Assert.True(PyOps.Call(_ts, Attr(items, "sort"), [key], new PyTuple([S("key")])).IsError);
        var e = _ts.FetchError()!;
        Expect("sort_modified", Repr(T(items, e.Args[0])));
    }

    [Fact]
    public void SortKey_SeesAnEmptyList()
    {
        var items = L(I(3), I(1), I(2));
        var seen = new PyList();
        var key = PyValue.FromObject(new PyBuiltinFunction("key", (ts, a, kw) =>
        {
            seen.Append(I(((PyList)items.AsObject).Count));
            return PyOps.Negative(ts, a[0]);
        }));
        Ok(PyOps.Call(_ts, Attr(items, "sort"), [key], new PyTuple([S("key")])));
        Expect("sort_key_sees_empty", Repr(T(items, PyValue.FromObject(seen))));
    }

    // K(n, h): hash h, __eq__ logs (self.n, other.n).
    private PyType ClassK() => Class("K", PyType.Object,
        ("__hash__", (ts, a, kw) => Attr(a[0], "h")),
        ("__eq__", (ts, a, kw) =>
        {
            var other = a[1].Type.Name == "K" ? Attr(a[1], "n") : a[1];
            _log.Add(T(Attr(a[0], "n"), other));
            return a[1].Type.Name == "K" ? PyOps.RichCompare(ts, Attr(a[0], "n"), other, CompareOp.Eq) : PyValue.False;
        }),
        ("__repr__", (ts, a, kw) => S("K(" + Attr(a[0], "n") + ")")));

    [Fact]
    public void DictLookup_CallsStoredKeysEq()
    {
        var k = ClassK();
        PyValue Key(int n, int h) => New(k, ("n", I(n)), ("h", I(h)));
        var d = new PyDict();
        var dv = PyValue.FromObject(d);
        Assert.True(d.SetItem(_ts, Key(1, 7), S("a")));
        Assert.True(d.SetItem(_ts, Key(2, 7), S("b")));
        Assert.True(d.SetItem(_ts, Key(1, 7), S("c")));
        Assert.True(d.SetItem(_ts, Key(3, 8), S("d")));
        var found = T(
            PyValue.FromBool(PyOps.Contains(_ts, dv, Key(2, 7)) == 1),
            PyValue.FromBool(PyOps.Contains(_ts, dv, Key(4, 7)) == 1),
            Ok(PyOps.CallMethod(_ts, dv, PyStr.Intern("get"), [Key(3, 8)])));
        Assert.True(PyOps.DelItem(_ts, dv, Key(1, 7)));
        Expect("dict_custom_eq", Repr(T(dv, found, L([.. _log]))));
    }

    [Fact]
    public void SetLookup_CallsStoredKeysEq()
    {
        var k = ClassK();
        PyValue Key(int n, int h) => New(k, ("n", I(n)), ("h", I(h)));
        var s = new PySet();
        foreach (var (n, h) in new[] { (1, 5), (2, 5), (3, 13), (1, 5), (4, 5), (5, 21), (2, 5) })
        {
            Assert.True(s.Add(_ts, Key(n, h)));
        }

        Assert.Equal(1, s.Discard(_ts, Key(2, 5)));
        Assert.True(s.Add(_ts, Key(6, 5)));
        var contains = PyValue.FromBool(s.ContainsKey(_ts, Key(4, 5)) == 1);
        Expect("set_custom_eq", Repr(T(L(s.ToArray()), contains, L([.. _log]))));
    }

    [Fact]
    public void DictMutatedByEq_RestartsTheLookup()
    {
        var d = new PyDict();
        var m = Class("M", PyType.Object,
            ("__hash__", (ts, a, kw) => I(1)),
            ("__eq__", (ts, a, kw) =>
            {
                if (Attr(a[0], "n").AsInt64 == 1 && !d.TryGetStr(PyStr.Intern("extra"), out _))
                {
                    d.SetStr(PyStr.Intern("extra"), I(0));
                }

                return a[1].Type.Name == "M" ? PyOps.RichCompare(ts, Attr(a[0], "n"), Attr(a[1], "n"), CompareOp.Eq) : PyValue.False;
            }),
            ("__repr__", (ts, a, kw) => S("M(" + Attr(a[0], "n") + ")")));
        PyValue Key(int n) => New(m, ("n", I(n)));
        var dv = PyValue.FromObject(d);
        Assert.True(d.SetItem(_ts, Key(1), S("one")));
        Assert.True(d.SetItem(_ts, Key(2), S("two")));
        var r = T(dv, PyValue.FromBool(PyOps.Contains(_ts, dv, Key(2)) == 1), PyValue.FromBool(PyOps.Contains(_ts, dv, Key(3)) == 1), dv);
        Expect("dict_eq_mutates", Repr(r));
    }

    [Fact]
    public void DictSubclass_Missing()
    {
        var dt = Class("D", PyType.Dict, ("__missing__", (ts, a, kw) => PyOps.BinaryOp(ts, a[1], I(2), NumberOp.Multiply)));
        var d = Ok(PyOps.Call(_ts, PyValue.FromObject(dt), [I(1)], new PyTuple([S("a")])));
        var r = T(
            Ok(PyOps.GetItem(_ts, d, S("a"))),
            Ok(PyOps.GetItem(_ts, d, I(5))),
            PyValue.FromBool(PyOps.Contains(_ts, d, I(5)) == 1),
            Ok(PyOps.CallMethod(_ts, d, PyStr.Intern("get"), [I(5)])),
            d,
            S(d.Type.Name));
        Expect("missing", Repr(r));
    }

    [Fact]
    public void ListSubclass_HasInstanceDict()
    {
        var lt = Class("L", PyType.List);
        var x = Ok(PyOps.Call1(_ts, PyValue.FromObject(lt), L(I(1), I(2))));
        Assert.True(PyOps.SetAttr(_ts, x, PyStr.Intern("attr"), I(5)), x.AsObject.GetType().Name + " " + PyOps.Repr(_ts, PyValue.FromObject(_ts.CurrentException?.Args ?? PyTuple.Empty))?.Value);
        var y = Ok(PyOps.BinaryOp(_ts, x, L(I(3)), NumberOp.Add));
        Ok(PyOps.CallMethod(_ts, x, PyStr.Intern("append"), [I(9)]));
        var tail = Ok(PyOps.GetItem(_ts, x, PyValue.FromObject(new PySlice(I(1), PyValue.None, PyValue.None))));
        var r = T(x, Attr(x, "attr"), Attr(x, "__dict__"), S(y.Type.Name), I(PyOps.Length(_ts, x)), tail, S(tail.Type.Name));
        Expect("list_subclass", Repr(r));
        Assert.False(PyOps.SetAttr(_ts, L(), PyStr.Intern("attr"), I(1)));
        Assert.True(_ts.ErrorMatches(PyExc.AttributeError));
        _ts.ClearError();
    }

    [Fact]
    public void TupleSubclass_HasInstanceDict()
    {
        var tt = Class("T", PyType.Tuple);
        var t = Ok(PyOps.Call1(_ts, PyValue.FromObject(tt), L(I(1), I(2), I(3))));
        Assert.True(PyOps.SetAttr(_ts, t, PyStr.Intern("label"), S("x")));
        var tail = Ok(PyOps.GetItem(_ts, t, PyValue.FromObject(new PySlice(I(1), PyValue.None, PyValue.None))));
        var sum = Ok(PyOps.BinaryOp(_ts, t, T(I(4)), NumberOp.Add));
        Assert.True(t.TryHash(_ts, out var h1));
        Assert.True(T(I(1), I(2), I(3)).TryHash(_ts, out var h2));
        var r = T(t, Attr(t, "label"), Ok(PyOps.GetItem(_ts, t, I(0))), tail, S(tail.Type.Name), sum, S(sum.Type.Name),
            Ok(PyOps.RichCompare(_ts, t, T(I(1), I(2), I(3)), CompareOp.Eq)), PyValue.FromBool(h1 == h2));
        Expect("tuple_subclass", Repr(r));
    }

    [Fact]
    public void SetSubclasses()
    {
        var st = Class("S", PyType.Set);
        var s = Ok(PyOps.Call1(_ts, PyValue.FromObject(st), L(I(3), I(1), I(2))));
        Assert.True(PyOps.SetAttr(_ts, s, PyStr.Intern("note"), S("n")));
        var nine = new PySet();
        Assert.True(nine.Add(_ts, I(9)));
        var union = Ok(PyOps.BinaryOp(_ts, s, PyValue.FromObject(nine), NumberOp.Or));
        var copy = Ok(PyOps.CallMethod(_ts, s, PyStr.Intern("copy"), []));
        var frozen = PyValue.FromObject(PyType.FrozenSet);
        var f = Ok(PyOps.Call1(_ts, frozen, L(I(1))));
        var ft = Class("F", PyType.FrozenSet);
        var g = Ok(PyOps.Call1(_ts, PyValue.FromObject(ft), L(I(2), I(1))));
        var r = T(s, Attr(s, "note"), union, S(union.Type.Name), S(copy.Type.Name), g, S(g.Type.Name), f,
            PyValue.FromBool(PyValue.Is(Ok(PyOps.Call1(_ts, frozen, f)), f)),
            PyValue.FromBool(PyValue.Is(Ok(PyOps.Call1(_ts, PyValue.FromObject(ft), g)), g)));
        Expect("set_subclass", Repr(r));
    }

    [Fact]
    public void DictSubclass_UpdateBypassesSetItem()
    {
        var dt = Class("D", PyType.Dict, ("__setitem__", (ts, a, kw) =>
        {
            var v = PyOps.BinaryOp(ts, a[2], I(10), NumberOp.Multiply);
            return v.IsError || !((PyDict)a[0].AsObject).SetItem(ts, a[1], v) ? PyValue.Error : PyValue.None;
        }));
        var d = Ok(PyOps.Call0(_ts, PyValue.FromObject(dt)));
        Assert.True(PyOps.SetItem(_ts, d, S("a"), I(1)));
        Ok(PyOps.Call(_ts, Attr(d, "update"), [I(2)], new PyTuple([S("b")])));
        Ok(PyOps.CallMethod(_ts, d, PyStr.Intern("setdefault"), [S("c"), I(3)]));
        var e = Ok(PyOps.CallMethod(_ts, PyValue.FromObject(dt), PyStr.Intern("fromkeys"), [L(I(1), I(2)), I(5)]));
        var z = new PyDict();
        Assert.True(z.SetItem(_ts, S("z"), I(0)));
        var or = Ok(PyOps.BinaryOp(_ts, d, PyValue.FromObject(z), NumberOp.Or));
        Expect("dict_subclass_update", Repr(T(d, e, S(e.Type.Name), or, S(or.Type.Name))));
    }
}
