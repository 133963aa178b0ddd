namespace ProtoPython.Objects;

/// <summary>A "less than" for <see cref="StableSort"/>: 1 true, 0 false, -1 error (pending exception).</summary>
internal interface ILessThan<T>
{
    int Less(T a, T b);
}

/// <summary>
/// The stable sort behind <c>list.sort</c>, using only "less than", shaped like CPython's
/// timsort: natural runs found by count_run (descending runs reversed, equal elements kept in
/// order), runs shorter than minrun extended by binary insertion. A list shorter than 64 items
/// is one such run, so there the sequence of <c>__lt__</c> calls is exactly CPython's. Longer
/// lists merge runs without galloping: the same result (a stable sort's result is unique for a
/// consistent order) with a different call sequence. On a comparison error the sort stops and
/// the span is left a permutation of its items.
/// </summary>
internal static class StableSort
{
    private const int MaxMinRun = 64;

    public static bool Sort<T, TLess>(Span<T> items, TLess less)
        where TLess : ILessThan<T>
    {
        var n = items.Length;
        if (n < 2)
        {
            return true;
        }

        var minRun = ComputeMinRun(n);
        var runs = new List<(int Start, int Length)>();
        for (var lo = 0; lo < n;)
        {
            var run = CountRun(items[lo..], less);
            if (run < 0)
            {
                return false;
            }

            if (run < minRun)
            {
                var force = Math.Min(n - lo, minRun);
                if (!BinarySort(items.Slice(lo, force), run, less))
                {
                    return false;
                }

                run = force;
            }

            runs.Add((lo, run));
            lo += run;
        }

        T[]? buffer = null;
        while (runs.Count > 1)
        {
            var merged = new List<(int Start, int Length)>();
            for (var i = 0; i < runs.Count; i += 2)
            {
                if (i + 1 == runs.Count)
                {
                    merged.Add(runs[i]);
                    break;
                }

                var (start, length) = runs[i];
                var next = runs[i + 1];
                buffer ??= new T[(n / 2) + 1];
                if (!Merge(items, start, start + length, next.Start + next.Length, buffer, less))
                {
                    return false;
                }

                merged.Add((start, length + next.Length));
            }

            runs = merged;
        }

        return true;
    }

    // merge_compute_minrun.
    private static int ComputeMinRun(int n)
    {
        var r = 0;
        while (n >= MaxMinRun)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    /// <summary>
    /// count_run: the length of the run at the start of <paramref name="lo"/>, made ascending: a
    /// strictly descending run (with all-equal stretches kept in their order) is reversed, then
    /// extended by any ascending continuation. -1 on a comparison error.
    /// </summary>
    private static int CountRun<T, TLess>(Span<T> lo, TLess less)
        where TLess : ILessThan<T>
    {
        var remaining = lo.Length;
        int n;
        int k;
        for (n = 1; n < remaining; n++)
        {
            k = less.Less(lo[n], lo[n - 1]);
            if (k < 0)
            {
                return -1;
            }

            if (k > 0)
            {
                break;
            }
        }

        if (n == remaining)
        {
            return n;
        }

        if (n > 1)
        {
            // An ascending prefix: a run unless all of it is equal, which then joins the descent.
            k = less.Less(lo[0], lo[n - 1]);
            if (k != 0)
            {
                return k < 0 ? -1 : n;
            }

            Reverse(lo[..n]);
        }

        n++;
        var equal = 0;
        for (; n < remaining; n++)
        {
            k = less.Less(lo[n], lo[n - 1]);
            if (k < 0)
            {
                return -1;
            }

            if (k > 0)
            {
                ReverseLastEqual(lo, n, ref equal);
                continue;
            }

            k = less.Less(lo[n - 1], lo[n]);
            if (k < 0)
            {
                return -1;
            }

            if (k > 0)
            {
                break;
            }

            equal++;
        }

        ReverseLastEqual(lo, n, ref equal);
        Reverse(lo[..n]);
        for (; n < remaining; n++)
        {
            k = less.Less(lo[n], lo[n - 1]);
            if (k < 0)
            {
                return -1;
            }

            if (k > 0)
            {
                break;
            }
        }

        return n;
    }

    // The last equal+1 items before n are equal: reverse them now so the final reversal restores their order.
    private static void ReverseLastEqual<T>(Span<T> lo, int n, ref int equal)
    {
        if (equal > 0)
        {
            equal++;
            Reverse(lo.Slice(n - equal, equal));
            equal = 0;
        }
    }

    /// <summary>
    /// Reverses in place. Ours, not MemoryExtensions.Reverse: a BCL generic method instantiated over
    /// our structs is JIT-compiled at its first call, where this one is precompiled with the rest.
    /// </summary>
    public static void Reverse<T>(Span<T> items)
    {
        for (int i = 0, j = items.Length - 1; i < j; i++, j--)
        {
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>binarysort: a[..ok] is sorted; insert the rest one by one after a binary search.</summary>
    private static bool BinarySort<T, TLess>(Span<T> a, int ok, TLess less)
        where TLess : ILessThan<T>
    {
        if (ok == 0)
        {
            ok = 1;
        }

        for (; ok < a.Length; ok++)
        {
            var left = 0;
            var right = ok;
            var pivot = a[ok];
            do
            {
                var mid = (left + right) >> 1;
                var k = less.Less(pivot, a[mid]);
                if (k < 0)
                {
                    return false;
                }

                if (k > 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }
            while (left < right);

            a[left..ok].CopyTo(a[(left + 1)..]);
            a[left] = pivot;
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

internal readonly struct LongLess : ILessThan<long>
{
    public int Less(long a, long b) => a < b ? 1 : 0;
}

internal readonly struct DoubleLess : ILessThan<double>
{
    public int Less(double a, double b) => a < b ? 1 : 0;
}
