using System.Globalization;
using System.Numerics;
using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects;

/// <summary><c>int(str, base)</c> (CPython's <c>PyLong_FromUnicodeObject</c>/<c>PyLong_FromString</c> rules).</summary>
public static partial class PyInt
{
    /// <summary>
    /// Parses <paramref name="text"/> in <paramref name="numberBase"/> (0 = by prefix, as literals).
    /// Accepts surrounding whitespace, a sign, a base prefix matching the base, single underscores
    /// between digits (and after the prefix), and decimal digits of any script. ValueError otherwise,
    /// and past <see cref="MaxStrDigits"/> digits for bases that are not powers of two.
    /// </summary>
    public static PyValue FromString(ThreadState ts, string text, int numberBase) => FromString(ts, text, numberBase, null);

    /// <summary>
    /// <see cref="FromString(ThreadState, string, int)"/> where <paramref name="shown"/>, when not
    /// null, is what the error message quotes (the repr of the bytes the text came from).
    /// </summary>
    public static PyValue FromString(ThreadState ts, string text, int numberBase, string? shown)
    {
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
        {
            return ts.SetError(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }

        if ((numberBase == 10 || numberBase == 0) && TryParseShortDecimal(text, numberBase == 0, out var small))
        {
            return PyValue.FromInt64(small);
        }

        var ascii = ToAsciiDigits(text);
        var status = Parse(ascii, numberBase, out var value, out var digitCount);
        if (status == ParseStatus.TooManyDigits)
        {
            return ts.SetError(PyExc.ValueError, "Exceeds the limit (" + MaxStrDigits.ToString(CultureInfo.InvariantCulture)
                + " digits) for integer string conversion: value has " + digitCount.ToString(CultureInfo.InvariantCulture)
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        if (status == ParseStatus.Invalid)
        {
            return ts.SetError(PyExc.ValueError, "invalid literal for int() with base "
                + numberBase.ToString(CultureInfo.InvariantCulture) + ": " + FirstCodePoints(shown ?? Formatting.StringRepr.Format(text), 200));
        }

        return PyValue.FromBigInteger(value);
    }

    private enum ParseStatus
    {
        Ok,
        Invalid,
        TooManyDigits,
    }

    // _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace -> ' ', decimal digits -> '0'..'9',
    // any other non-ASCII code point -> '?' (which no base accepts).
    private static string ToAsciiDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (cp < 0x80)
            {
                sb.Append((char)cp);
            }
            else if (UnicodeDatabase.IsSpace(cp))
            {
                sb.Append(' ');
            }
            else if (UnicodeDatabase.Decimal(cp) is int d)
            {
                sb.Append((char)('0' + d));
            }
            else
            {
                sb.Append('?');
            }
        }

        return sb.ToString();
    }

    // The common int("12345"): ASCII whitespace, a sign and at most 18 ASCII digits, no underscore.
    // Anything else (and base 0's leading zeros) goes the general way, which also words the errors.
    private static bool TryParseShortDecimal(string s, bool base0, out long value)
    {
        value = 0;
        int i = 0, n = s.Length;
        while (i < n && IsAsciiSpace(s[i]))
        {
            i++;
        }

        while (n > i && IsAsciiSpace(s[n - 1]))
        {
            n--;
        }

        var negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }

        var count = n - i;
        if (count <= 0 || count > 18 || (base0 && count > 1 && s[i] == '0'))
        {
            return false;
        }

        long v = 0;
        for (; i < n; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            v = (v * 10) + d;
        }

        value = negative ? -v : v;
        return true;
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    private static ParseStatus Parse(string s, int numberBase, out BigInteger value, out int digitCount)
    {
        value = default;
        digitCount = 0;
        var i = 0;
        while (i < s.Length && IsAsciiSpace(s[i]))
        {
            i++;
        }

        var negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }

        char Peek(int k) => k < s.Length ? s[k] : '\0';

        // Base 0 with a leading 0 and no prefix: the old octal form, valid only for zero.
        var zeroOnly = false;
        if (numberBase == 0)
        {
            if (Peek(i) != '0')
            {
                numberBase = 10;
            }
            else
            {
                numberBase = Peek(i + 1) switch
                {
                    'x' or 'X' => 16,
                    'o' or 'O' => 8,
                    'b' or 'B' => 2,
                    _ => 10,
                };
                zeroOnly = numberBase == 10;
            }
        }

        if (Peek(i) == '0' && ((numberBase == 16 && Peek(i + 1) is 'x' or 'X')
            || (numberBase == 8 && Peek(i + 1) is 'o' or 'O') || (numberBase == 2 && Peek(i + 1) is 'b' or 'B')))
        {
            i += 2;
            if (Peek(i) == '_')
            {
                i++;
            }
        }

        // Digits with single underscores between them.
        var digits = new StringBuilder();
        var prevUnderscore = true;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                if (prevUnderscore)
                {
                    return ParseStatus.Invalid;
                }

                prevUnderscore = true;
                continue;
            }

            if (DigitValue(c) >= numberBase)
            {
                break;
            }

            digits.Append(c);
            prevUnderscore = false;
        }

        if (digits.Length == 0 || prevUnderscore)
        {
            return ParseStatus.Invalid;
        }

        digitCount = digits.Length;
        var powerOfTwo = (numberBase & (numberBase - 1)) == 0;
        if (!powerOfTwo && MaxStrDigits > 0 && digitCount > MaxStrDigitsThreshold && digitCount > MaxStrDigits)
        {
            return ParseStatus.TooManyDigits;
        }

        while (i < s.Length && IsAsciiSpace(s[i]))
        {
            i++;
        }

        if (i != s.Length)
        {
            return ParseStatus.Invalid;
        }

        value = numberBase == 10
            ? BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture)
            : Accumulate(digits.ToString(), numberBase);
        if (zeroOnly && !value.IsZero)
        {
            return ParseStatus.Invalid;
        }

        if (negative)
        {
            value = -value;
        }

        return ParseStatus.Ok;
    }

    // Digits in chunks that fit a long, so most steps are machine multiplications.
    private static BigInteger Accumulate(string digits, int numberBase)
    {
        var chunk = 1;
        long scale = numberBase;
        while (scale <= long.MaxValue / numberBase / numberBase)
        {
            scale *= numberBase;
            chunk++;
        }

        BigInteger result = 0;
        for (var start = 0; start < digits.Length; start += chunk)
        {
            var end = Math.Min(start + chunk, digits.Length);
            long part = 0, factor = 1;
            for (var k = start; k < end; k++)
            {
                part = (part * numberBase) + DigitValue(digits[k]);
                factor *= numberBase;
            }

            result = (result * factor) + part;
        }

        return result;
    }

    // The first n code points of s (CPython formats the literal with %.200R: its repr, cut to 200 characters).
    private static string FirstCodePoints(string s, int n)
    {
        var i = 0;
        for (var count = 0; i < s.Length && count < n; count++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return s[..i];
    }
}
