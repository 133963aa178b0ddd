using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// The operations of int (<c>long_as_number</c> and friends). Ints are immediates (PyValue with
/// <see cref="ImmediateTag.Int"/>) or <see cref="PyBigInt"/>; bools count as ints 0/1 through their
/// payload. Binary operations follow the slot convention: NotImplemented when an operand is not
/// an int, <see cref="PyValue.Error"/> with a pending exception on failure.
/// Split by aspect: Arithmetic, Pow, Bits, Parse, and this file (access, compare, hash, repr).
/// </summary>
public static partial class PyInt
{
    /// <summary>CPython's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Below this many digits the limit is never checked (<c>_PY_LONG_MAX_STR_DIGITS_THRESHOLD</c>).</summary>
    public const int MaxStrDigitsThreshold = 640;

    /// <summary>The modulus of numeric hashes, 2^61 - 1 (<c>_PyHASH_MODULUS</c>).</summary>
    public const long HashModulus = (1L << 61) - 1;

    /// <summary>
    /// <c>sys.set_int_max_str_digits</c> (0 = unlimited). Process-wide for now; it moves to the
    /// interpreter state when there is one.
    /// </summary>
    public static int MaxStrDigits { get; private set; } = DefaultMaxStrDigits;

    /// <summary><c>sys.set_int_max_str_digits(n)</c>: ValueError unless n is 0 or at least 640.</summary>
    public static bool TrySetMaxStrDigits(ThreadState ts, long value)
    {
        if (value != 0 && (value < MaxStrDigitsThreshold || value > int.MaxValue))
        {
            ts.SetError(PyExc.ValueError, "maxdigits must be >= 640 or 0 for unlimited");
            return false;
        }

        MaxStrDigits = (int)value;
        return true;
    }

    /// <summary>True for int, bool, big int values and instances of int subclasses (<c>PyLong_Check</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInt(PyValue v) => v.IsInt64 || v._ref is PyBigInt or PyBool or PyIntSubclassInstance;

    /// <summary>
    /// The exact int of an int value (<c>_PyLong_Copy</c>): bools become 0/1, subclass instances
    /// their payload; exact ints are returned as they are. Only valid when <see cref="IsInt"/>.
    /// </summary>
    public static PyValue Exact(PyValue v) =>
        v._ref switch
        {
            PyBool => PyValue.FromInt64(v._bits),
            PyIntSubclassInstance s => s.Value,
            _ => v,
        };

    // Subclass instances unwrapped to their exact value, bools kept (IsSmall reads their payload).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyValue Unwrap(PyValue v) => v._ref is PyIntSubclassInstance s ? s.Value : v;

    /// <summary>The int value as a BigInteger; false if <paramref name="v"/> is not an int.</summary>
    public static bool TryGetBigInteger(PyValue v, out BigInteger value)
    {
        if (v.IsInt64 || v.IsBool)
        {
            value = v._bits;
            return true;
        }

        if (v._ref is PyBigInt big)
        {
            value = big.Value;
            return true;
        }

        if (v._ref is PyIntSubclassInstance sub)
        {
            return TryGetBigInteger(sub.Value, out value);
        }

        value = default;
        return false;
    }

    // Immediates and bools carry their value in _bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSmall(PyValue v) => v.IsInt64 || v.IsBool;

    private static BigInteger Big(PyValue v) =>
        v._ref switch
        {
            PyBigInt b => b.Value,
            PyIntSubclassInstance s => Big(s.Value),
            _ => v._bits,
        };

    /// <summary>True for a negative int (bools are never negative).</summary>
    public static bool IsNegative(PyValue v) => IsSmall(v) ? v._bits < 0 : Big(v).Sign < 0;

    /// <summary><c>bool(i)</c>.</summary>
    public static bool IsTrue(PyValue v)
    {
        v = Unwrap(v);
        return !IsSmall(v) || v._bits != 0;
    }

    /// <summary>Rich comparison of two ints; NotImplemented if either is not an int.</summary>
    public static PyValue RichCompare(PyValue a, PyValue b, CompareOp op)
    {
        if (IsSmall(a) && IsSmall(b))
        {
            return PyValue.FromBool(op.Holds(a._bits.CompareTo(b._bits)));
        }

        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        return PyValue.FromBool(op.Holds(Big(a).CompareTo(Big(b))));
    }

    /// <summary><c>hash(i)</c> as CPython: |i| mod (2^61 - 1) with i's sign, and -1 becomes -2.</summary>
    public static long Hash(PyValue v)
    {
        long h;
        if (IsSmall(v))
        {
            var x = v._bits;
            var magnitude = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            h = (long)(magnitude % HashModulus);
            if (x < 0)
            {
                h = -h;
            }
        }
        else
        {
            var x = Big(v);
            h = (long)(BigInteger.Abs(x) % HashModulus);
            if (x.Sign < 0)
            {
                h = -h;
            }
        }

        return h == -1 ? -2 : h;
    }

