using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>
/// slice: three arbitrary values (None when absent). Sequences turn one into clamped C# indices
/// with <see cref="TryUnpack"/> + <see cref="AdjustIndices"/> (CPython's <c>PySlice_Unpack</c> and
/// <c>PySlice_AdjustIndices</c>); <c>slice.indices()</c> works on unbounded ints.
/// </summary>
public sealed class PySlice : PyObject
{
    public PySlice(PyValue start, PyValue stop, PyValue step)
        : base(PyType.Slice)
    {
        Start = start.IsNull ? PyValue.None : start;
        Stop = stop.IsNull ? PyValue.None : stop;
        Step = step.IsNull ? PyValue.None : step;
    }

    public PyValue Start { get; }

    public PyValue Stop { get; }

    public PyValue Step { get; }

    /// <summary>
    /// <c>PySlice_Unpack</c>: start/stop/step as longs, None replaced by the defaults for the step's
    /// direction, huge values clamped. False with ValueError "slice step cannot be zero" or the
    /// TypeError for a non-index value.
    /// </summary>
    public bool TryUnpack(ThreadState ts, out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        if (!Step.IsNone)
        {
            if (!SliceIndex(ts, Step, out step))
            {
                return false;
            }

            if (step == 0)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }

            // -step must not overflow.
            if (step < -long.MaxValue)
            {
                step = -long.MaxValue;
            }
        }

        if (Start.IsNone)
        {
            start = step < 0 ? long.MaxValue : 0;
        }
        else if (!SliceIndex(ts, Start, out start))
        {
            return false;
        }

        if (Stop.IsNone)
        {
            stop = step < 0 ? long.MinValue : long.MaxValue;
        }
        else if (!SliceIndex(ts, Stop, out stop))
        {
            return false;
        }

        return true;
    }

    /// <summary>Unpack then adjust for a sequence of <paramref name="length"/> items: the slice length.</summary>
    public bool TryGetIndices(ThreadState ts, long length, out long start, out long stop, out long step, out long sliceLength)
    {
        sliceLength = 0;
        if (!TryUnpack(ts, out start, out stop, out step))
        {
            return false;
        }

        sliceLength = AdjustIndices(length, ref start, ref stop, step);
        return true;
    }

    /// <summary>
    /// <c>_PyEval_SliceIndex</c>: an int or <c>__index__</c> value, clamped to the long range.
    /// </summary>
    public static bool SliceIndex(ThreadState ts, PyValue v, out long result)
    {
        if (v.IsInt64)
        {
            result = v.RawBits;
            return true;
        }

        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out result);
    }

    /// <summary>
    /// CPython's <c>PySlice_AdjustIndices</c>: clamps <paramref name="start"/> and <paramref name="stop"/>
    /// for a sequence of <paramref name="length"/> items and returns the slice length.
    /// </summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = step < 0 ? -1 : 0;
            }
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }

        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
            {
                stop = step < 0 ? -1 : 0;
            }
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }

        if (step < 0)
        {
            return stop < start ? ((start - stop - 1) / -step) + 1 : 0;
        }

        return start < stop ? ((stop - start - 1) / step) + 1 : 0;
    }

    /// <summary>
    /// <c>slice.indices(length)</c> (<c>_PySlice_GetLongIndices</c>) on unbounded ints. Null with a
    /// pending exception.
    /// </summary>
    public PyTuple? Indices(ThreadState ts, PyValue lengthValue)
    {
        BigInteger step = 1;
        if (!Step.IsNone)
        {
            if (!LongIndex(ts, Step, out step))
            {
                return null;
            }

            if (step.IsZero)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return null;
            }
        }

        var lv = PyOps.Index(ts, lengthValue);
        if (lv.IsError)
        {
            return null;
        }

        PyInt.TryGetBigInteger(lv, out var length);
        if (length.Sign < 0)
        {
            ts.SetError(PyExc.ValueError, "length should not be negative");
            return null;
        }

        var negative = step.Sign < 0;
        BigInteger lower = negative ? -1 : 0;
        var upper = negative ? length - 1 : length;
        if (!Bound(ts, Start, negative ? upper : lower, length, lower, upper, out var start)
            || !Bound(ts, Stop, negative ? lower : upper, length, lower, upper, out var stop))
        {
            return null;
        }

        return new PyTuple([PyValue.FromBigInteger(start), PyValue.FromBigInteger(stop), PyValue.FromBigInteger(step)]);
    }

    private static bool Bound(ThreadState ts, PyValue v, BigInteger absent, BigInteger length, BigInteger lower, BigInteger upper, out BigInteger result)
    {
        if (v.IsNone)
        {
            result = absent;
            return true;
        }

        if (!LongIndex(ts, v, out result))
        {
            return false;
        }

        if (result.Sign < 0)
        {
            result += length;
            if (result < lower)
            {
                result = lower;
            }
        }
        else if (result > upper)
        {
            result = upper;
        }

        return true;
    }

    private static bool LongIndex(ThreadState ts, PyValue v, out BigInteger result)
    {
        result = default;
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }

        var i = PyOps.Index(ts, v);
        return !i.IsError && PyInt.TryGetBigInteger(i, out result);
    }
}
