using System.Globalization;
using System.Text;

namespace ProtoPython.Objects.Formatting;

/// <summary>
/// Python's <c>repr(float)</c>: the shortest digits that round-trip (as .NET's "R" formatting
/// gives them), laid out by CPython's rules for format code 'r': scientific notation when the
/// decimal exponent is below -4 or at least 16, a two-digit minimum exponent with its sign,
/// and <c>.0</c> after an integral value.
/// </summary>
public static class FloatRepr
{
    // 17 significant digits at most; "R" text is at most "-1.7976931348623157E+308".
    private const int MaxDigits = 24;

    private const int MaxText = 32;

    public static string Format(double value) => Format(value, addDotZero: true, forceSign: false);

    /// <summary>
    /// The 'r' formatting with CPython's flags: <paramref name="addDotZero"/> (Py_DTSF_ADD_DOT_0,
    /// on for float's repr, off in complex's) and <paramref name="forceSign"/> (Py_DTSF_SIGN).
    /// </summary>
    public static string Format(double value, bool addDotZero, bool forceSign)
    {
        if (double.IsNaN(value))
        {
            return forceSign ? "+nan" : "nan";
        }

        var negative = double.IsNegative(value);
        var sb = new StringBuilder(24);
        if (negative)
        {
            sb.Append('-');
        }
        else if (forceSign)
        {
            sb.Append('+');
        }

        if (double.IsInfinity(value))
        {
            return sb.Append("inf").ToString();
        }

        Span<char> digits = stackalloc char[MaxDigits];
        var count = ShortestDigits(Math.Abs(value), digits, out var pointPosition);
        digits = digits[..count];
        var exponent = pointPosition - 1;
        if (exponent < -4 || exponent >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits[1..]);
            }

            sb.Append('e').Append(exponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                sb.Append('0');
            }

            sb.Append(magnitude);
        }
        else if (pointPosition <= 0)
        {
            sb.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            sb.Append(digits).Append('0', pointPosition - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits[..pointPosition]).Append('.').Append(digits[pointPosition..]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Writes the shortest round-trip significant digits of a finite non-negative value into
    /// <paramref name="digits"/> (no leading or trailing zeros; "0" for zero) and returns their
    /// count; value = 0.DIGITS × 10^<paramref name="pointPosition"/>.
    /// </summary>
    internal static int ShortestDigits(double value, Span<char> digits, out int pointPosition)
    {
        if (value == 0)
        {
            digits[0] = '0';
            pointPosition = 1;
            return 1;
        }

        // "R" gives "123.45" or "1.2345E+20"-style text with the shortest digits.
        Span<char> buffer = stackalloc char[MaxText];
        if (!value.TryFormat(buffer, out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("double formatting needs more than " + MaxText + " characters");
        }

        var text = buffer[..length];

        // .NET's shortest search uses the wider upper gap on both sides of a power of two, so
        // for some (2**-25) "R" gives one digit too few: the text then does not round-trip, and
        // the shortest correctly rounded digits that do are taken instead.
        if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) != value)
        {
            for (var precision = 1; precision <= 17; precision++)
            {
                if (value.TryFormat(buffer, out length, "E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                    && double.Parse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture) == value)
                {
                    break;
                }
            }

            text = buffer[..length];
        }

        var exponent = 0;
        var e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var count = 0;
        var integerDigits = 0;
        var seenPoint = false;
        var leadingZeros = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                seenPoint = true;
                continue;
            }

            if (!seenPoint)
            {
                integerDigits++;
            }

            if (count == 0 && c == '0')
            {
                leadingZeros++;
                continue;
            }

            digits[count++] = c;
        }

        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }

        pointPosition = integerDigits + exponent - leadingZeros;
        return count;
    }
}