    /// <summary>The decimal digits of an int, or null when they exceed <see cref="MaxStrDigits"/>.</summary>
    public static string? ToDecimalString(PyValue v)
    {
        if (IsSmall(v))
        {
            return v._bits.ToString(CultureInfo.InvariantCulture);
        }

        var x = Big(v);
        var limit = MaxStrDigits;
        if (limit > 0)
        {
            // A value of n bits has at least floor((n-1)*log10(2))+1 digits: reject huge values before converting.
            var bits = BigInteger.Abs(x).GetBitLength();
            if ((long)((bits - 1) * 0.30102999566398114) + 1 > limit)
            {
                return null;
            }
        }

        var s = x.ToString(CultureInfo.InvariantCulture);
        return limit > 0 && s.Length - (x.Sign < 0 ? 1 : 0) > limit ? null : s;
    }

    /// <summary><c>repr(i)</c> / <c>str(i)</c> as a str value, or ValueError past the digit limit.</summary>
    public static PyValue Repr(ThreadState ts, PyValue v)
    {
        var s = ToDecimalString(v);
        return s is null
            ? ts.SetError(PyExc.ValueError, "Exceeds the limit (" + MaxStrDigits.ToString(CultureInfo.InvariantCulture)
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            : PyValue.FromObject(new PyStr(s));
    }

    /// <summary>
    /// <c>float(i)</c>, correctly rounded (half to even). False with a pending OverflowError when the
    /// value rounds beyond the largest double.
    /// </summary>
    public static bool TryToDouble(ThreadState ts, PyValue v, out double result)
    {
        v = Unwrap(v);
        if (IsSmall(v))
        {
            result = v._bits;
            return true;
        }

        var x = Big(v);
        var magnitude = BigInteger.Abs(x);
        var bits = magnitude.GetBitLength();
        var drop = (int)(bits - 53);
        var q = magnitude >> drop;
        var rem = magnitude - (q << drop);
        var half = BigInteger.One << (drop - 1);
        if (rem > half || (rem == half && !q.IsEven))
        {
            q += 1;
        }

        result = Math.ScaleB((double)(long)q, drop);
        if (double.IsInfinity(result))
        {
            ts.SetError(PyExc.OverflowError, "int too large to convert to float");
            return false;
        }

        if (x.Sign < 0)
        {
            result = -result;
        }

        return true;
    }

    /// <summary><c>float(i)</c> as a value.</summary>
    public static PyValue ToFloat(ThreadState ts, PyValue v) =>
        TryToDouble(ts, v, out var d) ? PyValue.FromDouble(d) : PyValue.Error;

    /// <summary>
    /// <c>int(x)</c> for a float: truncation toward zero, exact for any magnitude. ValueError for
    /// NaN, OverflowError for infinities (CPython's messages).
    /// </summary>
    public static PyValue FromDouble(ThreadState ts, double x)
    {
        if (double.IsNaN(x))
        {
            return ts.SetError(PyExc.ValueError, "cannot convert float NaN to integer");
        }

        if (double.IsInfinity(x))
        {
            return ts.SetError(PyExc.OverflowError, "cannot convert float infinity to integer");
        }

        // (long) truncates; every double in (-2^63, 2^63) converts exactly after truncation.
        const double Limit = 9223372036854775808.0; // 2^63
        if (x > -Limit && x < Limit)
        {
            return PyValue.FromInt64((long)x);
        }

        return PyValue.FromBigInteger(new BigInteger(x)); // |x| >= 2^63 is integral: exact
    }

    /// <summary><c>-i</c>.</summary>
    public static PyValue Negative(PyValue v) =>
        IsSmall(v) && v._bits != long.MinValue ? PyValue.FromInt64(-v._bits) : PyValue.FromBigInteger(-Big(v));

    /// <summary><c>+i</c> (an exact int: <c>+True</c> is 1).</summary>
    public static PyValue Positive(PyValue v) => Exact(v);

    /// <summary><c>abs(i)</c>.</summary>
    public static PyValue Absolute(PyValue v) =>
        IsSmall(v) && v._bits != long.MinValue ? PyValue.FromInt64(Math.Abs(v._bits)) : PyValue.FromBigInteger(BigInteger.Abs(Big(v)));

    /// <summary><c>~i</c> = -i - 1 (never overflows for immediates).</summary>
    public static PyValue Invert(PyValue v) => IsSmall(v) ? PyValue.FromInt64(~v._bits) : PyValue.FromBigInteger(-Big(v) - 1);
}
