using System.Text.Json;

namespace ProtoPython.Objects.Tests.Exceptions;

/// <summary>
/// The builtin exceptions against CPython 3.14 (goldens from tools/objects/record_exceptions.py):
/// MROs, construction with str/repr/__reduce__/attributes, and the recorded errors.
/// </summary>
public sealed class ExceptionGoldenTests
{
    private static JsonElement Root => ExceptionGoldens.Root;

    [Fact]
    public void EveryBuiltinExceptionHasCPythonsMro()
    {
        var count = 0;
        foreach (var p in Root.GetProperty("mro").EnumerateObject())
        {
            var t = ExceptionGoldens.TypeNamed(p.Name);
            Assert.Equal(p.Value.EnumerateArray().Select(e => e.GetString()), t.Mro.Select(m => m.Name));
            Assert.Equal("builtins", t.ModuleName);
            count++;
        }

        Assert.Equal(71, count);
    }

    [Fact]
    public void SubclassesAreListedInCPythonsOrder()
    {
        foreach (var p in Root.GetProperty("subclass_order").EnumerateObject())
        {
            var t = ExceptionGoldens.TypeNamed(p.Name);
            var builtin = t.Subclasses().Where(s => !s.HasFlag(TypeFlags.HeapType)).Select(s => s.Name);
            Assert.Equal(p.Value.EnumerateArray().Select(e => e.GetString()), builtin);
        }
    }

    [Fact]
    public void ConstructionMatchesCPython() => RunConstruction(withBytes: false);

    [Fact]
    public void UnicodeDecodeErrorConstructionMatchesCPython() => RunConstruction(withBytes: true);

