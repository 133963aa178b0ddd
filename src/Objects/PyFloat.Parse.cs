using System.Globalization;
using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects;

/// <summary><c>float(str)</c> (CPython's <c>PyFloat_FromString</c> and <c>_Py_string_to_number_with_underscores</c>).</summary>
public static partial class PyFloat
{
    /// <summary>
    /// Parses a float literal: surrounding whitespace, Unicode decimal digits, single underscores
    /// between digits, "inf"/"infinity"/"nan" in any case with an optional sign. Correctly
    /// rounded; out-of-range magnitudes give ±inf or ±0.0 as in CPython. ValueError
    /// "could not convert string to float: 'text'" otherwise.
    /// </summary>
    public static PyValue FromString(ThreadState ts, string text) => FromString(ts, text, null);

    /// <summary>Parses <paramref name="text"/>; the error quotes <paramref name="shown"/> when not null (bytes input).</summary>
    public static PyValue FromString(ThreadState ts, string text, string? shown)
    {
        var ascii = ToAscii(text).Trim(' ', '\t', '\n', '\v', '\f', '\r');
        if (TryParse(ascii, out var value))
        {
            return PyValue.FromDouble(value);
        }

        return ts.SetError(PyExc.ValueError, "could not convert string to float: " + (shown ?? Formatting.StringRepr.Format(text)));
    }

    /// <summary>Unicode whitespace as ' ', decimal digits of any script as ASCII, other non-ASCII as '?' (rejected by every parser).</summary>
    internal static string ToAsciiForm(string text) => ToAscii(text);

    // Unicode whitespace -> ' ', decimal digits -> ASCII, other non-ASCII -> '?' (rejected).
    private static string ToAscii(string text)
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

            sb.Append(cp < 0x80 ? (char)cp : UnicodeDatabase.IsSpace(cp) ? ' ' : UnicodeDatabase.Decimal(cp) is int d ? (char)('0' + d) : '?');
        }

        return sb.ToString();
    }

    private static bool TryParse(string s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }

        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = FreshNaN(negative);
            return true;
        }

        // digits [. [digits]] | . digits, then optional exponent; underscores only between digits.
        var clean = new StringBuilder(s.Length);
        clean.Append(negative ? '-' : '+');
        var intDigits = ScanDigits(s, ref i, clean);
        if (intDigits < 0)
        {
            return false;
        }

        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            clean.Append('.');
            i++;
            fracDigits = ScanDigits(s, ref i, clean);
            if (fracDigits < 0)
            {
                return false;
            }
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            clean.Append('e');
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                clean.Append(s[i]);
                i++;
            }

            if (ScanDigits(s, ref i, clean) <= 0)
            {
                return false;
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        // Validated above, so .NET's (correctly rounded) parser sees only the plain grammar.
        value = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    // Digits with single underscores between them; the count, or -1 for a misplaced underscore.
    private static int ScanDigits(string s, ref int i, StringBuilder clean)
    {
        var count = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                clean.Append(c);
                count++;
                i++;
            }
            else if (c == '_' && count > 0 && i + 1 < s.Length && s[i + 1] is >= '0' and <= '9')
            {
                i++;
            }
            else if (c == '_')
            {
                return -1;
            }
            else
            {
                break;
            }
        }

        return count;
    }
}
