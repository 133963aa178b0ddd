namespace ProtoPython.Objects;

/// <summary>
/// Slice objects read by duck typing (their start/stop/step attributes), so str slicing works
/// whatever the slice type's C# class: <c>PySlice_Unpack</c> + <c>PySlice_AdjustIndices</c>.
/// </summary>
internal static class StrSlice
{
    private static readonly PyStr s_start = PyStr.Intern("start");
    private static readonly PyStr s_stop = PyStr.Intern("stop");
    private static readonly PyStr s_step = PyStr.Intern("step");

    public static bool Unpack(ThreadState ts, PyValue slice, long length, out long start, out long step, out long count)
    {
        start = step = count = 0;
        var startValue = PyOps.GetAttr(ts, slice, s_start);
        var stopValue = startValue.IsError ? startValue : PyOps.GetAttr(ts, slice, s_stop);
        var stepValue = stopValue.IsError ? stopValue : PyOps.GetAttr(ts, slice, s_step);
        if (stepValue.IsError)
        {
            return false;
        }

        step = 1;
        if (!StrArgs.SliceIndex(ts, stepValue, ref step))
        {
            return false;
        }

        if (step == 0)
        {
            ts.SetError(PyExc.ValueError, "slice step cannot be zero");
            return false;
        }

        step = Math.Max(step, -long.MaxValue);
        start = step < 0 ? long.MaxValue : 0;
        var stop = step < 0 ? long.MinValue : long.MaxValue;
        if (!StrArgs.SliceIndex(ts, startValue, ref start) || !StrArgs.SliceIndex(ts, stopValue, ref stop))
        {
            return false;
        }

        start = Adjust(start, length, step);
        stop = Adjust(stop, length, step);
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

    private static long Adjust(long index, long length, long step)
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
}
