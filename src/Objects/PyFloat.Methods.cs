using System.Globalization;
using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>The computations behind float's methods: as_integer_ratio, round(x, n), hex.</summary>
public static partial class PyFloat
{
    /// <summary>Splits finite, non-zero <paramref name="x"/> into an odd-or-zero mantissa and an exponent: |x| = m * 2**e.</summary>
    internal static void Decompose(double x, out BigInteger mantissa, out int exponent)
    {
        var bits = BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
        var biased = (int)(bits >> 52);
        var fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        exponent = (biased == 0 ? 1 : biased) - 1075;
        if (m != 0)
        {
            var tz = BitOperations.TrailingZeroCount(m);
            m >>= tz;
            exponent += tz;
        }

        mantissa = m;
    }

    /// <summary><c>x.as_integer_ratio()</c>: the exact fraction in lowest terms with a positive denominator.</summary>
    public static PyValue AsIntegerRatio(ThreadState ts, double x)
    {
        if (double.IsInfinity(x))
        {
            return ts.SetError(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        }

        if (double.IsNaN(x))
        {
            return ts.SetError(PyExc.ValueError, "cannot convert NaN to integer ratio");
        }

        if (x == 0.0)
        {
            return PyValue.FromObject(new PyTuple([PyValue.FromInt64(0), PyValue.FromInt64(1)]));
        }

        Decompose(x, out var m, out var e);
        if (x < 0)
        {
            m = -m;
        }

        var numerator = e >= 0 ? m << e : m;
        var denominator = e >= 0 ? BigInteger.One : BigInteger.One << -e;
        return PyValue.FromObject(new PyTuple([PyValue.FromBigInteger(numerator), PyValue.FromBigInteger(denominator)]));
    }

    /// <summary>
    /// <c>round(x, ndigits)</c>: the double nearest to x correctly rounded (ties to even on x's
    /// exact value) to <paramref name="ndigits"/> decimal places, as CPython's double_round via
    /// dtoa mode 3. Infinities and NaN round to themselves; OverflowError when the rounded value overflows.
    /// </summary>
    public static PyValue Round(ThreadState ts, double x, long ndigits)
    {
        const int MaxDigits = 323;  // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
        const int MinDigits = -308; // -(DBL_MAX_EXP + 1) * log10(2)
        if (!double.IsFinite(x) || ndigits > MaxDigits)
        {
            return PyValue.FromDouble(x);
        }

        if (ndigits < MinDigits || x == 0.0)
        {
            return PyValue.FromDouble(0.0 * x);
        }

        Decompose(x, out var m, out var e);
        var n = (int)ndigits;
        var numerator = m;
        var denominator = BigInteger.One;
        if (e >= 0)
        {
            numerator <<= e;
        }
        else
        {
            denominator <<= -e;
        }

        if (n >= 0)
        {
            numerator *= BigInteger.Pow(10, n);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -n);
        }

        var q = BigInteger.DivRem(numerator, denominator, out var r);
        var twice = r << 1;
        if (twice > denominator || (twice == denominator && !q.IsEven))
        {
            q += 1;
        }

        var text = (x < 0 ? "-" : "") + q.ToString(CultureInfo.InvariantCulture) + "e" + (-n).ToString(CultureInfo.InvariantCulture);
        var rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsInfinity(rounded)
            ? ts.SetError(PyExc.OverflowError, "rounded value too large to represent")
            : PyValue.FromDouble(rounded);
    }

    /// <summary><c>round(x)</c>: the nearest int, ties to even; ValueError/OverflowError for NaN/infinities.</summary>
    public static PyValue RoundToInt(ThreadState ts, double x)
    {
        var rounded = Math.Round(x, MidpointRounding.ToEven);
        return PyInt.FromDouble(ts, rounded);
    }

    /// <summary><c>x.hex()</c>: <c>[-]0x1.&lt;13 hex digits&gt;p±e</c> (<c>0x0.</c> for subnormals), or inf/nan.</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }

        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(x) ? "-" : "";
        if (x == 0.0)
        {
            return sign + "0x0.0p+0";
        }

        var bits = BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
        var biased = (int)(bits >> 52);
        var fraction = bits & ((1L << 52) - 1);
        var lead = biased == 0 ? '0' : '1';
        var exponent = biased == 0 ? -1022 : biased - 1023;
        return sign + "0x" + lead + "." + fraction.ToString("x13", CultureInfo.InvariantCulture)
            + "p" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
