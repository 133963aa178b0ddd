using System.Buffers.Binary;
using System.Numerics;

namespace ProtoPython.Objects.Hashing;

/// <summary>SipHash-1-3 (one compression round, three finalization rounds): CPython's str/bytes hash since 3.11.</summary>
public static class SipHash13
{
    /// <summary>The 64-bit SipHash-1-3 of <paramref name="data"/> under the key (k0, k1).</summary>
    public static ulong Compute(ulong k0, ulong k1, ReadOnlySpan<byte> data)
    {
        // "somepseudorandomlygeneratedbytes", xored with the key.
        ulong v0 = k0 ^ 0x736f6d6570736575UL, v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL, v3 = k1 ^ 0x7465646279746573UL;
        var length = data.Length;
        while (data.Length >= 8)
        {
            var m = BinaryPrimitives.ReadUInt64LittleEndian(data);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
            data = data[8..];
        }

        var last = (ulong)(length & 0xff) << 56;
        for (var i = 0; i < data.Length; i++)
        {
            last |= (ulong)data[i] << (8 * i);
        }

        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        unchecked
        {
            v0 += v1;
            v1 = BitOperations.RotateLeft(v1, 13);
            v1 ^= v0;
            v0 = BitOperations.RotateLeft(v0, 32);
            v2 += v3;
            v3 = BitOperations.RotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = BitOperations.RotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = BitOperations.RotateLeft(v1, 17);
            v1 ^= v2;
            v2 = BitOperations.RotateLeft(v2, 32);
        }
    }
}
