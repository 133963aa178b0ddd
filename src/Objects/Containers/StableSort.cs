namespace ProtoPython.Objects;

/// <summary>A "less than" for <see cref="StableSort"/>: 1 true, 0 false, -1 error (pending exception).</summary>
internal interface ILessThan<T>
{
    int Less(T a, T b);
}

/// <summary>
/// The stable sort behind <c>list.sort</c>: binary insertion sort of short runs, then bottom-up
/// merges, using only "less than" as CPython's timsort does. For any consistent ordering the
/// result is the one timsort gives (a stable sort's result is unique). On a comparison error the
/// sort stops and the span is left a permutation of its items.
/// </summary>
internal static class StableSort
{
    private const int RunLength = 32;

    public static bool Sort<T, TLess>(Span<T> items, TLess less)
        where TLess : ILessThan<T>
    {
        var n = items.Length;
        for (var lo = 0; lo < n; lo += RunLength)
        {
            if (!InsertionSort(items.Slice(lo, Math.Min(RunLength, n - lo)), less))
            {
                return false;
            }
        }

        if (n <= RunLength)
        {
            return true;
        }

        var buffer = new T[(n + 1) / 2 + RunLength];
        for (var width = RunLength; width < n; width *= 2)
        {
            for (var lo = 0; lo + width < n; lo += 2 * width)
            {
                var mid = lo + width;
                var hi = Math.Min(lo + (2 * width), n);
                if (!Merge(items, lo, mid, hi, buffer, less))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool InsertionSort<T, TLess>(Span<T> a, TLess less)
        where TLess : ILessThan<T>
    {
        for (var i = 1; i < a.Length; i++)
        {
            var pivot = a[i];
            var lo = 0;
            var hi = i;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                var r = less.Less(pivot, a[mid]);
                if (r < 0)
                {
                    return false;
                }

                if (r > 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            if (lo < i)
            {
                a[lo..i].CopyTo(a[(lo + 1)..]);
                a[lo] = pivot;
            }
        }

        return true;
    }

    // Merges [lo, mid) and [mid, hi); the left run is copied out first. Taking from the right only
    // when it is strictly less keeps equal items in order.
    private static bool Merge<T, TLess>(Span<T> a, int lo, int mid, int hi, T[] buffer, TLess less)
        where TLess : ILessThan<T>
    {
        var leftLength = mid - lo;
        if (buffer.Length < leftLength)
        {
            buffer = new T[leftLength];
        }

        a[lo..mid].CopyTo(buffer);
        int i = 0, j = mid, k = lo;
        var ok = true;
        while (i < leftLength && j < hi)
        {
            var r = less.Less(a[j], buffer[i]);
            if (r < 0)
            {
                ok = false;
                break;
            }

            a[k++] = r > 0 ? a[j++] : buffer[i++];
        }

        // The rest of the left run fills the gap (also after an error: the items stay a permutation).
        buffer.AsSpan(i, leftLength - i).CopyTo(a[k..]);
        if (!ok)
        {
            return false;
        }

        return true;
    }
}

/// <summary>Python's <c>&lt;</c> on values (<c>PyObject_RichCompare(v, w, Py_LT)</c>), with the int and str cases inline.</summary>
internal readonly struct ValueLess(ThreadState ts) : ILessThan<PyValue>
{
    public int Less(PyValue a, PyValue b)
    {
        if (a.IsInt64 && b.IsInt64)
        {
            return a.RawBits < b.RawBits ? 1 : 0;
        }

        if (a.IsFloat && b.IsFloat)
        {
            return a.AsDouble < b.AsDouble ? 1 : 0;
        }

        return PyOps.RichCompareBool(ts, a, b, CompareOp.Lt);
    }
}

/// <summary>A decorated item of <c>sort(key=...)</c>: compared by key only.</summary>
internal struct KeyedItem
{
    public PyValue Key;
    public PyValue Value;
}

internal readonly struct KeyedLess(ThreadState ts) : ILessThan<KeyedItem>
{
    public int Less(KeyedItem a, KeyedItem b) => new ValueLess(ts).Less(a.Key, b.Key);
}

internal readonly struct DoubleLess : ILessThan<double>
{
    public int Less(double a, double b) => a < b ? 1 : 0;
}
