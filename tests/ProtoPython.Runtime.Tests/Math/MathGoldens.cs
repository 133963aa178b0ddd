using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects;
using ProtoPython.Runtime.Modules;

namespace ProtoPython.Runtime.Tests.Math;

/// <summary>
/// Reads Math/goldens/math_cases.jsonl.gz (tools/runtime/record_math.py, CPython 3.14) and runs a
/// case by calling the function of our math module with the decoded arguments. Values are encoded
/// as the recorder does: "i:hex", "f:IEEE bits", "b:True", "s:text", "n:", ["list", ...], ["tuple", ...];
/// an exception is "e:Type: message".
/// </summary>
internal static class MathGoldens
{
    public sealed record Case(string Function, JsonElement[] Args, (string Name, JsonElement Value)[] Keywords, string Expected)
    {
        public override string ToString()
        {
            var parts = Args.Select(Show).Concat(Keywords.Select(k => k.Name + "=" + Show(k.Value)));
            return "math." + Function + "(" + string.Join(", ", parts) + ")";
        }
    }

    private static readonly Lazy<List<Case>> s_cases = new(Load);
    private static readonly Lazy<PyModule> s_module = new(() =>
    {
        BuiltinTypes.Initialize();
        return MathModule.Build();
    });

    public static IReadOnlyList<Case> All => s_cases.Value;

    private static List<Case> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Runtime.Tests", "Math", "goldens", "math_cases.jsonl.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var cases = new List<Case>();
        while (reader.ReadLine() is { } line)
        {
            var root = JsonDocument.Parse(line).RootElement;
            var args = root.GetProperty("args").EnumerateArray().ToArray();
            var kw = root.GetProperty("kw").EnumerateObject().Select(p => (p.Name, p.Value)).ToArray();
            var expected = root.TryGetProperty("err", out var err)
                ? "e:" + err[0].GetString() + ": " + err[1].GetString()
                : Canonical(root.GetProperty("r"));
            cases.Add(new Case(root.GetProperty("f").GetString()!, args, kw, expected));
        }

        return cases;
    }

    private static string Show(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? Describe(e.GetString()!)
        : e[0].GetString() + "(" + string.Join(", ", e.EnumerateArray().Skip(1).Select(Show)) + ")";

    private static string Describe(string s) => s[0] == 'f' ? PyValue.FromDouble(DoubleOf(s[2..])).ToString() : s;

    private static double DoubleOf(string hex) =>
        BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Canonical(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : "[" + string.Join(",", e.EnumerateArray().Select(Canonical)) + "]";

    public static PyValue Decode(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            var items = e.EnumerateArray().Skip(1).Select(Decode).ToArray();
            return e[0].GetString() == "list" ? PyValue.FromObject(PyList.FromValues(items)) : PyValue.FromObject(new PyTuple(items));
        }

        var s = e.GetString()!;
        var payload = s[2..];
        switch (s[0])
        {
            case 'i':
                var negative = payload.StartsWith('-');
                var hex = negative ? payload[3..] : payload[2..];
                var value = BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return PyValue.FromBigInteger(negative ? -value : value);
            case 'f':
                return PyValue.FromDouble(DoubleOf(payload));
            case 'b':
                return PyValue.FromBool(payload == "True");
            case 's':
                return PyValue.FromObject(new PyStr(payload));
            case 'n':
                return PyValue.None;
            default:
                throw new InvalidOperationException("unknown encoding " + s);
        }
    }

    public static string Encode(PyValue v)
    {
        if (v.IsBool)
        {
            return v.AsInt64 != 0 ? "b:True" : "b:False";
        }

        if (v.IsFloat)
        {
            return "f:" + BitConverter.DoubleToInt64Bits(v.AsDouble).ToString("x16", CultureInfo.InvariantCulture);
        }

        if (PyInt.TryGetBigInteger(v, out var n))
        {
            var hex = BigInteger.Abs(n).ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
            return "i:" + (n.Sign < 0 ? "-" : "") + "0x" + (hex.Length == 0 ? "0" : hex);
        }

        if (v.AsObject is PyTuple t)
        {
            return "[tuple" + string.Concat(Enumerable.Range(0, t.Length).Select(i => "," + Encode(t[i]))) + "]";
        }

        if (v.IsNone)
        {
            return "n:";
        }

        throw new InvalidOperationException("cannot encode " + v);
    }

    /// <summary>Runs one case: the encoded result, or "e:Type: message" for a pending exception.</summary>
    public static string Evaluate(Case c)
    {
        var ts = new Objects.ThreadState();
        Assert.True(s_module.Value.Dict.TryGetStr(PyStr.Intern(c.Function), out var function), "no math." + c.Function);
        var args = c.Args.Select(Decode).Concat(c.Keywords.Select(k => Decode(k.Value))).ToArray();
        var kwnames = c.Keywords.Length == 0 ? null
            : new PyTuple(c.Keywords.Select(k => PyValue.FromObject(PyStr.Intern(k.Name))).ToArray());
        var result = PyOps.Call(ts, function, args, kwnames);
        if (result.IsError)
        {
            var e = ts.FetchError();
            Assert.NotNull(e);
            return "e:" + e.Type.Name + ": " + e.Message;
        }

        Assert.False(ts.HasError, "a result was returned with an exception pending");
        return Encode(result);
    }
}
