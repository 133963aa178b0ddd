using System.Buffers.Binary;
using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// CPython's machine format codes of array pickles (enum machine_format_code, 0..21): the layout
/// of the bytes <c>_array_reconstructor</c> receives, so an array pickled on another platform
/// (other sizes or byte order) is rebuilt from its values.
/// </summary>
internal static class MachineFormats
{
    public const int Min = 0;
    public const int Max = 21;
    private const int Utf16Le = 18;
    private const int Utf32Le = 20;

    /// <summary>The code of this platform's items of <paramref name="code"/>.</summary>
    public static int Of(char code) => code switch
    {
        'B' => 0,
        'b' => 1,
        'H' => 2,
        'h' => 4,
        'I' => 6,
        'i' => 8,
        'L' or 'Q' => 10,
        'l' or 'q' => 12,
        'f' => 14,
        'd' => 16,
        _ => Utf32Le,
    };

    /// <summary>Integer formats 0..13: item size, signedness and byte order.</summary>
    private static (int Size, bool Signed, bool BigEndian) IntegerLayout(int mformat) =>
        mformat <= 1 ? (1, mformat == 1, false) : (1 << ((mformat - 2) / 4 + 1), ((mformat - 2) / 2) % 2 == 1, mformat % 2 == 1);

    /// <summary>
    /// The typecode and initializer (list or str) that rebuild an array from <paramref name="items"/>
    /// in a foreign format; integer formats pick the last typecode of the same size and signedness,
    /// as CPython does. Null with the exception set.
    /// </summary>
    public static (char Code, PyValue Initializer)? Convert(ThreadState ts, char code, int mformat, ReadOnlySpan<byte> items)
    {
        if (mformat >= Utf16Le)
        {
            var size = mformat < Utf32Le ? 2 : 4;
            var big = mformat % 2 == 1;
            var units = new List<int>();
            for (var i = 0; i + size <= items.Length; i += size)
            {
                var s = items.Slice(i, size);
                units.Add(size == 2
                    ? (big ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s))
                    : (big ? BinaryPrimitives.ReadInt32BigEndian(s) : BinaryPrimitives.ReadInt32LittleEndian(s)));
            }

            return (code, PyValue.FromObject(size == 2 ? new PyStr(CombinePairs(units)) : new PyStr(units.ToArray())));
        }

        var itemSize = mformat >= 14 ? (mformat < 16 ? 4 : 8) : IntegerLayout(mformat).Size;
        if (items.Length % itemSize != 0)
        {
            ts.SetError(PyExc.ValueError, "string length not a multiple of item size");
            return null;
        }

        var values = new PyValue[items.Length / itemSize];
        if (mformat >= 14)
        {
            var big = mformat % 2 == 1;
            for (var i = 0; i < values.Length; i++)
            {
                var s = items.Slice(i * itemSize, itemSize);
                values[i] = PyValue.FromDouble(itemSize == 4
                    ? (big ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s))
                    : (big ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s)));
            }

            return (code, PyValue.FromObject(PyList.FromValues(values)));
        }

        var (size2, signed, bigEndian) = IntegerLayout(mformat);
        for (var i = 0; i < values.Length; i++)
        {
            var n = new BigInteger(items.Slice(i * size2, size2), isUnsigned: !signed, isBigEndian: bigEndian);
            values[i] = PyValue.FromBigInteger(n);
        }

        var chosen = code;
        foreach (var c in ArrayItems.TypeCodes)
        {
            if (!ArrayItems.IsUnicode(c) && !ArrayItems.IsFloat(c) && ArrayItems.SizeOf(c) == size2 && char.IsLower(c) == signed)
            {
                chosen = c;
            }
        }

        return (chosen, PyValue.FromObject(PyList.FromValues(values)));
    }

    private static int[] CombinePairs(List<int> units)
    {
        var result = new List<int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u is >= 0xD800 and < 0xDC00 && i + 1 < units.Count && units[i + 1] is >= 0xDC00 and < 0xE000)
            {
                result.Add(0x10000 + ((u - 0xD800) << 10) + (units[++i] - 0xDC00));
            }
            else
            {
                result.Add(u);
            }
        }

        return [.. result];
    }
}
