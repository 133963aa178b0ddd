using System.Numerics;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

internal static partial class ConstantFolder
{
    /// <summary>int/float/complex arithmetic with Python's coercions; null where Python raises.</summary>
    private static ConstantValue? Arith(int nbOp, ConstantValue l, ConstantValue r)
    {
        var li = ConstantOps.AsInteger(l);
        var ri = ConstantOps.AsInteger(r);
        if (li is { } a && ri is { } b)
        {
            return IntArith(nbOp, a, b);
        }

        if (l is ComplexConstant || r is ComplexConstant)
        {
            if (!TryComplex(l, out var lc) || !TryComplex(r, out var rc))
            {
                return null;
            }

            // 3.14's mixed-mode rules: a real operand is not widened to complex(x, 0.0), which
            // keeps the sign of zero parts (0 - 0j is -0j).
            if (l is not ComplexConstant)
            {
                return RealComplexArith(nbOp, lc.Real, rc);
            }

            if (r is not ComplexConstant)
            {
                return ComplexRealArith(nbOp, lc, rc.Real);
            }

            return ComplexArith(nbOp, lc, rc);
        }

        if (!TryFloat(l, out double x) || !TryFloat(r, out double y))
        {
            return null;
        }

        return FloatArith(nbOp, x, y);
    }

    private static bool TryFloat(ConstantValue v, out double d)
    {
        switch (v)
        {
            case FloatConstant f:
                d = f.Value;
                return true;
            case IntConstant or BoolConstant:
                d = ToDouble(ConstantOps.AsInteger(v)!.Value);
                return true;
        }

        d = 0;
        return false;
    }

    private static bool TryComplex(ConstantValue v, out Complex c)
    {
        if (v is ComplexConstant cc)
        {
            c = new Complex(cc.Real, cc.Imag);
            return true;
        }

        if (TryFloat(v, out double d))
        {
            c = new Complex(d, 0);
            return true;
        }

        c = default;
        return false;
    }

    /// <summary>int → float as Python's PyLong_AsDouble: round-half-even, OverflowError past double range.</summary>
    private static double ToDouble(BigInteger v)
    {
        double d = (double)v;
        if (double.IsInfinity(d))
        {
            throw new OverflowException("int too large to convert to float");
        }

        return d;
    }

    private static ConstantValue? IntArith(int nbOp, BigInteger a, BigInteger b)
    {
        switch (nbOp)
        {
            case BinaryOps.Add:
                return MakeInt(a + b);
            case BinaryOps.Subtract:
                return MakeInt(a - b);
            case BinaryOps.Multiply:
                return MakeInt(a * b);
            case BinaryOps.TrueDivide:
                return b.IsZero ? null : ConstantValue.FromFloat(TrueDivide(a, b));
            case BinaryOps.FloorDivide:
                return b.IsZero ? null : MakeInt(FloorDiv(a, b));
            case BinaryOps.Remainder:
                return b.IsZero ? null : MakeInt(a - (FloorDiv(a, b) * b));
        }

        return null;
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
        }

