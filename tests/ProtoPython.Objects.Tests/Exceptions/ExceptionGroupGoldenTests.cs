using System.Text.Json;

namespace ProtoPython.Objects.Tests.Exceptions;

/// <summary>
/// ExceptionGroup split/subgroup/derive against CPython 3.14: each part's repr and type, whether it
/// is the original, its notes (copied, never shared), cause, context and __suppress_context__.
/// </summary>
public sealed class ExceptionGroupGoldenTests
{
    [Fact]
    public void SplitSubgroupAndDeriveMatchCPython()
    {
        var failures = new List<string>();
        var ran = 0;
        foreach (var c in ExceptionGoldens.Root.GetProperty("groups").EnumerateArray())
        {
            ran++;
            var spec = c.GetProperty("spec");
            var where = spec.GetRawText();
            var ts = new ThreadState();
            var eg = ExceptionGoldens.Build(ts, spec.GetProperty("group"));
            Assert.False(eg.IsError, where);
            if (spec.TryGetProperty("deco", out var deco))
            {
                Decorate(ts, eg, deco);
            }

            var op = spec.GetProperty("op").GetString()!;
            var matcher = ExceptionGoldens.Build(ts, spec.GetProperty("matcher"));
            Assert.False(matcher.IsError, where);
            var result = PyOps.CallMethod(ts, eg, PyStr.Intern(op), [matcher]);
            var expect = c.GetProperty("expect");
            if (expect.TryGetProperty("error", out var error))
            {
                ExceptionGoldenTests.Check(failures, where, "error", error.GetString(), result.IsError ? ExceptionGoldens.Error(ts) : "no error");
                continue;
            }

            if (result.IsError)
            {
                failures.Add(where + ": unexpected " + ExceptionGoldens.Error(ts));
                continue;
            }

            var parts = op == "split" ? ((PyTuple)result.AsObject).Items.ToArray() : [result];
            var expectedParts = expect.GetProperty("parts").EnumerateArray().ToArray();
            Assert.Equal(expectedParts.Length, parts.Length);
            for (var i = 0; i < parts.Length; i++)
            {
                CheckPart(ts, failures, where + " part " + i, expectedParts[i], parts[i], eg);
            }
        }

        Assert.True(ran > 1000, "too few cases: " + ran);
        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(40)));
    }

    private static void Decorate(ThreadState ts, PyValue eg, JsonElement deco)
    {
        if (deco.TryGetProperty("notes", out var notes))
        {
            foreach (var n in notes.EnumerateArray())
            {
                Assert.False(PyOps.CallMethod(ts, eg, PyStr.Intern("add_note"), [PyValue.FromObject(new PyStr(n.GetString()!))]).IsError);
            }
        }

        foreach (var (key, attr) in new[] { ("notes_value", "__notes__"), ("cause", "__cause__"), ("context", "__context__") })
        {
            if (deco.TryGetProperty(key, out var v))
            {
                Assert.True(PyOps.SetAttr(ts, eg, PyStr.Intern(attr), ExceptionGoldens.Build(ts, v)));
            }
        }
    }

    private static void CheckPart(ThreadState ts, List<string> failures, string where, JsonElement expected, PyValue part, PyValue orig)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            ExceptionGoldenTests.Check(failures, where, "part", "None", ExceptionGoldens.Repr(ts, part));
            return;
        }

        ExceptionGoldenTests.Check(failures, where, "repr", expected.GetProperty("repr").GetString(), ExceptionGoldens.Repr(ts, part));
        ExceptionGoldenTests.Check(failures, where, "type", expected.GetProperty("type").GetString(), part.Type.Name);
        ExceptionGoldenTests.Check(failures, where, "is_orig", expected.GetProperty("is_orig").GetBoolean().ToString(), PyValue.Is(part, orig).ToString());
        var notes = Notes(ts, part);
        var origNotes = Notes(ts, orig);
        ExceptionGoldenTests.Check(failures, where, "notes", expected.GetProperty("notes").GetString(), ExceptionGoldens.Repr(ts, notes.IsNull ? PyValue.None : notes));
        var shared = !origNotes.IsNull && PyValue.Is(notes.IsNull ? PyValue.None : notes, origNotes);
        ExceptionGoldenTests.Check(failures, where, "notes_shared", expected.GetProperty("notes_shared").GetBoolean().ToString(), shared.ToString());
        ExceptionGoldenTests.Check(failures, where, "cause", expected.GetProperty("cause").GetString(), ExceptionGoldens.Attempt(ts, PyOps.GetAttr(ts, part, PyStr.Intern("__cause__"))));
        ExceptionGoldenTests.Check(failures, where, "context", expected.GetProperty("context").GetString(), ExceptionGoldens.Attempt(ts, PyOps.GetAttr(ts, part, PyStr.Intern("__context__"))));
        ExceptionGoldenTests.Check(failures, where, "suppress", expected.GetProperty("suppress").GetBoolean().ToString(), ((PyBaseException)part.AsObject).SuppressContext.ToString());
    }

    private static PyValue Notes(ThreadState ts, PyValue e) =>
        PyOps.TryGetAttr(ts, e, PyStr.Intern("__notes__"), out var v) > 0 ? v : PyValue.Null;
}
