using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects;

/// <summary>str case mapping, character-class predicates, padding, tabs and translate.</summary>
internal static partial class StrType
{
    private static readonly string[] s_tabsizeNames = ["tabsize"];

    private static void InstallCase(PyType t)
    {
        t.AddMethod0("lower", static (ts, v) => CaseMap(v, StrCase.Lower, StrCase.Lower));
        t.AddMethod0("upper", static (ts, v) => CaseMap(v, StrCase.Upper, StrCase.Upper));
        t.AddMethod0("casefold", static (ts, v) => CaseMap(v, StrCase.CaseFold, StrCase.CaseFold));
        t.AddMethod0("title", static (ts, v) => CaseMap(v, StrCase.Title, StrCase.Title));
        t.AddMethod0("capitalize", static (ts, v) => CaseMap(v, StrCase.Capitalize, StrCase.Capitalize));
        t.AddMethod0("swapcase", static (ts, v) => CaseMap(v, StrCase.SwapCase, StrCase.SwapCase));
        t.AddMethod0("isalpha", static (ts, v) => Test(v, StrPredicates.IsAlpha));
        t.AddMethod0("isalnum", static (ts, v) => Test(v, StrPredicates.IsAlnum));
        t.AddMethod0("isdecimal", static (ts, v) => Test(v, StrPredicates.IsDecimal));
        t.AddMethod0("isdigit", static (ts, v) => Test(v, StrPredicates.IsDigit));
        t.AddMethod0("isnumeric", static (ts, v) => Test(v, StrPredicates.IsNumeric));
        t.AddMethod0("isspace", static (ts, v) => Test(v, StrPredicates.IsSpace));
        t.AddMethod0("isprintable", static (ts, v) => Test(v, StrPredicates.IsPrintable));
        t.AddMethod0("isidentifier", static (ts, v) => Test(v, StrPredicates.IsIdentifier));
        t.AddMethod0("islower", static (ts, v) => Test(v, StrPredicates.IsLower));
        t.AddMethod0("isupper", static (ts, v) => Test(v, StrPredicates.IsUpper));
        t.AddMethod0("istitle", static (ts, v) => Test(v, StrPredicates.IsTitle));
        t.AddMethod0("isascii", static (ts, v) => PyValue.FromBool(Self(v).Kind == StrKind.Ascii));
        t.AddMethod("center", static (ts, a, kw) => Pad(ts, a, kw, "center"));
        t.AddMethod("ljust", static (ts, a, kw) => Pad(ts, a, kw, "ljust"));
        t.AddMethod("rjust", static (ts, a, kw) => Pad(ts, a, kw, "rjust"));
        t.AddMethod1("zfill", ZFill);
        t.AddMethod("expandtabs", ExpandTabs);
        t.AddMethod1("translate", Translate);
        t.AddStaticMethod("maketrans", MakeTrans);
    }

    private delegate bool CodePointTest(ReadOnlySpan<int> text);

    // Narrow text is widened on the stack when short, so a predicate does not cache an int[] per str.
    private static PyValue Test(PyValue v, CodePointTest test)
    {
        var s = Self(v);
        if (!s.IsNarrow || s.Length > 256)
        {
            return PyValue.FromBool(test(s.CodePoints));
        }

        Span<int> buffer = stackalloc int[s.Length];
        var text = s.Value;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = text[i];
        }

