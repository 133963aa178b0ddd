using System.Globalization;

namespace ProtoPython.Objects.Unicode;

public static partial class UnicodeDatabase
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;
    private const int JamoLBase = 0x1100;
    private const int JamoVBase = 0x1161;
    private const int JamoTBase = 0x11A7;
    private const int JamoVCount = 21;
    private const int JamoTCount = 28;
    private const int JamoNCount = JamoVCount * JamoTCount;
    private const string HangulPrefix = "HANGUL SYLLABLE ";

    // Jamo short names (Unicode's Jamo.txt), the pieces of Hangul syllable names.
    private static readonly string[] s_jamoL =
        ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];

    private static readonly string[] s_jamoV =
    [
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I",
    ];

    private static readonly string[] s_jamoT =
    [
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    ];

    /// <summary>unicodedata.name without a default: null for code points without a name.</summary>
    public static string? GetName(int cp)
    {
        if ((uint)cp >= CodePointLimit)
        {
            ThrowOutOfRange(cp);
        }

        if ((uint)(cp - HangulBase) < HangulCount)
        {
            var s = cp - HangulBase;
            return string.Concat(HangulPrefix, s_jamoL[s / JamoNCount], s_jamoV[s % JamoNCount / JamoTCount],
                s_jamoT[s % JamoTCount]);
        }

        var names = UnicodeNames.Instance;
        if (names.NameOf.TryGetValue(cp, out var name))
        {
            return name;
        }

        foreach (var range in names.Ranges)
        {
            if (range.Returned && cp >= range.Start && cp <= range.End)
            {
                return range.Prefix + cp.ToString("X4", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// The code point named <paramref name="name"/> as <c>\N{...}</c> resolves it: ASCII case is
    /// ignored, formal aliases are accepted, Hangul syllables and ideographs are computed, and named
    /// sequences are refused (null).
    /// </summary>
    public static int? LookupName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LookupName(name.AsSpan());
    }

    /// <summary>As <see cref="LookupName(string)"/>, without allocating (for the tokenizer's <c>\N{...}</c>).</summary>
    public static int? LookupName(ReadOnlySpan<char> name)
    {
        var names = UnicodeNames.Instance;
        if (name.Length == 0 || name.Length > names.LongestName)
        {
            return null;
        }

        Span<char> upper = stackalloc char[name.Length];
        if (!TryUpperAscii(name, upper))
        {
            return null;
        }

        if (names.CodeOfSpan.TryGetValue(upper, out var cp))
        {
            return cp;
        }

        if (upper.StartsWith(HangulPrefix, StringComparison.Ordinal))
        {
            return LookupHangul(upper[HangulPrefix.Length..]);
        }

        foreach (var range in names.Ranges)
        {
            if (upper.StartsWith(range.Prefix, StringComparison.Ordinal)
                && ParseCanonicalHex(upper[range.Prefix.Length..]) is { } code
                && code >= range.Start && code <= range.End)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// unicodedata.lookup: like <see cref="LookupName(string)"/> but also accepts named sequences, so the
    /// result may hold several code points. Null for unknown names.
    /// </summary>
    public static int[]? Lookup(string name)
    {
        if (LookupName(name) is { } cp)
        {
            return [cp];
        }

        var names = UnicodeNames.Instance;
        if (name.Length > names.LongestName)
        {
            return null;
        }

        Span<char> upper = stackalloc char[name.Length];
        return TryUpperAscii(name, upper) && names.Sequences.TryGetValue(new string(upper), out var seq)
            ? (int[])seq.Clone()
            : null;
    }

    // CPython compares names after ASCII upper-casing (Py_TOUPPER); other characters never match.
    private static bool TryUpperAscii(ReadOnlySpan<char> name, Span<char> upper)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c >= 0x80)
            {
                return false;
            }

            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        return true;
    }

    // The suffix of a range name: upper-case hex, at least four digits, no extra leading zeros.
    private static int? ParseCanonicalHex(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 4 or > 6 || (digits.Length > 4 && digits[0] == '0'))
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            int d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return null;
            }

            value = (value << 4) | d;
        }

        return value;
    }

    // Each part takes the longest jamo name it starts with, as CPython's find_syllable does.
    private static int? LookupHangul(ReadOnlySpan<char> rest)
    {
        var l = LongestJamo(s_jamoL, ref rest);
        var v = LongestJamo(s_jamoV, ref rest);
        var t = LongestJamo(s_jamoT, ref rest);
        if (l < 0 || v < 0 || t < 0 || rest.Length != 0)
        {
            return null;
        }

        return HangulBase + (l * JamoVCount + v) * JamoTCount + t;
    }

    private static int LongestJamo(string[] table, ref ReadOnlySpan<char> rest)
    {
        var best = -1;
        var bestLength = -1;
        for (var i = 0; i < table.Length; i++)
        {
            var jamo = table[i];
            if (jamo.Length > bestLength && rest.StartsWith(jamo, StringComparison.Ordinal))
            {
                best = i;
                bestLength = jamo.Length;
            }
        }

        if (best >= 0)
        {
            rest = rest[bestLength..];
        }

        return best;
    }
}
