using System.Numerics;

namespace ProtoPython.Objects;

/// <summary><c>float.fromhex(s)</c> (CPython's float_fromhex): correctly rounded, ties to even.</summary>
public static partial class PyFloat
{
    private const string InvalidHex = "invalid hexadecimal floating-point string";

    /// <summary>Parses <c>[ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws]</c>.</summary>
    public static PyValue FromHex(ThreadState ts, string text)
    {
        var s = text;
        var i = 0;
        SkipWhite(s, ref i);
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        var rest = s.AsSpan(i);
        foreach (var word in (ReadOnlySpan<string>)["infinity", "inf", "nan"])
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var j = i + word.Length;
                SkipWhite(s, ref j);
                if (j != s.Length)
                {
                    return ts.SetError(PyExc.ValueError, InvalidHex);
                }

                var special = word == "nan" ? double.NaN : double.PositiveInfinity;
                return PyValue.FromDouble(negative ? -special : special);
            }
        }

        if (i + 1 < s.Length && s[i] == '0' && s[i + 1] is 'x' or 'X')
        {
            i += 2;
        }

        BigInteger mantissa = 0;
        long fractionDigits = 0;
        var digits = 0;
        var sawPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.' && !sawPoint)
            {
                sawPoint = true;
                continue;
            }

            var d = HexDigit(c);
            if (d < 0)
            {
                break;
            }

            mantissa = (mantissa << 4) | d;
            digits++;
            if (sawPoint)
            {
                fractionDigits++;
            }
        }

        if (digits == 0)
        {
            return ts.SetError(PyExc.ValueError, InvalidHex);
        }

        long exponent = 0;
        if (i < s.Length && s[i] is 'p' or 'P')
        {
            i++;
            var expNegative = false;
            if (i < s.Length && s[i] is '+' or '-')
            {
                expNegative = s[i] == '-';
                i++;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Saturate: anything this large over- or underflows regardless of the digits.
                exponent = exponent > 1_000_000_000_000L ? exponent : (exponent * 10) + (s[i] - '0');
                i++;
            }

            if (i == start)
            {
                return ts.SetError(PyExc.ValueError, InvalidHex);
            }

            if (expNegative)
            {
                exponent = -exponent;
            }
        }

        SkipWhite(s, ref i);
        if (i != s.Length)
        {
            return ts.SetError(PyExc.ValueError, InvalidHex);
        }

        var value = ScaleExact(mantissa, exponent - (4 * fractionDigits));
        if (double.IsInfinity(value))
        {
            return ts.SetError(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
        }

        return PyValue.FromDouble(negative ? -value : value);
    }

    private static void SkipWhite(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // m * 2**e (m >= 0) as the nearest double, ties to even; infinity when it overflows.
    private static double ScaleExact(BigInteger m, long e)
    {
        if (m.IsZero)
        {
            return 0.0;
        }

        var length = (long)m.GetBitLength();
        var top = length + e - 1; // exponent of the leading bit
        if (top > 1023)
        {
            return double.PositiveInfinity;
        }

        if (top < -1076)
        {
            return 0.0; // below half the smallest subnormal
        }

        var lsb = Math.Max(top - 52, -1074); // exponent of the last bit a double keeps here
        var shift = lsb - e;
        if (shift <= 0)
        {
            return Math.ScaleB((double)m, (int)e); // fits 53 bits: exact
        }

        var q = m >> (int)shift;
        var rem = m - (q << (int)shift);
        var half = BigInteger.One << (int)(shift - 1);
        if (rem > half || (rem == half && !q.IsEven))
        {
            q += 1;
        }

        return Math.ScaleB((double)q, (int)lsb);
    }
}
