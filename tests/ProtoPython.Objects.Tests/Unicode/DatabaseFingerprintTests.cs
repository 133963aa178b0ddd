using System.Globalization;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>
/// unicodedata's value properties compared with CPython over all 0x110000 code points, through the
/// fingerprints recorded by tools/unicode/gen_unicode_goldens.py.
/// </summary>
public class DatabaseFingerprintTests
{
    private static readonly string[] s_derivedPrefixes =
    [
        "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-", "TANGUT COMPONENT-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "EGYPTIAN HIEROGLYPH-",
    ];

    [Fact]
    public void Category_MatchesCPython() => AssertValues("category", cp => UnicodeDatabase.Category(cp), "Cn");

    [Fact]
    public void Bidirectional_MatchesCPython() =>
        AssertValues("bidirectional", cp => UnicodeDatabase.Bidirectional(cp), "");

    [Fact]
    public void Combining_MatchesCPython() => AssertValues("combining", cp => Str(UnicodeDatabase.Combining(cp)), "0");

    [Fact]
    public void EastAsianWidth_MatchesCPython() =>
        AssertValues("east_asian_width", cp => UnicodeDatabase.EastAsianWidth(cp), "N");

    [Fact]
    public void Mirrored_MatchesCPython() => AssertValues("mirrored", cp => Str(UnicodeDatabase.Mirrored(cp)), "0");

    [Fact]
    public void Decomposition_MatchesCPython() =>
        AssertValues("decomposition", cp => UnicodeDatabase.Decomposition(cp), "");

    [Fact]
    public void Decimal_MatchesCPython() =>
        AssertValues("decimal", cp => UnicodeDatabase.Decimal(cp) is { } v ? Str(v) : null, null);

    [Fact]
    public void Digit_MatchesCPython() =>
        AssertValues("digit", cp => UnicodeDatabase.Digit(cp) is { } v ? Str(v) : null, null);

    [Fact]
    public void Numeric_MatchesCPythonBitForBit() =>
        AssertValues("numeric", cp => UnicodeDatabase.Numeric(cp) is { } v ? DoubleBits(v) : null, null);

    [Fact]
    public void Name_MatchesCPython() => AssertValues("name", UnicodeDatabase.GetName, null);

    [Fact]
    public void LookupName_OfEveryName_GivesItsCodePoint_InAnyCase()
    {
        var count = 0;
        for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
        {
            if (UnicodeDatabase.GetName(cp) is { } name)
            {
                Assert.Equal(cp, UnicodeDatabase.LookupName(name));
                Assert.Equal(cp, UnicodeDatabase.LookupName(name.ToLowerInvariant()));
                count++;
            }
        }

        Assert.Equal(Goldens.Fingerprint("name").Lines, count);
    }

    [Fact]
    public void LookupName_OfRangeNames_MatchesCPython()
    {
        using var fp = new Fingerprint();
        foreach (var prefix in s_derivedPrefixes)
        {
            for (var cp = 0; cp < 0x40000; cp++)
            {
                if (UnicodeDatabase.LookupName(prefix + cp.ToString("X4", CultureInfo.InvariantCulture)) is { } found)
                {
                    fp.Append(prefix).AppendHex(cp).Append(':').AppendHex(found).EndLine();
                }
            }
        }

        fp.AssertMatches("derived_lookup");
    }

    [Fact]
    public void SimpleLower_MatchesCPythonReModule()
    {
        using var fp = new Fingerprint();
        for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
        {
            var lower = UnicodeDatabase.SimpleLower(cp);
            if (lower != cp)
            {
                fp.AppendHex(cp).Append(':').AppendHex(lower).EndLine();
            }
        }

        fp.AssertMatches("sre_tolower");
    }

    [Fact]
    public void SimpleCaseMappings_AgreeWithCPythonReIsCased() =>
        Fingerprint.AssertPredicate("sre_iscased",
            cp => UnicodeDatabase.SimpleLower(cp) != cp || UnicodeDatabase.SimpleUpper(cp) != cp);

    [Fact]
    public void Lower_MatchesCPython() => AssertCaseMapping("lower", UnicodeDatabase.ToLower);

    [Fact]
    public void Upper_MatchesCPython() => AssertCaseMapping("upper", UnicodeDatabase.ToUpper);

    [Fact]
    public void Title_MatchesCPython() => AssertCaseMapping("title", UnicodeDatabase.ToTitle);

    [Fact]
    public void CaseFold_MatchesCPython() => AssertCaseMapping("casefold", UnicodeDatabase.CaseFold);

    [Theory]
    [InlineData(NormalizationKind.NFC)]
    [InlineData(NormalizationKind.NFD)]
    [InlineData(NormalizationKind.NFKC)]
    [InlineData(NormalizationKind.NFKD)]
    public void Normalize_EachCodePoint_MatchesCPython(NormalizationKind kind) =>
        AssertMapping(kind.ToString(), cps => UnicodeDatabase.Normalize(kind, cps));

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string DoubleBits(double v) =>
        BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture);

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

        fp.AssertMatches(property);
    }

    private delegate int CaseMapping(int cp, Span<int> destination);

    private static void AssertCaseMapping(string property, CaseMapping map)
    {
        using var fp = new Fingerprint();
        Span<int> buffer = stackalloc int[UnicodeDatabase.MaxCaseExpansion];
        for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
        {
            var n = map(cp, buffer);
            if (n == 1 && buffer[0] == cp)
            {
                continue;
            }

            fp.AppendHex(cp).Append(':');
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    fp.Append(' ');
                }

                fp.AppendHex(buffer[i]);
            }

            fp.EndLine();
        }

        fp.AssertMatches(property);
    }

    private static void AssertMapping(string property, Func<int[], int[]> map)
    {
        using var fp = new Fingerprint();
        var single = new int[1];
        for (var cp = 0; cp < UnicodeDatabase.CodePointLimit; cp++)
        {
            single[0] = cp;
            var m = map(single);
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

        fp.AssertMatches(property);
    }
}
