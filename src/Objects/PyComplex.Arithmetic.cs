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

    /// <summary>
    /// <c>_Py_c_prod</c>: the schoolbook product, and when both parts come out NaN, C11 Annex G's
    /// recovery of the infinities (an infinite factor is "boxed" to ±1/±0 and NaNs beside it become 0).
    /// </summary>
    internal static (double Re, double Im) Product(double a, double b, double c, double d)
    {
        double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
        double x = ac - bd, y = ad + bc;
        if (!double.IsNaN(x) || !double.IsNaN(y))
        {
            return (x, y);
        }

        var recalc = false;
        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            a = Box(a);
            b = Box(b);
            c = NaNToZero(c);
            d = NaNToZero(d);
            recalc = true;
        }

        if (double.IsInfinity(c) || double.IsInfinity(d))
        {
            c = Box(c);
            d = Box(d);
            a = NaNToZero(a);
            b = NaNToZero(b);
            recalc = true;
        }

        if (!recalc && (double.IsInfinity(ac) || double.IsInfinity(bd) || double.IsInfinity(ad) || double.IsInfinity(bc)))
        {
            // Infinities from overflow: NaNs become zeros.
            a = NaNToZero(a);
            b = NaNToZero(b);
            c = NaNToZero(c);
            d = NaNToZero(d);
            recalc = true;
        }

        return recalc ? (double.PositiveInfinity * ((a * c) - (b * d)), double.PositiveInfinity * ((a * d) + (b * c))) : (x, y);
    }

    private static double Box(double v) => Math.CopySign(double.IsInfinity(v) ? 1.0 : 0.0, v);

    private static double NaNToZero(double v) => double.IsNaN(v) ? Math.CopySign(0.0, v) : v;

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

        // Only the infinite-divisor case is recovered here (an infinite dividend stays NaN, as in 3.14).
        if (double.IsNaN(rr) && double.IsNaN(ri) && (double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(a))
        {
            var x = Math.CopySign(double.IsInfinity(br) ? 1.0 : 0.0, br);
            var y = Math.CopySign(double.IsInfinity(bi) ? 1.0 : 0.0, bi);
            rr = 0.0 * (a * x);
            ri = 0.0 * (-a * y);
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

        var vabs = Hypot(ar, ai);
        var len = Math.Pow(vabs, br);
        var at = Math.Atan2(ai, ar);
        var phase = at * br;
        if (bi != 0.0)
        {
            len *= Math.Exp(-at * bi); // 3.14's form (not len / exp(at*bi)): results differ in the last bit
            phase += bi * Math.Log(vabs);
        }

        if (double.IsInfinity(phase))
        {
            error = MathError.Domain; // libm's cos/sin of an infinity set EDOM
        }

        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    // c_powu: x ** n for n >= 0 by repeated squaring, starting from 1 (so signs of zeros follow 1 * x).
    private static (double Re, double Im) PowerUnsigned(double xr, double xi, long n)
    {
        double pr = xr, pi = xi, rr = 1.0, ri = 0.0;
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

        var r = Hypot(re, im);
        overflow = !double.IsFinite(r);
        return r;
    }

    /// <summary>
    /// sqrt(x*x + y*y) without spurious overflow or underflow and within an ulp, the way glibc's
    /// hypot computes it (scaling far from 1, then one Newton-style correction of the square
    /// root), so results match CPython's on this platform bit for bit.
    /// </summary>
    internal static double Hypot(double x, double y)
    {
        var scale = Math.ScaleB(1.0, -600);
        var large = Math.ScaleB(1.0, 511);
        var tiny = Math.ScaleB(1.0, -511);
        var eps = Math.ScaleB(1.0, -54);
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            return double.IsInfinity(x) || double.IsInfinity(y) ? double.PositiveInfinity : x + y;
        }

        x = Math.Abs(x);
        y = Math.Abs(y);
        var ax = Math.Max(x, y);
        var ay = Math.Min(x, y);
        if (ax > large)
        {
            return ay <= ax * eps ? ax + ay : HypotKernel(ax * scale, ay * scale) / scale;
        }

        if (ay < tiny)
        {
            return ax >= ay / eps ? ax + ay : HypotKernel(ax / scale, ay / scale) * scale;
        }

        return ay <= ax * eps ? ax + ay : HypotKernel(ax, ay);
    }

    // ax >= ay > 0, both moderate: the rounded root, corrected by the residual of its square.
    private static double HypotKernel(double ax, double ay)
    {
        var h = Math.Sqrt((ax * ax) + (ay * ay));
        double t1, t2;
        if (h <= 2.0 * ay)
        {
            var delta = h - ay;
            t1 = ax * ((2.0 * delta) - ax);
            t2 = (delta - (2.0 * (ax - ay))) * delta;
        }
        else
        {
            var delta = h - ax;
            t1 = 2.0 * delta * (ax - (2.0 * ay));
            t2 = (((4.0 * delta) - ay) * ay) + (delta * delta);
        }

        return h - ((t1 + t2) / (2.0 * h));
    }
}
