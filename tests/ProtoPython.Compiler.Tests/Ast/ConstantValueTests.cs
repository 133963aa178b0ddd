using System.Numerics;
using System.Text.Json;
using ProtoPython.Compiler.Ast;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Ast;

public class ConstantValueTests
{
    private static ConstantValue Int(long v) => ConstantValue.FromInt(v);

    private static ConstantValue Float(double v) => ConstantValue.FromFloat(v);

    [Fact]
    public void ConstantKey_SeparatesZeroOfEveryType()
    {
        ConstantValue[] zeros = [Int(0), Float(0.0), Float(-0.0), ConstantValue.False, ConstantValue.FromComplex(0, 0), ConstantValue.FromComplex(0, -0.0)];
        Assert.Equal(zeros.Length, new HashSet<ConstantValue>(zeros).Count);
        Assert.All(zeros, z => Assert.True(z.PythonEquals(Int(0))));
    }

    [Fact]
    public void ConstantKey_SameTypeAndValueAreEqualWithEqualHashes()
    {
        (ConstantValue A, ConstantValue B)[] pairs =
        [
            (Int(7), ConstantValue.FromInt(new BigInteger(7))),
            (Float(0.1 + 0.2), Float(0.30000000000000004)),
            (Float(double.NaN), Float(double.NaN)),
            (ConstantValue.FromStr("é😀"), ConstantValue.FromCodePoints([0xE9, 0x1F600])),
            (ConstantValue.FromBytes([1, 2]), ConstantValue.FromBytes([1, 2])),
            (ConstantValue.Tuple(Int(1), ConstantValue.Tuple(Float(2))), ConstantValue.Tuple(Int(1), ConstantValue.Tuple(Float(2)))),
            (ConstantValue.FrozenSet([Int(1), Int(2)]), ConstantValue.FrozenSet([Int(2), Int(1)])),
        ];
        foreach (var (a, b) in pairs)
        {
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void ConstantKey_TuplesCompareItemsByTypeToo()
    {
        Assert.NotEqual(ConstantValue.Tuple(Int(0)), ConstantValue.Tuple(Float(0.0)));
        Assert.NotEqual(ConstantValue.Tuple(Int(1)), ConstantValue.Tuple(ConstantValue.True));
        Assert.True(ConstantValue.Tuple(Int(1)).PythonEquals(ConstantValue.Tuple(ConstantValue.True)));
        Assert.NotEqual<ConstantValue>(ConstantValue.FromStr("1"), ConstantValue.FromBytes("1"u8));
    }

    [Fact]
    public void PythonEquals_FollowsPythonsNumericTower()
    {
        Assert.True(Int(1).PythonEquals(Float(1.0)));
        Assert.True(ConstantValue.True.PythonEquals(ConstantValue.FromComplex(1, 0)));
        Assert.False(ConstantValue.FromComplex(1, 1).PythonEquals(Int(1)));
        Assert.False(Float(double.NaN).PythonEquals(Float(double.NaN)));
        Assert.False(ConstantValue.FromInt(BigInteger.Pow(2, 53) + 1).PythonEquals(Float(9007199254740992.0)));
        Assert.True(ConstantValue.FromInt(BigInteger.Pow(2, 53)).PythonEquals(Float(9007199254740992.0)));
        Assert.False(ConstantValue.None.PythonEquals(ConstantValue.False));
        Assert.True(ConstantValue.FrozenSet([Int(1), Float(2.5)]).PythonEquals(ConstantValue.FrozenSet([Float(2.5), ConstantValue.True])));
    }

    [Fact]
    public void PythonHash_MatchesCPython()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "literal_reprs.json")));
        var hashes = doc.RootElement.GetProperty("hashes").EnumerateArray().ToList();
        Assert.True(hashes.Count > 50);
        var mismatches = hashes
            .Select(h => (Value: AstJson.BuildConstant(h.GetProperty("value")), Expected: h.GetProperty("hash").GetInt64()))
            .Where(p => p.Value.PythonHash() != p.Expected)
            .Select(p => $"{p.Value.Repr()}: {p.Expected} != {p.Value.PythonHash()}")
            .ToList();
        Assert.Empty(mismatches);
    }

    [Fact]
    public void PythonHash_IsEqualForPythonEqualNumbers()
    {
        ConstantValue[] ones = [Int(1), Float(1.0), ConstantValue.True, ConstantValue.FromComplex(1, 0)];
        Assert.Single(ones.Select(o => o.PythonHash()).Distinct());
    }

    [Fact]
    public void Str_WithLoneSurrogate_KeepsCodePoints_AndDiffersFromThePair()
    {
        var pair = ConstantValue.FromCodePoints([0xD83D, 0xDE00]);
        var astral = ConstantValue.FromCodePoints([0x1F600]);
        Assert.True(pair.HasSurrogates);
        Assert.False(astral.HasSurrogates);
        Assert.Equal(2, pair.Length);
        Assert.Equal(1, astral.Length);
        Assert.NotEqual<ConstantValue>(pair, astral);
        Assert.Equal("'\\ud83d\\ude00'", pair.Repr());
        Assert.Equal("'😀'", astral.Repr());
        // An unpaired surrogate in .NET text is a lone code point.
        var lone = ConstantValue.FromStr("a\uDC80");
        Assert.True(lone.HasSurrogates);
        Assert.Equal(lone, ConstantValue.FromCodePoints(['a', 0xDC80]));
    }

    [Fact]
    public void Repr_OfContainersAndSingletons()
    {
        Assert.Equal("()", ConstantValue.Tuple().Repr());
        Assert.Equal("(1,)", ConstantValue.Tuple(Int(1)).Repr());
        Assert.Equal("(None, Ellipsis, True, 'a', b'b', 1e+16, -0j)",
            ConstantValue.Tuple(ConstantValue.None, ConstantValue.Ellipsis, ConstantValue.True, ConstantValue.FromStr("a"),
                ConstantValue.FromBytes("b"u8), Float(1e16), ConstantValue.FromComplex(0, -0.0)).Repr());
        Assert.Equal("frozenset()", ConstantValue.FrozenSet([]).Repr());
        Assert.Equal("frozenset({1, 'x'})", ConstantValue.FrozenSet([Int(1), ConstantValue.FromStr("x")]).Repr());
        Assert.Equal("-123456789012345678901234567890", ConstantValue.FromInt(BigInteger.Parse("-123456789012345678901234567890")).Repr());
    }

    [Fact]
    public void IsTrue_IsPythonsTruthValue()
    {
        Assert.False(ConstantValue.None.IsTrue);
        Assert.True(ConstantValue.Ellipsis.IsTrue);
        Assert.False(Float(-0.0).IsTrue);
        Assert.True(Float(double.NaN).IsTrue);
        Assert.False(ConstantValue.FromComplex(0, -0.0).IsTrue);
        Assert.False(ConstantValue.FromStr("").IsTrue);
        Assert.True(ConstantValue.Tuple(ConstantValue.None).IsTrue);
    }
}
