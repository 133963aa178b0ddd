using System.Text.Json;
using ProtoPython.Objects;
using ProtoPython.Runtime.Modules;
using ProtoPython.Runtime.Tests.Math;

namespace ProtoPython.Runtime.Tests.Time;

/// <summary>
/// The deterministic time functions (gmtime, strftime/asctime of explicit tuples, struct_time,
/// sleep's argument errors) against Time/goldens/time_cases.json (tools/runtime/record_time.py).
/// </summary>
public sealed class TimeGoldenTests
{
    private static readonly Lazy<PyModule> s_module = new(() =>
    {
        BuiltinTypes.Initialize();
        return TimeModule.Build();
    });

    public static TheoryData<string> Functions => new(["gmtime", "strftime", "asctime", "struct_time", "sleep"]);

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_matches_CPython(string function)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Runtime.Tests", "Time", "goldens", "time_cases.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var failures = new List<string>();
        var count = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (c.GetProperty("f").GetString() != function)
            {
                continue;
            }

            count++;
            var expected = c.TryGetProperty("err", out var err)
                ? "e:" + err[0].GetString() + ": " + err[1].GetString()
                : c.GetProperty("r").GetString();
            var args = c.GetProperty("args").EnumerateArray().Select(Decode).ToArray();
            var actual = Run(function, args);
            if (actual != expected)
            {
                failures.Add(function + "(" + c.GetProperty("args") + "): expected " + expected + ", got " + actual);
            }
        }

        Assert.True(count > 0, "no cases for " + function);
        Assert.True(failures.Count == 0, failures.Count + " of " + count + " cases differ:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Struct_time_indexes_compares_and_has_named_fields()
    {
        var st = Run("gmtime", [PyValue.FromInt64(86400 * 366)]);
        Assert.Equal("time.struct_time(tm_year=1971, tm_mon=1, tm_mday=2, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=2, tm_isdst=0)", st);
        var ts = new Objects.ThreadState();
        s_module.Value.Dict.TryGetStr(PyStr.Intern("gmtime"), out var gmtime);
        var value = PyOps.Call(ts, gmtime, [PyValue.FromInt64(0)]);
        Assert.Equal(9, PyOps.Length(ts, value));
        Assert.Equal(1970, PyOps.GetItem(ts, value, PyValue.FromInt64(0)).AsInt64);
        Assert.Equal(0, PyOps.GetItem(ts, value, PyValue.FromInt64(-1)).AsInt64);
        Assert.Equal(3, PyOps.GetAttr(ts, value, PyStr.Intern("tm_wday")).AsInt64);
        Assert.Equal("GMT", ((PyStr)PyOps.GetAttr(ts, value, PyStr.Intern("tm_zone")).AsObject).Value);
        var tuple = new PyTuple([.. new long[] { 1970, 1, 1, 0, 0, 0, 3, 1, 0 }.Select(PyValue.FromInt64)]);
        Assert.Equal(1, PyOps.RichCompareBool(ts, value, PyValue.FromObject(tuple), CompareOp.Eq));
    }

    [Fact]
    public void Clocks_are_floats_and_ints_and_monotonic_does_not_go_back()
    {
        var first = Call("monotonic_ns");
        var second = Call("monotonic_ns");
        Assert.True(first.IsInt64 && second.IsInt64);
        Assert.True(second.AsInt64 >= first.AsInt64);
        Assert.True(Call("time").IsFloat);
        Assert.True(Call("perf_counter").IsFloat);
        Assert.True(Call("process_time_ns").AsInt64 > 0);
        Assert.True(Call("thread_time_ns").AsInt64 > 0);
        Assert.True(Call("time_ns").AsInt64 > 1_700_000_000L * 1_000_000_000);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1234567890L)]
    [InlineData(-86401L)]
    [InlineData(4102444800L)]
    public void Mktime_inverts_localtime_and_ctime_is_asctime_of_localtime(long t)
    {
        var ts = new Objects.ThreadState();
        var local = Call("localtime", PyValue.FromInt64(t));
        Assert.Equal((double)t, Call("mktime", local).AsDouble);
        var ctime = Call("ctime", PyValue.FromInt64(t));
        var asctime = Call("asctime", local);
        Assert.Equal(1, PyOps.RichCompareBool(ts, ctime, asctime, CompareOp.Eq));
    }

    private static PyValue Call(string name, params PyValue[] args)
    {
        var ts = new Objects.ThreadState();
        Assert.True(s_module.Value.Dict.TryGetStr(PyStr.Intern(name), out var f));
        var r = PyOps.Call(ts, f, args);
        Assert.False(r.IsError);
        return r;
    }

    private static string Run(string function, PyValue[] args)
    {
        var ts = new Objects.ThreadState();
        Assert.True(s_module.Value.Dict.TryGetStr(PyStr.Intern(function), out var f), "no time." + function);
        var result = PyOps.Call(ts, f, args);
        if (result.IsError)
        {
            var e = ts.FetchError();
            Assert.NotNull(e);
            return "e:" + e.Type.Name + ": " + e.Message;
        }

        var repr = PyOps.Repr(ts, result);
        Assert.NotNull(repr);
        return repr.Value;
    }

    private static PyValue Decode(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array && e[0].GetString() == "struct_time")
        {
            var items = e.EnumerateArray().Skip(1).Select(MathGoldens.Decode).ToArray();
            return PyValue.FromObject(new StructTime(items[..9], items[9], items[10]));
        }

        return MathGoldens.Decode(e);
    }
}
