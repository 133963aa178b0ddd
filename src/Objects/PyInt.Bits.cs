using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>int &amp;, |, ^, &lt;&lt;, &gt;&gt; (two's complement semantics on unbounded ints).</summary>
public static partial class PyInt
{
    /// <summary><c>a &amp; b</c>.</summary>
    public static PyValue And(PyValue a, PyValue b) =>
        IsSmall(a) && IsSmall(b) ? PyValue.FromInt64(a._bits & b._bits)
        : IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) & Big(b)) : PyValue.NotImplemented;

    /// <summary><c>a | b</c>.</summary>
    public static PyValue Or(PyValue a, PyValue b) =>
        IsSmall(a) && IsSmall(b) ? PyValue.FromInt64(a._bits | b._bits)
        : IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) | Big(b)) : PyValue.NotImplemented;

    /// <summary><c>a ^ b</c>.</summary>
    public static PyValue Xor(PyValue a, PyValue b) =>
        IsSmall(a) && IsSmall(b) ? PyValue.FromInt64(a._bits ^ b._bits)
        : IsInt(a) && IsInt(b) ? PyValue.FromBigInteger(Big(a) ^ Big(b)) : PyValue.NotImplemented;

    /// <summary><c>a &gt;&gt; b</c>: floor division by 2**b; ValueError for a negative count.</summary>
    public static PyValue RightShift(ThreadState ts, PyValue a, PyValue b)
    {
        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        a = Unwrap(a);
        b = Unwrap(b);

        if (!TryShiftCount(ts, b, out var count))
        {
            return PyValue.Error;
        }

        if (IsSmall(a))
        {
            return PyValue.FromInt64(a._bits >> (int)Math.Min(count, 63));
        }

        var x = Big(a);
        return count >= x.GetBitLength() + 1 ? PyValue.FromInt64(x.Sign < 0 ? -1 : 0) : PyValue.FromBigInteger(x >> (int)count);
    }

    /// <summary><c>a &lt;&lt; b</c>: multiplication by 2**b; ValueError for a negative count.</summary>
    public static PyValue LeftShift(ThreadState ts, PyValue a, PyValue b)
    {
        if (!IsInt(a) || !IsInt(b))
        {
            return PyValue.NotImplemented;
        }

        a = Unwrap(a);
        b = Unwrap(b);

        if (!TryShiftCount(ts, b, out var count))
        {
            return PyValue.Error;
        }

        if (IsSmall(a))
        {
            var x = a._bits;
            if (x == 0)
            {
                return PyValue.FromInt64(0);
            }

            if (count < 63)
            {
                var r = x << (int)count;
                if (r >> (int)count == x)
                {
                    return PyValue.FromInt64(r);
                }
            }
        }

        if (!IsSmall(b))
        {
            // A count past 64 bits cannot even be represented as a size (CPython: Py_ssize_t).
            return ts.SetError(PyExc.OverflowError, "too many digits in integer");
        }

        if (count > MaxPowerBits)
        {
            return ts.SetError(PyExc.MemoryError);
        }

        return PyValue.FromBigInteger(Big(a) << (int)count);
    }

    // The shift count as a long; counts beyond long range saturate (only zero or the sign survive them).
    private static bool TryShiftCount(ThreadState ts, PyValue b, out long count)
    {
        var n = IsSmall(b) ? b._bits : Big(b) > long.MaxValue ? long.MaxValue : long.MinValue;
        if (n < 0)
        {
            ts.SetError(PyExc.ValueError, "negative shift count");
            count = 0;
            return false;
        }

        count = n;
        return true;
    }
}
