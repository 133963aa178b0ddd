using System.Numerics;
using System.Text;

namespace ProtoPython.Objects.Formatting;

/// <summary>
/// Correctly rounded decimal digits of a double (the modes of David Gay's dtoa that CPython uses)
/// and CPython's <c>PyOS_double_to_string</c> layout over them (format codes e, f, g, r).
/// Exact: digits come from BigInteger arithmetic on the binary value, rounded half to even.
/// </summary>
internal static class FloatDigits
{
    /// <summary>CPython rejects larger precisions with "precision too big" (INT_MAX - 1024).</summary>
    public const long MaxPrecision = int.MaxValue - 1024;

    /// <summary>
    /// Checks a precision before formatting: ValueError past <see cref="MaxPrecision"/>, MemoryError
    /// past what a str can hold here.
    /// </summary>
    public static bool CheckPrecision(ThreadState ts, long precision)
    {
        if (precision > MaxPrecision)
        {
            ts.SetError(PyExc.ValueError, "precision too big");
            return false;
        }

        if (precision > StrType.MaxStrLength)
        {
            ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
            return false;
        }

        return true;
    }

    /// <summary>
    /// Digits (no trailing zeros) and decimal point position of a finite value &gt;= 0:
    /// value ~= 0.DIGITS × 10^decpt. Mode 0: shortest round-trip; 2: <paramref name="ndigits"/>
    /// significant; 3: <paramref name="ndigits"/> after the point ("" with decpt = -ndigits when that rounds to 0).
    /// </summary>
    public static string Digits(double value, int mode, int ndigits, out int decpt)
    {
        // A double's exact expansion has at most 1074 fractional and 767 significant digits:
        // past those, more requested digits are zeros and need no arithmetic.
        ndigits = Math.Min(ndigits, mode == 3 ? 1100 : 800);
        if (value == 0)
        {
            decpt = 1;
            return "0";
        }

        if (mode == 0)
        {
            Span<char> buffer = stackalloc char[32];
            var count = FloatRepr.ShortestDigits(value, buffer, out decpt);
            return new string(buffer[..count]);
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        if (mode == 3 && ndigits <= 19 && exponent <= 10)
        {
            return FixedDigits((ulong)mantissa, exponent, ndigits, out decpt);
        }

        BigInteger num = mantissa;
        var den = BigInteger.One;
        if (exponent >= 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }

        if (mode == 3)
        {
            var n = RoundDiv(num * BigInteger.Pow(10, ndigits), den);
            if (n.IsZero)
            {
                decpt = -ndigits;
                return "";
            }

            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            decpt = text.Length - ndigits;
            return text.TrimEnd('0');
        }

        // k = floor(log10(value)), estimated then corrected exactly.
        var k = (int)Math.Floor(Math.Log10(value));
        while (Compare(num, den, k) < 0)
        {
            k--;
        }

        while (Compare(num, den, k + 1) >= 0)
        {
            k++;
        }

        var scale = ndigits - 1 - k;
        var scaled = scale >= 0 ? RoundDiv(num * BigInteger.Pow(10, scale), den) : RoundDiv(num, den * BigInteger.Pow(10, -scale));
        if (scaled == BigInteger.Pow(10, ndigits))
        {
            scaled /= 10;
            k++;
        }

        decpt = k + 1;
        return scaled.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
    }

    /// <summary>
    /// <c>PyOS_double_to_string</c>: <paramref name="code"/> is e, f, g or r (lowercase), upper
    /// case letters when <paramref name="upper"/>. The result has a leading '-' for negative values.
    /// </summary>
    public static string Format(double value, char code, int precision, bool alternate, bool addDotZero, bool noNegativeZero, bool upper)
    {
        var sb = new StringBuilder();
        if (double.IsNaN(value))
        {
            return upper ? "NAN" : "nan";
        }

        var negative = double.IsNegative(value);
        if (double.IsInfinity(value))
        {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }

        int mode;
        switch (code)
        {
            case 'e':
                mode = 2;
                precision++;
                break;
            case 'f':
                mode = 3;
                break;
            case 'g':
                mode = 2;
                if (precision == 0)
                {
                    precision = 1;
                }

                break;
            default:
                mode = 0;
                precision = 17;
                break;
        }

        var digits = Digits(Math.Abs(value), mode, precision, out var decpt);
        if (negative && noNegativeZero && (digits.Length == 0 || digits == "0"))
        {
            negative = false;
        }

        var digitsLength = digits.Length;
        var end = digitsLength;
        var useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision))
                {
                    useExp = true;
                }

                if (alternate)
                {
                    end = precision;
                }

                break;
            default:
                useExp = decpt <= -4 || decpt > 16;
                break;
        }

        var exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }

        var start = decpt <= 0 ? decpt - 1 : 0;
        end = !useExp && addDotZero ? Math.Max(end, decpt + 1) : Math.Max(end, decpt);

        if (negative)
        {
            sb.Append('-');
        }

        if (decpt <= 0)
        {
            sb.Append('0', decpt - start).Append('.').Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -start);
        }

        if (decpt > 0 && decpt <= digitsLength)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLength - decpt);
        }
        else
        {
            sb.Append(digits);
        }

        if (digitsLength < decpt)
        {
            sb.Append('0', decpt - digitsLength).Append('.').Append('0', end - decpt);
        }
        else
        {
            sb.Append('0', end - digitsLength);
        }

        if (sb[^1] == '.' && !alternate)
        {
            sb.Length--;
        }

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            var magnitude = Math.Abs(exp);
            if (magnitude < 10)
            {
                sb.Append('0');
            }

            sb.Append(magnitude);
        }

        return upper ? sb.ToString().ToUpperInvariant() : sb.ToString();
    }

    private static readonly ulong[] s_powersOf10 = BuildPowersOf10();

    private static ulong[] BuildPowersOf10()
    {
        var table = new ulong[20];
        table[0] = 1;
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] * 10;
        }

        return table;
    }

    // Mode 3 in 128-bit arithmetic: mantissa * 10^ndigits < 2^53 * 2^64 and the shift keeps it under
    // 2^127, so mantissa * 2^exponent * 10^ndigits is rounded half to even exactly, as RoundDiv does.
    private static string FixedDigits(ulong mantissa, int exponent, int ndigits, out int decpt)
    {
        var scaled = (UInt128)mantissa * s_powersOf10[ndigits];
        UInt128 n;
        if (exponent >= 0)
        {
            n = scaled << exponent;
        }
        else if (-exponent >= 118)
        {
            n = 0; // scaled < 2^117: less than half a unit
        }
        else
        {
            var shift = -exponent;
            n = scaled >> shift;
            var rem = scaled - (n << shift);
            var half = (UInt128)1 << (shift - 1);
            if (rem > half || (rem == half && (n & 1) != 0))
            {
                n++;
            }
        }

        if (n == 0)
        {
            decpt = -ndigits;
            return "";
        }

        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        decpt = text.Length - ndigits;
        return text.TrimEnd('0');
    }

    // Sign of value - 10^k for value = num/den.
    private static int Compare(BigInteger num, BigInteger den, int k) =>
        k >= 0 ? num.CompareTo(den * BigInteger.Pow(10, k)) : (num * BigInteger.Pow(10, -k)).CompareTo(den);

    // num/den rounded half to even.
    private static BigInteger RoundDiv(BigInteger num, BigInteger den)
    {
        var q = BigInteger.DivRem(num, den, out var r);
        var twice = r * 2;
        var c = twice.CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q++;
        }

        return q;
    }
}
