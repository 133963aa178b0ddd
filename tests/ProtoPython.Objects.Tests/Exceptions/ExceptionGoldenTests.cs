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

        Assert.True(ran > (withBytes ? 5 : 250), "too few cases: " + ran);
        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(40)));
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