        return q;
    }

    /// <summary>Correctly rounded int/int (CPython's long_true_divide).</summary>
    private static double TrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }

        const long Exact = 1L << 53;
        if (a < Exact && b < Exact)
        {
            double q = (double)a / (double)b;
            return negative ? -q : q;
        }

        // Scale so the integer quotient has 55 or 56 bits, keep a sticky bit for the remainder,
        // then round to 53 bits half-even and scale back.
        long shift = 55 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        var num = shift >= 0 ? a << (int)shift : a;
        var den = shift >= 0 ? b : b << (int)-shift;
        var quotient = BigInteger.DivRem(num, den, out var remainder);
        int excess = (int)quotient.GetBitLength() - 53;
        var mantissa = quotient >> excess;
        var dropped = quotient - (mantissa << excess);
        var half = BigInteger.One << (excess - 1);
        if (dropped > half || (dropped == half && (!remainder.IsZero || !mantissa.IsEven)))
        {
            mantissa += 1;
        }
        else if (dropped == half && remainder.IsZero && mantissa.IsEven)
        {
            // exactly half, already even: keep
        }

        double result = Math.ScaleB((double)mantissa, (int)(excess - shift));
        if (double.IsInfinity(result))
        {
            throw new OverflowException("integer division result too large for a float");
        }

        return negative ? -result : result;
    }

    private static ConstantValue? FloatArith(int nbOp, double x, double y)
    {
        double r;
        switch (nbOp)
        {
            case BinaryOps.Add:
                r = x + y;
                break;
            case BinaryOps.Subtract:
                r = x - y;
                break;
            case BinaryOps.Multiply:
                r = x * y;
                break;
            case BinaryOps.TrueDivide:
                if (y == 0)
                {
                    return null;
                }

                r = x / y;
                break;
            case BinaryOps.Remainder:
                {
                    if (y == 0)
                    {
                        return null;
                    }

                    double mod = CMod(x, y);
                    if (mod != 0)
                    {
                        if ((y < 0) != (mod < 0))
                        {
                            mod += y;
                        }
                    }
                    else
                    {
                        mod = Math.CopySign(0.0, y);
                    }

                    r = mod;
                    break;
                }

            case BinaryOps.FloorDivide:
                {
                    if (y == 0)
                    {
                        return null;
                    }

                    double mod = CMod(x, y);
                    double div = (x - mod) / y;
                    if (mod != 0)
                    {
                        if ((y < 0) != (mod < 0))
                        {
                            div -= 1.0;
                        }
                    }

                    double floordiv;
                    if (div != 0)
                    {
                        floordiv = Math.Floor(div);
                        if (div - floordiv > 0.5)
                        {
                            floordiv += 1.0;
                        }
                    }
                    else
                    {
                        floordiv = Math.CopySign(0.0, x / y);
                    }

                    r = floordiv;
                    break;
                }

            case BinaryOps.Power:
                return FloatPow(x, y);
            default:
                return null;
        }

        return ConstantValue.FromFloat(r);
    }

    /// <summary>C's fmod.</summary>
    private static double CMod(double x, double y) => x % y;

    /// <summary>float ** float as CPython's float_pow, where the result is a float.</summary>
    private static ConstantValue? FloatPow(double iv, double iw)
    {
        if (iw == 0)
        {
            return ConstantValue.FromFloat(1.0);
        }

        if (double.IsNaN(iv))
        {
            return ConstantValue.FromFloat(iv);
        }

        if (double.IsNaN(iw))
        {
            return ConstantValue.FromFloat(iv == 1.0 ? 1.0 : iw);
        }

        if (iv == 0)
        {
            if (iw < 0)
            {
                return null; // ZeroDivisionError
            }

            bool oddInt = Math.Floor(iw) == iw && Math.Abs(iw % 2) == 1;
            return ConstantValue.FromFloat(oddInt ? iv : 0.0);
        }

        if (iv < 0 && Math.Floor(iw) != iw && !double.IsInfinity(iw))
        {
            return ComplexPow(new Complex(iv, 0), new Complex(iw, 0)); // float_pow defers to complex
        }

        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r) && !double.IsInfinity(iv) && !double.IsInfinity(iw))
        {
            return null; // OverflowError
        }

        return ConstantValue.FromFloat(r);
    }

    private static ConstantValue? ComplexArith(int nbOp, Complex a, Complex b)
    {
        switch (nbOp)
        {
            case BinaryOps.Add:
                return ConstantValue.FromComplex(a.Real + b.Real, a.Imaginary + b.Imaginary);
            case BinaryOps.Subtract:
                return ConstantValue.FromComplex(a.Real - b.Real, a.Imaginary - b.Imaginary);
            case BinaryOps.Multiply:
                return ConstantValue.FromComplex(
                    (a.Real * b.Real) - (a.Imaginary * b.Imaginary),
                    (a.Real * b.Imaginary) + (a.Imaginary * b.Real));
            case BinaryOps.TrueDivide:
                return ComplexDivide(a, b);
        }

        return null;
    }

    /// <summary>real op complex: CPython 3.14's <c>_Py_rc_diff</c>, <c>_Py_rc_quot</c>; + and * commute.</summary>
    private static ConstantValue? RealComplexArith(int nbOp, double a, Complex b)
    {
        switch (nbOp)
        {
            case BinaryOps.Add:
            case BinaryOps.Multiply:
                return ComplexRealArith(nbOp, b, a);
            case BinaryOps.Subtract:
                return ConstantValue.FromComplex(a - b.Real, -b.Imaginary);
            case BinaryOps.TrueDivide:
                return RealComplexDivide(a, b);
        }

        return null;
    }

    /// <summary>complex op real: CPython 3.14's <c>_Py_cr_sum</c>, <c>_Py_cr_diff</c>, <c>_Py_cr_prod</c>, <c>_Py_cr_quot</c>.</summary>
    private static ConstantValue? ComplexRealArith(int nbOp, Complex a, double b)
    {
        switch (nbOp)
        {
            case BinaryOps.Add:
                return ConstantValue.FromComplex(a.Real + b, a.Imaginary);
            case BinaryOps.Subtract:
                return ConstantValue.FromComplex(a.Real - b, a.Imaginary);
            case BinaryOps.Multiply:
                return ConstantValue.FromComplex(a.Real * b, a.Imaginary * b);
            case BinaryOps.TrueDivide:
                return b == 0 ? null : ConstantValue.FromComplex(a.Real / b, a.Imaginary / b);
        }

        return null;
    }

    /// <summary>Smith's algorithm with a real numerator, as <c>_Py_rc_quot</c>.</summary>
    private static ConstantValue? RealComplexDivide(double a, Complex b)
    {
        double absBr = Math.Abs(b.Real);
        double absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0)
            {
                return null;
            }

            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + (b.Imaginary * ratio);
            return ConstantValue.FromComplex(a / denom, (-a * ratio) / denom);
        }

        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = (b.Real * ratio) + b.Imaginary;
            return ConstantValue.FromComplex((a * ratio) / denom, -a / denom);
        }

        return ConstantValue.FromComplex(double.NaN, double.NaN);
    }

    /// <summary>
    /// complex ** complex as CPython's complex_pow: repeated squaring for an integral exponent
    /// up to 100 in size (c_powi), else the polar form of _Py_c_pow; null where Python raises.
    /// </summary>
    private static ConstantValue? ComplexPow(Complex a, Complex b)
    {
        double re;
        double im;
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            long n = (long)b.Real;
            var p = ComplexPowUnsigned(a, Math.Abs(n));
            if (n < 0)
            {
                if (p.Real == 0 && p.Imaginary == 0)
                {
                    return null; // ZeroDivisionError
                }

                return ComplexDivide(Complex.One, p) is ComplexConstant q && IsFiniteComplex(q.Real, q.Imag) ? q : null;
            }

            (re, im) = (p.Real, p.Imaginary);
        }
        else if (b.Real == 0 && b.Imaginary == 0)
        {
            (re, im) = (1.0, 0.0);
        }
        else if (a.Real == 0 && a.Imaginary == 0)
        {
            if (b.Imaginary != 0 || b.Real < 0)
            {
                return null; // ZeroDivisionError
            }

            (re, im) = (0.0, 0.0);
        }
        else
        {
            double vabs = double.Hypot(a.Real, a.Imaginary);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imaginary, a.Real);
            double phase = at * b.Real;
            if (b.Imaginary != 0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }

            re = len * Math.Cos(phase);
            im = len * Math.Sin(phase);
        }

        return IsFiniteComplex(re, im) ? ConstantValue.FromComplex(re, im) : null; // OverflowError
    }

    /// <summary>
    /// Overflow check of the result: a NaN from finite operands came from an infinity (CPython's
    /// product recovers it as one and raises OverflowError), so only finite results are folded.
    /// </summary>
    private static bool IsFiniteComplex(double re, double im) => double.IsFinite(re) && double.IsFinite(im);

    /// <summary>c_powu: binary exponentiation with the plain complex product.</summary>
    private static Complex ComplexPowUnsigned(Complex x, long n)
    {
        var r = Complex.One;
        var p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                r = Multiply(r, p);
            }

            p = Multiply(p, p);
        }

        return r;
    }

    private static Complex Multiply(Complex a, Complex b) =>
        new((a.Real * b.Real) - (a.Imaginary * b.Imaginary), (a.Real * b.Imaginary) + (a.Imaginary * b.Real));

    /// <summary>CPython's _Py_c_quot (Smith's algorithm).</summary>
    private static ConstantValue? ComplexDivide(Complex a, Complex b)
    {
        double absBr = Math.Abs(b.Real);
        double absBi = Math.Abs(b.Imaginary);
        double re;
        double im;
        if (absBr >= absBi)
        {
            if (absBr == 0)
            {
                return null;
            }

            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + (b.Imaginary * ratio);
            re = (a.Real + (a.Imaginary * ratio)) / denom;
            im = (a.Imaginary - (a.Real * ratio)) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = (b.Real * ratio) + b.Imaginary;
            re = ((a.Real * ratio) + a.Imaginary) / denom;
            im = ((a.Imaginary * ratio) - a.Real) / denom;
        }
        else
        {
            re = im = double.NaN;
        }

        return ConstantValue.FromComplex(re, im);
    }
}
