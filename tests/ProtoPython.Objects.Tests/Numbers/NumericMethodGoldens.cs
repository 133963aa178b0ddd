using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects;

namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// Reads Numbers/goldens/numeric_methods.jsonl.gz (tools/objects/record_numeric_methods.py, CPython
/// 3.14) and runs a case through the object protocol (PyOps): method calls, attributes, operators,
/// constructors. The encodings are the recorder's; MyInt/MyFloat/MyComplex are plain subclasses
/// made here with <see cref="TypeFactory"/>.
/// </summary>
internal static class NumericMethodGoldens
{
    public sealed record Case(string Kind, string Name, JsonElement? Receiver, JsonElement[] Args, (string Name, JsonElement Value)[] Keywords, string Expected)
    {
        /// <summary>Groups cases for the theory: kind, name and the receiver's type.</summary>
        public string Group => Kind + " " + Name + (Receiver is { } r ? " " + TypeTag(r) : Args.Length > 0 ? " " + TypeTag(Args[0]) : "");

        public override string ToString() =>
            Kind + " " + Name + " r=" + (Receiver?.ToString() ?? "-") + " a=[" + string.Join(", ", Args.Select(a => a.ToString()))
            + "] kw={" + string.Join(", ", Keywords.Select(k => k.Name + "=" + k.Value)) + "}";

        private static string TypeTag(JsonElement e) =>
            e.ValueKind == JsonValueKind.String ? (e.GetString()!.StartsWith("T:", StringComparison.Ordinal) ? e.GetString()! : e.GetString()![..1]) : "seq";
    }

    private static readonly Lazy<List<Case>> s_cases = new(Load);
    private static readonly Lazy<Dictionary<string, PyType>> s_types = new(MakeTypes);

    public static IReadOnlyList<Case> All => s_cases.Value;

    private static List<Case> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Numbers", "goldens", "numeric_methods.jsonl.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var cases = new List<Case>();
        while (reader.ReadLine() is { } line)
        {
            var root = JsonDocument.Parse(line).RootElement;
            JsonElement? receiver = root.TryGetProperty("r", out var r) ? r : null;
            var args = root.TryGetProperty("a", out var a) ? a.EnumerateArray().ToArray() : [];
            var kw = root.TryGetProperty("kw", out var k) ? k.EnumerateObject().Select(p => (p.Name, p.Value)).ToArray() : [];
            cases.Add(new Case(root.GetProperty("k").GetString()!, root.GetProperty("n").GetString()!, receiver, args, kw, root.GetProperty("x").GetString()!));
        }

