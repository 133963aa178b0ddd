using System.Globalization;

namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// Every case recorded from CPython 3.14 by tools/objects/record_numeric_methods.py: int, bool, float
/// and complex methods, attributes, constructors and operators (subclass instances included), run
/// through PyOps. One theory row per (kind, name, receiver type).
/// </summary>
[Collection(IntMaxStrDigitsTests.Collection)]
public sealed class NumericMethodGoldenTests
{
    public static TheoryData<string> Groups()
    {
        var data = new TheoryData<string>();
        foreach (var g in NumericMethodGoldens.All.Select(c => c.Group).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(g);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Group_MatchesCPython(string group)
    {
        var cases = NumericMethodGoldens.All.Where(c => c.Group == group).ToList();
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (c.Expected.StartsWith("y:", StringComparison.Ordinal))
            {
                continue; // bytes results: checked by ToBytes_MatchesCPython until bytes exists
            }

            var actual = NumericMethodGoldens.Evaluate(c);
            if (actual != c.Expected)
            {
                failures.Add(c + ": expected " + Cut(c.Expected) + ", got " + Cut(actual));
            }
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " of " + cases.Count.ToString(CultureInfo.InvariantCulture)
            + " cases differ:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Goldens_AreThere()
    {
        Assert.True(NumericMethodGoldens.All.Count > 10_000);
    }

    private static string Cut(string s) => s.Length > 200 ? s[..200] + "..." : s;
}
