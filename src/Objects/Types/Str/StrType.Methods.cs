using ProtoPython.Objects.Formatting;

namespace ProtoPython.Objects;

/// <summary>
/// str's dunders beyond the basic slots (repeat, %, slicing, iteration, construction) and the
/// format family; also int/float/bool <c>__format__</c>, whose mini-language lives with str's.
/// </summary>
internal static partial class StrType
{
    /// <summary>Largest str length we build (.NET's string limit); CPython's limit is PY_SSIZE_T_MAX.</summary>
    internal const long MaxStrLength = 0x3FFFFFDF;

    private static readonly string[] s_newNames = ["object", "encoding", "errors"];

    /// <summary>
    /// Decodes bytes-like objects for <c>str(b, encoding, errors)</c>: set by the bytes/codecs
    /// code when it lands (arguments: object, encoding or null, errors or null).
    /// </summary>
    internal static Func<ThreadState, PyValue, string?, string?, PyValue>? DecodeHook { get; set; }

    static partial void InstallMethods()
    {
        var t = PyType.Str;
        t.Contains = static (ts, v, item) =>
        {
            if (item.AsObject is not PyStr sub)
            {
                ts.SetError(PyExc.TypeError, "'in <string>' requires string as left operand, not " + item.Type.Name);
                return -1;
            }

            var s = (PyStr)v.AsObject;
            return Find(s, sub, 0, s.Length, reverse: false) >= 0 ? 1 : 0;
        };
        t.Number[(int)NumberOp.Multiply] = Repeat;
        t.Number[(int)NumberOp.Remainder] = static (ts, a, b) =>
            a.AsObject is PyStr format ? PercentFormat.Format(ts, format, b) : PyValue.NotImplemented;
        t.GetItem = GetItem;
        t.Iter = static (ts, v) => PyValue.FromObject(new PyStrIterator((PyStr)v.AsObject));
        t.New = New;
        t.AddMethod0("__getnewargs__", static (ts, v) => PyValue.FromObject(new PyTuple([PyValue.FromObject(new PyStr(Self(v).CodePoints))])));
        t.AddMethod1("__format__", static (ts, self, specValue) => specValue.AsObject is PyStr spec
            ? NumberFormat.FormatStr(ts, Self(self), spec)
            : ts.SetError(PyExc.TypeError, "__format__() argument must be str, not " + StrArgs.ClinicTypeName(specValue)));
        t.AddMethod("format", static (ts, a, kw) =>
        {
            var npos = a.Length - 1 - (kw?.Length ?? 0);
            var positional = a.Slice(1, npos).ToArray();
            var keywords = PyValue.Null;
            if (kw is { Length: > 0 })
            {
                var d = new PyDict();
                for (var k = 0; k < kw.Length; k++)
                {
                    d.SetItem(ts, kw[k], a[1 + npos + k]);
                }

                keywords = PyValue.FromObject(d);
            }

            return StrFormatter.Format(ts, Self(a), positional, keywords, isFormatMap: false);
        });
        t.AddMethod1("format_map", static (ts, s, mapping) => StrFormatter.Format(ts, Self(s), [], mapping, isFormatMap: true));
        InstallSearch(t);
        InstallSplit(t);
        InstallCase(t);
        PyStrIterator.Install(PyType.StrIterator);
        PyStrIterator.Install(PyType.StrAsciiIterator);
        InstallNumberFormat();
    }

    private static void InstallNumberFormat()
    {
        PyType.Int.AddMethod1("__format__", static (ts, v, specValue) => specValue.AsObject is PyStr spec
            ? NumberFormat.FormatInt(ts, v, spec, v.IsBool ? "bool" : v.Type.Name)
            : ts.SetError(PyExc.TypeError, "__format__() argument must be str, not " + StrArgs.ClinicTypeName(specValue)));
        PyType.Float.AddMethod1("__format__", static (ts, v, specValue) => specValue.AsObject is PyStr spec
            ? NumberFormat.FormatFloat(ts, v.AsDouble, spec)
            : ts.SetError(PyExc.TypeError, "__format__() argument must be str, not " + StrArgs.ClinicTypeName(specValue)));
        PyType.Complex.AddMethod1("__format__", static (ts, v, specValue) =>
        {
            if (specValue.AsObject is not PyStr spec)
            {
                return ts.SetError(PyExc.TypeError, "__format__() argument must be str, not " + StrArgs.ClinicTypeName(specValue));
            }

            if (spec.Length == 0)
            {
                return PyOps.Str(ts, v) is { } s ? PyValue.FromObject(s) : PyValue.Error;
            }

            var c = (PyComplex)v.AsObject;
            return NumberFormat.FormatComplex(ts, c.Real, c.Imag, spec);
        });
    }

