namespace ProtoPython.Objects;

/// <summary>
/// The complex kernels on (re, im) pairs, with CPython's algorithms: Smith's division with C11
/// Annex G's recovery of infinities and zeros, repeated squaring for small integer powers, and
/// 3.14's mixed-mode rules where a real operand is not first made complex (so signs of zero and
/// infinities in the other part survive).
/// </summary>
public partial class PyComplex
{
    /// <summary>The failure of a kernel: EDOM (a zero divisor or zero base) or ERANGE (overflow).</summary>
    internal enum MathError
    {
        None,
        Domain,
        Range,
    }

    internal static (double Re, double Im) Product(double ar, double ai, double br, double bi) =>
        ((ar * br) - (ai * bi), (ar * bi) + (ai * br));

    /// <summary><c>_Py_c_quot</c>: a / b; Domain for b == 0.</summary>
    internal static (double Re, double Im) Quotient(double ar, double ai, double br, double bi, ref MathError error)
    {
        double rr, ri;
        var absBr = Math.Abs(br);
        var absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                error = MathError.Domain;
                return (0.0, 0.0);
            }

            var ratio = bi / br;
            var denom = br + (bi * ratio);
            rr = (ar + (ai * ratio)) / denom;
            ri = (ai - (ar * ratio)) / denom;
        }
        else if (absBi >= absBr)
        {
            var ratio = br / bi;
            var denom = (br * ratio) + bi;
            rr = ((ar * ratio) + ai) / denom;
            ri = ((ai * ratio) - ar) / denom;
        }
        else
        {
            rr = ri = double.NaN; // a NaN in b
        }

        // Recover infinities and zeros that computed as nan+nanj (C11 Annex G.5.2, _Cdivd).
        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            if ((double.IsInfinity(ar) || double.IsInfinity(ai)) && double.IsFinite(br) && double.IsFinite(bi))
            {
                var x = Math.CopySign(double.IsInfinity(ar) ? 1.0 : 0.0, ar);
                var y = Math.CopySign(double.IsInfinity(ai) ? 1.0 : 0.0, ai);
                rr = double.PositiveInfinity * ((x * br) + (y * bi));
                ri = double.PositiveInfinity * ((y * br) - (x * bi));
            }
            else if ((double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(ar) && double.IsFinite(ai))
            {
                var x = Math.CopySign(double.IsInfinity(br) ? 1.0 : 0.0, br);
                var y = Math.CopySign(double.IsInfinity(bi) ? 1.0 : 0.0, bi);
                rr = 0.0 * ((ar * x) + (ai * y));
                ri = 0.0 * ((ai * x) - (ar * y));
            }
        }

        return (rr, ri);
    }

    /// <summary><c>_Py_rc_quot</c>: real a / complex b.</summary>
    internal static (double Re, double Im) RealQuotient(double a, double br, double bi, ref MathError error)
    {
        double rr, ri;
        var absBr = Math.Abs(br);
        var absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                error = MathError.Domain;
                return (0.0, 0.0);
            }

            var ratio = bi / br;
            var denom = br + (bi * ratio);
            rr = a / denom;
            ri = (-a * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            var ratio = br / bi;
            var denom = (br * ratio) + bi;
            rr = (a * ratio) / denom;
            ri = -a / denom;
        }
        else
        {
            rr = ri = double.NaN;
        }

        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            if (double.IsInfinity(a) && double.IsFinite(br) && double.IsFinite(bi))
            {
                var x = Math.CopySign(1.0, a);
                rr = double.PositiveInfinity * (x * br);
                ri = double.PositiveInfinity * (-x * bi);
            }
            else if ((double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(a))
            {
                var x = Math.CopySign(double.IsInfinity(br) ? 1.0 : 0.0, br);
                var y = Math.CopySign(double.IsInfinity(bi) ? 1.0 : 0.0, bi);
                rr = 0.0 * (a * x);
                ri = 0.0 * (-a * y);
            }
        }

        return (rr, ri);
    }

    /// <summary><c>_Py_c_pow</c>: a ** b through polar form; Domain for 0 to a negative or complex power.</summary>
    internal static (double Re, double Im) Power(double ar, double ai, double br, double bi, ref MathError error)
    {
        if (br == 0.0 && bi == 0.0)
        {
            return (1.0, 0.0);
        }

        if (ar == 0.0 && ai == 0.0)
        {
            if (bi != 0.0 || br < 0.0)
            {
                error = MathError.Domain;
            }

            return (0.0, 0.0);
        }

        var vabs = double.Hypot(ar, ai);
        var len = Math.Pow(vabs, br);
        var at = Math.Atan2(ai, ar);
        var phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }

        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    // c_powu: x ** n for n >= 0 by repeated squaring, starting from x itself (not 1) when n > 0.
    private static (double Re, double Im) PowerUnsigned(double xr, double xi, long n)
    {
        double pr = xr, pi = xi;
        double rr, ri;
        if (n == 0)
        {
            (rr, ri) = (1.0, 0.0);
        }
        else
        {
            (rr, ri) = (pr, pi);
            n--;
        }

        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                (rr, ri) = Product(rr, ri, pr, pi);
            }

            (pr, pi) = Product(pr, pi, pr, pi);
        }

        return (rr, ri);
    }

    /// <summary>
    /// <c>complex_pow</c>'s choice: an integral real exponent of magnitude at most 100 uses
    /// repeated squaring (1 / x**-n for negative n), anything else the polar form. Range when a
    /// part of the result is infinite.
    /// </summary>
    internal static (double Re, double Im) PowerOf(double ar, double ai, double br, double bi, ref MathError error)
    {
        (double Re, double Im) p;
        if (bi == 0.0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            var n = (long)br;
            if (n < 0)
            {
                var (ur, ui) = PowerUnsigned(ar, ai, -n);
                p = Quotient(1.0, 0.0, ur, ui, ref error);
            }
            else
            {
                p = PowerUnsigned(ar, ai, n);
            }
        }
        else
        {
            p = Power(ar, ai, br, bi, ref error);
        }

        if (error == MathError.None && (double.IsInfinity(p.Re) || double.IsInfinity(p.Im)))
        {
            error = MathError.Range;
        }

        return p;
    }

    /// <summary><c>_Py_c_abs</c>: an infinite part gives inf even beside a NaN; Range when finite parts overflow.</summary>
    internal static double Abs(double re, double im, out bool overflow)
    {
        overflow = false;
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re))
            {
                return Math.Abs(re);
            }

            return double.IsInfinity(im) ? Math.Abs(im) : double.NaN;
        }

        var r = double.Hypot(re, im);
        overflow = !double.IsFinite(r);
        return r;
    }
}
