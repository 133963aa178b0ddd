using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>int ** int and three-argument pow.</summary>
public static partial class PyInt
{
    // A power whose result would need more bits than this raises MemoryError instead of trying.
    private const long MaxPowerBits = int.MaxValue;

    /// <summary>
    /// <c>a ** b</c>. A negative exponent gives a float (CPython hands both operands to float's
    /// power, so <c>0 ** -1</c> raises "zero to a negative power").
    /// </summary>
    public static PyValue Power(ThreadState ts, PyValue a, PyValue b)
    {
        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        a = Unwrap(a);
        b = Unwrap(b);

        if (IsSmall(b) ? b._bits < 0 : Big(b).Sign < 0)
        {
            if (!TryToDouble(ts, a, out var x) || !TryToDouble(ts, b, out var y))
            {
                return PyValue.Error;
            }

            return PyFloat.Power(ts, x, y);
        }

        if (IsSmall(a) && IsSmall(b) && TryPowSmall(a._bits, b._bits, out var small))
        {
            return PyValue.FromInt64(small);
        }

        var baseValue = Big(a);
        if (baseValue.IsZero || baseValue.IsOne)
        {
            return IsSmall(b) && b._bits == 0 ? PyValue.FromInt64(1) : PyValue.FromBigInteger(baseValue);
        }

        var exponent = Big(b);
        if (baseValue == BigInteger.MinusOne)
        {
            return PyValue.FromInt64(exponent.IsEven ? 1 : -1);
        }

        if (exponent > int.MaxValue || BigInteger.Abs(baseValue).GetBitLength() * (long)exponent > MaxPowerBits)
        {
            return ts.SetError(PyExc.MemoryError);
        }

        return PyValue.FromBigInteger(BigInteger.Pow(baseValue, (int)exponent));
    }

    // Square-and-multiply in 64 bits; false as soon as anything overflows.
    private static bool TryPowSmall(long x, long n, out long result)
    {
        result = 1;
        while (n > 0)
        {
            if ((n & 1) != 0)
            {
                var high = Math.BigMul(result, x, out var low);
                if (high != (low >> 63))
                {
                    return false;
                }

                result = low;
            }

            n >>= 1;
            if (n == 0)
            {
                break;
            }

            var h = Math.BigMul(x, x, out var sq);
            if (h != (sq >> 63))
            {
                return false;
            }

            x = sq;
        }

        return true;
    }

    /// <summary>
    /// <c>pow(a, b, m)</c> for ints: the result has m's sign; a negative b uses the modular inverse.
    /// NotImplemented if any operand is not an int.
    /// </summary>
    public static PyValue Power(ThreadState ts, PyValue a, PyValue b, PyValue m)
    {
        if (!IsInt(a) || !IsInt(b) || !IsInt(m))
        {
            return PyValue.NotImplemented;
        }

        var modulus = Big(m);
        if (modulus.IsZero)
        {
            return ts.SetError(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        }

        var mod = BigInteger.Abs(modulus);
        if (mod.IsOne)
        {
            return PyValue.FromInt64(0);
        }

        var baseValue = Big(a);
        var exponent = Big(b);
        if (exponent.Sign < 0)
        {
            if (!TryModInverse(baseValue, mod, out baseValue))
            {
                return ts.SetError(PyExc.ValueError, "base is not invertible for the given modulus");
            }

            exponent = -exponent;
        }

        FloorDivMod(baseValue, mod, out baseValue);
        var r = BigInteger.ModPow(baseValue, exponent, mod);
        if (modulus.Sign < 0 && !r.IsZero)
        {
            r += modulus;
        }

        return PyValue.FromBigInteger(r);
    }

    // Extended Euclid: x with a*x = 1 (mod m), m > 1.
    private static bool TryModInverse(BigInteger a, BigInteger m, out BigInteger inverse)
    {
        FloorDivMod(a, m, out var r0);
        BigInteger r1 = m, s0 = 1, s1 = 0;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var rem);
            (r0, r1) = (r1, rem);
            (s0, s1) = (s1, s0 - (q * s1));
        }

        if (!r0.IsOne)
        {
            inverse = default;
            return false;
        }

        FloorDivMod(s0, m, out inverse);
        return true;
    }
}
