using System.IO.Compression;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects;

namespace ProtoPython.Objects.Tests.Str;

/// <summary>
/// Runs data/str_methods.jsonl.gz (tools/objects/record_str_methods.py, CPython 3.14): str methods,
/// %-formatting, str.format and the format-spec mini-language of str/int/float/bool, each case
/// compared by repr of the result or exception type and message.
/// </summary>
public sealed class StrGoldenTests
{
    private static readonly Lazy<List<(string Op, JsonElement Case)>> s_cases = new(Load);

    public static TheoryData<string> Ops() => ["call", "typecall", "mod", "mul", "rmul", "format", "getitem", "iter", "new", "contains"];

    [Theory]
    [MemberData(nameof(Ops))]
    public void MatchesCPython(string op)
    {
        BuiltinTypes.Initialize();
        var ts = ThreadState.Current;
        var failures = new List<string>();
        var count = 0;
        foreach (var (caseOp, c) in s_cases.Value)
        {
            if (caseOp != op)
            {
                continue;
            }

            count++;
            var expected = c.TryGetProperty("err", out var err) ? "!" + err[0].GetString() + ": " + err[1].GetString() : c.GetProperty("r").GetString()!;
            string actual;
            try
            {
                actual = Run(ts, op, c);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                actual = ".NET " + e.GetType().Name + ": " + e.Message;
                ts.ClearError();
            }

            if (actual != expected)
            {
                failures.Add(Describe(c) + "\n    expected " + expected + "\n    actual   " + actual);
            }
        }

        Assert.True(count > 0, "no cases for " + op);
        Assert.True(failures.Count == 0, failures.Count + " of " + count + " cases differ:\n" + string.Join("\n", failures.Take(60)));
    }

    private static string Run(ThreadState ts, string op, JsonElement c)
    {
        var recv = Decode(c.GetProperty("recv"));
        var args = c.GetProperty("args").EnumerateArray().Select(Decode).ToList();
        var kwnames = new List<PyValue>();
        foreach (var p in c.GetProperty("kw").EnumerateObject())
        {
            kwnames.Add(PyValue.FromObject(new PyStr(p.Name)));
            args.Add(Decode(p.Value));
        }

        var kw = kwnames.Count > 0 ? new PyTuple([.. kwnames]) : null;
        var name = c.GetProperty("name").GetString()!;
        PyValue r;
        switch (op)
        {
            case "call":
                var method = PyOps.GetAttr(ts, recv, new PyStr(name));
                r = method.IsError ? method : PyOps.Call(ts, method, [.. args], kw);
                break;
            case "typecall":
                var unbound = PyOps.GetAttr(ts, PyValue.FromObject(PyType.Str), new PyStr(name));
                r = unbound.IsError ? unbound : PyOps.Call(ts, unbound, [.. args], kw);
                break;
            case "mod":
                r = PyOps.BinaryOp(ts, recv, args[0], NumberOp.Remainder);
                break;
            case "mul":
                r = PyOps.BinaryOp(ts, recv, args[0], NumberOp.Multiply);
                break;
            case "rmul":
                r = PyOps.BinaryOp(ts, args[0], recv, NumberOp.Multiply);
                break;
            case "format":
                var format = PyOps.GetAttr(ts, PyValue.FromObject(recv.Type), new PyStr("__format__"));
                r = format.IsError ? format : PyOps.Call(ts, format, [recv, args[0]]);
                break;
            case "getitem":
                r = PyOps.GetItem(ts, recv, args[0]);
                break;
            case "iter":
                r = Collect(ts, recv);
                break;
            case "new":
                r = PyOps.Call(ts, PyValue.FromObject(PyType.Str), [.. args], kw);
                break;
            case "contains":
                var found = PyOps.Contains(ts, recv, args[0]);
                r = found < 0 ? PyValue.Error : PyValue.FromBool(found > 0);
                break;
            default:
                throw new InvalidOperationException(op);
        }

        if (r.IsError)
        {
            var e = ts.FetchError()!;
            return "!" + e.Type.Name + ": " + e.Message;
        }

        var repr = PyOps.Repr(ts, r);
        Assert.NotNull(repr);
        return repr.Value;
    }

    private static PyValue Collect(ThreadState ts, PyValue v)
    {
        var it = PyOps.GetIter(ts, v);
        if (it.IsError)
        {
            return it;
        }

        var list = new PyList();
        int r;
        while ((r = PyOps.Next(ts, it, out var item)) > 0)
        {
            list.Append(item);
        }

        return r < 0 ? PyValue.Error : PyValue.FromObject(list);
    }

    private static PyValue Decode(JsonElement e)
    {
        var p = e.EnumerateObject().First();
        var v = p.Value;
        return p.Name switch
        {
            "s" => PyValue.FromObject(new PyStr(v.GetString()!)),
            "cp" => PyValue.FromObject(new PyStr(v.EnumerateArray().Select(x => x.GetInt32()).ToArray())),
            "i" => PyValue.FromBigInteger(BigInteger.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture)),
            "x" => PyValue.FromBigInteger(ParseHex(v.GetString()!)),
            "f" => PyValue.FromDouble(BitConverter.Int64BitsToDouble(long.Parse(v.GetString()!, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))),
            "b" => PyValue.FromBool(v.GetBoolean()),
            "n" => PyValue.None,
            "t" => PyValue.FromObject(new PyTuple(v.EnumerateArray().Select(Decode).ToArray())),
            "l" => PyValue.FromObject(PyList.FromValues(v.EnumerateArray().Select(Decode).ToArray())),
            "d" => DecodeDict(v),
            _ => throw new InvalidOperationException("unknown value " + p.Name),
        };
    }

    private static BigInteger ParseHex(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text[(negative ? 3 : 2)..];
        var value = BigInteger.Parse("0" + digits, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    private static PyValue DecodeDict(JsonElement pairs)
    {
        var d = new PyDict();
        foreach (var pair in pairs.EnumerateArray())
        {
            Assert.True(d.SetItem(ThreadState.Current, Decode(pair[0]), Decode(pair[1])));
        }

        return PyValue.FromObject(d);
    }

    private static string Describe(JsonElement c) =>
        c.GetProperty("op").GetString() + " " + c.GetProperty("recv") + " " + c.GetProperty("name").GetString() + " " + c.GetProperty("args") + " " + c.GetProperty("kw");

    private static List<(string, JsonElement)> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "data", "str_methods.jsonl.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var cases = new List<(string, JsonElement)>();
        while (reader.ReadLine() is { } line)
        {
            var root = JsonDocument.Parse(line).RootElement;
            cases.Add((root.GetProperty("op").GetString()!, root));
        }

        return cases;
    }
}