    private static void RunConstruction(bool withBytes)
    {
        var failures = new List<string>();
        var ran = 0;
        foreach (var c in Root.GetProperty("construct").EnumerateArray())
        {
            var spec = c.GetProperty("spec");
            var raw = spec.GetRawText().Replace("\n", "", StringComparison.Ordinal);
            if (withBytes != (raw.Contains("{\"b\":", StringComparison.Ordinal) || raw.Contains("{\"ba\":", StringComparison.Ordinal)))
            {
                continue;
            }

            ran++;
            var ts = new ThreadState();
            var expect = c.GetProperty("expect");
            PyValue v;
            try
            {
                v = ExceptionGoldens.Build(ts, spec);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException(raw, e);
            }

            if (expect.TryGetProperty("error", out var error))
            {
                var actualError = v.IsError ? ExceptionGoldens.Error(ts) : "no error: " + ExceptionGoldens.Repr(ts, v);
                Check(failures, raw, "error", error.GetString(), actualError);
                continue;
            }

            if (v.IsError)
            {
                failures.Add(raw + ": unexpected " + ExceptionGoldens.Error(ts));
                continue;
            }

            CheckDescription(failures, raw, ts, expect, v);
        }

        Assert.True(ran > (withBytes ? 5 : 250), "too few cases: " + ran);
        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(40)));
    }

    // The recorder's describe(): type, str, repr, args, __reduce__ and the type's attributes.
    private static void CheckDescription(List<string> failures, string raw, ThreadState ts, JsonElement expect, PyValue v)
    {
        Check(failures, raw, "type", expect.GetProperty("type").GetString(), v.Type.Name);
        Check(failures, raw, "str", expect.GetProperty("str").GetString(), PyOps.Str(ts, v) is { } s ? Quote(s.Value) : "!" + ExceptionGoldens.Error(ts));
        Check(failures, raw, "repr", expect.GetProperty("repr").GetString(), Quote(ExceptionGoldens.Repr(ts, v)));
        Check(failures, raw, "args", expect.GetProperty("args").GetString(), ExceptionGoldens.Attempt(ts, PyOps.GetAttr(ts, v, PyStr.Intern("args"))));
        if (expect.TryGetProperty("reduce", out var reduce))
        {
            Check(failures, raw, "reduce", reduce.GetString(), ExceptionGoldens.Attempt(ts, PyOps.CallMethod(ts, v, PyStr.Intern("__reduce__"), [])));
        }

        if (expect.TryGetProperty("attrs", out var attrs))
        {
            foreach (var a in attrs.EnumerateObject())
            {
                Check(failures, raw, a.Name, a.Value.GetString(), ExceptionGoldens.Attempt(ts, PyOps.GetAttr(ts, v, PyStr.Intern(a.Name))));
            }
        }
    }

    [Fact]
    public void HeapSubclassesMatchCPython()
    {
        var failures = new List<string>();
        foreach (var c in Root.GetProperty("subclasses").EnumerateArray())
        {
            var ts = new ThreadState();
            var spec = c.GetProperty("spec");
            var raw = spec.GetRawText().Replace("\n", "", StringComparison.Ordinal);
            var expect = c.GetProperty("expect");
            var bases = spec.GetProperty("bases").EnumerateArray().Select(b => PyValue.FromObject(ExceptionGoldens.TypeNamed(b.GetString()!))).ToArray();
            var cls = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [PyValue.FromObject(new PyStr("E")), PyValue.FromObject(new PyTuple(bases)), PyValue.FromObject(MainNamespace())]);
            if (expect.TryGetProperty("class_error", out var classError))
            {
                Check(failures, raw, "class_error", classError.GetString(), cls.IsError ? ExceptionGoldens.Error(ts) : "no error");
                continue;
            }

            Assert.False(cls.IsError, raw);
            Assert.Equal(expect.GetProperty("mro").EnumerateArray().Select(m => m.GetString()), ((PyType)cls.AsObject).Mro.Select(m => m.Name));
            var args = new List<PyValue>();
            foreach (var a in spec.GetProperty("args").EnumerateArray())
            {
                args.Add(ExceptionGoldens.Build(ts, a));
            }

            var v = PyOps.Call(ts, cls, args.ToArray());
            if (expect.TryGetProperty("error", out var error))
            {
                Check(failures, raw, "error", error.GetString(), v.IsError ? ExceptionGoldens.Error(ts) : "no error");
                continue;
            }

            Assert.False(v.IsError, raw);
            CheckDescription(failures, raw, ts, expect, v);
            if (expect.TryGetProperty("split", out var split))
            {
                Check(failures, raw, "split", split.GetString(), ExceptionGoldens.Attempt(ts, PyOps.CallMethod(ts, v, PyStr.Intern("split"), [PyValue.FromObject(PyExc.ValueError)])));
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(40)));
    }

    private static PyDict MainNamespace()
    {
        var ns = new PyDict();
        ns.SetStr(PyStr.Intern("__module__"), PyValue.FromObject(new PyStr("__main__")));
        return ns;
    }

    [Fact]
    public void OperationsMatchCPython()
    {
        var failures = new List<string>();
        foreach (var c in Root.GetProperty("ops").EnumerateArray())
        {
            var ts = new ThreadState();
            var spec = c.GetProperty("spec");
            var e = ExceptionGoldens.Build(ts, spec);
            Assert.False(e.IsError, spec.GetRawText());
            var expected = c.GetProperty("expect").EnumerateArray().Select(x => x.GetString()).ToArray();
            var ops = c.GetProperty("ops").EnumerateArray().ToArray();
            for (var i = 0; i < ops.Length; i++)
            {
                Check(failures, spec.GetRawText().Replace("\n", "", StringComparison.Ordinal), "op " + i + " " + ops[i].GetRawText(), expected[i], ExceptionGoldens.RunOp(ts, e, ops[i]));
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(40)));
    }

    // The recorder stores str() and repr() results through repr().
    private static string Quote(string s) => s.StartsWith('!') ? s : ProtoPython.Objects.Formatting.StringRepr.Format(s);

    internal static void Check(List<string> failures, string where, string what, string? expected, string actual)
    {
        if (expected != actual)
        {
            failures.Add(where + " " + what + ": expected " + expected + ", got " + actual);
        }
    }
}
