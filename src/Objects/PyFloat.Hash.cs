namespace ProtoPython.Objects;

/// <summary>hash(float), equal to CPython's <c>_Py_HashDouble</c> for every non-NaN value.</summary>
public static partial class PyFloat
{
    /// <summary>hash(inf); hash(-inf) is its negation.</summary>
    public const long HashInf = 314159;

    /// <summary>
    /// <c>hash(x)</c>: the value of x as a rational reduced mod 2^61 - 1, so integral floats hash like
    /// the equal int. NaN: CPython 3.10+ hashes a NaN by object identity; a float here has no
    /// identity beyond its bits, so NaN hashes from its bit pattern (equal NaN bits, equal hash).
    /// </summary>
    public static long Hash(double v)
    {
        if (double.IsNaN(v))
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            var h = (bits ^ (bits >>> 32)) & long.MaxValue;
            return h == -1 ? -2 : h;
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? HashInf : -HashInf;
        }

        const int Bits = 61;
        const long Modulus = PyInt.HashModulus;
        var sign = 1;
        if (v < 0)
        {
            sign = -1;
            v = -v;
        }

        // v = m * 2**e with 0.5 <= m < 1; feed m's bits in 28-bit chunks, rotating in the field.
        var m = FrExp(v, out var e);
        ulong x = 0;
        while (m != 0.0)
        {
            x = ((x << 28) & Modulus) | (x >> (Bits - 28));
            m *= 268435456.0; // 2**28
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus)
            {
                x -= Modulus;
            }
        }

        // Multiply by 2**e: a rotation by e mod 61 (2**61 == 1 in this field).
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | (x >> (Bits - e));
        var result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    // C's frexp for positive finite v: v = m * 2**e, 0.5 <= m < 1.
    private static double FrExp(double v, out int e)
    {
        if (v == 0.0)
        {
            e = 0;
            return 0.0;
        }

        e = Math.ILogB(v) + 1;
        return Math.ScaleB(v, -e);
    }

    private static long s_nanSerial;

    /// <summary>
    /// A NaN with a payload of its own. A float has no identity beyond its bits, but CPython's
    /// float('nan') objects are distinct: <c>float('nan') in [float('nan')]</c> is False while
    /// <c>x in [x]</c> is True, and each hashes by identity. Distinct quiet-NaN payloads give
    /// every parsed NaN that identity (the hardware's default NaN has payload 0, never used here).
    /// </summary>
    public static double FreshNaN(bool negative)
    {
        const long quietNaN = 0x7FF8_0000_0000_0000;
        const long payloadMask = 0x0007_FFFF_FFFF_FFFF;
        // Serials start at 1; 2^51 of them never wrap in practice (0 would be the default NaN).
        var payload = Interlocked.Increment(ref s_nanSerial) & payloadMask;
        if (payload == 0)
        {
            payload = 1;
        }

        var bits = quietNaN | payload | (negative ? long.MinValue : 0);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
