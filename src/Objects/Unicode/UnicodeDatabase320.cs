namespace ProtoPython.Objects.Unicode;

/// <summary>
/// unicodedata.ucd_3_2_0: the Unicode 3.2.0 database that stringprep and the idna codec use.
/// Properties come from 3.2.0 records; a code point unassigned in 3.2.0 has no name and no
/// decomposition. As in CPython, normalization decomposes with 3.2.0's rules but orders and
/// composes with the current data, and lookup accepts current names but no aliases or named
/// sequences.
/// </summary>
public static class UnicodeDatabase320
{
    /// <summary>"3.2.0".</summary>
    public static string UnidataVersion => UnicodeTables320.Instance.UnidataVersion;

    public static string Category(int cp) => T.Categories[RecordOf(cp).Category];

    public static string Bidirectional(int cp) => T.BidiClasses[RecordOf(cp).Bidirectional];

    public static int Combining(int cp) => RecordOf(cp).Combining;

    public static string EastAsianWidth(int cp) => T.EastAsianWidths[RecordOf(cp).EastAsianWidth];

    public static int Mirrored(int cp) => RecordOf(cp).Mirrored;

    public static int? Decimal(int cp)
    {
        var v = RecordOf(cp).DecimalValue;
        return v < 0 ? null : v;
    }

    public static int? Digit(int cp)
    {
        var v = RecordOf(cp).DigitValue;
        return v < 0 ? null : v;
    }

    public static double? Numeric(int cp)
    {
        var i = RecordOf(cp).NumericIndex;
        return i == 0 ? null : T.NumericValues[i];
    }

    /// <summary>unicodedata.ucd_3_2_0.decomposition: today's mapping for code points assigned in 3.2.0.</summary>
    public static string Decomposition(int cp) => IsAssigned(cp) ? UnicodeDatabase.Decomposition(cp) : "";

    /// <summary>unicodedata.ucd_3_2_0.name: today's name for code points assigned in 3.2.0.</summary>
    public static string? GetName(int cp) => IsAssigned(cp) ? UnicodeDatabase.GetName(cp) : null;

    /// <summary>unicodedata.ucd_3_2_0.lookup: current names, Hangul and ideographs; no aliases or named sequences.</summary>
    public static int? LookupName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (UnicodeDatabase.LookupName(name) is not { } cp)
        {
            return null;
        }

        return UnicodeNames.Instance.Aliases.Contains(name.ToUpperInvariant()) ? null : cp;
    }

    public static string Normalize(NormalizationKind kind, string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        _ = UnicodeDatabase.SafeFlag(kind);
        return CodePoints.IsAscii(s) ? s : CodePoints.ToString(Normalize(kind, CodePoints.FromString(s)));
    }

    public static int[] Normalize(NormalizationKind kind, ReadOnlySpan<int> codePoints)
    {
        _ = UnicodeDatabase.SafeFlag(kind);
        // CPython turns its quick checks off for 3.2.0, so every code point goes through the algorithm.
        var output = new List<int>(codePoints.Length + 8);
        UnicodeDatabase.NormalizeSegment(kind, codePoints, output, new List<int>(codePoints.Length + 8), legacy: true);
        return [.. output];
    }

    public static bool IsNormalized(NormalizationKind kind, string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return CodePoints.IsAscii(s) || IsNormalized(kind, CodePoints.FromString(s));
    }

    public static bool IsNormalized(NormalizationKind kind, ReadOnlySpan<int> codePoints) =>
        codePoints.SequenceEqual(Normalize(kind, codePoints));

    /// <summary>Full decomposition under 3.2.0's rules (see the class summary).</summary>
    internal static void Decompose(int cp, bool compat, List<int> output)
    {
        var t = T;
        if (t.Corrections.TryGetValue(cp, out var fixedUp))
        {
            output.AddRange(compat ? fixedUp.Nfkd : fixedUp.Nfd);
        }
        else if (t.RecordOf(cp).Category == 0 && !IsHangulSyllable(cp))
        {
            output.Add(cp);
        }
        else
        {
            UnicodeDatabase.Decompose(cp, compat, output);
        }
    }

    private static UnicodeTables320 T => UnicodeTables320.Instance;

    private static bool IsHangulSyllable(int cp) => (uint)(cp - 0xAC00) < 11172;

    private static bool IsAssigned(int cp) => RecordOf(cp).Category != 0;

    private static ref readonly UnicodeTables320.Record RecordOf(int cp)
    {
        if ((uint)cp >= UnicodeDatabase.CodePointLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(cp), cp, "not a Unicode code point");
        }

        return ref T.RecordOf(cp);
    }
}
