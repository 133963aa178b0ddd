namespace ProtoPython.Objects;

/// <summary>bytes/bytearray search methods: count, find, rfind, index, rindex, startswith, endswith, replace.</summary>
internal static partial class BytesType
{
    private static void InstallSearchMethods(PyType t)
    {
        t.AddMethod("count", static (ts, a, _) => Search(ts, a, "count", SearchKind.Count), NativeArity.Positional);
        t.AddMethod("find", static (ts, a, _) => Search(ts, a, "find", SearchKind.Find), NativeArity.Positional);
        t.AddMethod("rfind", static (ts, a, _) => Search(ts, a, "rfind", SearchKind.RFind), NativeArity.Positional);
        t.AddMethod("index", static (ts, a, _) => Search(ts, a, "index", SearchKind.Index), NativeArity.Positional);
        t.AddMethod("rindex", static (ts, a, _) => Search(ts, a, "rindex", SearchKind.RIndex), NativeArity.Positional);
        t.AddMethod("startswith", static (ts, a, _) => TailMatch(ts, a, "startswith", false), NativeArity.Positional);
        t.AddMethod("endswith", static (ts, a, _) => TailMatch(ts, a, "endswith", true), NativeArity.Positional);
        t.AddMethod("replace", static (ts, a, _) => Replace(ts, a), NativeArity.Positional);
    }

    private enum SearchKind
    {
        Count,
        Find,
        RFind,
        Index,
        RIndex,
    }

    /// <summary>The needle of find/count/index: a bytes-like object or an int in range(256).</summary>
    private static bool TryNeedle(ThreadState ts, PyValue v, out ReadOnlySpan<byte> needle)
    {
        if (BytesLike.TryGetSpan(v, out needle))
        {
            return true;
        }

        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "argument should be integer or bytes-like object, not '" + v.Type.Name + "'");
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, v, null, out var n))
        {
            return false;
        }

        if (n is < 0 or > 255)
        {
            ts.SetError(PyExc.ValueError, "byte must be in range(0, 256)");
            return false;
        }

        needle = new[] { (byte)n };
        return true;
    }

    private static PyValue Search(ThreadState ts, ReadOnlySpan<PyValue> a, string name, SearchKind kind)
    {
        if (!BytesArgs.CheckPositional(ts, name, a, 1, 3) || !TryNeedle(ts, a[1], out var needle))
        {
            return PyValue.Error;
        }

        var data = Data(a[0]);
        if (!BytesArgs.TrySliceBounds(ts, a, 2, data.Length, out var start, out var end))
        {
            return PyValue.Error;
        }

        if (kind == SearchKind.Count)
        {
            if (start > end || start > data.Length)
            {
                return PyValue.FromInt64(0);
            }

            var window = data[start..end];
            if (needle.IsEmpty)
            {
                return PyValue.FromInt64(window.Length + 1);
            }

            var count = 0;
            for (var i = SubstringSearch.IndexOf(window, needle); i >= 0; i = NextIndex(window, needle, i))
            {
                count++;
            }

            return PyValue.FromInt64(count);
        }

        var found = -1;
        if (start <= end && start <= data.Length && end - start >= needle.Length)
        {
            var window = data[start..end];
            var i = kind is SearchKind.Find or SearchKind.Index ? SubstringSearch.IndexOf(window, needle) : SubstringSearch.LastIndexOf(window, needle);
            found = i < 0 ? -1 : i + start;
        }

        if (found < 0 && kind is SearchKind.Index or SearchKind.RIndex)
        {
            return ts.SetError(PyExc.ValueError, "subsection not found");
        }

        return PyValue.FromInt64(found);
    }

    private static int NextIndex(ReadOnlySpan<byte> window, ReadOnlySpan<byte> needle, int previous)
    {
        var from = previous + needle.Length;
        var i = SubstringSearch.IndexOf(window[from..], needle);
        return i < 0 ? -1 : i + from;
    }

    private static PyValue TailMatch(ThreadState ts, ReadOnlySpan<PyValue> a, string name, bool atEnd)
    {
        if (!BytesArgs.CheckPositional(ts, name, a, 1, 3))
        {
            return PyValue.Error;
        }

        var data = Data(a[0]);
        if (!BytesArgs.TrySliceBounds(ts, a, 2, data.Length, out var start, out var end))
        {
            return PyValue.Error;
        }

        if (a[1].AsObject is PyTuple options)
        {
            foreach (var option in options.Items)
            {
                if (!BytesLike.TryGetSpan(option, out var o))
                {
                    return ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + option.Type.Name + "'");
                }

                if (Matches(data, o, start, end, atEnd))
                {
                    return PyValue.True;
                }
            }

            return PyValue.False;
        }

        if (!BytesLike.TryGetSpan(a[1], out var affix))
        {
            return ts.SetError(PyExc.TypeError, name + " first arg must be bytes or a tuple of bytes, not " + a[1].Type.Name);
        }

        return PyValue.FromBool(Matches(data, affix, start, end, atEnd));
    }

    private static bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> affix, int start, int end, bool atEnd)
    {
        if (end - start < affix.Length || start > data.Length)
        {
            return false;
        }

        return atEnd ? data[(end - affix.Length)..end].SequenceEqual(affix) : data.Slice(start, affix.Length).SequenceEqual(affix);
    }

    private static PyValue Replace(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (!BytesArgs.CheckPositional(ts, "replace", a, 2, 3)
            || !BytesLike.TryGetArgument(ts, a[1], out var old) || !BytesLike.TryGetArgument(ts, a[2], out var replacement))
        {
            return PyValue.Error;
        }

        var max = -1L;
        if (a.Length > 3 && !BytesArgs.TryIndex(ts, a[3], out max))
        {
            return PyValue.Error;
        }

        var data = Data(a[0]);
        if (max < 0)
        {
            max = long.MaxValue;
        }

        var output = new List<byte>(data.Length);
        if (old.IsEmpty)
        {
            var n = 0L;
            for (var i = 0; i <= data.Length; i++)
            {
                if (n < max)
                {
                    output.AddRange(replacement);
                    n++;
                }

                if (i < data.Length)
                {
                    output.Add(data[i]);
                }
            }

            return Make(a[0], [.. output]);
        }

        var pos = 0;
        var done = 0L;
        while (done < max)
        {
            var i = SubstringSearch.IndexOf(data[pos..], old);
            if (i < 0)
            {
                break;
            }

            output.AddRange(data.Slice(pos, i));
            output.AddRange(replacement);
            pos += i + old.Length;
            done++;
        }

        if (done == 0)
        {
            return Unchanged(a[0]);
        }

        output.AddRange(data[pos..]);
        return Make(a[0], [.. output]);
    }
}
