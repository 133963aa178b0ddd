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

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var exponent = pointPosition - 1;
        if (exponent < -4 || exponent >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('e').Append(exponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                sb.Append('0');
            }

            sb.Append(magnitude.ToString(CultureInfo.InvariantCulture));
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
            sb.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The shortest round-trip significant digits of a finite non-negative value (no leading or
    /// trailing zeros; "0" for zero) and where the decimal point goes: value = 0.DIGITS × 10^point.
    /// </summary>
    internal static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        if (value == 0)
        {
            return ("0", 1);
        }

        // "R" gives either "123.45" or "1.2345E+20"-style text with the shortest digits.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? text[..dot] : text;
        var fracPart = dot >= 0 ? text[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var point = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        point -= lead;
        all = all.TrimEnd('0');
        return (all.Length == 0 ? "0" : all, point);
    }
}
