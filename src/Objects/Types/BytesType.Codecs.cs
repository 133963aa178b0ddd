namespace ProtoPython.Objects;

/// <summary>str.encode, bytes/bytearray.decode and the UnicodeEncodeError/UnicodeDecodeError types.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_codecNames = ["encoding", "errors"];

    private static void InstallCodecMethods()
    {
        PyType.Str.AddMethod("encode", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            if (!BytesArgs.Parse(ts, "encode", a, kw, true, s_codecNames, 0, 0, v)
                || !BytesArgs.TryString(ts, "encode", "encoding", v[0], "utf-8", out var encoding)
                || !BytesArgs.TryString(ts, "encode", "errors", v[1], "strict", out var errors))
            {
                return PyValue.Error;
            }

            return Codecs.Encode(ts, (PyStr)a[0].AsObject, encoding, errors);
        });
        NativeFunction decode = static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            if (!BytesArgs.Parse(ts, "decode", a, kw, true, s_codecNames, 0, 0, v)
                || !BytesArgs.TryString(ts, "decode", "encoding", v[0], "utf-8", out var encoding)
                || !BytesArgs.TryString(ts, "decode", "errors", v[1], "strict", out var errors))
            {
                return PyValue.Error;
            }

            return Codecs.Decode(ts, Data(a[0]), encoding, errors);
        };
        PyType.Bytes.AddMethod("decode", decode);
        PyType.ByteArray.AddMethod("decode", decode);
    }

    private static void InstallUnicodeErrors()
    {
        foreach (var t in new[] { UnicodeErrors.EncodeError, UnicodeErrors.DecodeError })
        {
            var encode = t == UnicodeErrors.EncodeError;
            t.New = encode ? static (ts, type, args, kw) => NewUnicodeError(ts, type, args, kw, true) : static (ts, type, args, kw) => NewUnicodeError(ts, type, args, kw, false);
            t.Init = static (ts, self, args, kw) => true;
            t.ToStr = static (ts, v) => PyValue.FromObject(new PyStr(((PyUnicodeError)v.AsObject).Describe()));
            t.Repr = static (ts, v) => PyExc.BaseException.Repr!(ts, v);
            t.AddGetSet("encoding", static (ts, v) => PyValue.FromObject(U(v).Encoding), static (ts, v, x) => SetStrAttr(ts, x, s => U(v).Encoding = s));
            t.AddGetSet("reason", static (ts, v) => PyValue.FromObject(U(v).Reason), static (ts, v, x) => SetStrAttr(ts, x, s => U(v).Reason = s));
            t.AddGetSet("object", static (ts, v) => U(v).Object, static (ts, v, x) =>
            {
                U(v).Object = x;
                return true;
            });
            t.AddGetSet("start", static (ts, v) => PyValue.FromInt64(U(v).Start), static (ts, v, x) =>
            {
                if (!BytesArgs.TryIndex(ts, x, out var n))
                {
                    return false;
                }

                U(v).Start = n;
                return true;
            });
            t.AddGetSet("end", static (ts, v) => PyValue.FromInt64(U(v).End), static (ts, v, x) =>
            {
                if (!BytesArgs.TryIndex(ts, x, out var n))
                {
                    return false;
                }

                U(v).End = n;
                return true;
            });
        }
    }

    private static PyUnicodeError U(PyValue v) => (PyUnicodeError)v.AsObject;

    private static bool SetStrAttr(ThreadState ts, PyValue x, Action<PyStr> set)
    {
        if (x.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "attribute must be unicode, not " + x.Type.Name);
            return false;
        }

        set(s);
        return true;
    }

    /// <summary>UnicodeEncodeError(encoding, object, start, end, reason) / UnicodeDecodeError(...) from Python.</summary>
    private static PyValue NewUnicodeError(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw, bool encode)
    {
        var name = encode ? "UnicodeEncodeError" : "UnicodeDecodeError";
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, name + "() takes no keyword arguments");
        }

        if (args.Length != 5)
        {
            return ts.SetError(PyExc.TypeError, "function takes exactly 5 arguments (" + args.Length + " given)");
        }

        if (args[0].AsObject is not PyStr enc)
        {
            return ts.SetError(PyExc.TypeError, "argument 1 must be str, not " + args[0].Type.Name);
        }

        var obj = args[1];
        if (encode && obj.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "argument 2 must be str, not " + obj.Type.Name);
        }

        if (!encode)
        {
            if (!BytesLike.TryGetSpan(obj, out var raw))
            {
                return ts.SetError(PyExc.TypeError, "argument 2 must be bytes-like object, not " + obj.Type.Name);
            }

            obj = obj.AsObject is PyBytes ? obj : PyBytes.From(raw.ToArray());
        }

        if (!BytesArgs.TryIndex(ts, args[2], out var start) || !BytesArgs.TryIndex(ts, args[3], out var end))
        {
            return PyValue.Error;
        }

        if (args[4].AsObject is not PyStr reason)
        {
            return ts.SetError(PyExc.TypeError, "argument 5 must be str, not " + args[4].Type.Name);
        }

        var e = new PyUnicodeError(type, enc, obj, start, end, reason);
        e.Args = new PyTuple(args.ToArray());
        return PyValue.FromObject(e);
    }
}