        return cases;
    }

    private static Dictionary<string, PyType> MakeTypes()
    {
        BuiltinTypes.Initialize();
        var types = new Dictionary<string, PyType>(StringComparer.Ordinal)
        {
            ["int"] = PyType.Int, ["float"] = PyType.Float, ["complex"] = PyType.Complex, ["bool"] = PyType.Bool,
            ["str"] = PyType.Str, ["list"] = PyType.List, ["tuple"] = PyType.Tuple, ["NoneType"] = PyType.NoneType,
        };
        var ts = new ThreadState();
        foreach (var (name, b) in new[] { ("MyInt", PyType.Int), ("MyFloat", PyType.Float), ("MyComplex", PyType.Complex) })
        {
            var t = MakeClass(ts, name, b);
            Assert.False(t.IsError, "could not create " + name);
            types[name] = (PyType)t.AsObject;
        }

        return types;
    }

    private static PyValue MakeClass(ThreadState ts, string name, PyType b)
    {
        var ns = new PyDict();
        ns.SetStr(PyStr.Intern("__module__"), PyValue.FromObject(new PyStr("__main__")));
        ns.SetStr(PyStr.Intern("__qualname__"), PyValue.FromObject(new PyStr(name)));
        return TypeFactory.New(ts, PyType.TypeType,
            [PyValue.FromObject(new PyStr(name)), PyValue.FromObject(new PyTuple([PyValue.FromObject(b)])), PyValue.FromObject(ns)], null);
    }

    private static double Bits(string hex) => BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static PyValue Int(string hex)
    {
        var negative = hex.StartsWith('-');
        var digits = negative ? hex[3..] : hex[2..];
        var value = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return PyValue.FromBigInteger(negative ? -value : value);
    }

    public static PyValue Decode(ThreadState ts, JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("t", out var t))
            {
                return PyValue.FromObject(new PyTuple(t.EnumerateArray().Select(x => Decode(ts, x)).ToArray()));
            }

            return PyValue.FromObject(PyList.FromValues(e.GetProperty("l").EnumerateArray().Select(x => Decode(ts, x)).ToArray()));
        }

        var s = e.GetString()!;
        var payload = s[2..];
        var types = s_types.Value;
        switch (s[0])
        {
            case 'i':
                return Int(payload);
            case 'f':
                return PyValue.FromDouble(Bits(payload));
            case 'c':
                var parts = payload.Split(':');
                return PyComplex.From(Bits(parts[0]), Bits(parts[1]));
            case 'b':
                return PyValue.FromBool(payload == "True");
            case 's':
                return PyValue.FromObject(new PyStr(payload));
            case 'n':
                return PyValue.None;
            case 'T':
                return PyValue.FromObject(types[payload]);
            case 'I':
            case 'F':
            case 'C':
                // A subclass instance: made by calling the class with the exact value, as Python would.
                var fields = payload.Split(':');
                var exact = s[0] == 'I' ? Int(fields[1]) : s[0] == 'F' ? PyValue.FromDouble(Bits(fields[1])) : PyComplex.From(Bits(fields[1]), Bits(fields[2]));
                var made = PyOps.Call1(ts, PyValue.FromObject(types[fields[0]]), exact);
                Assert.False(made.IsError, "could not make " + s);
                return made;
            default:
                throw new InvalidOperationException("unknown encoding " + s);
        }
    }

    private static string Hex(BigInteger n)
    {
        var hex = BigInteger.Abs(n).ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        return (n.Sign < 0 ? "-" : "") + "0x" + (hex.Length == 0 ? "0" : hex);
    }

    private static string F(double d) => double.IsNaN(d) ? "nan" : BitConverter.DoubleToInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    public static string Encode(PyValue v)
    {
        if (v.IsBool)
        {
            return v.AsInt64 != 0 ? "b:True" : "b:False";
        }

        if (v.IsFloat)
        {
            return "f:" + F(v.AsDouble);
        }

        if (v.IsExactInt)
        {
            PyInt.TryGetBigInteger(v, out var n);
            Assert.True(v.IsInt64 == (n >= long.MinValue && n <= long.MaxValue), "normalization invariant broken for " + n);
            return "i:" + Hex(n);
        }

        switch (v.AsObject)
        {
            case PyIntSubclassInstance si:
                PyInt.TryGetBigInteger(si.Value, out var sn);
                return "I:" + si.Type.Name + ":" + Hex(sn);
            case PyFloatSubclassInstance sf:
                return "F:" + sf.Type.Name + ":" + F(sf.Value);
            case PyComplexSubclassInstance sc:
                return "C:" + sc.Type.Name + ":" + F(sc.Real) + ":" + F(sc.Imag);
            case PyComplex c:
                return "c:" + F(c.Real) + ":" + F(c.Imag);
            case PyStr s:
                return "s:" + s.Value;
            case PyTuple t:
                return "t:(" + string.Join("|", Enumerable.Range(0, t.Length).Select(i => Encode(t[i]))) + ")";
            case PyType type:
                return "T:" + type.Name;
        }

        if (v.IsNone)
        {
            return "n:";
        }

        if (v.IsNotImplemented)
        {
            return "N:";
        }

        return "?:" + v.Type.Name;
    }

    /// <summary>Runs one case: the encoded result, or "e:Type: message".</summary>
    public static string Evaluate(Case c)
    {
        var ts = new ThreadState();
        var recv = c.Receiver is { } r ? Decode(ts, r) : PyValue.Null;
        var args = new PyValue[c.Args.Length + c.Keywords.Length];
        for (var i = 0; i < c.Args.Length; i++)
        {
            args[i] = Decode(ts, c.Args[i]);
        }

        for (var k = 0; k < c.Keywords.Length; k++)
        {
            args[c.Args.Length + k] = Decode(ts, c.Keywords[k].Value);
        }

        var kwnames = c.Keywords.Length == 0 ? null
            : new PyTuple(c.Keywords.Select(k => PyValue.FromObject(PyStr.Intern(k.Name))).ToArray());
        var value = Run(ts, c, recv, args, kwnames);
        if (c.Kind == "sub" && !value.IsError)
        {
            return "T:X";
        }

        if (value.IsError)
        {
            var e = ts.FetchError();
            Assert.NotNull(e);
            return "e:" + e.Type.Name + ": " + e.Message;
        }

        Assert.False(ts.HasError, "a result was returned with an exception pending");
        return value.IsNull ? "<null>" : Encode(value);
    }

    private static PyValue Run(ThreadState ts, Case c, PyValue recv, PyValue[] args, PyTuple? kwnames)
    {
        switch (c.Kind)
        {
            case "m":
                var method = PyOps.GetAttr(ts, recv, PyStr.Intern(c.Name));
                return method.IsError ? method : PyOps.Call(ts, method, args, kwnames);
            case "a":
                return PyOps.GetAttr(ts, recv, PyStr.Intern(c.Name));
            case "call":
                return PyOps.Call(ts, recv, args, kwnames);
            case "sub":
                var made = MakeClass(ts, "X", (PyType)recv.AsObject);
                return made.IsError ? made : PyValue.FromObject(new PyStr("T:X"));
            case "op":
                return c.Name == "pow3" ? PyOps.Power(ts, args[0], args[1], args[2]) : PyOps.BinaryOp(ts, args[0], args[1], Op(c.Name));
            case "cmp":
                return PyOps.RichCompare(ts, args[0], args[1], c.Name switch
                {
                    "eq" => CompareOp.Eq, "ne" => CompareOp.Ne, "lt" => CompareOp.Lt,
                    "le" => CompareOp.Le, "gt" => CompareOp.Gt, _ => CompareOp.Ge,
                });
            case "u":
                return Unary(ts, c.Name, args[0]);
            default:
                throw new InvalidOperationException("unknown kind " + c.Kind);
        }
    }

    private static NumberOp Op(string name) => name switch
    {
        "add" => NumberOp.Add, "sub" => NumberOp.Subtract, "mul" => NumberOp.Multiply, "truediv" => NumberOp.TrueDivide,
        "floordiv" => NumberOp.FloorDivide, "mod" => NumberOp.Remainder, "pow" => NumberOp.Power, "lshift" => NumberOp.Lshift,
        "rshift" => NumberOp.Rshift, "and" => NumberOp.And, "or" => NumberOp.Or, "xor" => NumberOp.Xor,
        _ => throw new InvalidOperationException("unknown operator " + name),
    };

    private static PyValue Unary(ThreadState ts, string name, PyValue v)
    {
        switch (name)
        {
            case "neg": return PyOps.Negative(ts, v);
            case "pos": return PyOps.Positive(ts, v);
            case "abs": return PyOps.Absolute(ts, v);
            case "invert": return PyOps.Invert(ts, v);
            case "index": return PyOps.Index(ts, v);
            case "repr": return PyOps.Repr(ts, v) is { } r ? PyValue.FromObject(r) : PyValue.Error;
            case "str": return PyOps.Str(ts, v) is { } s ? PyValue.FromObject(s) : PyValue.Error;
            case "hash": return PyOps.Hash(ts, v, out var h) ? PyValue.FromInt64(h) : PyValue.Error;
            case "bool":
                var t = PyOps.IsTrue(ts, v);
                return t < 0 ? PyValue.Error : PyValue.FromBool(t > 0);
            default: throw new InvalidOperationException("unknown unary " + name);
        }
    }
}
