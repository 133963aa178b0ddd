namespace ProtoPython.Objects;

/// <summary>
/// UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (object bytes-like,
/// stored as bytes), UnicodeTranslateError(object, start, end, reason): fields and messages.
/// </summary>
internal static partial class ExceptionTypes
{
    private static void InstallUnicodeErrors()
    {
        foreach (var t in new[] { PyExc.UnicodeEncodeError, PyExc.UnicodeDecodeError, PyExc.UnicodeTranslateError })
        {
            Field<PyUnicodeErrorObject>(t, "encoding", static e => e.Encoding, static (e, v) => e.Encoding = v);
            Field<PyUnicodeErrorObject>(t, "object", static e => e.Object, static (e, v) => e.Object = v);
            Field<PyUnicodeErrorObject>(t, "reason", static e => e.Reason, static (e, v) => e.Reason = v);
            t.AddGetSet("start", static (ts, v) => PyValue.FromInt64(U(v).Start), static (ts, v, x) => SetIndexField(ts, x, out var n) && Set(() => U(v).Start = n));
            t.AddGetSet("end", static (ts, v) => PyValue.FromInt64(U(v).End), static (ts, v, x) => SetIndexField(ts, x, out var n) && Set(() => U(v).End = n));
        }

        PyExc.UnicodeEncodeError.Init = static (ts, self, args, kw) => UnicodeInit(ts, self, args, kw, UnicodeKind.Encode);
        PyExc.UnicodeDecodeError.Init = static (ts, self, args, kw) => UnicodeInit(ts, self, args, kw, UnicodeKind.Decode);
        PyExc.UnicodeTranslateError.Init = static (ts, self, args, kw) => UnicodeInit(ts, self, args, kw, UnicodeKind.Translate);
        PyExc.UnicodeEncodeError.ToStr = EncodeStr;
        PyExc.UnicodeDecodeError.ToStr = DecodeStr;
        PyExc.UnicodeTranslateError.ToStr = TranslateStr;
    }

    private enum UnicodeKind
    {
        Encode,
        Decode,
        Translate,
    }

    private static PyUnicodeErrorObject U(PyValue v) => (PyUnicodeErrorObject)v.AsObject;

    private static bool Set(Action a)
    {
        a();
        return true;
    }

    // A Py_ssize_t member: ints only (no __index__), 64 bits.
    private static bool SetIndexField(ThreadState ts, PyValue x, out long n)
    {
        n = 0;
        if (x.IsNull)
        {
            ts.SetError(PyExc.TypeError, "can't delete numeric/char attribute");
            return false;
        }

        if (!x.Type.IsSubtypeOf(PyType.Int))
        {
            ts.SetError(PyExc.TypeError, "an integer is required");
            return false;
        }

        return IntToSsize(ts, x, out n);
    }

    private static bool IntToSsize(ThreadState ts, PyValue x, out long n)
    {
        if (x.IsInt64 || x.IsBool)
        {
            n = x.AsInt64;
            return true;
        }

        n = 0;
        ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }

    // "UUnnU" / "UOnnU" (object made bytes) / "UnnU" in CPython's PyArg_ParseTuple formats.
    private static bool UnicodeInit(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw, UnicodeKind kind)
    {
        if (!BaseInit(ts, self, args, kw))
        {
            return false;
        }

        var expected = kind == UnicodeKind.Translate ? 4 : 5;
        if (args.Length != expected)
        {
            ts.SetError(PyExc.TypeError, "function takes exactly " + expected + " arguments (" + args.Length + " given)");
            return false;
        }

        var e = U(self);
        var i = 0;
        var encoding = PyValue.None;
        if (kind != UnicodeKind.Translate)
        {
            if (!ArgStr(ts, args[0], 1))
            {
                return false;
            }

            encoding = args[i++];
        }

        var obj = args[i];
        if (kind == UnicodeKind.Decode)
        {
            if (!ReferenceEquals(obj.Type, PyType.Bytes))
            {
                if (!obj.Type.IsSubtypeOf(PyType.Bytes) && !obj.Type.IsSubtypeOf(PyType.ByteArray))
                {
                    ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + obj.Type.Name + "'");
                    return false;
                }

                obj = PyOps.Call1(ts, PyValue.FromObject(PyType.Bytes), obj);
                if (obj.IsError)
                {
                    return false;
                }
            }
        }
        else if (!ArgStr(ts, obj, i + 1))
        {
            return false;
        }

