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

    /// <summary>The lowercase mapping when it is a single code point, else -1.</summary>
    public static int SimpleLower(int cp) => Single(cp, RecordOf(cp).Lower);

    /// <summary>The uppercase mapping when it is a single code point, else -1.</summary>
    public static int SimpleUpper(int cp) => Single(cp, RecordOf(cp).Upper);

    private static int Single(int cp, int value) => (value & 1) == 0 ? cp + (value >> 1) : -1;

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
