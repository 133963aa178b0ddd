using System.Globalization;

namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// Every int/float case recorded from CPython 3.14 by tools/objects/record_numbers.py: the result's
/// type and value (floats bit for bit; any NaN matches any NaN), or the exception type and message.
/// </summary>
[Collection(IntMaxStrDigitsTests.Collection)]
public sealed class NumberGoldenTests
{
    public static TheoryData<string> Ops()
    {
        var data = new TheoryData<string>();
        foreach (var op in NumberGoldens.All.Select(c => c.Op).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(op);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ops))]
    public void Operation_MatchesCPython(string op)
    {
        var cases = NumberGoldens.All.Where(c => c.Op == op).ToList();
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var actual = NumberGoldens.Evaluate(c);
            if (actual != c.Expected && !(IsNaN(actual) && IsNaN(c.Expected)))
            {
                failures.Add(op + "(" + string.Join(", ", c.Args) + "): expected " + Cut(c.Expected) + ", got " + Cut(actual));
            }
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " of " + cases.Count.ToString(CultureInfo.InvariantCulture)
            + " cases differ:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Goldens_CoverTheEdgeValues()
    {
        Assert.True(NumberGoldens.All.Count > 100_000);
    }

    private static bool IsNaN(string encoded) =>
        encoded.StartsWith("f:", StringComparison.Ordinal)
        && double.IsNaN(BitConverter.Int64BitsToDouble(long.Parse(encoded[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    private static string Cut(string s) => s.Length > 160 ? s[..160] + "..." : s;
}
