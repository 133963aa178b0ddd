using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Argument-clinic converters shared by the C# library modules (CPython's <c>int</c>,
/// <c>Py_ssize_t</c> and iterable-of-int arguments), with CPython's messages.
/// </summary>
internal static class ClinicArgs
{
    /// <summary>The C <c>int</c> converter; an absent argument (Null) gives <paramref name="defaultValue"/>.</summary>
    public static bool TryInt(ThreadState ts, PyValue v, int defaultValue, out int result)
    {
        result = defaultValue;
        if (v.IsNull)
        {
            return true;
        }

        if (!PyOps.TryIndexAsInt64(ts, v, null, out var n))
        {
            return false;
        }

        if (n is > int.MaxValue or < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }

        result = (int)n;
        return true;
    }

    /// <summary>The <c>Py_ssize_t</c> converter; an absent argument (Null) gives <paramref name="defaultValue"/>.</summary>
    public static bool TrySize(ThreadState ts, PyValue v, long defaultValue, out long result)
    {
        result = defaultValue;
        return v.IsNull || PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out result);
    }

    /// <summary>
    /// Every item of an iterable through the C <c>int</c> converter (signal sets, fd lists);
    /// <paramref name="check"/>, when given, validates each item as it comes (it sets the error),
    /// so the first bad item is the one reported, as in CPython.
    /// </summary>
    public static bool TryIntItems(ThreadState ts, PyValue iterable, out List<int> items, Func<ThreadState, int, bool>? check = null)
    {
        items = [];
        var iter = PyOps.GetIter(ts, iterable);
        if (iter.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, iter, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (!TryInt(ts, item, 0, out var n) || (check is not null && !check(ts, n)))
            {
                return false;
            }

            items.Add(n);
        }
    }
}
