namespace ProtoPython.Objects;

/// <summary>
/// Slice keys for sequence subscripts (<c>PySlice_Unpack</c> + <c>PySlice_AdjustIndices</c>).
/// The slice object is read through its <c>start</c>/<c>stop</c>/<c>step</c> attributes so this
/// works with whatever PySlice class the slice type gets.
/// </summary>
public static class SliceIndices
{
    /// <summary>True when <paramref name="key"/> is a slice object.</summary>
    public static bool IsSlice(PyValue key) => !key.IsNull && key.Type == PyType.Slice;

    /// <summary>
    /// The slice's indices clamped to a sequence of <paramref name="length"/> and the item count;
    /// false with ValueError (zero step) or TypeError (a bad index) pending.
    /// </summary>
    public static bool TryAdjust(ThreadState ts, PyValue slice, long length, out long start, out long stop, out long step, out long count)
    {
        start = stop = count = 0;
        step = 1;
        if (!TryRead(ts, slice, "step", out var stepValue))
        {
            return false;
        }

        if (!stepValue.IsNone)
        {
            if (!TryIndex(ts, stepValue, out step))
            {
                return false;
            }

            if (step == 0)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }

            step = Math.Max(step, -long.MaxValue);
        }

        if (!TryRead(ts, slice, "start", out var startValue) || !TryRead(ts, slice, "stop", out var stopValue))
        {
            return false;
        }

        if (startValue.IsNone)
        {
            start = step < 0 ? long.MaxValue : 0;
        }
        else if (!TryIndex(ts, startValue, out start))
        {
            return false;
        }

        if (stopValue.IsNone)
        {
            stop = step < 0 ? long.MinValue : long.MaxValue;
        }
        else if (!TryIndex(ts, stopValue, out stop))
        {
            return false;
        }

        start = Clamp(start, length, step);
        stop = Clamp(stop, length, step);
        if (step < 0)
        {
            count = stop < start ? ((start - stop - 1) / -step) + 1 : 0;
        }
        else
        {
            count = start < stop ? ((stop - start - 1) / step) + 1 : 0;
        }

        return true;
    }

    private static long Clamp(long index, long length, long step)
    {
        if (index < 0)
        {
            index += length;
            if (index < 0)
            {
                index = step < 0 ? -1 : 0;
            }
        }
        else if (index >= length)
        {
            index = step < 0 ? length - 1 : length;
        }

        return index;
    }

    private static bool TryRead(ThreadState ts, PyValue slice, string name, out PyValue value)
    {
        value = PyOps.GetAttr(ts, slice, PyStr.Intern(name));
        return !value.IsError;
    }

    private static bool TryIndex(ThreadState ts, PyValue v, out long result)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out result);
    }
}
