using System.Globalization;
using System.Numerics;
using System.Text;

namespace ProtoPython.Objects.Formatting;

/// <summary>
/// <c>__format__</c> of str, int and float over <see cref="FormatSpec"/> (CPython's
/// Python/formatter_unicode.c): padding, sign, prefix, digit grouping with zero fill.
/// </summary>
internal static partial class NumberFormat
{
    /// <summary>str.__format__.</summary>
    public static PyValue FormatStr(ThreadState ts, PyStr value, PyStr specText)
    {
        if (specText.Length == 0)
        {
            // Subclasses go through their __str__.
            return value.Type == PyType.Str ? PyValue.FromObject(value) : PyOps.Str(ts, PyValue.FromObject(value)) is { } s ? PyValue.FromObject(s) : PyValue.Error;
        }

        if (FormatSpec.Parse(ts, specText, 's', '<', "str") is not { } spec)
        {
            return PyValue.Error;
        }

        if (spec.Type != 's')
        {
            return spec.UnknownType(ts, "str");
        }

        if (spec.Sign != 0)
        {
            return ts.SetError(PyExc.ValueError, spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }

        if (spec.NoNegativeZero)
        {
            return ts.SetError(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        }

        if (spec.Alternate)
        {
            return ts.SetError(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier");
        }

        if (spec.Align == '=')
        {
            return ts.SetError(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
        }

        var length = (long)value.Length;
        if (spec.Precision >= 0 && length > spec.Precision)
        {
            length = spec.Precision;
        }

        var total = Math.Max(length, spec.Width);
        if (total > StrType.MaxStrLength)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        var left = spec.Align switch
        {
            '>' => total - length,
            '^' => (total - length) / 2,
            _ => 0,
        };
        return PyValue.FromObject(new StrWriter().AppendRepeated(spec.Fill, left).Append(value, 0, (int)length)
            .AppendRepeated(spec.Fill, total - length - left).ToStr());
    }

    /// <summary>int.__format__ (bool included: <paramref name="typeName"/> names the type in errors).</summary>
    public static PyValue FormatInt(ThreadState ts, PyValue value, PyStr specText, string typeName)
    {
        if (specText.Length == 0)
        {
            var s = PyOps.Str(ts, value);
            return s is null ? PyValue.Error : PyValue.FromObject(s);
        }

        if (FormatSpec.Parse(ts, specText, 'd', '>', typeName) is not { } spec)
        {
            return PyValue.Error;
        }

        PyInt.TryGetBigInteger(value, out var n);
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                if (!PyInt.TryToDouble(ts, value, out var d))
                {
                    return PyValue.Error;
                }

                return FormatFloat(ts, d, spec);
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            default:
                return spec.UnknownType(ts, typeName);
        }

        if (spec.Precision >= 0)
        {
            return ts.SetError(PyExc.ValueError, "Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            return ts.SetError(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        }

        if (spec.Type == 'c')
        {
            if (spec.Sign != 0)
            {
                return ts.SetError(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
            }

            if (spec.Alternate)
            {
                return ts.SetError(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            }

            if (n < long.MinValue || n > long.MaxValue)
            {
                return ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
            }

            if (n.Sign < 0 || n > 0x10FFFF)
            {
                return ts.SetError(PyExc.OverflowError, "%c arg not in range(0x110000)");
            }

            return Layout(ts, spec, false, "", "", PyStr.FromCodePoint((int)n), 0);
        }

        var (radix, prefix) = spec.Type switch
        {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        var digits = radix == 10 ? PyInt.ToDecimalString(PyValue.FromBigInteger(BigInteger.Abs(n))) : ToRadix(BigInteger.Abs(n), radix);
        if (digits is null)
        {
            return PyInt.Repr(ts, value);
        }

        if (spec.Type == 'X')
        {
            digits = digits.ToUpperInvariant();
        }

        var groupSize = radix == 10 ? 3 : 4;
        return Layout(ts, spec, n.Sign < 0, spec.Alternate ? prefix : "", digits, PyStr.Empty, groupSize);
    }

    /// <summary>float.__format__.</summary>
    public static PyValue FormatFloat(ThreadState ts, double value, PyStr specText)
    {
        if (specText.Length == 0)
        {
            return PyValue.FromObject(new PyStr(FloatRepr.Format(value)));
        }

        return FormatSpec.Parse(ts, specText, '\0', '>', "float") is { } spec ? FormatFloat(ts, value, spec) : PyValue.Error;
    }

    private static PyValue FormatFloat(ThreadState ts, double value, FormatSpec spec)
    {
        var type = spec.Type;
        if (type is not (0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
        {
            return spec.UnknownType(ts, "float");
        }

        var precision = spec.Precision;
        var addDotZero = false;
        var defaultPrecision = 6;
        if (type == 0)
        {
            addDotZero = true;
            type = 'r';
            defaultPrecision = 0;
        }
        else if (type == 'n')
        {
            type = 'g';
        }

        if (!FloatDigits.CheckPrecision(ts, precision))
        {
            return PyValue.Error;
        }

        var percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var upper = type is 'E' or 'F' or 'G';
        var text = FloatDigits.Format(value, char.ToLowerInvariant((char)type), (int)precision, spec.Alternate, addDotZero, spec.NoNegativeZero, upper);
        if (percent)
        {
            text += "%";
        }

        var (negative, intDigits, remainder) = SplitNumber(text, spec.FractionGrouping);
        return Layout(ts, spec, negative, "", intDigits, new PyStr(remainder), 3);
    }

    /// <summary>
    /// A formatted float split for layout: its sign, the leading digits (grouped and zero-filled
    /// later) and the rest, with the fraction's digits grouped by <paramref name="fractionGrouping"/>.
    /// </summary>
    private static (bool Negative, string IntDigits, string Remainder) SplitNumber(string text, char fractionGrouping)
    {
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        // digits [. fraction] [exponent/%]: only the leading digits are grouped (and zero-filled).
        var intEnd = 0;
        while (intEnd < text.Length && char.IsAsciiDigit(text[intEnd]))
        {
            intEnd++;
        }

        var remainder = text[intEnd..];
        if (fractionGrouping != 0 && remainder.StartsWith('.'))
        {
            var fracEnd = 1;
            while (fracEnd < remainder.Length && char.IsAsciiDigit(remainder[fracEnd]))
            {
                fracEnd++;
            }

            var fraction = new StringBuilder(".");
            for (var i = 1; i < fracEnd; i++)
            {
                if (i > 1 && (i - 1) % 3 == 0)
                {
                    fraction.Append(fractionGrouping);
                }

                fraction.Append(remainder[i]);
            }

            remainder = fraction + remainder[fracEnd..];
        }

        return (negative, text[..intEnd], remainder);
    }

    /// <summary>
    /// <c>calc_number_widths</c> + <c>fill_number</c>: [lpad][sign][prefix][spad][grouped digits][remainder][rpad].
    /// </summary>
    private static PyValue Layout(ThreadState ts, FormatSpec spec, bool negative, string prefix, string digits, PyStr remainder, int groupSize)
    {
        var sign = spec.Sign switch
        {
            '+' => negative ? "-" : "+",
            ' ' => negative ? "-" : " ",
            _ => negative ? "-" : "",
        };
        var nonDigits = sign.Length + prefix.Length + remainder.Length;
        var minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        var grouped = digits.Length == 0 ? "" : Group(digits, minWidth, spec.Grouping, groupSize);
        var padding = spec.Width - (nonDigits + grouped.Length);
        long left = 0, middle = 0, right = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    middle = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }

        if (left + middle + right > StrType.MaxStrLength)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        var w = new StrWriter().AppendRepeated(spec.Fill, left).Append(sign).Append(prefix).AppendRepeated(spec.Fill, middle)
            .Append(grouped).Append(remainder).AppendRepeated(spec.Fill, right);
        return PyValue.FromObject(w.ToStr());
    }

    /// <summary>
    /// <c>_PyUnicode_InsertThousandsGrouping</c>: separators every <paramref name="groupSize"/> digits
    /// from the right, zero-padded on the left to at least <paramref name="minWidth"/> characters.
    /// </summary>
    internal static string Group(string digits, long minWidth, char separator, int groupSize)
    {
        minWidth = Math.Max(0, minWidth);
        var pieces = new List<string>();
        var remaining = digits.Length;
        if (separator == 0)
        {
            var len = Math.Max(Math.Max(remaining, minWidth), 1);
            return new string('0', (int)(len - remaining)) + digits;
        }

        while (true)
        {
            var len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
            var zeros = (int)Math.Max(0, len - remaining);
            var chars = (int)Math.Max(0, Math.Min(remaining, len));
            pieces.Add(new string('0', zeros) + digits.Substring(remaining - chars, chars));
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0)
            {
                break;
            }

            minWidth -= 1;
        }

        pieces.Reverse();
        return string.Join(separator, pieces);
    }

    private static string ToRadix(BigInteger n, int radix)
    {
        if (radix == 10)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n.IsZero)
        {
            return "0";
        }

        var bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var sb = new StringBuilder();
        while (!n.IsZero)
        {
            var d = (int)(n & (radix - 1));
            sb.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            n >>= bitsPerDigit;
        }

        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
