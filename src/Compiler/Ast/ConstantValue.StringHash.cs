using System.Buffers.Binary;
using System.Numerics;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// CPython's hash() of str and bytes as it is with PYTHONHASHSEED=0 (the setting our dis goldens
/// are recorded with): SipHash-1-3 with an all-zero key over the bytes of the value; a str is
/// hashed in its PEP 393 form (1, 2 or 4 bytes per code point, little-endian, chosen by its
/// largest code point). The runtime's seeded hash is a separate concern.
/// </summary>
public abstract partial class ConstantValue
{
    private static long HashStr(StrConstant s)
    {
        var codePoints = s.GetCodePoints();
        if (codePoints.Length == 0)
        {
            return 0;
        }

        var max = codePoints.Max();
        var width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        var bytes = new byte[codePoints.Length * width];
        for (var i = 0; i < codePoints.Length; i++)
        {
            switch (width)
            {
                case 1:
                    bytes[i] = (byte)codePoints[i];
                    break;
                case 2:
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), (ushort)codePoints[i]);
                    break;
                default:
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), codePoints[i]);
                    break;
            }
        }

        return HashBytes(bytes);
    }

    private static long HashBytes(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return 0;
        }

        return FixMinusOne((long)SipHash13ZeroKey(data));
    }

    private static ulong SipHash13ZeroKey(ReadOnlySpan<byte> data)
    {
        // The initialization constants of SipHash ("somepseudorandomlygeneratedbytes") with k0 = k1 = 0.
        ulong v0 = 0x736f6d6570736575UL, v1 = 0x646f72616e646f6dUL, v2 = 0x6c7967656e657261UL, v3 = 0x7465646279746573UL;
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
