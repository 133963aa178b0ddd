using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

public class NormalizationTests
{
    private static readonly NormalizationKind[] s_kinds =
        [NormalizationKind.NFC, NormalizationKind.NFD, NormalizationKind.NFKC, NormalizationKind.NFKD];

    [Fact]
    public void Normalize_SampledStrings_MatchCPython()
    {
        var rows = Goldens.ReadJsonLines("normalization.jsonl.gz");
        Assert.True(rows.Count > 5000);
        foreach (var row in rows)
        {
            var source = Goldens.CodePoints(row.GetProperty("s"));
            foreach (var kind in s_kinds)
            {
                var expected = Goldens.CodePoints(row.GetProperty(kind.ToString()));
                Assert.Equal(expected, UnicodeDatabase.Normalize(kind, source));
                Assert.True(row.GetProperty("is" + kind).GetBoolean() == UnicodeDatabase.IsNormalized(kind, source),
                    $"is_normalized({kind}, {string.Join(' ', source)})");
                if (Goldens.SurvivesUtf16(source) && Goldens.SurvivesUtf16(expected))
                {
                    Assert.Equal(Goldens.ToText(expected), UnicodeDatabase.Normalize(kind, Goldens.ToText(source)));
                }
            }
        }
    }

    [Fact]
    public void Normalize_AsciiShortcutOfStrings_AgreesWithCodePointPath()
    {
        foreach (var kind in s_kinds)
        {
            for (var a = 0; a < 0x80; a++)
            {
                for (var b = 0; b < 0x80; b++)
                {
                    int[] cps = [a, b];
                    Assert.Equal(cps, UnicodeDatabase.Normalize(kind, cps));
                }
            }
        }
    }

    [Fact]
    public void Normalize_KnownCases()
    {
        // Expected values checked with CPython 3.14's unicodedata.normalize.
        Assert.Equal("\u00e9", UnicodeDatabase.Normalize(NormalizationKind.NFC, "e\u0301"));
        Assert.Equal("e\u0301", UnicodeDatabase.Normalize(NormalizationKind.NFD, "\u00e9"));
        Assert.Equal("fi", UnicodeDatabase.Normalize(NormalizationKind.NFKC, "\ufb01"));
        Assert.Equal("\uac01", UnicodeDatabase.Normalize(NormalizationKind.NFC, "\u1100\u1161\u11a8"));
        Assert.True(UnicodeDatabase.IsNormalized(NormalizationKind.NFC, "abc"));
        Assert.False(UnicodeDatabase.IsNormalized(NormalizationKind.NFD, "\u00e9"));
    }
}
