using System.Text.Json;
using ProtoPython.Objects;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// Replays goldens/builtins.json (tools/runtime/record_builtins.py, CPython 3.14): each call of a
/// builtin function with its arguments decoded into our values, through <see cref="PyOps.Call"/>,
/// against CPython's repr of the result (iterators consumed) or its exception type and message.
/// </summary>
public sealed class BuiltinGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Goldens, "builtins.json"))).RootElement.EnumerateArray().Select(e => e.Clone()).ToList());

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var name in s_cases.Value.Select(c => c.GetProperty("call").GetString()!).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void GoldensCoverManyFunctions()
    {
        Assert.True(s_cases.Value.Count > 300);
        Assert.True(s_cases.Value.Select(c => c.GetProperty("call").GetString()).Distinct().Count() >= 35);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void CallsMatchCPython(string function)
    {
        var failures = new List<string>();
        foreach (var c in s_cases.Value.Where(c => c.GetProperty("call").GetString() == function))
        {
            var ts = new ThreadState();
            var args = c.GetProperty("args").EnumerateArray().Select(a => GoldenValues.Decode(ts, a)).ToList();
            var kwnames = new List<PyValue>();
            foreach (var kw in c.GetProperty("kw").EnumerateObject())
            {
                kwnames.Add(PyValue.FromObject(PyStr.Intern(kw.Name)));
                args.Add(GoldenValues.Decode(ts, kw.Value));
            }

            var filter = c.TryGetProperty("filter", out var f) ? f.GetString() : null;
            var fn = GoldenValues.Builtin(function);
            var result = PyOps.Call(ts, fn, args.ToArray(), kwnames.Count == 0 ? null : new PyTuple(kwnames.ToArray()));
            var actual = Describe(ts, result, filter);
            var expected = c.GetProperty("result").GetRawText();
            if (!JsonElement.DeepEquals(JsonDocument.Parse(expected).RootElement, JsonDocument.Parse(actual).RootElement))
            {
                failures.Add(function + " " + c.GetProperty("args").GetRawText() + " " + c.GetProperty("kw").GetRawText() + "\n   expected " + expected + "\n   actual   " + actual);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Describe(ThreadState ts, PyValue result, string? filter)
    {
        if (result.IsError)
        {
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = Error(ts) });
        }

        if (result.Type.IterNext is not null && result.AsObject is not PyInstance)
        {
            var items = new List<string>();
            while (true)
            {
                var r = PyOps.Next(ts, result, out var item);
                if (r < 0)
                {
                    return JsonSerializer.Serialize(new Dictionary<string, object> { ["iter"] = items, ["error"] = Error(ts) });
                }

                if (r == 0)
                {
                    return JsonSerializer.Serialize(new Dictionary<string, object> { ["iter"] = items });
                }

                items.Add(Repr(ts, item));
            }
        }

        if (filter == "public")
        {
            var list = (PyList)result.AsObject;
            var kept = new PyList();
            for (var i = 0; i < list.Count; i++)
            {
                list.TryGetItem(ts, i, out var name);
                if (!((PyStr)name.AsObject).Value.StartsWith('_'))
                {
                    kept.Append(name);
                }
            }

            result = PyValue.FromObject(kept);
        }

        return JsonSerializer.Serialize(new Dictionary<string, string> { ["repr"] = Repr(ts, result) });
    }

    private static string Repr(ThreadState ts, PyValue v) => PyOps.Repr(ts, v)?.Value ?? "<repr failed: " + Error(ts) + ">";

    private static string Error(ThreadState ts)
    {
        var e = ts.FetchError()!;
        return e.Type.Name + ": " + e.Message;
    }
}