        i++;
        if (!ArgIndex(ts, args[i++], out var start) || !ArgIndex(ts, args[i++], out var end) || !ArgStr(ts, args[i], i + 1))
        {
            return false;
        }

        e.Encoding = encoding;
        e.Object = obj;
        e.Start = start;
        e.End = end;
        e.Reason = args[i];
        return true;
    }

    private static bool ArgStr(ThreadState ts, PyValue v, int position)
    {
        if (v.AsObject is PyStr)
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, "argument " + position + " must be str, not " + TypeNameForArg(v));
        return false;
    }

    private static string TypeNameForArg(PyValue v) => v.IsNone ? "None" : v.Type.Name;

    // The "n" format: __index__, then 64 bits.
    private static bool ArgIndex(ThreadState ts, PyValue v, out long n)
    {
        n = 0;
        var i = v.IsInt64 || v.IsBool ? v : PyOps.Index(ts, v);
        return !i.IsError && IntToSsize(ts, i, out n);
    }

    // The three messages share their structure: one unit at start, or a range.
    private static PyValue EncodeStr(ThreadState ts, PyValue v) => UnicodeStr(ts, v, UnicodeKind.Encode);

    private static PyValue DecodeStr(ThreadState ts, PyValue v) => UnicodeStr(ts, v, UnicodeKind.Decode);

    private static PyValue TranslateStr(ThreadState ts, PyValue v) => UnicodeStr(ts, v, UnicodeKind.Translate);

    private static PyValue UnicodeStr(ThreadState ts, PyValue v, UnicodeKind kind)
    {
        var e = U(v);
        if (e.Object.IsNull)
        {
            return PyValue.FromObject(PyStr.Intern(""));
        }

        var reason = PyOps.Str(ts, OrNone(e.Reason));
        var encoding = reason is null || kind == UnicodeKind.Translate ? null : PyOps.Str(ts, OrNone(e.Encoding));
        if (reason is null || (encoding is null && kind != UnicodeKind.Translate))
        {
            return PyValue.Error;
        }

        // str() of reason or encoding may have run Python code that deleted the object.
        if (e.Object.IsNull)
        {
            return ts.SetError(PyExc.TypeError, "UnicodeError 'object' attribute is not set");
        }

        var objectOk = kind == UnicodeKind.Decode ? e.Object.Type.IsSubtypeOf(PyType.Bytes) : e.Object.AsObject is PyStr;
        if (!objectOk)
        {
            return ts.SetError(PyExc.TypeError, "UnicodeError 'object' attribute must be a " + (kind == UnicodeKind.Decode ? "bytes" : "string"));
        }

        var length = PyOps.Length(ts, e.Object);
        if (length < 0)
        {
            return PyValue.Error;
        }

        var prefix = kind == UnicodeKind.Translate ? "can't translate " : "'" + encoding!.Value + "' codec can't " + (kind == UnicodeKind.Encode ? "encode " : "decode ");
        var start = e.Start;
        var end = e.End;
        if (start >= 0 && start < length && end == start + 1)
        {
            if (kind == UnicodeKind.Decode)
            {
                var b = PyOps.GetItem(ts, e.Object, PyValue.FromInt64(start));
                return b.IsError ? b : Str(prefix + "byte 0x" + (b.AsInt64 & 0xff).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)
                    + " in position " + start + ": " + reason.Value);
            }

            var ch = ((PyStr)e.Object.AsObject)[(int)start];
            var escaped = ch <= 0xff ? "\\x" + ch.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)
                : ch <= 0xffff ? "\\u" + ch.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)
                : "\\U" + ch.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            return Str(prefix + "character '" + escaped + "' in position " + start + ": " + reason.Value);
        }

        return Str(prefix + (kind == UnicodeKind.Decode ? "bytes" : "characters") + " in position " + start + "-" + (end - 1) + ": " + reason.Value);
    }
}
