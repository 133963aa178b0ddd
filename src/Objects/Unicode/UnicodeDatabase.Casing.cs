namespace ProtoPython.Objects.Unicode;

public static partial class UnicodeDatabase
{
    /// <summary>The most code points one case mapping produces (e.g. 'ΐ'.upper() is three).</summary>
    public const int MaxCaseExpansion = 3;

    /// <summary>Full lowercase mapping of one code point, without context (so 'Σ' gives 'σ').</summary>
    public static int ToLower(int cp, Span<int> destination) => Map(cp, RecordOf(cp).Lower, destination);

    /// <summary>Full uppercase mapping ('ß' gives "SS", 'ﬁ' gives "FI").</summary>
    public static int ToUpper(int cp, Span<int> destination) => Map(cp, RecordOf(cp).Upper, destination);

    /// <summary>Full titlecase mapping ('ǆ' gives 'ǅ', 'ﬁ' gives "Fi").</summary>
    public static int ToTitle(int cp, Span<int> destination) => Map(cp, RecordOf(cp).Title, destination);

    /// <summary>Full case folding, as str.casefold.</summary>
    public static int CaseFold(int cp, Span<int> destination) => Map(cp, RecordOf(cp).Fold, destination);

    /// <summary>
    /// The one-to-one lowercase mapping CPython's C code uses (_PyUnicode_ToLowercase, the re
    /// module's case-insensitive matching): the first code point of the full mapping.
    /// </summary>
    public static int SimpleLower(int cp) => First(cp, RecordOf(cp).Lower);

    /// <summary>_PyUnicode_ToUppercase: the first code point of the full uppercase mapping ('ß' gives 'S').</summary>
    public static int SimpleUpper(int cp) => First(cp, RecordOf(cp).Upper);

    /// <summary>_PyUnicode_ToTitlecase: the first code point of the full titlecase mapping.</summary>
    public static int SimpleTitle(int cp) => First(cp, RecordOf(cp).Title);

    private static int First(int cp, int value) =>
        (value & 1) == 0 ? cp + (value >> 1) : Tables.SpecialCases[(value >> 1) + 1];

    private static int Map(int cp, int value, Span<int> destination)
    {
        if ((value & 1) == 0)
        {
            destination[0] = cp + (value >> 1);
            return 1;
        }

        var special = Tables.SpecialCases;
        var offset = value >> 1;
        var count = special[offset];
        special.AsSpan(offset + 1, count).CopyTo(destination);
        return count;
    }
}
