using System.Globalization;

namespace ProtoPython.Compiler.Text;

/// <summary>
/// Temporary stand-in with the same member names as <c>ProtoPython.Objects.Unicode.UnicodeDatabase</c>
/// (helper "unicode"), so identifier and <c>\N{...}</c> code only swaps a <c>using</c> when the real
/// table lands. It approximates XID classes with .NET's general categories and cannot normalize
/// (invariant globalization makes <see cref="string.Normalize()"/> a no-op) or look up names.
/// </summary>
internal static class UnicodeDatabase
{
    public static bool IsXidStart(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') < 26;
        }

        return CategoryOf(cp) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => false,
        };
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') < 26 || (uint)(cp - '0') < 10 || cp == '_';
        }

        return IsXidStart(cp) || CategoryOf(cp) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        } || cp == 0xB7;
    }

    /// <summary>Python's <c>str.isprintable</c> for one code point.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ')
        {
            return true;
        }

        return CategoryOf(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    public static string Normalize(NormalizationKind kind, string s) => s;

    public static int? LookupName(string name) => null;

    private static UnicodeCategory CategoryOf(int cp) =>
        cp is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);
}

/// <summary>Stand-in for the unicode helper's normalization form enum.</summary>
internal enum NormalizationKind
{
    NFC,
    NFD,
    NFKC,
    NFKD,
}
