using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>The computations behind int's named methods: bit_length, bit_count, to_bytes/from_bytes, round.</summary>
public static partial class PyInt
{
    /// <summary><c>i.bit_length()</c>: bits of |i|, without sign and leading zeros.</summary>
    public static long BitLength(PyValue v)
    {
        v = Unwrap(v);
        if (IsSmall(v))
        {
            var x = v._bits;
            var magnitude = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            return 64 - BitOperations.LeadingZeroCount(magnitude);
        }

        return (long)BigInteger.Abs(Big(v)).GetBitLength();
    }

    /// <summary><c>i.bit_count()</c>: the number of ones in |i|.</summary>
    public static long BitCount(PyValue v)
    {
        v = Unwrap(v);
        if (IsSmall(v))
        {
            var x = v._bits;
            var magnitude = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            return BitOperations.PopCount(magnitude);
        }

        var bytes = BigInteger.Abs(Big(v)).ToByteArray(isUnsigned: true);
        long count = 0;
        foreach (var b in bytes)
        {
            count += BitOperations.PopCount(b);
        }

        return count;
    }

    /// <summary>
    /// <c>i.to_bytes(length, byteorder, signed=...)</c>'s bytes (<c>_PyLong_AsByteArray</c>), or null
    /// with OverflowError "int too big to convert" / "can't convert negative int to unsigned".
    /// </summary>
    public static byte[]? ToBytes(ThreadState ts, PyValue v, long length, bool littleEndian, bool signed)
    {
        var x = Big(Unwrap(v));
        if (x.Sign < 0 && !signed)
        {
            ts.SetError(PyExc.OverflowError, "can't convert negative int to unsigned");
            return null;
        }

        // Two's complement needs bit_length + 1 bits when signed (the sign bit), bit_length when not.
        var needed = x.Sign < 0 ? (long)(-(x + 1)).GetBitLength() + 1 : x.IsZero ? 0 : (long)x.GetBitLength() + (signed ? 1 : 0);
        if (needed > length * 8)
        {
            ts.SetError(PyExc.OverflowError, "int too big to convert");
            return null;
        }

        if (length > Array.MaxLength)
        {
            ts.SetError(PyExc.MemoryError);
            return null;
        }

        var result = new byte[length];
        var raw = x.ToByteArray(isUnsigned: false, isBigEndian: false); // little-endian two's complement
        var fill = x.Sign < 0 ? (byte)0xFF : (byte)0;
        for (var i = 0; i < length; i++)
        {
            var b = i < raw.Length ? raw[i] : fill;
            result[littleEndian ? i : length - 1 - i] = b;
        }

        return result;
    }

    /// <summary><c>int.from_bytes(data, byteorder, signed=...)</c>'s value (<c>_PyLong_FromByteArray</c>).</summary>
    public static PyValue FromBytes(ReadOnlySpan<byte> data, bool littleEndian, bool signed) =>
        PyValue.FromBigInteger(new BigInteger(data, isUnsigned: !signed, isBigEndian: !littleEndian));

    /// <summary>
    /// <c>round(i, ndigits)</c> for ndigits &lt; 0: the nearest multiple of 10**-ndigits, ties to
    /// the even multiple (<c>long_round</c>'s divmod_near). Non-negative ndigits give i itself.
    /// </summary>
    public static PyValue Round(PyValue v, BigInteger ndigits)
    {
        var exact = Exact(v);
        if (ndigits.Sign >= 0)
        {
            return exact;
        }

        var x = Big(exact);
        var digits = BigInteger.Abs(x).IsZero ? 0 : (long)Math.Floor(BigInteger.Log10(BigInteger.Abs(x))) + 1;
        var k = -ndigits;
        if (k > digits + 1)
        {
            // |x| < 10**(k-1) <= 10**k / 2: rounds to 0 (computing 10**k could be enormous).
            return PyValue.FromInt64(0);
        }

        var pow = BigInteger.Pow(10, (int)k);
        var q = FloorDivMod(x, pow, out var r);
        var twice = r * 2;
        if (twice > pow || (twice == pow && !q.IsEven))
        {
            r -= pow;
        }

        return PyValue.FromBigInteger(x - r);
    }
}
