using System.Text.Json;

namespace ProtoPython.Objects.Tests.Functions;

/// <summary>
/// Replays Functions/goldens/argparser.json (tools/objects/record_argparser.py, CPython 3.14): for
/// real CPython functions, every call shape and the TypeError CPython raised while parsing, through
/// <see cref="ArgParser.Parse"/> and <see cref="ArgParser.CheckPositional"/> with the same signature.
/// </summary>
public sealed class ArgParserTests
{
    private static readonly Lazy<JsonElement> s_goldens = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Functions", "goldens", "argparser.json"))).RootElement.Clone());

    public ArgParserTests() => BuiltinTypes.Initialize();

    public static TheoryData<string> ClinicFunctions()
    {
        var data = new TheoryData<string>();
        foreach (var f in s_goldens.Value.GetProperty("clinic").EnumerateArray())
        {
            data.Add(f.GetProperty("fname").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClinicFunctions))]
    public void ClinicMessagesMatchCPython(string fname)
    {
        var f = s_goldens.Value.GetProperty("clinic").EnumerateArray().Single(x => x.GetProperty("fname").GetString() == fname);
        var names = f.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var min = f.GetProperty("min").GetInt32();
        var posOnly = f.GetProperty("posOnly").GetInt32();
        var maxPos = f.GetProperty("maxPos").GetInt32();
        var checkedCalls = 0;
        foreach (var call in f.GetProperty("calls").EnumerateArray())
        {
            var (args, kwnames) = Shape(call);
            var ts = new ThreadState();
            var result = new PyValue[names.Length];
            var ok = ArgParser.Parse(ts, fname, args, kwnames, names, min, posOnly, result, maxPos);
            var where = fname + " npos=" + call.GetProperty("npos").GetInt32() + " kw=" + string.Join(",", call.GetProperty("kw").EnumerateArray());
            Assert.True(ok == !ts.HasError, where);
            Assert.Equal(Expected(call), ok ? null : ts.CurrentException!.Message, StringComparer.Ordinal);
            if (ok)
            {
                CheckPlacement(call, names, posOnly, args, result, where);
            }

            checkedCalls++;
        }

        Assert.True(checkedCalls > 50);
    }

    [Fact]
    public void PositionalMessagesMatchCPython()
    {
        foreach (var f in s_goldens.Value.GetProperty("positional").EnumerateArray())
        {
            var fname = f.GetProperty("fname").GetString()!;
            foreach (var call in f.GetProperty("calls").EnumerateArray())
            {
                var (args, kwnames) = Shape(call);
                var ts = new ThreadState();
                var ok = ArgParser.CheckPositional(ts, fname, args, kwnames, f.GetProperty("min").GetInt32(), f.GetProperty("max").GetInt32());
                Assert.Equal(Expected(call), ok ? null : ts.CurrentException!.Message, StringComparer.Ordinal);
            }
        }
    }

    [Fact]
    public void NonStringKeywordIsRejected()
    {
        var ts = new ThreadState();
        var result = new PyValue[2];
        var kw = new PyTuple([PyValue.FromInt64(1)]);
        Assert.False(ArgParser.Parse(ts, "sort", [PyValue.None], kw, ["key", "reverse"], 0, 0, result, 0));
        Assert.Equal("keywords must be strings", ts.CurrentException!.Message);
    }

    [Fact]
    public void BadArgumentNamesTheParameter()
    {
        var ts = new ThreadState();
        ArgParser.BadArgument(ts, "split", ArgParser.ArgName(["sep", "maxsplit"], 0, 0), "str or None", PyValue.FromInt64(1));
        Assert.Equal("split() argument 'sep' must be str or None, not int", ts.CurrentException!.Message);
        ArgParser.BadArgument(ts, "replace", ArgParser.ArgName(["", "", "count"], 1, 2), "str", PyValue.None);
        Assert.Equal("replace() argument 2 must be str, not None", ts.CurrentException!.Message);
    }

    // Positional values are 100, 101...; keyword values 200, 201... in kwnames order.
    private static (PyValue[] Args, PyTuple? Kwnames) Shape(JsonElement call)
    {
        var npos = call.GetProperty("npos").GetInt32();
        var kw = call.GetProperty("kw").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var args = new PyValue[npos + kw.Length];
        for (var i = 0; i < npos; i++)
        {
            args[i] = PyValue.FromInt64(100 + i);
        }

        for (var i = 0; i < kw.Length; i++)
        {
            args[npos + i] = PyValue.FromInt64(200 + i);
        }

        return (args, kw.Length == 0 ? null : new PyTuple(kw.Select(k => PyValue.FromObject(new PyStr(k))).ToArray()));
    }

    private static string? Expected(JsonElement call) =>
        call.GetProperty("error").ValueKind == JsonValueKind.Null ? null : call.GetProperty("error").GetString();

    private static void CheckPlacement(JsonElement call, string[] names, int posOnly, PyValue[] args, PyValue[] result, string where)
    {
        var npos = call.GetProperty("npos").GetInt32();
        var kw = call.GetProperty("kw").EnumerateArray().Select(k => k.GetString()!).ToList();
        for (var i = 0; i < names.Length; i++)
        {
            var k = i >= posOnly ? kw.IndexOf(names[i]) : -1;
            var expected = i < npos ? args[i] : k >= 0 ? args[npos + k] : PyValue.Null;
            Assert.True(PyValue.Is(expected, result[i]), where + " slot " + i);
        }
    }
}
