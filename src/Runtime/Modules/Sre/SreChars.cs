using System.Runtime.CompilerServices;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// Character tests of the engine: the ASCII, locale (the C locale: ASCII only) and Unicode
/// classes behind \d \s \w, case mappings, and set membership over an IN operand.
/// </summary>
internal static class SreChars
{
    public static bool IsAsciiDigit(int ch) => (uint)(ch - '0') <= 9;

    public static bool IsAsciiSpace(int ch) => ch is ' ' or (>= '\t' and <= '\r');

    public static bool IsAsciiAlnum(int ch) => (uint)ch < 128 && (IsAsciiDigit(ch) || (uint)((ch | 0x20) - 'a') <= 'z' - 'a');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(int ch) => ch == '_' || IsAsciiAlnum(ch);

    public static bool IsUniWord(int ch) => ch == '_' || (ch < 128 ? IsAsciiAlnum(ch) : ValidCp(ch) && UnicodeDatabase.IsAlnum(ch));

    public static bool IsUniDigit(int ch) => ch < 128 ? IsAsciiDigit(ch) : ValidCp(ch) && UnicodeDatabase.IsDecimal(ch);

    public static bool IsUniSpace(int ch) => ValidCp(ch) && UnicodeDatabase.IsSpace(ch);

    public static bool IsUniLinebreak(int ch) => ch < 128 ? ch is (>= '\n' and <= '\r') or (>= 0x1c and <= 0x1e) : ValidCp(ch) && UnicodeDatabase.IsLinebreak(ch);

    private static bool ValidCp(int ch) => (uint)ch <= 0x10FFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 'Z' - 'A' ? ch + 32 : ch;

    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 'z' - 'a' ? ch - 32 : ch;

    public static int LowerLocale(int ch) => LowerAscii(ch);

    public static int UpperLocale(int ch) => UpperAscii(ch);

    public static int LowerUnicode(int ch) => ch < 128 ? LowerAscii(ch) : ValidCp(ch) ? UnicodeDatabase.SimpleLower(ch) : ch;

    public static int UpperUnicode(int ch) => ch < 128 ? UpperAscii(ch) : ValidCp(ch) ? UnicodeDatabase.SimpleUpper(ch) : ch;

    public static bool CharLocIgnore(uint pattern, int ch) =>
        (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    /// <summary>A CATEGORY code applied to one character.</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        0 => IsAsciiDigit(ch),
        1 => !IsAsciiDigit(ch),
        2 => IsAsciiSpace(ch),
        3 => !IsAsciiSpace(ch),
        4 => IsWord(ch),
        5 => !IsWord(ch),
        6 => ch == '\n',
        7 => ch != '\n',
        8 => IsWord(ch), // LOC_WORD under the C locale
        9 => !IsWord(ch),
        10 => IsUniDigit(ch),
        11 => !IsUniDigit(ch),
        12 => IsUniSpace(ch),
        13 => !IsUniSpace(ch),
        14 => IsUniWord(ch),
        15 => !IsUniWord(ch),
        16 => IsUniLinebreak(ch),
        17 => !IsUniLinebreak(ch),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="ch"/> is in the set that starts at <paramref name="pc"/> (items up to
    /// a FAILURE): literals, categories, 256-bit maps, ranges, NEGATE and the two-level BIGCHARSET.
    /// </summary>
    public static bool InSet(uint[] code, int pc, int ch)
    {
        var ok = true;
        var c = (uint)ch;
        while (true)
        {
            switch (code[pc++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (c == code[pc])
                    {
                        return ok;
                    }

                    pc++;
                    break;
                case SreOp.Category:
                    if (Category(code[pc], ch))
                    {
                        return ok;
                    }

                    pc++;
                    break;
                case SreOp.Charset:
                    if (c < 256 && (code[pc + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0)
                    {
                        return ok;
                    }

                    pc += 8;
                    break;
                case SreOp.Range:
                    if (code[pc] <= c && c <= code[pc + 1])
                    {
                        return ok;
                    }

                    pc += 2;
                    break;
                case SreOp.RangeUniIgnore:
                    if (code[pc] <= c && c <= code[pc + 1])
                    {
                        return ok;
                    }

                    var upper = (uint)UpperUnicode(ch);
                    if (code[pc] <= upper && upper <= code[pc + 1])
                    {
                        return ok;
                    }

                    pc += 2;
                    break;
                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                    if (InBigCharset(code, pc, c))
                    {
                        return ok;
                    }

                    pc += 1 + 64 + ((int)code[pc] * 8);
                    break;
                default:
                    return false;
            }
        }
    }

    // <count> <256 block numbers packed 4 to a word, little-endian> <count blocks of 8 words>.
    private static bool InBigCharset(uint[] code, int pc, uint c)
    {
        if (c >= 0x10000)
        {
            return false;
        }

        var hi = (int)(c >> 8);
        var block = (int)((code[pc + 1 + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
        var low = (int)(c & 255);
        return (code[pc + 65 + (block * 8) + (low >> 5)] & (1u << (low & 31))) != 0;
    }

    /// <summary>IN_LOC_IGNORE: the lowercase or the uppercase form is in the set.</summary>
    public static bool InSetLocIgnore(uint[] code, int pc, int ch)
    {
        var lo = LowerLocale(ch);
        if (InSet(code, pc, lo))
        {
            return true;
        }

        var up = UpperLocale(ch);
        return up != lo && InSet(code, pc, up);
    }
}
