namespace ProtoPython.Objects;

/// <summary>bytes/bytearray split, rsplit, splitlines, partition, rpartition and the strip family.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_splitlinesNames = ["keepends"];

    private static void InstallSplitMethods(PyType t)
    {
        t.AddMethod("split", static (ts, a, kw) => Split(ts, a, kw, "split", false));
        t.AddMethod("rsplit", static (ts, a, kw) => Split(ts, a, kw, "rsplit", true));
        t.AddMethod("splitlines", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[1];
            if (!BytesArgs.Parse(ts, "splitlines", a, kw, true, s_splitlinesNames, 0, 0, v))
            {
                return PyValue.Error;
            }

            var keep = 0;
            if (!v[0].IsNull && (keep = PyOps.IsTrue(ts, v[0])) < 0)
            {
                return PyValue.Error;
            }

            return SplitLines(a[0], keep > 0);
        });
        t.AddMethod1("partition", static (ts, self, sep) => Partition(ts, self, sep, false));
        t.AddMethod1("rpartition", static (ts, self, sep) => Partition(ts, self, sep, true));
        t.AddMethod("strip", static (ts, a, _) => Strip(ts, a, "strip", true, true), NativeArity.Positional);
        t.AddMethod("lstrip", static (ts, a, _) => Strip(ts, a, "lstrip", true, false), NativeArity.Positional);
        t.AddMethod("rstrip", static (ts, a, _) => Strip(ts, a, "rstrip", false, true), NativeArity.Positional);
    }

    private static PyValue Split(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool fromRight)
    {
        Span<PyValue> v = new PyValue[2];
        if (!BytesArgs.Parse(ts, name, a, kw, true, s_splitNames, 0, 0, v))
        {
            return PyValue.Error;
        }

        var max = -1L;
        if (!v[1].IsNull && !BytesArgs.TryIndex(ts, v[1], out max))
        {
            return PyValue.Error;
        }

        if (max < 0)
        {
            max = long.MaxValue;
        }

        var self = a[0];
        var data = Data(self);
        var parts = new List<(int Start, int End)>();
        if (v[0].IsNull || v[0].IsNone)
        {
            SplitWhitespace(data, max, fromRight, parts);
        }
        else
        {
            if (!BytesLike.TryGetArgument(ts, v[0], out var sep))
            {
                return PyValue.Error;
            }

            if (sep.IsEmpty)
            {
                return ts.SetError(PyExc.ValueError, "empty separator");
            }

            SplitOn(data, sep, max, fromRight, parts);
        }

        if (fromRight)
        {
            parts.Reverse();
        }

        var list = new PyList();
        foreach (var (s, e) in parts)
        {
            list.Append(s == 0 && e == data.Length && self.Type == PyType.Bytes ? self : Make(self, data[s..e].ToArray()));
        }

        return PyValue.FromObject(list);
    }

    private static void SplitWhitespace(ReadOnlySpan<byte> d, long max, bool fromRight, List<(int, int)> parts)
    {
        if (!fromRight)
        {
            var i = 0;
            while (true)
            {
                while (i < d.Length && IsSpace(d[i]))
                {
                    i++;
                }

                if (i == d.Length)
                {
                    return;
                }

                if (parts.Count == max)
                {
                    parts.Add((i, d.Length));
                    return;
                }

                var j = i;
                while (j < d.Length && !IsSpace(d[j]))
                {
                    j++;
                }

                parts.Add((i, j));
                i = j;
            }
        }

        var k = d.Length;
        while (true)
        {
            while (k > 0 && IsSpace(d[k - 1]))
            {
                k--;
            }

            if (k == 0)
            {
                return;
            }

            if (parts.Count == max)
            {
                parts.Add((0, k));
                return;
            }

            var m = k;
            while (m > 0 && !IsSpace(d[m - 1]))
            {
                m--;
            }

            parts.Add((m, k));
            k = m;
        }
    }

    private static void SplitOn(ReadOnlySpan<byte> d, ReadOnlySpan<byte> sep, long max, bool fromRight, List<(int, int)> parts)
    {
        if (!fromRight)
        {
            var pos = 0;
            while (parts.Count < max)
            {
                var i = d[pos..].IndexOf(sep);
                if (i < 0)
                {
                    break;
                }

                parts.Add((pos, pos + i));
                pos += i + sep.Length;
            }

            parts.Add((pos, d.Length));
            return;
        }

        var end = d.Length;
        while (parts.Count < max)
        {
            var i = d[..end].LastIndexOf(sep);
            if (i < 0)
            {
                break;
            }

            parts.Add((i + sep.Length, end));
            end = i;
        }

        parts.Add((0, end));
    }

    private static PyValue SplitLines(PyValue self, bool keepEnds)
    {
        var d = Data(self);
        var list = new PyList();
        var i = 0;
        while (i < d.Length)
        {
            var start = i;
            while (i < d.Length && d[i] != '\n' && d[i] != '\r')
            {
                i++;
            }

            var eol = i;
            if (i < d.Length)
            {
                i += d[i] == '\r' && i + 1 < d.Length && d[i + 1] == '\n' ? 2 : 1;
            }

            var end = keepEnds ? i : eol;
            list.Append(start == 0 && end == d.Length && self.Type == PyType.Bytes ? self : Make(self, d[start..end].ToArray()));
        }

        return PyValue.FromObject(list);
    }

    private static PyValue Partition(ThreadState ts, PyValue self, PyValue sepArg, bool fromRight)
    {
        if (!BytesLike.TryGetArgument(ts, sepArg, out var sep))
        {
            return PyValue.Error;
        }

        if (sep.IsEmpty)
        {
            return ts.SetError(PyExc.ValueError, "empty separator");
        }

        var d = Data(self);
        var i = fromRight ? d.LastIndexOf(sep) : d.IndexOf(sep);
        PyValue[] items;
        if (i < 0)
        {
            var empty1 = Make(self, []);
            var empty2 = Make(self, []);
            items = fromRight ? [empty1, empty2, Unchanged(self)] : [Unchanged(self), empty1, empty2];
        }
        else
        {
            // bytes returns the separator object itself; bytearray a new bytearray.
            var sepValue = self.AsObject is PyBytes ? sepArg : Make(self, sep.ToArray());
            items = [Make(self, d[..i].ToArray()), sepValue, Make(self, d[(i + sep.Length)..].ToArray())];
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private static PyValue Strip(ThreadState ts, ReadOnlySpan<PyValue> a, string name, bool left, bool right)
    {
        if (!BytesArgs.CheckPositional(ts, name, a, 0, 1))
        {
            return PyValue.Error;
        }

        ReadOnlySpan<byte> chars = default;
        var whitespace = a.Length < 2 || a[1].IsNone;
        if (!whitespace && !BytesLike.TryGetArgument(ts, a[1], out chars))
        {
            return PyValue.Error;
        }

        var d = Data(a[0]);
        var s = 0;
        var e = d.Length;
        if (left)
        {
            while (s < e && (whitespace ? IsSpace(d[s]) : chars.Contains(d[s])))
            {
                s++;
            }
        }

        if (right)
        {
            while (e > s && (whitespace ? IsSpace(d[e - 1]) : chars.Contains(d[e - 1])))
            {
                e--;
            }
        }

        return s == 0 && e == d.Length ? Unchanged(a[0]) : Make(a[0], d[s..e].ToArray());
    }
}
