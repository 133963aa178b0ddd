namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Error-free float arithmetic for hypot, dist and sumprod, as CPython's mathmodule: the exact
/// product by fma (Dekker's mul), TwoSum, and the triple-length accumulator of sumprod.
/// </summary>
internal static class MathNorm
{
    private const double DblMin = 2.2250738585072014e-308;

    public readonly record struct DoubleLength(double Hi, double Lo);

    public readonly record struct TripleLength(double Hi, double Lo, double Tiny);

    /// <summary>Fast TwoSum: exact when |a| &gt;= |b|.</summary>
    public static DoubleLength FastSum(double a, double b)
    {
        var x = a + b;
        var z = x - a;
        return new DoubleLength(x, b - z);
    }

    /// <summary>TwoSum: x + y == a + b exactly, for any order of magnitudes.</summary>
    public static DoubleLength Sum(double a, double b)
    {
        var x = a + b;
        var z = x - a;
        var y = (a - (x - z)) + (b - z);
        return new DoubleLength(x, y);
    }

    /// <summary>The exact product x*y as hi + lo.</summary>
    public static DoubleLength Multiply(double x, double y)
    {
        var z = x * y;
        return new DoubleLength(z, Math.FusedMultiplyAdd(x, y, -z));
    }

    /// <summary>total + x*y in triple length (Ogita-Rump-Oishi algorithm 5.10, SumKVert with K=3).</summary>
    public static TripleLength Fma(double x, double y, TripleLength total)
    {
        var pr = Multiply(x, y);
        var sm = Sum(total.Hi, pr.Hi);
        var r1 = Sum(total.Lo, pr.Lo);
        var r2 = Sum(r1.Hi, sm.Lo);
        return new TripleLength(sm.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    public static double ToDouble(TripleLength total)
    {
        var last = Sum(total.Lo, total.Hi);
        return total.Tiny + last.Lo + last.Hi;
    }

    /// <summary>
    /// sqrt(sum(x*x for x in vec)) nearly always correctly rounded: power-of-two scaling, exact
    /// squares, compensated sums, and one differential correction of the square root.
    /// <paramref name="max"/> is the largest |x|; the entries are already absolute values.
    /// </summary>
    public static double VectorNorm(Span<double> vec, double max, bool foundNaN)
    {
        if (double.IsInfinity(max))
        {
            return max;
        }

        if (foundNaN)
        {
            return MathArgs.NaN;
        }

        if (max == 0.0 || vec.Length <= 1)
        {
            return max;
        }

        MathFloatParts.Frexp(max, out var maxE);
        if (maxE < -1023)
        {
            // ldexp(1.0, -maxE) would overflow: make the subnormals normal first.
            for (var i = 0; i < vec.Length; i++)
            {
                vec[i] /= DblMin;
            }

            return DblMin * VectorNorm(vec, max / DblMin, foundNaN);
        }

        var scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (var i = 0; i < vec.Length; i++)
        {
            var x = vec[i] * scale; // lossless
            var pr = Multiply(x, x);
            var sm = FastSum(csum, pr.Hi);
            csum = sm.Hi;
            frac1 += pr.Lo;
            frac2 += sm.Lo;
        }

        var h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var pr2 = Multiply(-h, h);
        var sm2 = FastSum(csum, pr2.Hi);
        csum = sm2.Hi;
        frac1 += pr2.Lo;
        frac2 += sm2.Lo;
        var correction = csum - 1.0 + (frac1 + frac2);
        h += correction / (2.0 * h);
        return h / scale;
    }
}
