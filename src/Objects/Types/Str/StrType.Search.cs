namespace ProtoPython.Objects;

/// <summary>str searching: find/index/count/startswith/endswith/replace/partition/removeprefix.</summary>
internal static partial class StrType
{
    private static void InstallSearch(PyType t)
    {
        t.AddMethod("find", static (ts, a, kw) => FindMethod(ts, a, kw, "find", reverse: false, raise: false));
        t.AddMethod("rfind", static (ts, a, kw) => FindMethod(ts, a, kw, "rfind", reverse: true, raise: false));
        t.AddMethod("index", static (ts, a, kw) => FindMethod(ts, a, kw, "index", reverse: false, raise: true));
        t.AddMethod("rindex", static (ts, a, kw) => FindMethod(ts, a, kw, "rindex", reverse: true, raise: true));
        t.AddMethod("count", Count);
        t.AddMethod("startswith", static (ts, a, kw) => TailMatch(ts, a, kw, "startswith", atEnd: false));
        t.AddMethod("endswith", static (ts, a, kw) => TailMatch(ts, a, kw, "endswith", atEnd: true));
        t.AddMethod("replace", Replace);
        t.AddMethod1("partition", static (ts, s, sep) => Partition(ts, s, sep, reverse: false));
        t.AddMethod1("rpartition", static (ts, s, sep) => Partition(ts, s, sep, reverse: true));
        t.AddMethod1("removeprefix", static (ts, s, p) => RemoveAffix(ts, s, p, "removeprefix", suffix: false));
        t.AddMethod1("removesuffix", static (ts, s, p) => RemoveAffix(ts, s, p, "removesuffix", suffix: true));
    }

    private static PyStr Self(ReadOnlySpan<PyValue> a) => (PyStr)a[0].AsObject;

    private static PyStr Self(PyValue v) => (PyStr)v.AsObject;

    /// <summary>The index of <paramref name="sub"/> in s[start:end], or -1 (code point indices).</summary>
    internal static int Find(PyStr s, PyStr sub, int start, int end, bool reverse)
    {
        if (end - start < sub.Length)
        {
            return -1;
        }

        if (sub.Length == 0)
        {
            return reverse ? end : start;
        }

        return s.IsNarrow && sub.IsNarrow
            ? FindIn<char>(s.Value.AsSpan(), sub.Value.AsSpan(), start, end, reverse)
            : FindIn<int>(s.CodePoints, sub.CodePoints, start, end, reverse);
    }

