using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects;

/// <summary>str splitting, joining and stripping.</summary>
internal static partial class StrType
{
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_splitlinesNames = ["keepends"];

    private static void InstallSplit(PyType t)
    {
        t.AddMethod("split", static (ts, a, kw) => Split(ts, a, kw, "split", reverse: false));
        t.AddMethod("rsplit", static (ts, a, kw) => Split(ts, a, kw, "rsplit", reverse: true));
        t.AddMethod("splitlines", SplitLines);
        t.AddMethod1("join", Join);
        t.AddMethod("strip", static (ts, a, kw) => Strip(ts, a, kw, "strip", left: true, right: true));
        t.AddMethod("lstrip", static (ts, a, kw) => Strip(ts, a, kw, "lstrip", left: true, right: false));
        t.AddMethod("rstrip", static (ts, a, kw) => Strip(ts, a, kw, "rstrip", left: false, right: true));
    }

    private static PyValue Split(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool reverse)
    {
        if (a.Length == 1 && kw is null && !reverse && Self(a).IsNarrow)
        {
            return PyValue.FromObject(SplitNarrowWhitespace(Self(a)));
        }

        Span<PyValue> p = new PyValue[2];
        if (!StrArgs.Keywords(ts, name, a, kw, s_splitNames, 0, 0, p))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        PyStr? sep = null;
        if (!p[0].IsNull && !p[0].IsNone)
        {
            sep = p[0].AsObject as PyStr;
            if (sep is null)
            {
                return ts.SetError(PyExc.TypeError, "must be str or None, not " + p[0].Type.Name);
            }

            if (sep.Length == 0)
            {
                return ts.SetError(PyExc.ValueError, "empty separator");
            }
        }

        var max = -1L;
        if (!p[1].IsNull && !StrArgs.Size(ts, p[1], out max))
        {
            return PyValue.Error;
        }

        if (max < 0)
        {
            max = long.MaxValue;
        }

        var parts = new List<PyValue>();
        if (sep is null)
        {
            if (reverse)
            {
                RSplitWhitespace(s, max, parts);
            }
            else
            {
                SplitWhitespace(s, max, parts);
            }
        }
        else if (reverse)
        {
            var end = s.Length;
            while (max-- > 0)
            {
                var i = Find(s, sep, 0, end, reverse: true);
                if (i < 0)
                {
                    break;
                }

                parts.Add(Str(s.Slice(i + sep.Length, end)));
                end = i;
            }

            parts.Add(Str(s.Slice(0, end)));
            parts.Reverse();
        }
        else
        {
            var start = 0;
            while (max-- > 0)
            {
                var i = Find(s, sep, start, s.Length, reverse: false);
                if (i < 0)
                {
                    break;
                }

                parts.Add(Str(s.Slice(start, i)));
                start = i + sep.Length;
            }

            parts.Add(Str(s.Slice(start, s.Length)));
        }

        return PyValue.FromObject(PyList.FromValues(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts)));
    }

    // s.split() of a str whose UTF-16 units are its code points: straight into the list.
    private static PyList SplitNarrowWhitespace(PyStr s)
    {
        var text = s.Value;
        var result = new PyList();
        var n = text.Length;
        var i = 0;
        while (true)
        {
            while (i < n && UnicodeDatabase.IsSpace(text[i]))
            {
                i++;
            }

            if (i == n)
            {
                return result;
            }

            var j = i++;
            while (i < n && !UnicodeDatabase.IsSpace(text[i]))
            {
                i++;
            }

            result.Append(Str(j == 0 && i == n && s.Type == PyType.Str ? s : s.Slice(j, i)));
        }
    }

    private static void SplitWhitespace(PyStr s, long max, List<PyValue> parts)
    {
        var n = s.Length;
        var i = 0;
        while (max-- > 0)
        {
            while (i < n && UnicodeDatabase.IsSpace(s[i]))
            {
                i++;
            }

            if (i == n)
            {
                break;
            }

            var j = i++;
            while (i < n && !UnicodeDatabase.IsSpace(s[i]))
            {
                i++;
            }

            parts.Add(Str(s.Slice(j, i)));
        }

        while (i < n && UnicodeDatabase.IsSpace(s[i]))
        {
            i++;
        }

        if (i < n)
        {
            parts.Add(Str(s.Slice(i, n)));
        }
    }

    private static void RSplitWhitespace(PyStr s, long max, List<PyValue> parts)
    {
        var i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && UnicodeDatabase.IsSpace(s[i]))
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            var j = i--;
            while (i >= 0 && !UnicodeDatabase.IsSpace(s[i]))
            {
                i--;
            }

            parts.Add(Str(s.Slice(i + 1, j + 1)));
        }

        while (i >= 0 && UnicodeDatabase.IsSpace(s[i]))
        {
            i--;
        }

        if (i >= 0)
        {
            parts.Add(Str(s.Slice(0, i + 1)));
        }

        parts.Reverse();
    }

    private static PyValue SplitLines(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[1];
        if (!StrArgs.Keywords(ts, "splitlines", a, kw, s_splitlinesNames, 0, 0, p))
        {
            return PyValue.Error;
        }

        var keep = 0;
        if (!p[0].IsNull && (keep = PyOps.IsTrue(ts, p[0])) < 0)
        {
            return PyValue.Error;
        }

        var s = Self(a);
        var lines = new PyList();
        var n = s.Length;
        var i = 0;
        while (i < n)
        {
            var j = i;
            while (i < n && !UnicodeDatabase.IsLinebreak(s[i]))
            {
                i++;
            }

            var eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keep > 0)
                {
                    eol = i;
                }
            }

            lines.Append(Str(s.Slice(j, eol)));
        }

        return PyValue.FromObject(lines);
    }

    private static PyValue Join(ThreadState ts, PyValue self, PyValue iterable)
    {
        var joined = JoinNarrow(Self(self), iterable.AsObject);
        if (joined is not null)
        {
            return Str(joined);
        }

        var items = new List<PyValue>();
        if (iterable.AsObject is PyTuple tuple)
        {
            items.AddRange(tuple.Items);
        }
        else
        {
            var it = PyOps.GetIter(ts, iterable);
            if (it.IsError)
            {
                if (ts.ErrorMatches(PyExc.TypeError))
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, "can only join an iterable");
                }

                return PyValue.Error;
            }

            int r;
            while ((r = PyOps.Next(ts, it, out var item)) > 0)
            {
                items.Add(item);
            }

            if (r < 0)
            {
                return PyValue.Error;
            }
        }

        var sep = Self(self);
        if (items.Count == 1 && items[0].Type == PyType.Str)
        {
            return items[0];
        }

        var w = new StrWriter();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].AsObject is not PyStr part)
            {
                return ts.SetError(PyExc.TypeError, "sequence item " + i + ": expected str instance, " + items[i].Type.Name + " found");
            }

            if (i > 0)
            {
                w.Append(sep);
            }

            w.Append(part);
        }

        return Str(w.ToStr());
    }

    // sep.join(list or tuple of strs) when every str's UTF-16 units are its code points: one
    // string.Create, no item list and no builder. Null to take the general path (other iterables,
    // non-str items and their TypeError, astral text).
    private static PyStr? JoinNarrow(PyStr sep, PyObject iterable)
    {
        var list = iterable.GetType() == typeof(PyList) ? (PyList)iterable : null;
        var tuple = iterable.GetType() == typeof(PyTuple) ? (PyTuple)iterable : null;
        if ((list is null && tuple is null) || !sep.IsNarrow)
        {
            return null;
        }

        var count = list?.Count ?? tuple!.Length;
        if (count < 2)
        {
            return null;
        }

        long total = (long)sep.Value.Length * (count - 1);
        for (var i = 0; i < count; i++)
        {
            if ((list is not null ? list.ItemAt(i) : tuple![i]).AsObject is not PyStr part || !part.IsNarrow)
            {
                return null;
            }

            total += part.Value.Length;
        }

        if (total > int.MaxValue)
        {
            return null;
        }

        var text = string.Create((int)total, (sep.Value, list, tuple, count), static (span, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.count; i++)
            {
                if (i > 0)
                {
                    state.Item1.CopyTo(span[at..]);
                    at += state.Item1.Length;
                }

                var part = ((PyStr)(state.list is not null ? state.list.ItemAt(i) : state.tuple![i]).AsObject).Value;
                part.CopyTo(span[at..]);
                at += part.Length;
            }
        });
        return new PyStr(text);
    }

    private static PyValue Strip(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool left, bool right)
    {
        if (!StrArgs.Positional(ts, name, a, kw, 0, 1))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        PyStr? chars = null;
        if (a.Length > 1 && !a[1].IsNone)
        {
            chars = a[1].AsObject as PyStr;
            if (chars is null)
            {
                return ts.SetError(PyExc.TypeError, name + " arg must be None or str");
            }
        }

        var start = 0;
        var end = s.Length;
        if (left)
        {
            while (start < end && Strippable(s[start], chars))
            {
                start++;
            }
        }

        if (right)
        {
            while (end > start && Strippable(s[end - 1], chars))
            {
                end--;
            }
        }

        return Str(s.Slice(start, end));
    }

    private static bool Strippable(int cp, PyStr? chars)
    {
        if (chars is null)
        {
            return UnicodeDatabase.IsSpace(cp);
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == cp)
            {
                return true;
            }
        }

        return false;
    }
}
