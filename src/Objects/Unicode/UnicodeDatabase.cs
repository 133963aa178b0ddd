using System.Runtime.CompilerServices;

namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The Unicode character database, equal to CPython 3.14's <c>unicodedata</c> module (Unicode
/// 16.0.0) and to the per-character predicates behind Python's str methods. The data is generated
/// from CPython by tools/unicode/gen_unicode_data.py (docs/internals/unicode.md); .NET's own
/// globalization data is never used because its Unicode version differs.
/// </summary>
/// <remarks>
/// Code points are ints in [0, 0x110000); lone surrogates are ordinary code points, as in Python.
/// Predicates return false outside that range; value lookups throw
/// <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public static partial class UnicodeDatabase
{
    /// <summary>One past the largest code point, 0x110000 (sys.maxunicode + 1).</summary>
    public const int CodePointLimit = 0x110000;

    /// <summary>unicodedata.unidata_version of the CPython the data came from ("16.0.0").</summary>
    public static string UnidataVersion => UnicodeTables.Instance.UnidataVersion;

    /// <summary>str.isprintable for one code point; also decides repr(str) escaping.</summary>
    public static bool IsPrintable(int cp)
    {
        if ((uint)cp < 0x80)
        {
            return cp is >= 0x20 and < 0x7F;
        }

        return Has(cp, CharFlags.Printable);
    }

    /// <summary>The XID_Start property. '_' is not XID_Start; Python identifiers also allow it first.</summary>
    public static bool IsXidStart(int cp)
    {
        if ((uint)cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        }

        return Has(cp, CharFlags.XidStart);
    }

    /// <summary>The XID_Continue property (includes digits and '_').</summary>
    public static bool IsXidContinue(int cp)
    {
        if ((uint)cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 || cp == '_';
        }

        return Has(cp, CharFlags.XidContinue);
    }

    /// <summary>A code point that may start a Python identifier: XID_Start or '_' (str.isidentifier).</summary>
    public static bool IsIdentifierStart(int cp) => cp == '_' || IsXidStart(cp);

    /// <summary>unicodedata.category, e.g. "Lu"; "Cn" for unassigned code points.</summary>
    public static string Category(int cp) => Tables.Categories[RecordOf(cp).Category];

    /// <summary>unicodedata.bidirectional; "" for code points without a bidirectional class.</summary>
    public static string Bidirectional(int cp) => Tables.BidiClasses[RecordOf(cp).Bidirectional];

    /// <summary>unicodedata.combining: the canonical combining class.</summary>
    public static int Combining(int cp) => RecordOf(cp).Combining;

    /// <summary>unicodedata.east_asian_width: "F", "H", "W", "Na", "A" or "N".</summary>
    public static string EastAsianWidth(int cp) => Tables.EastAsianWidths[RecordOf(cp).EastAsianWidth];

    /// <summary>unicodedata.mirrored: 1 for mirrored characters in bidirectional text, else 0.</summary>
    public static int Mirrored(int cp) => (RecordOf(cp).Flags & CharFlags.Mirrored) != 0 ? 1 : 0;

    /// <summary>unicodedata.decimal without a default: null when the code point has no decimal value.</summary>
    public static int? Decimal(int cp)
    {
        // ASCII needs no table: str.format's field numbers and int() parse digits before anything
        // else in a program has to load the database (a few ms of decompression).
        if ((uint)cp < 0x80)
        {
            return (uint)(cp - '0') <= 9 ? cp - '0' : null;
        }

        var v = RecordOf(cp).DecimalValue;
        return v < 0 ? null : v;
    }

    /// <summary>unicodedata.digit without a default.</summary>
    public static int? Digit(int cp)
    {
        if ((uint)cp < 0x80)
        {
            return (uint)(cp - '0') <= 9 ? cp - '0' : null;
        }

        var v = RecordOf(cp).DigitValue;
        return v < 0 ? null : v;
    }

    /// <summary>unicodedata.numeric without a default.</summary>
    public static double? Numeric(int cp)
    {
        var i = RecordOf(cp).NumericIndex;
        return i == 0 ? null : Tables.NumericValues[i];
    }

    /// <summary>str.isalpha for one code point.</summary>
    public static bool IsAlpha(int cp) => Has(cp, CharFlags.Alpha);

    /// <summary>str.isdecimal for one code point.</summary>
    public static bool IsDecimal(int cp) => Has(cp, CharFlags.Decimal);

    /// <summary>str.isdigit for one code point.</summary>
    public static bool IsDigit(int cp) => Has(cp, CharFlags.Digit);

    /// <summary>str.isnumeric for one code point.</summary>
    public static bool IsNumeric(int cp) => Has(cp, CharFlags.Numeric);

    /// <summary>str.isalnum for one code point: alpha, decimal, digit or numeric.</summary>
    public static bool IsAlnum(int cp) =>
        Has(cp, CharFlags.Alpha | CharFlags.Decimal | CharFlags.Digit | CharFlags.Numeric);

    /// <summary>str.isspace for one code point.</summary>
    public static bool IsSpace(int cp)
    {
        if ((uint)cp < 0x80)
        {
            return cp is (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x20);
        }

        return Has(cp, CharFlags.Space);
    }

    /// <summary>The Lowercase property (str.islower's per-character test).</summary>
    public static bool IsLower(int cp) => Has(cp, CharFlags.Lower);

    /// <summary>The Uppercase property (str.isupper's per-character test).</summary>
    public static bool IsUpper(int cp) => Has(cp, CharFlags.Upper);

    /// <summary>Titlecase letters (category Lt), as CPython's _PyUnicode_IsTitlecase.</summary>
    public static bool IsTitle(int cp) => Has(cp, CharFlags.Title);

    /// <summary>The Cased property: Lowercase, Uppercase or Lt.</summary>
    public static bool IsCased(int cp) => Has(cp, CharFlags.Cased);

    /// <summary>The Case_Ignorable property (used by the final-sigma rule of str.lower).</summary>
    public static bool IsCaseIgnorable(int cp) => Has(cp, CharFlags.CaseIgnorable);

    /// <summary>Line boundaries for str.splitlines (\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029).</summary>
    public static bool IsLinebreak(int cp) => Has(cp, CharFlags.Linebreak);

    internal static UnicodeTables Tables
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => UnicodeTables.Instance;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Has(int cp, CharFlags flags)
    {
        if ((uint)cp >= CodePointLimit)
        {
            return false;
        }

        var t = UnicodeTables.Instance;
        return (t.Records[t.RecordIndex.Get(cp)].Flags & flags) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref readonly CharRecord RecordOf(int cp)
    {
        if ((uint)cp >= CodePointLimit)
        {
            ThrowOutOfRange(cp);
        }

        var t = UnicodeTables.Instance;
        return ref t.Records[t.RecordIndex.Get(cp)];
    }

    private static void ThrowOutOfRange(int cp) =>
        throw new ArgumentOutOfRangeException(nameof(cp), cp, "not a Unicode code point");
}