    private static int FindIn<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int start, int end, bool reverse)
        where T : IEquatable<T>
    {
        var window = s[start..end];
        var i = reverse ? SubstringSearch.LastIndexOf(window, sub) : SubstringSearch.IndexOf(window, sub);
        return i < 0 ? -1 : i + start;
    }

    private static long CountIn(PyStr s, PyStr sub, int start, int end, long max)
    {
        if (end - start < sub.Length)
        {
            return 0;
        }

        if (sub.Length == 0)
        {
            return Math.Min(end - start + 1L, max);
        }

        long n = 0;
        while (n < max)
        {
            var i = Find(s, sub, start, end, reverse: false);
            if (i < 0)
            {
                break;
            }

            n++;
            start = i + sub.Length;
        }

        return n;
    }

    private static PyValue FindMethod(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool reverse, bool raise)
    {
        if (!StrArgs.Positional(ts, name, a, kw, 1, 3))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        if (StrArgs.Str(ts, a[1], name, 1) is not { } sub || !StrArgs.Range(ts, a, 2, s.Length, out var start, out var end))
        {
            return PyValue.Error;
        }

        var i = Find(s, sub, start, end, reverse);
        if (i < 0 && raise)
        {
            return ts.SetError(PyExc.ValueError, "substring not found");
        }

        return PyValue.FromInt64(i);
    }

    private static PyValue Count(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!StrArgs.Positional(ts, "count", a, kw, 1, 3))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        if (StrArgs.Str(ts, a[1], "count", 1) is not { } sub || !StrArgs.Range(ts, a, 2, s.Length, out var start, out var end))
        {
            return PyValue.Error;
        }

        return PyValue.FromInt64(CountIn(s, sub, start, end, long.MaxValue));
    }

    private static bool Matches(PyStr s, PyStr part, int start, int end, bool atEnd)
    {
        if (end - start < part.Length)
        {
            return false;
        }

        var at = atEnd ? end - part.Length : start;
        if (s.IsNarrow && part.IsNarrow)
        {
            return s.Value.AsSpan(at, part.Length).SequenceEqual(part.Value.AsSpan());
        }

        return s.CodePoints.Slice(at, part.Length).SequenceEqual(part.CodePoints);
    }

    private static PyValue TailMatch(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool atEnd)
    {
        if (!StrArgs.Positional(ts, name, a, kw, 1, 3))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        if (!StrArgs.Range(ts, a, 2, s.Length, out var start, out var end))
        {
            return PyValue.Error;
        }

        if (a[1].AsObject is PyTuple options)
        {
            foreach (var option in options.Items)
            {
                if (option.AsObject is not PyStr part)
                {
                    return ts.SetError(PyExc.TypeError, "tuple for " + name + " must only contain str, not " + option.Type.Name);
                }

                if (Matches(s, part, start, end, atEnd))
                {
                    return PyValue.True;
                }
            }

            return PyValue.False;
        }

        if (a[1].AsObject is not PyStr single)
        {
            return ts.SetError(PyExc.TypeError, name + " first arg must be str or a tuple of str, not " + a[1].Type.Name);
        }

        return PyValue.FromBool(Matches(s, single, start, end, atEnd));
    }

    private static readonly string[] s_replaceNames = ["old", "new", "count"];

    private static PyValue Replace(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[3];
        if (!StrArgs.Keywords(ts, "replace", a, kw, s_replaceNames, 2, 2, p))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        if (StrArgs.Str(ts, p[0], "replace", 1) is not { } old || StrArgs.Str(ts, p[1], "replace", 2) is not { } replacement)
        {
            return PyValue.Error;
        }

        var max = long.MaxValue;
        if (!p[2].IsNull && !StrArgs.Size(ts, p[2], out max))
        {
            return PyValue.Error;
        }

        if (max < 0)
        {
            max = long.MaxValue;
        }

        var result = Replace(s, old, replacement, max);
        return ReferenceEquals(result, s) ? Exact(a[0]) : PyValue.FromObject(result);
    }

    internal static PyStr Replace(PyStr s, PyStr old, PyStr replacement, long max)
    {
        var n = CountIn(s, old, 0, s.Length, max);
        if (n == 0)
        {
            return s;
        }

        var w = new StrWriter();
        if (old.Length == 0)
        {
            // Before every character, and at the end when count allows.
            for (var i = 0; i < s.Length; i++)
            {
                if (i < n)
                {
                    w.Append(replacement);
                }

                w.AppendCodePoint(s[i]);
            }

            if (n > s.Length)
            {
                w.Append(replacement);
            }

            return w.ToStr();
        }

        var position = 0;
        for (var k = 0L; k < n; k++)
        {
            var i = Find(s, old, position, s.Length, reverse: false);
            w.Append(s, position, i).Append(replacement);
            position = i + old.Length;
        }

        return w.Append(s, position, s.Length).ToStr();
    }

    private static PyValue Partition(ThreadState ts, PyValue self, PyValue sepValue, bool reverse)
    {
        var s = Self(self);
        if (sepValue.AsObject is not PyStr sep)
        {
            return ts.SetError(PyExc.TypeError, "must be str, not " + sepValue.Type.Name);
        }

        if (sep.Length == 0)
        {
            return ts.SetError(PyExc.ValueError, "empty separator");
        }

        var i = Find(s, sep, 0, s.Length, reverse);
        PyValue[] parts = i < 0
            ? (reverse ? [Str(PyStr.Empty), Str(PyStr.Empty), self] : [self, Str(PyStr.Empty), Str(PyStr.Empty)])
            : [Str(s.Slice(0, i)), sepValue, Str(s.Slice(i + sep.Length, s.Length))];
        return PyValue.FromObject(new PyTuple(parts));
    }

    private static PyValue RemoveAffix(ThreadState ts, PyValue self, PyValue affixValue, string name, bool suffix)
    {
        var s = Self(self);
        if (affixValue.AsObject is not PyStr affix)
        {
            return ts.SetError(PyExc.TypeError, name + "() argument must be str, not " + StrArgs.ClinicTypeName(affixValue));
        }

        if (affix.Length == 0 || !Matches(s, affix, 0, s.Length, suffix))
        {
            return Exact(self);
        }

        return Str(suffix ? s.Slice(0, s.Length - affix.Length) : s.Slice(affix.Length, s.Length));
    }

    private static PyValue Str(PyStr s) => PyValue.FromObject(s);

    // CPython hands back the receiver itself only when it is an exact str.
    private static PyValue Exact(PyValue v) => v.Type == PyType.Str ? v : PyValue.FromObject(((PyStr)v.AsObject).Copy());
}