        return PyValue.FromBool(test(buffer));
    }

    private static PyValue CaseMap(PyValue v, Func<string, string> text, Func<ReadOnlySpan<int>, int[]> codePoints)
    {
        var s = Self(v);
        return Str(s.HasSurrogates ? new PyStr(codePoints(s.CodePoints)) : new PyStr(text(s.Value)));
    }

    private static PyValue Pad(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name)
    {
        if (!StrArgs.Positional(ts, name, a, kw, 1, 2) || !StrArgs.Size(ts, a[1], out var width))
        {
            return PyValue.Error;
        }

        var fill = (int)' ';
        if (a.Length > 2)
        {
            if (a[2].AsObject is not PyStr f)
            {
                return ts.SetError(PyExc.TypeError, "The fill character must be a unicode character, not " + a[2].Type.Name);
            }

            if (f.Length != 1)
            {
                return ts.SetError(PyExc.TypeError, "The fill character must be exactly one character long");
            }

            fill = f[0];
        }

        var s = Self(a);
        if (s.Length >= width)
        {
            return Exact(a[0]);
        }

        var margin = width - s.Length;
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => (margin / 2) + (margin & width & 1),
        };
        return Padded(ts, s, left, margin - left, fill);
    }

    private static PyValue Padded(ThreadState ts, PyStr s, long left, long right, int fill)
    {
        if (left + right + s.Length > MaxStrLength)
        {
            return ts.SetError(PyExc.MemoryError, PyValue.None);
        }

        return Str(new StrWriter().AppendRepeated(fill, left).Append(s).AppendRepeated(fill, right).ToStr());
    }

    private static PyValue ZFill(ThreadState ts, PyValue self, PyValue widthValue)
    {
        if (!StrArgs.Size(ts, widthValue, out var width))
        {
            return PyValue.Error;
        }

        var s = Self(self);
        if (s.Length >= width)
        {
            return Exact(self);
        }

        var fill = width - s.Length;
        var w = new StrWriter();
        var body = 0;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            w.AppendCodePoint(s[0]);
            body = 1;
        }

        return Str(w.AppendRepeated('0', fill).Append(s, body, s.Length).ToStr());
    }

    private static PyValue ExpandTabs(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[1];
        var tabsize = 8L;
        if (!StrArgs.Keywords(ts, "expandtabs", a, kw, s_tabsizeNames, 0, 0, p) || (!p[0].IsNull && !StrArgs.Size(ts, p[0], out tabsize, cInt: true)))
        {
            return PyValue.Error;
        }

        var s = Self(a);
        var w = new StrWriter();
        var column = 0L;
        for (var i = 0; i < s.Length; i++)
        {
            var cp = s[i];
            if (cp == '\t')
            {
                if (tabsize > 0)
                {
                    var incr = tabsize - (column % tabsize);
                    column += incr;
                    if (column > MaxStrLength)
                    {
                        return ts.SetError(PyExc.OverflowError, "result too long");
                    }

                    w.AppendRepeated(' ', incr);
                }
            }
            else
            {
                column++;
                w.AppendCodePoint(cp);
                if (cp is '\n' or '\r')
                {
                    column = 0;
                }
            }
        }

        return Str(w.ToStr());
    }

    private static PyValue Translate(ThreadState ts, PyValue self, PyValue table)
    {
        var s = Self(self);
        var w = new StrWriter();
        for (var i = 0; i < s.Length; i++)
        {
            var cp = s[i];
            var mapped = PyOps.GetItem(ts, table, PyValue.FromInt64(cp));
            if (mapped.IsError)
            {
                if (!ts.ErrorMatches(PyExc.LookupError))
                {
                    return PyValue.Error;
                }

                ts.ClearError();
                w.AppendCodePoint(cp);
            }
            else if (mapped.IsNone)
            {
                continue;
            }
            else if (PyInt.IsInt(mapped))
            {
                if (!PyInt.TryGetBigInteger(mapped, out var n) || n < 0 || n >= 0x110000)
                {
                    return ts.SetError(PyExc.ValueError, "character mapping must be in range(0x110000)");
                }

                w.AppendCodePoint((int)n);
            }
            else if (mapped.AsObject is PyStr text)
            {
                w.Append(text);
            }
            else
            {
                return ts.SetError(PyExc.TypeError, "character mapping must return integer, None or str");
            }
        }

        return Str(w.ToStr());
    }

    private static PyValue MakeTrans(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "maketrans() takes no keyword arguments");
        }

        if (a.Length is < 1 or > 3)
        {
            return ts.SetError(PyExc.TypeError, "maketrans expected " + (a.Length < 1 ? "at least 1 argument" : "at most 3 arguments") + ", got " + a.Length);
        }

        for (var k = 1; k < a.Length; k++)
        {
            if (a[k].AsObject is not PyStr)
            {
                return ts.SetError(PyExc.TypeError, "maketrans() argument " + (k + 1) + " must be str, not " + StrArgs.ClinicTypeName(a[k]));
            }
        }

        var result = new PyDict();
        if (a.Length == 1)
        {
            if (a[0].AsObject is not PyDict source)
            {
                return ts.SetError(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
            }

            foreach (var (key, value) in source)
            {
                PyValue code;
                if (key.AsObject is PyStr ks)
                {
                    if (ks.Length != 1)
                    {
                        return ts.SetError(PyExc.ValueError, "string keys in translatetable must be of length 1");
                    }

                    code = PyValue.FromInt64(ks[0]);
                }
                else if (PyInt.IsInt(key))
                {
                    code = key;
                }
                else
                {
                    return ts.SetError(PyExc.TypeError, "keys in translate table mustbe strings or integers");
                }

                if (!result.SetItem(ts, code, value))
                {
                    return PyValue.Error;
                }
            }

            return PyValue.FromObject(result);
        }

        if (a[0].AsObject is not PyStr x)
        {
            return ts.SetError(PyExc.TypeError, "first maketrans argument must be a string if there is a second argument");
        }

        var y = (PyStr)a[1].AsObject;
        if (x.Length != y.Length)
        {
            return ts.SetError(PyExc.ValueError, "the first two maketrans arguments must have equal length");
        }

        for (var i = 0; i < x.Length; i++)
        {
            result.SetItem(ts, PyValue.FromInt64(x[i]), PyValue.FromInt64(y[i]));
        }

        if (a.Length == 3)
        {
            var z = (PyStr)a[2].AsObject;
            for (var i = 0; i < z.Length; i++)
            {
                result.SetItem(ts, PyValue.FromInt64(z[i]), PyValue.None);
            }
        }

        return PyValue.FromObject(result);
    }
}
