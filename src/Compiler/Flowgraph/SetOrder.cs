using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// Reproduces the iteration order of a CPython set built by adding items one by one, so a
/// folded frozenset constant shows its items as CPython's would. Exact for ints, bools,
/// floats, None and tuples; str and bytes hash with SipHash-1-3 and a zero key, which is
/// CPython's hash with PYTHONHASHSEED=0 (with a random seed CPython's own order varies from
/// run to run).
/// </summary>
internal static class SetOrder
{
    private const long Modulus = (1L << 61) - 1;
    private const int PerturbShift = 5;
    private const int LinearProbes = 9;

    public static ImmutableArray<ConstantValue> Order(ConstantValue[] items)
    {
        // Python's equality merges 1, 1.0 and True: the first one added wins.
        var distinct = new List<ConstantValue>();
        foreach (var item in items)
        {
            if (!distinct.Any(d => PyEquals(d, item)))
            {
                distinct.Add(item);
            }
        }

        var hashes = new long[distinct.Count];
        for (int i = 0; i < distinct.Count; i++)
        {
            var h = Hash(distinct[i]);
            if (h is null)
            {
                return [.. distinct];
            }

            hashes[i] = h.Value;
        }

        // setobject.c: 8 slots, resized when fill*5 >= mask*3, linear probing of up to
        // LINEAR_PROBES slots, then perturbation. Replay the insertions.
        var table = Insert(distinct, hashes);
        return [.. table];
    }

    private static List<ConstantValue> Insert(List<ConstantValue> items, long[] hashes)
    {
        int mask = 7;
        var slots = new int[mask + 1];
        Array.Fill(slots, -1);
        int fill = 0;
        for (int i = 0; i < items.Count; i++)
        {
            Place(slots, mask, hashes[i], i);
            fill++;
            if (fill * 5 >= mask * 3)
            {
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                int newSize = 8;
                while (newSize <= minused)
                {
                    newSize <<= 1;
                }

                var old = slots;
                mask = newSize - 1;
                slots = new int[newSize];
                Array.Fill(slots, -1);
                foreach (var idx in old)
                {
                    if (idx >= 0)
                    {
                        Place(slots, mask, hashes[idx], idx);
                    }
                }
            }
        }

        return slots.Where(s => s >= 0).Select(s => items[s]).ToList();
    }

    private static void Place(int[] slots, int mask, long hash, int value)
    {
        ulong perturb = unchecked((ulong)hash);
        ulong i = unchecked((ulong)hash) & (ulong)mask;
        while (true)
        {
            if (slots[i] < 0)
            {
                slots[i] = value;
                return;
            }

            if (i + LinearProbes <= (ulong)mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (slots[i + (ulong)j] < 0)
                    {
                        slots[i + (ulong)j] = value;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & (ulong)mask;
        }
    }

    private static bool PyEquals(ConstantValue a, ConstantValue b)
    {
        // complex == number: equal parts (imaginary part zero for a real number).
        if (a is ComplexConstant || b is ComplexConstant)
        {
            return AsComplex(a) is { } ca && AsComplex(b) is { } cb && ca.Re == cb.Re && ca.Im == cb.Im;
        }

        if (ConstantOps.AsInteger(a) is { } ia && ConstantOps.AsInteger(b) is { } ib)
        {
            return ia == ib;
        }

        if (a is FloatConstant fa && (b is FloatConstant || ConstantOps.AsInteger(b) is not null))
        {
            return b is FloatConstant fb ? fa.Value == fb.Value : (double)ConstantOps.AsInteger(b)!.Value == fa.Value;
        }

        if (b is FloatConstant && ConstantOps.AsInteger(a) is not null)
        {
            return PyEquals(b, a);
        }

        return a.Equals(b);
    }

    private static (double Re, double Im)? AsComplex(ConstantValue v) => v switch
    {
        ComplexConstant c => (c.Real, c.Imag),
        FloatConstant f => (f.Value, 0.0),
        _ when ConstantOps.AsInteger(v) is { } i => ((double)i, 0.0),
        _ => null,
    };

    /// <summary>Python's hash() where it does not depend on the hash seed; null otherwise.</summary>
    internal static long? Hash(ConstantValue value)
    {
        switch (value)
        {
            case NoneConstant:
                return 0xFCA86420; // constant since 3.12
            case StrConstant str:
                return HashStr(str);
            case BytesConstant b:
                return HashBytes(b.Value.AsSpan());
            case BoolConstant b:
                return b.Value ? 1 : 0;
            case IntConstant i:
                return HashInt(i.Value);
            case FloatConstant f:
                return HashFloat(f.Value);
            case ComplexConstant c:
                {
                    // complex_hash: hash(real) + 1000003 * hash(imag), as a C long; -1 → -2.
                    if (HashFloat(c.Real) is not { } hr || HashFloat(c.Imag) is not { } hi)
                    {
                        return null;
                    }

                    long h = unchecked(hr + (1000003L * hi));
                    return h == -1 ? -2 : h;
                }
            case TupleConstant t:
                return HashTuple(t);
            default:
                return null;
        }
    }

    /// <summary>str hashes its PEP 393 storage: 1, 2 or 4 bytes per code point.</summary>
    private static long HashStr(StrConstant s)
    {
        var cps = s.GetCodePoints();
        int max = cps.Length == 0 ? 0 : cps.Max();
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        var data = new byte[cps.Length * kind];
        for (int i = 0; i < cps.Length; i++)
        {
            for (int k = 0; k < kind; k++)
            {
                data[(i * kind) + k] = (byte)(cps[i] >> (8 * k));
            }
        }

        return HashBytes(data);
    }

    private static long HashBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return 0;
        }

        long h = unchecked((long)SipHash13(data));
        return h == -1 ? -2 : h;
    }

