using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects;

namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// Reads Numbers/goldens/numbers.jsonl.gz (tools/objects/record_numbers.py, CPython 3.14) and
/// evaluates a case with our int/float operations. Values are encoded as the recorder does:
/// "i:&lt;hex(v)&gt;", "f:&lt;IEEE bits&gt;", "b:True", "s:text", "t:a|b"; errors as "e:Type: message".
/// </summary>
internal static class NumberGoldens
{
    public sealed record Case(string Op, string[] Args, string Expected);

    private static readonly Lazy<List<Case>> s_cases = new(Load);

    public static IReadOnlyList<Case> All => s_cases.Value;

    private static List<Case> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Numbers", "goldens", "numbers.jsonl.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var cases = new List<Case>();
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var args = root.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
            var expected = root.TryGetProperty("err", out var err)
                ? "e:" + err[0].GetString() + ": " + err[1].GetString()
                : root.GetProperty("r").GetString()!;
            cases.Add(new Case(root.GetProperty("op").GetString()!, args, expected));
        }

        return cases;
    }

    public static PyValue Decode(string s)
    {
        var payload = s[2..];
        switch (s[0])
        {
            case 'i':
                var negative = payload.StartsWith('-');
                var hex = negative ? payload[3..] : payload[2..];
                var value = BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return PyValue.FromBigInteger(negative ? -value : value);
            case 'f':
                return PyValue.FromDouble(BitConverter.Int64BitsToDouble(long.Parse(payload, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            case 'b':
                return PyValue.FromBool(payload == "True");
            case 's':
                return PyValue.FromObject(new PyStr(payload));
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
            Assert.True(v.IsInt64 == (n >= long.MinValue && n <= long.MaxValue), "normalization invariant broken for " + n);
            var hex = BigInteger.Abs(n).ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
            return "i:" + (n.Sign < 0 ? "-" : "") + "0x" + (hex.Length == 0 ? "0" : hex);
        }

        if (v.AsObject is PyTuple t)
        {
            return "t:" + string.Join("|", Enumerable.Range(0, t.Length).Select(i => Encode(t[i])));
        }

        if (v.AsObject is PyStr s)
        {
            return "s:" + s.Value;
        }

        throw new InvalidOperationException("cannot encode " + v);
    }

    /// <summary>Runs one case: the encoded result, or "e:Type: message" for a pending exception.</summary>
    public static string Evaluate(Case c)
    {
        var ts = new ThreadState();
        var args = c.Args.Select(Decode).ToArray();
        var value = Apply(ts, c.Op, args);
        var result = value.IsError ? Error(ts) : Encode(value);
        if (!value.IsError)
        {
            Assert.False(ts.HasError, "a result was returned with an exception pending");
        }

        return result;
    }

    private static string Error(ThreadState ts)
    {
        var e = ts.FetchError();
        Assert.NotNull(e);
        return "e:" + e.Type.Name + ": " + e.Message;
    }

    // Stands in for the binary-op protocol (not built yet): the left operand's slot, then the right's.
    // bool's &, |, ^ slots take precedence as bool subclasses int; its other slots are int's.
    private static PyValue Apply(ThreadState ts, string op, PyValue[] a)
    {
        return op switch
        {
            "add" => Binary(a, PyInt.Add, (x, y) => PyFloat.Add(ts, x, y)),
            "sub" => Binary(a, PyInt.Subtract, (x, y) => PyFloat.Subtract(ts, x, y)),
            "mul" => Binary(a, PyInt.Multiply, (x, y) => PyFloat.Multiply(ts, x, y)),
            "floordiv" => Binary(a, (x, y) => PyInt.FloorDivide(ts, x, y), (x, y) => PyFloat.FloorDivide(ts, x, y)),
            "mod" => Binary(a, (x, y) => PyInt.Remainder(ts, x, y), (x, y) => PyFloat.Remainder(ts, x, y)),
            "truediv" => Binary(a, (x, y) => PyInt.TrueDivide(ts, x, y), (x, y) => PyFloat.TrueDivide(ts, x, y)),
            "pow" => Binary(a, (x, y) => PyInt.Power(ts, x, y), (x, y) => PyFloat.Power(ts, x, y)),
            "divmod" => Binary(a, (x, y) => PyInt.DivMod(ts, x, y), (x, y) => PyFloat.DivMod(ts, x, y)),
            "trunc" => PyInt.FromDouble(ts, a[0].AsDouble),
            "floatstr" => PyFloat.FromString(ts, ((PyStr)a[0].AsObject).Value),
            "and" => PyBool.And(a[0], a[1]),
            "or" => PyBool.Or(a[0], a[1]),
            "xor" => PyBool.Xor(a[0], a[1]),
            "lshift" => PyInt.LeftShift(ts, a[0], a[1]),
            "rshift" => PyInt.RightShift(ts, a[0], a[1]),
            "eq" => Compare(a, CompareOp.Eq),
            "ne" => Compare(a, CompareOp.Ne),
            "lt" => Compare(a, CompareOp.Lt),
            "le" => Compare(a, CompareOp.Le),
            "gt" => Compare(a, CompareOp.Gt),
            "ge" => Compare(a, CompareOp.Ge),
            "neg" => a[0].IsFloat ? PyFloat.Negative(a[0]) : PyInt.Negative(a[0]),
            "pos" => PyInt.Positive(a[0]),
            "invert" => PyInt.Invert(a[0]),
            "abs" => a[0].IsFloat ? PyFloat.Absolute(a[0]) : PyInt.Absolute(a[0]),
            "bool" => PyValue.FromBool(a[0].IsFloat ? PyFloat.IsTrue(a[0]) : PyInt.IsTrue(a[0])),
            "hash" => PyValue.FromInt64(a[0].IsFloat ? PyFloat.Hash(a[0].AsDouble) : PyInt.Hash(a[0])),
            "repr" => a[0].IsBool ? PyValue.FromObject(new PyStr(PyBool.Repr(a[0]))) : a[0].IsFloat ? PyValue.FromObject(new PyStr(PyFloat.Repr(a[0]))) : PyInt.Repr(ts, a[0]),
            "float" => PyInt.ToFloat(ts, a[0]),
            "pow3" => PyInt.Power(ts, a[0], a[1], a[2]),
            "int" => PyInt.FromString(ts, ((PyStr)a[0].AsObject).Value, (int)a[1].AsInt64),
            _ => throw new InvalidOperationException("unknown op " + op),
        };
    }

    private static PyValue Binary(PyValue[] a, Func<PyValue, PyValue, PyValue> intSlot, Func<PyValue, PyValue, PyValue> floatSlot)
    {
        var left = a[0].IsFloat ? floatSlot : intSlot;
        var right = a[1].IsFloat ? floatSlot : intSlot;
        var r = left(a[0], a[1]);
        if (r.IsNotImplemented && right != left)
        {
            r = right(a[0], a[1]);
        }

        Assert.False(r.IsNotImplemented, "both slots returned NotImplemented");
        return r;
    }

    private static PyValue Compare(PyValue[] a, CompareOp op) =>
        a[0].IsFloat || a[1].IsFloat ? PyFloat.RichCompare(a[0], a[1], op) : PyInt.RichCompare(a[0], a[1], op);
}