    private static PyValue Repeat(ThreadState ts, PyValue a, PyValue b)
    {
        PyValue text, count;
        if (a.AsObject is PyStr)
        {
            (text, count) = (a, b);
        }
        else if (b.AsObject is PyStr)
        {
            (text, count) = (b, a);
        }
        else
        {
            return PyValue.NotImplemented;
        }

        if (!PyInt.IsInt(count) && count.Type.Index is null)
        {
            // A user type on the right may still define __rmul__.
            if (ReferenceEquals(text.AsObject, a.AsObject) && count.Type.HasFlag(TypeFlags.HeapType) && count.Type.Number[(int)NumberOp.Multiply] is not null)
            {
                return PyValue.NotImplemented;
            }

            // seq * 'x' with a sequence on the left: the left operand's repeat reports the error.
            if (ReferenceEquals(text.AsObject, b.AsObject))
            {
                return PyValue.NotImplemented;
            }

            return ts.SetError(PyExc.TypeError, "can't multiply sequence by non-int of type '" + count.Type.Name + "'");
        }

        if (!PyOps.TryIndexAsInt64(ts, count, PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        var s = (PyStr)text.AsObject;
        if (n <= 0 || s.Length == 0)
        {
            return PyValue.FromObject(PyStr.Empty);
        }

        if (n == 1)
        {
            return Exact(text);
        }

        if (n > long.MaxValue / s.Length)
        {
            return ts.SetError(PyExc.OverflowError, "repeated string is too long");
        }

        if (n * s.Length > MaxStrLength)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        var w = new StrWriter();
        if (s.Length == 1)
        {
            w.AppendRepeated(s[0], n);
        }
        else
        {
            for (var i = 0L; i < n; i++)
            {
                w.Append(s);
            }
        }

        return PyValue.FromObject(w.ToStr());
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var s = (PyStr)v.AsObject;
        if (PyInt.IsInt(key) || key.Type.Index is not null)
        {
            return SequenceHelpers.TryNormalizeIndex(ts, key, s.Length, "string", out var i)
                ? PyValue.FromObject(PyStr.FromCodePoint(s[(int)i])) : PyValue.Error;
        }

        if (key.Type != PyType.Slice)
        {
            return ts.SetError(PyExc.TypeError, "string indices must be integers, not '" + key.Type.Name + "'");
        }

        if (!StrSlice.Unpack(ts, key, s.Length, out var start, out var step, out var length))
        {
            return PyValue.Error;
        }

        if (step == 1)
        {
            return PyValue.FromObject(s.Slice((int)start, (int)(start + length)));
        }

        var w = new StrWriter();
        for (long k = 0, i = start; k < length; k++, i += step)
        {
            w.AppendCodePoint(s[(int)i]);
        }

        return PyValue.FromObject(w.ToStr());
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        if (args.Length - nkw > 3)
        {
            return ts.SetError(PyExc.TypeError, "str expected at most 3 arguments, got " + (args.Length - nkw));
        }

        // StrArgs.Keywords expects a receiver slot first.
        var withSelf = new PyValue[args.Length + 1];
        args.CopyTo(withSelf.AsSpan(1));
        Span<PyValue> p = new PyValue[3];
        if (!StrArgs.Keywords(ts, "str", withSelf, kwnames, s_newNames, 0, 0, p))
        {
            return PyValue.Error;
        }

        var result = Construct(ts, p);
        if (result.IsError || ReferenceEquals(type, PyType.Str))
        {
            return result;
        }

        // A subclass instance: a fresh PyStr of that type (never a shared or interned one).
        var instance = ((PyStr)result.AsObject).Copy();
        instance.Type = type;
        return PyValue.FromObject(instance);
    }

    private static PyValue Construct(ThreadState ts, Span<PyValue> p)
    {
        if (p[1].IsNull && p[2].IsNull)
        {
            if (p[0].IsNull)
            {
                return PyValue.FromObject(PyStr.Empty);
            }

            return PyOps.Str(ts, p[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error;
        }

        string? encoding = null, errors = null;
        for (var k = 1; k < 3; k++)
        {
            if (p[k].IsNull)
            {
                continue;
            }

            if (p[k].AsObject is not PyStr text)
            {
                return ts.SetError(PyExc.TypeError, "str() argument '" + s_newNames[k] + "' must be str, not " + p[k].Type.Name);
            }

            if (k == 1)
            {
                encoding = text.Value;
            }
            else
            {
                errors = text.Value;
            }
        }

        if (p[0].IsNull)
        {
            return PyValue.FromObject(PyStr.Empty);
        }

        var obj = p[0];

        if (obj.AsObject is PyStr)
        {
            return ts.SetError(PyExc.TypeError, "decoding str is not supported");
        }

        if (!BytesLike.IsBuffer(obj))
        {
            return ts.SetError(PyExc.TypeError, "decoding to str: need a bytes-like object, " + obj.Type.Name + " found");
        }

        return DecodeHook is { } decode ? decode(ts, obj, encoding, errors) : ts.SetError(PyExc.NotImplementedError, "str(bytes, encoding) needs the codecs");
    }
}
