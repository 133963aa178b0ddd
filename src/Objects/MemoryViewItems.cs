using System.Runtime.InteropServices;

namespace ProtoPython.Objects;

/// <summary>
/// The native single-character struct formats a memoryview item may have (CPython's
/// get_native_fmtchar, unpack_single and pack_single): native byte order and sizes of a 64-bit
/// platform.
/// </summary>
internal static class MemoryViewItems
{
    /// <summary>The item size of a native format ("B", "@q"...), or -1 when it is not one.</summary>
    public static int NativeItemSize(string format)
    {
        var f = format.Length == 2 && format[0] == '@' ? format.AsSpan(1) : format.AsSpan();
        if (f.Length != 1)
        {
            return -1;
        }

        return f[0] switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => -1,
        };
    }

    public static bool IsByteFormat(char c) => c is 'b' or 'B' or 'c';

    /// <summary>The Python value of one item.</summary>
    public static PyValue Unpack(ThreadState ts, char format, ReadOnlySpan<byte> item) => format switch
    {
        'B' => PyValue.FromInt64(item[0]),
        'b' => PyValue.FromInt64((sbyte)item[0]),
        'c' => PyBytes.From([item[0]]),
        '?' => PyValue.FromBool(item[0] != 0),
        'h' => PyValue.FromInt64(MemoryMarshal.Read<short>(item)),
        'H' => PyValue.FromInt64(MemoryMarshal.Read<ushort>(item)),
        'i' => PyValue.FromInt64(MemoryMarshal.Read<int>(item)),
        'I' => PyValue.FromInt64(MemoryMarshal.Read<uint>(item)),
        'l' or 'q' or 'n' => PyValue.FromInt64(MemoryMarshal.Read<long>(item)),
        'L' or 'Q' or 'N' or 'P' => FromUInt64(MemoryMarshal.Read<ulong>(item)),
        'f' => PyValue.FromDouble(MemoryMarshal.Read<float>(item)),
        'd' => PyValue.FromDouble(MemoryMarshal.Read<double>(item)),
        'e' => PyValue.FromDouble((double)MemoryMarshal.Read<Half>(item)),
        _ => ts.SetError(PyExc.NotImplementedError, "memoryview: format " + format + " not supported"),
    };

    private static PyValue FromUInt64(ulong v) =>
        v <= long.MaxValue ? PyValue.FromInt64((long)v) : PyValue.FromBigInteger(v);

    /// <summary>Writes <paramref name="value"/> as one item; false with CPython's TypeError/ValueError.</summary>
    public static bool Pack(ThreadState ts, string format, PyValue value, Span<byte> item)
    {
        var c = format[^1];
        switch (c)
        {
            case 'c':
                if (value.AsObject is not PyBytes b)
                {
                    return InvalidType(ts, format);
                }

                if (b.Length != 1)
                {
                    return InvalidValue(ts, format);
                }

                item[0] = b.Span[0];
                return true;
            case '?':
                var truth = PyOps.IsTrue(ts, value);
                if (truth < 0)
                {
                    return false;
                }

                item[0] = (byte)truth;
                return true;
            case 'f' or 'd' or 'e':
                if (!FloatType.TryAsDouble(ts, value, out var d))
                {
                    ts.ClearError();
                    return InvalidType(ts, format);
                }

                if (c == 'f')
                {
                    var single = (float)d;
                    if (float.IsInfinity(single) && !double.IsInfinity(d))
                    {
                        return InvalidValue(ts, format);
                    }

                    MemoryMarshal.Write(item, in single);
                }
                else if (c == 'd')
                {
                    MemoryMarshal.Write(item, in d);
                }
                else
                {
                    var half = (Half)d;
                    MemoryMarshal.Write(item, in half);
                }

                return true;
            default:
                return PackInteger(ts, format, c, value, item);
        }
    }

    private static bool PackInteger(ThreadState ts, string format, char c, PyValue value, Span<byte> item)
    {
        var index = PyOps.Index(ts, value);
        if (index.IsError)
        {
            if (!ts.ErrorMatches(PyExc.TypeError))
            {
                return false;
            }

            ts.ClearError();
            return InvalidType(ts, format);
        }

        PyInt.TryGetBigInteger(index, out var n);
        var unsigned = c is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P';
        var bits = item.Length * 8;
        var min = unsigned ? System.Numerics.BigInteger.Zero : -(System.Numerics.BigInteger.One << (bits - 1));
        var max = unsigned ? (System.Numerics.BigInteger.One << bits) - 1 : (System.Numerics.BigInteger.One << (bits - 1)) - 1;
        if (n < min || n > max)
        {
            return InvalidValue(ts, format);
        }

        var raw = unsigned ? (ulong)n : (ulong)(long)n;
        for (var i = 0; i < item.Length; i++)
        {
            item[BitConverter.IsLittleEndian ? i : item.Length - 1 - i] = (byte)(raw >> (8 * i));
        }

        return true;
    }

    private static bool InvalidType(ThreadState ts, string format)
    {
        ts.SetError(PyExc.TypeError, "memoryview: invalid type for format '" + format + "'");
        return false;
    }

    private static bool InvalidValue(ThreadState ts, string format)
    {
        ts.SetError(PyExc.ValueError, "memoryview: invalid value for format '" + format + "'");
        return false;
    }
}
