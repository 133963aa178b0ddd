using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects.Hashing;

namespace ProtoPython.Objects.Tests.Core;

/// <summary>str and tuple hashes against tools/objects/record_hashes.py (CPython 3.14, several PYTHONHASHSEEDs).</summary>
public sealed class HashTests
{
    private static JsonElement Goldens()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Core", "goldens", "hashes.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static int[] CodePoints(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetInt32())];

    [Fact]
    public void StrHash_MatchesCPythonForEachSeed()
    {
        var cases = Goldens().GetProperty("str").EnumerateArray().ToList();
        Assert.True(cases.Count >= 80);
        foreach (var c in cases)
        {
            var secret = HashSecret.FromSeed(c.GetProperty("seed").GetUInt32());
            var s = new PyStr(CodePoints(c.GetProperty("cps")));
            Assert.Equal(c.GetProperty("hash").GetInt64(), s.ComputeHash(secret));
        }
    }

    [Fact]
    public void StrFromUtf16_HashesLikeTheSameCodePoints()
    {
        var secret = HashSecret.FromSeed(0);
        foreach (var c in Goldens().GetProperty("str").EnumerateArray().Where(c => c.GetProperty("seed").GetInt64() == 0))
        {
            var cps = CodePoints(c.GetProperty("cps"));
            if (cps.Any(cp => cp is >= 0xD800 and <= 0xDFFF))
            {
                continue; // lone surrogates have no faithful UTF-16 spelling
            }

            var s = new PyStr(string.Concat(cps.Select(char.ConvertFromUtf32)));
            Assert.Equal(cps.Length, s.Length);
            Assert.Equal(c.GetProperty("hash").GetInt64(), s.ComputeHash(secret));
        }
    }

    [Fact]
    public void TupleHash_MatchesCPython()
    {
        var saved = HashSecret.Current;
        HashSecret.Current = HashSecret.FromSeed(0);
        try
        {
            var ts = new ThreadState();
            foreach (var c in Goldens().GetProperty("tuple").EnumerateArray())
            {
                var value = Decode(c.GetProperty("value"));
                Assert.True(value.TryHash(ts, out var h));
                Assert.Equal(c.GetProperty("hash").GetInt64(), h);
            }
        }
        finally
        {
            HashSecret.Current = saved;
        }
    }

    [Fact]
    public void NoneHash_IsCPythonsConstant()
    {
        Assert.True(PyValue.None.TryHash(new ThreadState(), out var h));
        Assert.Equal(Goldens().GetProperty("none").GetInt64(), h);
    }

    [Fact]
    public void UnhashableItem_RaisesTypeError()
    {
        var ts = new ThreadState();
        var list = PyType.Create(ts, "L", "__main__", [PyType.Object])!;
        list.HashFunction = null;
        var tuple = PyValue.FromObject(new PyTuple([PyValue.FromInt64(1), PyValue.FromObject(new OpaqueObject(list))]));
        Assert.False(tuple.TryHash(ts, out _));
        var e = ts.FetchError();
        Assert.NotNull(e);
        Assert.Equal("TypeError", e.Type.Name);
        Assert.Equal("unhashable type: 'L'", e.Message);
    }

    [Fact]
    public void DeeplyNestedTuple_RaisesRecursionErrorInsteadOfOverflowingTheStack()
    {
        // Built bottom-up without recursion; hashing it recurses once per level.
        var value = PyValue.FromInt64(0);
        for (var i = 0; i < 1_000_000; i++)
        {
            value = PyValue.FromObject(new PyTuple([value]));
        }

        var ts = new ThreadState();
        Assert.False(value.TryHash(ts, out _));
        Assert.True(ts.ErrorMatches(PyExc.RecursionError));
    }

    [Fact]
    public void Surrogates_AreCodePoints()
    {
        var lone = new PyStr([0xD83D, 0xDE00]);
        var pair = new PyStr("\uD83D\uDE00");
        Assert.Equal(2, lone.Length);
        Assert.True(lone.HasSurrogates);
        Assert.Equal(1, pair.Length);
        Assert.Equal(StrKind.Astral, pair.Kind);
        Assert.Equal(0x1F600, pair[0]);
        Assert.Equal(0xDE00, lone[1]);
        Assert.NotEqual(lone.ComputeHash(HashSecret.FromSeed(0)), pair.ComputeHash(HashSecret.FromSeed(0)));
        var unpaired = new PyStr("a\uDC80b");
        Assert.True(unpaired.HasSurrogates);
        Assert.Equal(3, unpaired.Length);
        Assert.Equal(0xDC80, unpaired[1]);
    }

    private static PyValue Decode(JsonElement e)
    {
        var tag = e[0].GetString();
        return tag switch
        {
            "n" => PyValue.None,
            "b" => PyValue.FromBool(e[1].GetBoolean()),
            "i" => PyValue.FromBigInteger(BigInteger.Parse(e[1].GetString()!, CultureInfo.InvariantCulture)),
            "f" => PyValue.FromDouble(double.Parse(HexFloatToDecimal(e[1].GetString()!), CultureInfo.InvariantCulture)),
            "s" => PyValue.FromObject(new PyStr(CodePoints(e[1]))),
            "t" => PyValue.FromObject(new PyTuple([.. e[1].EnumerateArray().Select(Decode)])),
            _ => throw new InvalidOperationException(tag),
        };
    }

    // float.hex() text ("0x1.8000000000000p+0", "inf", "-0x0.0p+0") to a round-trippable decimal.
    private static string HexFloatToDecimal(string hex)
    {
        if (hex is "inf" or "-inf" or "nan")
        {
            return hex == "inf" ? "Infinity" : hex == "-inf" ? "-Infinity" : "NaN";
        }

        var negative = hex.StartsWith('-');
        var body = hex.TrimStart('-')[2..];
        var p = body.IndexOf('p', StringComparison.Ordinal);
        var mantissa = body[..p];
        var exponent = int.Parse(body[(p + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var fraction = dot < 0 ? 0 : mantissa.Length - dot - 1;
        var m = long.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var value = Math.ScaleB(m, exponent - (4 * fraction));
        return (negative ? -value : value).ToString("R", CultureInfo.InvariantCulture);
    }

    private sealed class OpaqueObject(PyType type) : PyObject(type);
}
