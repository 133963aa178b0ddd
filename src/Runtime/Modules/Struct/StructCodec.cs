using System.Buffers.Binary;
using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>Packs values into and unpacks them from a <see cref="StructLayout"/>, with CPython's struct.error messages.</summary>
internal static class StructCodec
{
    public static bool Pack(ThreadState ts, StructLayout layout, ReadOnlySpan<PyValue> values, Span<byte> output)
    {
        output[..layout.Size].Clear();
        for (var i = 0; i < layout.Fields.Length; i++)
        {
            if (!PackField(ts, layout, layout.Fields[i], values[i], output))
            {
                return false;
            }
        }

        return true;
    }

    public static PyValue Unpack(StructLayout layout, ReadOnlySpan<byte> data)
    {
        var items = new PyValue[layout.Fields.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = UnpackField(layout, layout.Fields[i], data);
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private static PyValue Error(ThreadState ts, string message) => ts.SetError(StructModule.Error, message);

    private static bool PackField(ThreadState ts, StructLayout layout, StructField f, PyValue v, Span<byte> output)
    {
        var dest = output.Slice(f.Offset, f.Size);
        switch (f.Code)
        {
            case 's' or 'p':
                ReadOnlySpan<byte> data;
                if (v.AsObject is PyBytes b)
                {
                    data = b.Span;
                }
                else if (v.AsObject is PyByteArray ba)
                {
                    data = ba.Span;
                }
                else
                {
                    Error(ts, "argument for '" + f.Code + "' must be a bytes object");
                    return false;
                }

                if (f.Code == 's')
                {
                    data[..Math.Min(data.Length, f.Size)].CopyTo(dest);
                }
                else if (f.Size > 0)
                {
                    var n = Math.Min(Math.Min(data.Length, f.Size - 1), 255);
                    dest[0] = (byte)n;
                    data[..n].CopyTo(dest[1..]);
                }

                return true;
            case 'c':
                var one = v.AsObject switch
                {
                    PyBytes { Span.Length: 1 } cb => cb.Span[0],
                    PyByteArray { Span.Length: 1 } cba => cba.Span[0],
                    _ => -1,
                };
                if (one < 0)
                {
                    Error(ts, "char format requires a bytes object of length 1");
                    return false;
                }

                dest[0] = (byte)one;
                return true;
            case '?':
                var truth = PyOps.IsTrue(ts, v);
                dest[0] = (byte)(truth > 0 ? 1 : 0);
                return truth >= 0;
            case 'e' or 'f' or 'd':
                return PackFloat(ts, f.Code, v, layout.LittleEndian, dest);
            case 'F' or 'D':
                if (!TryComplex(ts, v, out var re, out var im))
                {
                    return false;
                }

                var half = f.Size / 2;
                var code = f.Code == 'F' ? 'f' : 'd';
                return PackFloat(ts, code, PyValue.FromDouble(re), layout.LittleEndian, dest[..half])
                    && PackFloat(ts, code, PyValue.FromDouble(im), layout.LittleEndian, dest[half..]);
            default:
                return PackInteger(ts, f, v, layout.LittleEndian, dest);
        }
    }

    private static bool IsUnsigned(char code) => code is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P';

    private static bool PackInteger(ThreadState ts, StructField f, PyValue v, bool little, Span<byte> dest)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            Error(ts, "required argument is not an integer");
            return false;
        }

        var index = PyOps.Index(ts, v);
        if (index.IsError)
        {
            return false;
        }

        var bits = f.Size * 8;
        var unsigned = IsUnsigned(f.Code);
        if (index.IsInt64 && f.Code != 'P' && InRange(index.AsInt64, bits, unsigned))
        {
            // The common case in 64-bit arithmetic; out-of-range values take the BigInteger path for
            // its error message.
            var small = (ulong)index.AsInt64;
            for (var k = 0; k < f.Size; k++)
            {
                dest[little ? k : f.Size - 1 - k] = (byte)(small >> (8 * k));
            }

            return true;
        }

        BigInteger value = index.IsInt64 ? index.RawBits : PyInt.TryGetBigInteger(index, out var big) ? big : 0;
        if (f.Code == 'P' && value.Sign < 0 && value >= -(BigInteger.One << 63))
        {
            value += BigInteger.One << 64;
        }

        var min = unsigned ? BigInteger.Zero : -(BigInteger.One << (bits - 1));
        var max = unsigned ? (BigInteger.One << bits) - 1 : (BigInteger.One << (bits - 1)) - 1;
        if (value < min || value > max)
        {
            Error(ts, "'" + f.Code + "' format requires " + min + " <= number <= " + max);
            return false;
        }

        var raw = (ulong)(value & ulong.MaxValue);
        for (var k = 0; k < f.Size; k++)
        {
            dest[little ? k : f.Size - 1 - k] = (byte)(raw >> (8 * k));
        }

        return true;
    }

