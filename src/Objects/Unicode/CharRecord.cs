namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The properties shared by many code points (CPython's "database record" and "type record" in
/// one). Code points map to records through a two-level table.
/// </summary>
internal readonly struct CharRecord
{
    public CharRecord(byte category, byte bidirectional, byte combining, byte eastAsianWidth, CharFlags flags,
        sbyte decimalValue, sbyte digitValue, ushort numericIndex, int lower, int upper, int title, int fold)
    {
        Category = category;
        Bidirectional = bidirectional;
        Combining = combining;
        EastAsianWidth = eastAsianWidth;
        Flags = flags;
        DecimalValue = decimalValue;
        DigitValue = digitValue;
        NumericIndex = numericIndex;
        Lower = lower;
        Upper = upper;
        Title = title;
        Fold = fold;
    }

    /// <summary>Index into <see cref="UnicodeTables.Categories"/>.</summary>
    public byte Category { get; }

    /// <summary>Index into <see cref="UnicodeTables.BidiClasses"/>.</summary>
    public byte Bidirectional { get; }

    /// <summary>The canonical combining class.</summary>
    public byte Combining { get; }

    /// <summary>Index into <see cref="UnicodeTables.EastAsianWidths"/>.</summary>
    public byte EastAsianWidth { get; }

    public CharFlags Flags { get; }

    /// <summary>unicodedata.decimal, or -1.</summary>
    public sbyte DecimalValue { get; }

    /// <summary>unicodedata.digit, or -1.</summary>
    public sbyte DigitValue { get; }

    /// <summary>Index into <see cref="UnicodeTables.NumericValues"/>; 0 means no numeric value.</summary>
    public ushort NumericIndex { get; }

    /// <summary>
    /// Case mappings. Even: the mapping is one code point, <c>cp + (value &gt;&gt; 1)</c>. Odd: the mapping
    /// is several code points at <c>UnicodeTables.SpecialCases[value &gt;&gt; 1]</c> (a count, then the
    /// code points).
    /// </summary>
    public int Lower { get; }

    public int Upper { get; }

    public int Title { get; }

    public int Fold { get; }
}
