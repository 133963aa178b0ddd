using System.Numerics;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// Python's <c>==</c> and <c>hash()</c> between constants, for folding that must treat
/// <c>1</c>, <c>1.0</c> and <c>True</c> as one value (set displays, duplicate mapping-pattern keys).
/// </summary>
public abstract partial class ConstantValue
{
    /// <summary>sys.hash_info.modulus: 2**61 - 1.</summary>
    private const ulong HashModulus = (1UL << 61) - 1;

    private const int HashBits = 61;

    /// <summary>Python's <c>self == other</c> (numbers across bool/int/float/complex; NaN is never equal).</summary>
    public bool PythonEquals(ConstantValue other)
    {
        if (IsNumber(this) && IsNumber(other))
        {
            return NumbersEqual(this, other);
        }

        switch (this)
        {
            case TupleConstant t when other is TupleConstant u:
                if (t.Items.Length != u.Items.Length)
                {
                    return false;
                }

                for (var i = 0; i < t.Items.Length; i++)
                {
                    if (!t.Items[i].PythonEquals(u.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case FrozenSetConstant s when other is FrozenSetConstant r:
                return s.Items.Length == r.Items.Length && s.Items.All(x => r.Items.Any(x.PythonEquals));
            default:
                // None, Ellipsis, str, bytes: equal exactly when the constant keys are.
                return Equals(other);
        }
    }

    /// <summary>
    /// CPython's <c>hash()</c>: for None, bool, int, float, complex, tuples and frozensets
    /// exactly; for str and bytes as CPython computes it with PYTHONHASHSEED=0. NaN hashes to 0
    /// and Ellipsis to a constant of ours (CPython uses the object's address). Always consistent
    /// with <see cref="PythonEquals"/>.
    /// </summary>
    public long PythonHash()
    {
        switch (this)
        {
            case NoneConstant:
                return 0xFCA86420;
            case BoolConstant b:
                return b.Value ? 1 : 0;
            case IntConstant i:
                return HashInt(i.Value);
            case FloatConstant f:
                return HashFloat(f.Value);
            case ComplexConstant c:
                return FixMinusOne((long)unchecked((ulong)HashFloat(c.Real) + (1000003UL * (ulong)HashFloat(c.Imag))));
            case TupleConstant t:
                return HashTuple(t);
            case FrozenSetConstant s:
                return HashFrozenSet(s);
            case StrConstant s:
                return HashStr(s);
            case BytesConstant b:
                return HashBytes(b.Value.AsSpan());
            default:
                return GetHashCode();
        }
    }

    private static bool IsNumber(ConstantValue v) => v.Kind is ConstantKind.Bool or ConstantKind.Int or ConstantKind.Float or ConstantKind.Complex;

    private static bool NumbersEqual(ConstantValue a, ConstantValue b)
    {
        var (aRe, aIm) = Parts(a);
        var (bRe, bIm) = Parts(b);
        return RealEqual(aRe, bRe) && RealEqual(aIm, bIm);
    }

    /// <summary>A number's real and imaginary parts, each a BigInteger or a double.</summary>
    private static (object Real, object Imag) Parts(ConstantValue v) => v switch
    {
        BoolConstant b => (new BigInteger(b.Value ? 1 : 0), BigInteger.Zero),
        IntConstant i => (i.Value, BigInteger.Zero),
        FloatConstant f => (f.Value, BigInteger.Zero),
        ComplexConstant c => (c.Real, c.Imag),
        _ => throw new InvalidOperationException("not a number"),
    };

    private static bool RealEqual(object a, object b) => (a, b) switch
    {
        (BigInteger x, BigInteger y) => x == y,
        (double x, double y) => x == y,
        (BigInteger x, double y) => IntEqualsFloat(x, y),
        (double x, BigInteger y) => IntEqualsFloat(y, x),
        _ => false,
    };

    // Exact, as Python compares int with float: no rounding of the int to a double.
    private static bool IntEqualsFloat(BigInteger i, double d) =>
        double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == i;

    private static long FixMinusOne(long h) => h == -1 ? -2 : h;

    private static long HashInt(BigInteger value)
    {
        var r = (long)(ulong)(BigInteger.Abs(value) % HashModulus);
        return FixMinusOne(value.Sign < 0 ? -r : r);
    }

    /// <summary>
    /// The hash of the rational value of a finite double: with |v| = m·2^e (m an integer),
    /// m·2^e mod 2**61-1, where multiplying by 2^k is a 61-bit rotation because 2^61 ≡ 1.
    /// </summary>
    private static long HashFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? 314159 : -314159;
        }

        if (value == 0)
        {
            return 0;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)bits & ((1UL << 52) - 1);
        int exponent;
        if (biasedExponent == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1UL << 52;
            exponent = biasedExponent - 1075;
        }

        var k = ((exponent % HashBits) + HashBits) % HashBits;
        var r = k == 0 ? mantissa : ((mantissa << k) & HashModulus) | (mantissa >> (HashBits - k));
        var h = (long)r;
        return FixMinusOne(value < 0 ? -h : h);
    }

    /// <summary>CPython's tuple hash (xxHash-style lanes over the item hashes).</summary>
    private static long HashTuple(TupleConstant t)
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        unchecked
        {
            var acc = prime5;
            foreach (var item in t.Items)
            {
                acc += (ulong)item.PythonHash() * prime2;
                acc = BitOperations.RotateLeft(acc, 31);
                acc *= prime1;
            }

            acc += (ulong)t.Items.Length ^ (prime5 ^ 3527539UL);
            return acc == ulong.MaxValue ? 1546275796 : (long)acc;
        }
    }

    /// <summary>CPython's frozenset hash: an order-free mix of the shuffled item hashes.</summary>
    private static long HashFrozenSet(FrozenSetConstant s)
    {
        unchecked
        {
            ulong hash = 0;
            foreach (var item in s.Items)
            {
                var h = (ulong)item.PythonHash();
                hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
            }

            hash ^= ((ulong)s.Items.Length + 1) * 1927868237UL;
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = (hash * 69069U) + 907133923UL;
            return hash == ulong.MaxValue ? 590923713 : (long)hash;
        }
    }
}