    /// <summary>CPython's siphash13 with k0 = k1 = 0.</summary>
    private static ulong SipHash13(ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = 0x736f6d6570736575UL;
        ulong v1 = 0x646f72616e646f6dUL;
        ulong v2 = 0x6c7967656e657261UL;
        ulong v3 = 0x7465646279746573UL;
        int i = 0;
        for (; i + 8 <= src.Length; i += 8)
        {
            ulong mi = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(src.Slice(i, 8));
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }

        ulong t = 0;
        for (int k = src.Length - i - 1; k >= 0; k--)
        {
            t = (t << 8) | src[i + k];
        }

        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        unchecked
        {
            v0 += v1;
            v2 += v3;
            v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
            v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
            v0 = BitOperations.RotateLeft(v0, 32);
            v2 += v1;
            v0 += v3;
            v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
            v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
            v2 = BitOperations.RotateLeft(v2, 32);
        }
    }

    private static long HashInt(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % Modulus);
        if (v.Sign < 0)
        {
            r = -r;
        }

        return r == -1 ? -2 : r;
    }

    private static long? HashFloat(double v)
    {
        if (double.IsNaN(v))
        {
            return null;
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? 314159 : -314159;
        }

        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18)
        {
            return HashInt(new BigInteger(v));
        }

        // _Py_HashDouble for non-integral finite values.
        int sign = v < 0 ? -1 : 1;
        double m = Math.Abs(v);
        int e = 0;
        (m, e) = Frexp(m);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)Modulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)Modulus)
            {
                x -= (ulong)Modulus;
            }
        }

        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & (ulong)Modulus) | (x >> (61 - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    private static (double Mantissa, int Exponent) Frexp(double d)
    {
        if (d == 0)
        {
            return (0, 0);
        }

        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }

        int e = exp - 1022;
        double m = BitConverter.Int64BitsToDouble((bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52));
        return (m, e);
    }

    private static long? HashTuple(TupleConstant t)
    {
        // xxHash-based tuplehash of CPython 3.8+.
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in t.Items)
        {
            var h = Hash(item);
            if (h is null)
            {
                return null;
            }

            ulong lane = unchecked((ulong)h.Value);
            acc = unchecked(acc + (lane * prime2));
            acc = BitOperations.RotateLeft(acc, 31);
            acc = unchecked(acc * prime1);
        }

        acc = unchecked(acc + ((ulong)t.Items.Length ^ (prime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : unchecked((long)acc);
    }
}
