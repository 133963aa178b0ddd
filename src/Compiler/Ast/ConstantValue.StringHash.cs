using System.Buffers.Binary;
using ProtoPython.Objects.Hashing;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// CPython's hash() of str and bytes as it is with PYTHONHASHSEED=0 (the setting our dis goldens
/// are recorded with): SipHash-1-3 with an all-zero key over the bytes of the value; a str is
/// hashed in its PEP 393 form (1, 2 or 4 bytes per code point, little-endian, chosen by its
/// largest code point). The SipHash itself is the runtime's (ProtoPython.Objects.Hashing).
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

        return FixMinusOne((long)SipHash13.Compute(0, 0, data));
    }
}
