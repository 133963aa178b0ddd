namespace ProtoPython.Objects;

/// <summary>SyntaxError (and IndentationError, TabError, _IncompleteInputError): <c>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset[, metadata]]))</c>.</summary>
internal static partial class ExceptionTypes
{
    private static void InstallSyntaxError()
    {
        var t = PyExc.SyntaxError;
        t.Init = SyntaxErrorInit;
        t.ToStr = SyntaxErrorStr;
        Field<PySyntaxError>(t, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        Field<PySyntaxError>(t, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        Field<PySyntaxError>(t, "lineno", static e => e.Lineno, static (e, v) => e.Lineno = v);
        Field<PySyntaxError>(t, "offset", static e => e.Offset, static (e, v) => e.Offset = v);
        Field<PySyntaxError>(t, "text", static e => e.Text, static (e, v) => e.Text = v);
        Field<PySyntaxError>(t, "end_lineno", static e => e.EndLineno, static (e, v) => e.EndLineno = v);
        Field<PySyntaxError>(t, "end_offset", static e => e.EndOffset, static (e, v) => e.EndOffset = v);
        Field<PySyntaxError>(t, "print_file_and_line", static e => e.PrintFileAndLine, static (e, v) => e.PrintFileAndLine = v);
        Field<PySyntaxError>(t, "_metadata", static e => e.Metadata, static (e, v) => e.Metadata = v);
    }

    private static bool SyntaxErrorInit(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!BaseInit(ts, self, args, kw))
        {
            return false;
        }

        var e = (PySyntaxError)self.AsObject;
        if (args.Length >= 1)
        {
            e.Msg = args[0];
        }

        if (args.Length != 2)
        {
            return true;
        }

        var info = SequenceToArray(ts, args[1]);
        if (info is null)
        {
            return false;
        }

        if (info.Length is < 4 or > 7)
        {
            ts.SetError(PyExc.TypeError, "function takes at " + (info.Length < 4 ? "least 4" : "most 7") + " arguments (" + info.Length + " given)");
            return false;
        }

        e.Filename = info[0];
        e.Lineno = info[1];
        e.Offset = info[2];
        e.Text = info[3];
        e.EndLineno = info.Length > 4 ? info[4] : PyValue.Null;
        e.EndOffset = info.Length > 5 ? info[5] : PyValue.Null;
        if (info.Length > 6)
        {
            e.Metadata = info[6];
        }

        if (!e.EndLineno.IsNull && e.EndOffset.IsNull)
        {
            ts.SetError(PyExc.TypeError, "end_offset must be provided when end_lineno is provided");
            return false;
        }

        return true;
    }

    // "msg (file, line N)": the file's base name; the line only when lineno is an exact int.
    private static PyValue SyntaxErrorStr(ThreadState ts, PyValue v)
    {
        var e = (PySyntaxError)v.AsObject;
        string? filename = null;
        if (e.Filename.AsObject is PyStr f)
        {
            var slash = f.Value.LastIndexOf('/');
            filename = slash < 0 ? f.Value : f.Value[(slash + 1)..];
        }

        var haveLineno = !e.Lineno.IsNull && e.Lineno.IsExactInt;
        var msg = PyOps.Str(ts, OrNone(e.Msg));
        if (msg is null)
        {
            return PyValue.Error;
        }

        if (filename is null && !haveLineno)
        {
            return PyValue.FromObject(msg);
        }

        // %ld of PyLong_AsLong: -1 when it does not fit.
        var line = haveLineno ? (e.Lineno.IsInt64 ? e.Lineno.AsInt64 : -1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Str(filename is not null && haveLineno ? msg.Value + " (" + filename + ", line " + line + ")"
            : filename is not null ? msg.Value + " (" + filename + ")"
            : msg.Value + " (line " + line + ")");
    }
}
