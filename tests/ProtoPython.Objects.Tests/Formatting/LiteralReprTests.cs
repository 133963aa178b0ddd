using System.Globalization;
using System.Text.Json;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Objects.Tests.Formatting;

/// <summary>
/// repr() of floats, complex numbers and bytes against CPython 3.14, as recorded by
/// tools/frontend/literal_reprs.py in tests/frontend/literal_reprs.json.
/// </summary>
public class LiteralReprTests
{
    private static readonly JsonElement s_data = Load();

    private static JsonElement Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "frontend", "literal_reprs.json")));
        return doc.RootElement.Clone();
    }

    private static double FromBits(string hex) =>
        BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    [Fact]
    public void FloatRepr_MatchesCPythonForEveryRecordedValue()
    {
        var floats = s_data.GetProperty("floats").EnumerateArray().ToList();
        Assert.True(floats.Count > 300);
        var mismatches = floats
            .Select(f => (Expected: f.GetProperty("repr").GetString()!, Actual: FloatRepr.Format(FromBits(f.GetProperty("bits").GetString()!))))
            .Where(p => p.Expected != p.Actual)
            .Select(p => $"{p.Expected} -> {p.Actual}")
            .ToList();
        Assert.Empty(mismatches);
    }

    [Fact]
    public void ComplexRepr_MatchesCPythonForEveryRecordedValue()
    {
        var mismatches = s_data.GetProperty("complex").EnumerateArray()
            .Select(c => (Expected: c.GetProperty("repr").GetString()!,
                          Actual: ComplexRepr.Format(FromBits(c.GetProperty("real").GetString()!), FromBits(c.GetProperty("imag").GetString()!))))
            .Where(p => p.Expected != p.Actual)
            .Select(p => $"{p.Expected} -> {p.Actual}")
            .ToList();
        Assert.Empty(mismatches);
    }

    [Fact]
    public void BytesRepr_MatchesCPythonForEveryRecordedValue()
    {
        var mismatches = s_data.GetProperty("bytes").EnumerateArray()
            .Select(b => (Expected: b.GetProperty("repr").GetString()!, Actual: BytesRepr.Format(Convert.FromHexString(b.GetProperty("hex").GetString()!))))
            .Where(p => p.Expected != p.Actual)
            .Select(p => $"{p.Expected} -> {p.Actual}")
            .ToList();
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(0.0001, "0.0001")]
    public void FloatRepr_SwitchesToExponentFormAtPythonsThresholds(double value, string expected)
    {
        Assert.Equal(expected, FloatRepr.Format(value));
    }

    /// <summary>
    /// Powers of two whose lower neighbour is nearer than the upper one: .NET's "R" text for
    /// 2**-25 is one digit short and does not round-trip (values from CPython 3.14's repr).
    /// </summary>
    [Theory]
    [InlineData(-25, "2.9802322387695312e-08")]
    [InlineData(-26, "1.4901161193847656e-08")]
    [InlineData(1000, "1.0715086071862673e+301")]
    public void FloatRepr_PowersOfTwoRoundTrip(int exponent, string expected)
    {
        Assert.Equal(expected, FloatRepr.Format(Math.ScaleB(1.0, exponent)));
        Assert.Equal("-" + expected, FloatRepr.Format(-Math.ScaleB(1.0, exponent)));
    }
}
