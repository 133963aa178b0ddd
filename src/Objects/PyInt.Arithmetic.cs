using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>int +, -, *, //, %, divmod, / with overflow promotion to BigInteger.</summary>
public static partial class PyInt
{
    private const string DivisionByZero = "division by zero";

    /// <summary>The result of an int64 operation that overflowed (counted for --jit-stats: a cold path).</summary>
    public static PyValue Promote(BigInteger value)
    {
        if (ObjectStats.Enabled)
        {
            ObjectStats.BigIntPromotions++;
        }

        return PyValue.FromBigInteger(value);
    }

    /// <summary><c>a + b</c>.</summary>
    public static PyValue Add(PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            long x = a._bits, y = b._bits, r = unchecked(x + y);
            // Overflow iff both operands have the sign the result lacks.
            return ((x ^ r) & (y ^ r)) >= 0 ? PyValue.FromInt64(r) : Promote((BigInteger)x + y);
        }

        return IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) + Big(b)) : PyValue.NotImplemented;
    }

    /// <summary><c>a - b</c>.</summary>
    public static PyValue Subtract(PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            long x = a._bits, y = b._bits, r = unchecked(x - y);
            return ((x ^ y) & (x ^ r)) >= 0 ? PyValue.FromInt64(r) : Promote((BigInteger)x - y);
        }

        return IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) - Big(b)) : PyValue.NotImplemented;
    }

    /// <summary><c>a * b</c>.</summary>
    public static PyValue Multiply(PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            var high = Math.BigMul(a._bits, b._bits, out var low);
            // The 128-bit product fits 64 bits iff the high half is the sign extension of the low half.
            return high == (low >> 63) ? PyValue.FromInt64(low) : Promote((BigInteger)a._bits * b._bits);
        }

        return IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) * Big(b)) : PyValue.NotImplemented;
    }

    /// <summary><c>a // b</c>: rounds toward negative infinity.</summary>
    public static PyValue FloorDivide(ThreadState ts, PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            long x = a._bits, y = b._bits;
            if (y == 0)
            {
                return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
            }

            if (y == -1)
            {
                return Negative(PyValue.FromInt64(x));
            }

            var q = x / y;
            // Truncation rounded toward zero; step down when the exact quotient was negative and inexact.
            return PyValue.FromInt64((x % y != 0 && (x ^ y) < 0) ? q - 1 : q);
        }

        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        var d = Big(b);
        return d.IsZero ? ts.SetError(PyExc.ZeroDivisionError, DivisionByZero) : PyValue.FromBigInteger(FloorDivMod(Big(a), d, out _));
    }

    /// <summary><c>a % b</c>: the result has the sign of b.</summary>
    public static PyValue Remainder(ThreadState ts, PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            long x = a._bits, y = b._bits;
            if (y == 0)
            {
                return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
            }

            if (y == -1)
            {
                return PyValue.FromInt64(0);
            }

            var r = x % y;
            return PyValue.FromInt64(r != 0 && (r ^ y) < 0 ? r + y : r);
        }

        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        var d = Big(b);
        if (d.IsZero)
        {
            return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
        }

        FloorDivMod(Big(a), d, out var mod);
        return PyValue.FromBigInteger(mod);
    }

    /// <summary><c>divmod(a, b)</c>: the tuple (a // b, a % b).</summary>
    public static PyValue DivMod(ThreadState ts, PyValue a, PyValue b)
    {
        PyValue quotient, remainder;
        if (IsSmall(a) && IsSmall(b))
        {
            quotient = FloorDivide(ts, a, b);
            if (quotient.IsError)
            {
                return quotient;
            }

            remainder = Remainder(ts, a, b);
        }
        else if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }
        else
        {
            var d = Big(b);
            if (d.IsZero)
            {
                return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
            }

            quotient = PyValue.FromBigInteger(FloorDivMod(Big(a), d, out var mod));
            remainder = PyValue.FromBigInteger(mod);
        }

        return PyValue.FromObject(new PyTuple([quotient, remainder]));
    }

    /// <summary>Floor division and the matching modulo of BigIntegers (divisor non-zero).</summary>
    internal static BigInteger FloorDivMod(BigInteger x, BigInteger y, out BigInteger mod)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
        {
            q -= 1;
            r += y;
        }

        mod = r;
        return q;
    }

    /// <summary>
    /// <c>a / b</c> for ints: the correctly rounded (half to even) double nearest the exact quotient,
    /// as CPython's <c>long_true_divide</c> guarantees; OverflowError when it exceeds the double range.
    /// </summary>
    public static PyValue TrueDivide(ThreadState ts, PyValue a, PyValue b)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            long x = a._bits, y = b._bits;
            if (y == 0)
            {
                return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
            }

            // Both operands exact as doubles: one IEEE division is correctly rounded.
            const long Exact = 1L << 53;
            if (x >= -Exact && x <= Exact && y >= -Exact && y <= Exact)
            {
                return PyValue.FromDouble((double)x / y);
            }
        }
        else if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        return TrueDivideBig(ts, Big(a), Big(b));
    }

    private static PyValue TrueDivideBig(ThreadState ts, BigInteger a, BigInteger b)
    {
        const int MantissaBits = 53;     // DBL_MANT_DIG
        const int MinExponent = -1021;   // DBL_MIN_EXP
        const int MaxExponent = 1024;    // DBL_MAX_EXP
        if (b.IsZero)
        {
            return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
        }

        var negate = (a.Sign < 0) != (b.Sign < 0);
        var n = BigInteger.Abs(a);
        var d = BigInteger.Abs(b);
        if (n.IsZero)
        {
            return PyValue.FromDouble(negate ? -0.0 : 0.0);
        }

        var diff = n.GetBitLength() - d.GetBitLength();
        if (diff > MaxExponent)
        {
            return ts.SetError(PyExc.OverflowError, "integer division result too large for a float");
        }

        if (diff < MinExponent - MantissaBits - 1)
        {
            return PyValue.FromDouble(negate ? -0.0 : 0.0);
        }

        // Scale n so the integer quotient has MantissaBits + 2 or + 3 bits (fewer significant ones
        // for subnormal results), remembering whether anything non-zero was discarded.
        var shift = Math.Max(diff, MinExponent) - MantissaBits - 2;
        var inexact = false;
        BigInteger scaled;
        if (shift <= 0)
        {
            scaled = n << (int)-shift;
        }
        else
        {
            inexact = BigInteger.TrailingZeroCount(n) < shift;
            scaled = n >> (int)shift;
        }

        var q = BigInteger.DivRem(scaled, d, out var r);
        inexact |= !r.IsZero;

        // Drop the bits below the double's precision at this exponent, rounding half to even
        // (the discarded remainder and division remainder decide ties).
        var extra = (int)(Math.Max(q.GetBitLength(), MinExponent - shift) - MantissaBits);
        var low = q & ((BigInteger.One << extra) - 1);
        q >>= extra;
        var half = BigInteger.One << (extra - 1);
        if (low > half || (low == half && (inexact || !q.IsEven)))
        {
            q += 1;
        }

        var result = Math.ScaleB((double)(long)q, (int)(shift + extra));
        if (double.IsInfinity(result))
        {
            return ts.SetError(PyExc.OverflowError, "integer division result too large for a float");
        }

        return PyValue.FromDouble(negate ? -result : result);
    }
}
