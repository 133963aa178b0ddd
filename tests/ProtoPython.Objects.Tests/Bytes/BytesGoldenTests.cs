using System.IO.Compression;
using System.Text.Json;
using ProtoPython.Objects.Hashing;

namespace ProtoPython.Objects.Tests.Bytes;

/// <summary>
/// Replays Bytes/goldens/bytes_cases.json.gz (tools/objects/record_bytes.py, CPython 3.14):
/// bytes/bytearray/memoryview construction, operators, every method, % formatting, mutation,
/// and str.encode/bytes.decode over the codecs and error handlers. Each case compares the
/// result (or exception type, message and Unicode error attributes) and the receiver afterwards.
/// </summary>
public sealed class BytesGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(Load);

    public static TheoryData<string> Groups()
    {
        BuiltinTypes.Initialize();
        return new(s_cases.Value.Select(c => c.GetProperty("group").GetString()!).Distinct().Order(StringComparer.Ordinal));
    }

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Bytes", "goldens", "bytes_cases.json.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return [.. JsonDocument.Parse(stream).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public void GoldensAreThere() => Assert.True(s_cases.Value.Count > 20000, "only " + s_cases.Value.Count + " cases");

    [Theory]
    [MemberData(nameof(Groups))]
    public void GroupMatchesCPython(string group)
    {
        BuiltinTypes.Initialize();
        var failures = new List<string>();
        var ran = 0;
        foreach (var c in s_cases.Value.Where(c => c.GetProperty("group").GetString() == group))
        {
            ran++;
            var ts = new ThreadState();
            var (got, after) = Run(ts, c);
            var expect = c.GetProperty("expect").GetString()!;
            var expectAfter = c.GetProperty("after").GetString()!;
            if (got != expect || (expectAfter.Length > 0 && !expect.StartsWith('!') && after != expectAfter))
            {
                failures.Add(c.GetProperty("op").GetString() + " " + c.GetProperty("operands") + " " + c.GetProperty("kw")
                    + "\n    expected " + expect + (expectAfter.Length > 0 ? " / " + expectAfter : "")
                    + "\n    got      " + got + (expectAfter.Length > 0 ? " / " + after : ""));
            }
        }

        Assert.True(ran > 0);
        Assert.True(failures.Count == 0, failures.Count + " of " + ran + " cases differ:\n" + string.Join("\n", failures.Take(25)));
    }

    private static (string Result, string After) Run(ThreadState ts, JsonElement c)
    {
        var operands = c.GetProperty("operands").EnumerateArray().Select(e => BytesGoldenValues.Build(ts, e)).ToArray();
        var kwNames = new List<PyValue>();
        var kwValues = new List<PyValue>();
        foreach (var p in c.GetProperty("kw").EnumerateObject())
        {
            kwNames.Add(PyValue.FromObject(new PyStr(p.Name)));
            kwValues.Add(BytesGoldenValues.Build(ts, p.Value));
        }

        var kwnames = kwNames.Count == 0 ? null : new PyTuple([.. kwNames]);
        var op = c.GetProperty("op").GetString()!;
        var result = op switch
        {
            "call" => Call(ts, PyOps.GetAttr(ts, operands[0], Name(operands[1])), operands[2..], kwValues, kwnames),
            "classcall" => Call(ts, PyOps.GetAttr(ts, TypeOf(operands[0]), Name(operands[1])), operands[2..], kwValues, kwnames),
            "new" => Call(ts, TypeOf(operands[0]), operands[1..], kwValues, kwnames),
            "binop" => BinOp(ts, Name(operands[0]).Value, operands[1], operands[2]),
            "setitem" => PyOps.SetItem(ts, operands[0], operands[1], operands[2]) ? PyValue.None : PyValue.Error,
            "delitem" => PyOps.DelItem(ts, operands[0], operands[1]) ? PyValue.None : PyValue.Error,
            "list" => ToList(ts, operands[0]),
            "len" => PyOps.Length(ts, operands[0]) is var n and >= 0 ? PyValue.FromInt64(n) : PyValue.Error,
            "attr" => PyOps.GetAttr(ts, operands[0], Name(operands[1])),
            "str" => PyOps.Str(ts, operands[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error,
            "hash" => Hash(ts, operands[0]),
            "repr" => PyOps.Repr(ts, operands[0]) is { } r ? PyValue.FromObject(r) : PyValue.Error,
            "pinned" => Pinned(operands[0], () => Call(ts, PyOps.GetAttr(ts, operands[0], Name(operands[1])), operands[2..], kwValues, kwnames)),
            "pinned-set" => Pinned(operands[0], () => (operands[2].IsNone ? PyOps.DelItem(ts, operands[0], operands[1]) : PyOps.SetItem(ts, operands[0], operands[1], operands[2]))
                ? PyValue.None : PyValue.Error),
            _ => throw new InvalidDataException(op),
        };
        var text = result.IsError ? BytesGoldenValues.CanonError(ts) : BytesGoldenValues.Canon(ts, result);
        var receiver = op == "binop" ? operands[1] : operands[0];
        var after = receiver.AsObject is PyStr { } name && op is "new" or "classcall" ? "" : BytesGoldenValues.Canon(ts, receiver);
        return (text, after);
    }

    /// <summary>Runs <paramref name="action"/> while a memoryview exports <paramref name="target"/>.</summary>
    private static PyValue Pinned(PyValue target, Func<PyValue> action)
    {
        var view = PyMemoryView.Over(target.AsObject);
        try
        {
            return action();
        }
        finally
        {
            view.Release();
        }
    }

    private static PyStr Name(PyValue v) => (PyStr)v.AsObject;

    private static PyValue TypeOf(PyValue name) => Name(name).Value switch
    {
        "bytes" => PyValue.FromObject(PyType.Bytes),
        "bytearray" => PyValue.FromObject(PyType.ByteArray),
        "memoryview" => PyValue.FromObject(PyType.MemoryView),
        var other => throw new InvalidDataException(other),
    };

    private static PyValue Call(ThreadState ts, PyValue callable, PyValue[] args, List<PyValue> kwValues, PyTuple? kwnames) =>
        callable.IsError ? callable : PyOps.Call(ts, callable, [.. args, .. kwValues], kwnames);

    private static PyValue BinOp(ThreadState ts, string op, PyValue a, PyValue b) => op switch
    {
        "+" => PyOps.BinaryOp(ts, a, b, NumberOp.Add),
        "*" => PyOps.BinaryOp(ts, a, b, NumberOp.Multiply),
        "%" => PyOps.BinaryOp(ts, a, b, NumberOp.Remainder),
        "+=" => PyOps.InplaceOp(ts, a, b, NumberOp.Add),
        "*=" => PyOps.InplaceOp(ts, a, b, NumberOp.Multiply),
        "==" => PyOps.RichCompare(ts, a, b, CompareOp.Eq),
        "!=" => PyOps.RichCompare(ts, a, b, CompareOp.Ne),
        "<" => PyOps.RichCompare(ts, a, b, CompareOp.Lt),
        "<=" => PyOps.RichCompare(ts, a, b, CompareOp.Le),
        ">" => PyOps.RichCompare(ts, a, b, CompareOp.Gt),
        ">=" => PyOps.RichCompare(ts, a, b, CompareOp.Ge),
        "in" => PyOps.Contains(ts, b, a) is var r and >= 0 ? PyValue.FromBool(r == 1) : PyValue.Error,
        "[]" => PyOps.GetItem(ts, a, b),
        _ => throw new InvalidDataException(op),
    };

    private static PyValue ToList(ThreadState ts, PyValue v)
    {
        var it = PyOps.GetIter(ts, v);
        if (it.IsError)
        {
            return it;
        }

        var list = new PyList();
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0 ? PyValue.FromObject(list) : PyValue.Error;
            }

            list.Append(item);
        }
    }

    /// <summary>The recording ran with PYTHONHASHSEED=0: the value's hash under that secret, after checking hash() agrees with the current secret.</summary>
    private static PyValue Hash(ThreadState ts, PyValue v)
    {
        if (!PyOps.Hash(ts, v, out var h))
        {
            return PyValue.Error;
        }

        var data = v.AsObject is PyMemoryView m ? m.ToArray() : ((PyBytes)v.AsObject).Span.ToArray();
        Assert.Equal(HashSecret.Current.HashBytes(data), h);
        return PyValue.FromInt64(HashSecret.FromEnvironment("0").HashBytes(data));
    }
}
