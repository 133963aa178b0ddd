using System.Numerics;
using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The item codecs of array.array: a Python value to the C item bytes (with CPython's conversion
/// messages, which differ per typecode as its setitem functions use different converters) and back.
/// Items are little-endian native values of a 64-bit Linux build (long = 8 bytes, wchar_t = 4).
/// </summary>
internal static class ArrayItems
{
    public const string TypeCodes = "bBuwhHiIlLqQfd";

    /// <summary>The item size of <paramref name="code"/>, 0 for an unknown typecode.</summary>
    public static int SizeOf(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'u' or 'w' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'd' => 8,
        _ => 0,
    };

    public static bool IsUnicode(char code) => code is 'u' or 'w';

    public static bool IsFloat(char code) => code is 'f' or 'd';

    /// <summary>The item at <paramref name="item"/> (its first byte) as a Python value.</summary>
    public static PyValue Get(char code, ref byte item)
    {
        switch (code)
        {
            case 'b': return PyValue.FromInt64((sbyte)item);
            case 'B': return PyValue.FromInt64(item);
            case 'h': return PyValue.FromInt64(Unsafe.ReadUnaligned<short>(ref item));
            case 'H': return PyValue.FromInt64(Unsafe.ReadUnaligned<ushort>(ref item));
            case 'i': return PyValue.FromInt64(Unsafe.ReadUnaligned<int>(ref item));
            case 'I': return PyValue.FromInt64(Unsafe.ReadUnaligned<uint>(ref item));
            case 'l' or 'q': return PyValue.FromInt64(Unsafe.ReadUnaligned<long>(ref item));
            case 'L' or 'Q':
                var u = Unsafe.ReadUnaligned<ulong>(ref item);
                return u <= long.MaxValue ? PyValue.FromInt64((long)u) : PyValue.FromBigInteger(u);
            case 'f': return PyValue.FromDouble(Unsafe.ReadUnaligned<float>(ref item));
            case 'd': return PyValue.FromDouble(Unsafe.ReadUnaligned<double>(ref item));
            default:
                var cp = Unsafe.ReadUnaligned<int>(ref item);
                return PyValue.FromObject(new PyStr([cp]));
        }
    }

    /// <summary>Converts <paramref name="v"/> into the item at <paramref name="item"/>; false with the exception set.</summary>
    public static bool TrySet(ThreadState ts, char code, PyValue v, ref byte item)
    {
        if (IsUnicode(code))
        {
            if (v.AsObject is not PyStr s || s.Length != 1)
            {
                ts.SetError(PyExc.TypeError, "array item must be a unicode character, not "
                    + (v.AsObject is PyStr str ? "a string of length " + str.Length : v.Type.Name));
                return false;
            }

            Unsafe.WriteUnaligned(ref item, s[0]);
            return true;
        }

        if (IsFloat(code))
        {
            if (!MathArgs.TryToDouble(ts, v, out var d))
            {
                return false;
            }

            if (code == 'f')
            {
                Unsafe.WriteUnaligned(ref item, (float)d);
            }
            else
            {
                Unsafe.WriteUnaligned(ref item, d);
            }

            return true;
        }

        var i = PyOps.Index(ts, v);
        if (i.IsError)
        {
            return false;
        }

        long n;
        if (i.IsInt64)
        {
            n = i.RawBits;
        }
        else
        {
            PyInt.TryGetBigInteger(i, out var big);
            return SetBig(ts, code, big, ref item);
        }

        switch (code)
        {
            case 'b':
                if (!InRange(ts, n, short.MinValue, short.MaxValue, "signed short integer") || !InRange(ts, n, sbyte.MinValue, sbyte.MaxValue, "signed char"))
                {
                    return false;
                }

                item = (byte)(sbyte)n;
                return true;
            case 'B':
                if (!InRange(ts, n, byte.MinValue, byte.MaxValue, "unsigned byte integer"))
                {
                    return false;
                }

                item = (byte)n;
                return true;
            case 'h':
                if (!InRange(ts, n, short.MinValue, short.MaxValue, "signed short integer"))
                {
                    return false;
                }

                Unsafe.WriteUnaligned(ref item, (short)n);
                return true;
            case 'H':
                if (!InRange(ts, n, int.MinValue, int.MaxValue, "signed integer") || !InRange(ts, n, ushort.MinValue, ushort.MaxValue, "unsigned short"))
                {
                    return false;
                }

                Unsafe.WriteUnaligned(ref item, (ushort)n);
                return true;
            case 'i':
                if (!InRange(ts, n, int.MinValue, int.MaxValue, "signed integer"))
                {
                    return false;
                }

                Unsafe.WriteUnaligned(ref item, (int)n);
                return true;
            case 'I':
                if (n < 0)
                {
                    ts.SetError(PyExc.OverflowError, "can't convert negative value to unsigned int");
                    return false;
                }

                if (n > uint.MaxValue)
                {
                    ts.SetError(PyExc.OverflowError, "unsigned int is greater than maximum");
                    return false;
                }

                Unsafe.WriteUnaligned(ref item, (uint)n);
                return true;
            case 'L' or 'Q':
                if (n < 0)
                {
                    ts.SetError(PyExc.OverflowError, code == 'L' ? "can't convert negative value to unsigned int" : "can't convert negative int to unsigned");
                    return false;
                }

                Unsafe.WriteUnaligned(ref item, n);
                return true;
            default:
                Unsafe.WriteUnaligned(ref item, n);
                return true;
        }
    }

    // Ints past 64 bits: only 'L' and 'Q' take some of them; every code has its own message.
    private static bool SetBig(ThreadState ts, char code, BigInteger big, ref byte item)
    {
        if (code is 'L' or 'Q' && big.Sign > 0 && big <= ulong.MaxValue)
        {
            Unsafe.WriteUnaligned(ref item, (ulong)big);
            return true;
        }

        if (code == 'I' && big.Sign > 0 && big <= ulong.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "unsigned int is greater than maximum");
            return false;
        }

        var message = code switch
        {
            'q' => "int too big to convert",
            'Q' => big.Sign < 0 ? "can't convert negative int to unsigned" : "int too big to convert",
            'I' or 'L' => big.Sign < 0 ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long",
            _ => "Python int too large to convert to C long",
        };
        ts.SetError(PyExc.OverflowError, message);
        return false;
    }

    private static bool InRange(ThreadState ts, long n, long min, long max, string what)
    {
        if (n < min)
        {
            ts.SetError(PyExc.OverflowError, what + " is less than minimum");
            return false;
        }

        if (n > max)
        {
            ts.SetError(PyExc.OverflowError, what + " is greater than maximum");
            return false;
        }

        return true;
    }
}