    private static bool InRange(long value, int bits, bool unsigned)
    {
        if (unsigned)
        {
            return value >= 0 && (bits == 64 || value < (1L << bits));
        }

        return bits == 64 || (value >= -(1L << (bits - 1)) && value < (1L << (bits - 1)));
    }

    private static bool TryDouble(ThreadState ts, PyValue v, out double d)
    {
        d = 0;
        if (PyFloat.IsFloat(v))
        {
            d = PyFloat.AsDouble(v);
            return true;
        }

        if (PyInt.IsInt(v))
        {
            return PyInt.TryToDouble(ts, v, out d);
        }

        var slot = v.Type.ToFloat;
        if (slot is null)
        {
            if (v.Type.Index is null)
            {
                Error(ts, "required argument is not a float");
                return false;
            }

            var i = PyOps.Index(ts, v);
            return !i.IsError && PyInt.TryToDouble(ts, i, out d);
        }

        var r = slot(ts, v);
        if (r.IsError)
        {
            return false;
        }

        d = PyFloat.AsDouble(r);
        return true;
    }

    private static bool TryComplex(ThreadState ts, PyValue v, out double re, out double im)
    {
        im = 0;
        if (v.AsObject is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return true;
        }

        if (PyFloat.IsFloat(v) || PyInt.IsInt(v) || v.Type.ToFloat is not null || v.Type.Index is not null)
        {
            return TryDouble(ts, v, out re);
        }

        re = 0;
        Error(ts, "required argument is not a complex");
        return false;
    }

    private static bool PackFloat(ThreadState ts, char code, PyValue v, bool little, Span<byte> dest)
    {
        if (!TryDouble(ts, v, out var d))
        {
            return false;
        }

        switch (code)
        {
            case 'e':
                var h = (Half)d;
                if (Half.IsInfinity(h) && !double.IsInfinity(d))
                {
                    ts.SetError(PyExc.OverflowError, "float too large to pack with e format");
                    return false;
                }

                var hb = BitConverter.HalfToUInt16Bits(h);
                if (little)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(dest, hb);
                }
                else
                {
                    BinaryPrimitives.WriteUInt16BigEndian(dest, hb);
                }

                return true;
            case 'f':
                var s = (float)d;
                if (float.IsInfinity(s) && !double.IsInfinity(d))
                {
                    ts.SetError(PyExc.OverflowError, "float too large to pack with f format");
                    return false;
                }

                if (little)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(dest, s);
                }
                else
                {
                    BinaryPrimitives.WriteSingleBigEndian(dest, s);
                }

                return true;
            default:
                if (little)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(dest, d);
                }
                else
                {
                    BinaryPrimitives.WriteDoubleBigEndian(dest, d);
                }

                return true;
        }
    }

    private static PyValue UnpackField(StructLayout layout, StructField f, ReadOnlySpan<byte> data)
    {
        var src = data.Slice(f.Offset, f.Size);
        var little = layout.LittleEndian;
        switch (f.Code)
        {
            case 's':
                return PyBytes.From(src.ToArray());
            case 'p':
                var n = f.Size == 0 ? 0 : Math.Min(src[0], f.Size - 1);
                return PyBytes.From(src.Slice(f.Size == 0 ? 0 : 1, n).ToArray());
            case 'c':
                return PyBytes.From([src[0]]);
            case '?':
                return PyValue.FromBool(src[0] != 0);
            case 'e':
                var hb = little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src);
                return PyValue.FromDouble((double)BitConverter.UInt16BitsToHalf(hb));
            case 'f':
                return PyValue.FromDouble(ReadFloat(src, little));
            case 'd':
                return PyValue.FromDouble(ReadDouble(src, little));
            case 'F':
                return PyComplex.From(ReadFloat(src, little), ReadFloat(src[4..], little));
            case 'D':
                return PyComplex.From(ReadDouble(src, little), ReadDouble(src[8..], little));
        }

        ulong raw = 0;
        for (var k = 0; k < f.Size; k++)
        {
            raw |= (ulong)src[little ? k : f.Size - 1 - k] << (8 * k);
        }

        if (IsUnsigned(f.Code))
        {
            return raw <= long.MaxValue ? PyValue.FromInt64((long)raw) : PyValue.FromBigInteger(raw);
        }

        var shift = 64 - (8 * f.Size);
        return PyValue.FromInt64((long)(raw << shift) >> shift);
    }

    private static float ReadFloat(ReadOnlySpan<byte> src, bool little) =>
        little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src);

    private static double ReadDouble(ReadOnlySpan<byte> src, bool little) =>
        little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src);
}
