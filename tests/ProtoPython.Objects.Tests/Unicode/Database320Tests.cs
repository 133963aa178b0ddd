using System.Globalization;
using System.Text.Json;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>unicodedata.ucd_3_2_0 compared with CPython over all code points and sampled strings.</summary>
public class Database320Tests
{
    private static readonly NormalizationKind[] s_kinds =
        [NormalizationKind.NFC, NormalizationKind.NFD, NormalizationKind.NFKC, NormalizationKind.NFKD];

    [Fact]
    public void UnidataVersion_Is320() => Assert.Equal("3.2.0", UnicodeDatabase320.UnidataVersion);

    [Fact]
    public void Category_MatchesCPython() => AssertValues("category", UnicodeDatabase320.Category, "Cn");

    [Fact]
    public void Bidirectional_MatchesCPython() => AssertValues("bidirectional", UnicodeDatabase320.Bidirectional, "");

    [Fact]
    public void Combining_MatchesCPython() => AssertValues("combining", cp => Str(UnicodeDatabase320.Combining(cp)), "0");

    [Fact]
    public void EastAsianWidth_MatchesCPython() =>
        AssertValues("east_asian_width", UnicodeDatabase320.EastAsianWidth, "N");

    [Fact]
    public void Mirrored_MatchesCPython() => AssertValues("mirrored", cp => Str(UnicodeDatabase320.Mirrored(cp)), "0");

    [Fact]
    public void Decomposition_MatchesCPython() => AssertValues("decomposition", UnicodeDatabase320.Decomposition, "");

    [Fact]
    public void NumericValues_MatchCPython()
    {
        AssertValues("decimal", cp => UnicodeDatabase320.Decimal(cp) is { } v ? Str(v) : null, null);
        AssertValues("digit", cp => UnicodeDatabase320.Digit(cp) is { } v ? Str(v) : null, null);
        AssertValues("numeric", cp => UnicodeDatabase320.Numeric(cp) is { } v
            ? BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture)
            : null, null);
    }

    [Fact]
    public void Name_MatchesCPython() => AssertValues("name", UnicodeDatabase320.GetName, null);

    [Fact]
    public void Normalize_EachCodePoint_MatchesCPython()
    {
        foreach (var kind in s_kinds)
        {
            using var fp = new Fingerprint();
            var single = new int[1];
            for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
            {
                single[0] = cp;
                var m = UnicodeDatabase320.Normalize(kind, single);
                if (m.Length == 1 && m[0] == cp)
                {
                    continue;
                }

                fp.AppendHex(cp).Append(':');
                for (var i = 0; i < m.Length; i++)
                {
                    if (i > 0)
                    {
                        fp.Append(' ');
                    }

                    fp.AppendHex(m[i]);
                }

                fp.EndLine();
            }

            fp.AssertMatches("3.2.0/" + kind);
        }
    }

    [Fact]
    public void Normalize_SampledStrings_MatchCPython()
    {
        var rows = Goldens.ReadJsonLines("normalization320.jsonl.gz");
        Assert.True(rows.Count > 5000);
        foreach (var row in rows)
        {
            var source = Goldens.CodePoints(row.GetProperty("s"));
            foreach (var kind in s_kinds)
            {
                Assert.Equal(Goldens.CodePoints(row.GetProperty(kind.ToString())), UnicodeDatabase320.Normalize(kind, source));
                Assert.True(row.GetProperty("is" + kind).GetBoolean() == UnicodeDatabase320.IsNormalized(kind, source),
                    $"is_normalized({kind}, {string.Join(' ', source)})");
            }
        }
    }

    [Fact]
    public void LookupName_MatchesCPython()
    {
        foreach (var row in Goldens.ReadJsonLines("lookup.jsonl.gz"))
        {
            var name = row.GetProperty("name").GetString()!;
            var expected = row.GetProperty("lookup320");
            int? cp = expected.ValueKind == JsonValueKind.Null ? null : Goldens.CodePoints(expected).Single();
            Assert.True(cp == UnicodeDatabase320.LookupName(name), $"LookupName({name})");
        }
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void AssertValues(string property, Func<int, string?> value, string? skip)
    {
        using var fp = new Fingerprint();
        for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
        {
            var v = value(cp);
            if (v != skip)
            {
                fp.AppendHex(cp).Append(':').Append(v!).EndLine();
            }
        }

        fp.AssertMatches("3.2.0/" + property);
    }
}
