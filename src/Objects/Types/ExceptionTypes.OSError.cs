namespace ProtoPython.Objects;

/// <summary>
/// OSError: <c>OSError(errno, strerror[, filename[, winerror[, filename2]]])</c>, the errno to
/// subclass mapping (<c>OSError(2, 'x')</c> is a FileNotFoundError), str and pickling.
/// </summary>
internal static partial class ExceptionTypes
{
    private static NewFunc? s_osErrorNew;
    private static InitFunc? s_osErrorInit;

    private static void InstallOSError()
    {
        var t = PyExc.OSError;
        t.New = s_osErrorNew = OSErrorNew;
        t.Init = s_osErrorInit = OSErrorInit;
        t.ToStr = OSErrorStr;
        Field<PyOSError>(t, "errno", static e => e.Errno, static (e, v) => e.Errno = v);
        Field<PyOSError>(t, "strerror", static e => e.StrError, static (e, v) => e.StrError = v);
        Field<PyOSError>(t, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        Field<PyOSError>(t, "filename2", static e => e.Filename2, static (e, v) => e.Filename2 = v);
        t.AddGetSet("characters_written", static (ts, v) =>
        {
            var e = (PyOSError)v.AsObject;
            return e.Written == -1 ? ts.SetError(PyExc.AttributeError, "characters_written") : PyValue.FromInt64(e.Written);
        }, static (ts, v, x) =>
        {
            var e = (PyOSError)v.AsObject;
            if (x.IsNull)
            {
                if (e.Written == -1)
                {
                    ts.SetError(PyExc.AttributeError, "characters_written");
                    return false;
                }

                e.Written = -1;
                return true;
            }

            if (!PyOps.TryIndexAsInt64(ts, x, PyExc.ValueError, out var n))
            {
                return false;
            }

            e.Written = n;
            return true;
        });
        t.AddMethod0("__reduce__", OSErrorReduce);
    }

    /// <summary>The errno values (Linux) that select an OSError subclass.</summary>
    internal static PyType? SubclassForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => PyExc.BlockingIOError, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => PyExc.ChildProcessError, // ECHILD
        32 or 108 => PyExc.BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => PyExc.ConnectionAbortedError,
        111 => PyExc.ConnectionRefusedError,
        104 => PyExc.ConnectionResetError,
        17 => PyExc.FileExistsError,
        2 => PyExc.FileNotFoundError,
        21 => PyExc.IsADirectoryError,
        20 => PyExc.NotADirectoryError,
        4 => PyExc.InterruptedError,
        1 or 13 => PyExc.PermissionError, // EPERM, EACCES
        3 => PyExc.ProcessLookupError, // ESRCH
        110 => PyExc.TimeoutError,
        _ => null,
    };

    // A subclass that overrides __init__ but not __new__ gets its arguments parsed by __init__.
    private static bool UsesInit(PyType type) => !ReferenceEquals(type.Init, s_osErrorInit) && ReferenceEquals(type.New, s_osErrorNew);

    private static PyValue OSErrorNew(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (UsesInit(type))
        {
            return PyValue.FromObject(Allocate(type));
        }

        if (!NoKeywords(ts, type, kw))
        {
            return PyValue.Error;
        }

        if (ReferenceEquals(type, PyExc.OSError) && args.Length is >= 2 and <= 5 && (args[0].IsInt64 || args[0].IsBool)
            && SubclassForErrno(args[0].AsInt64) is { } mapped)
        {
            type = mapped;
        }

        var e = (PyOSError)Allocate(type);
        return OSErrorFill(ts, e, args) ? PyValue.FromObject(e) : PyValue.Error;
    }

    private static bool OSErrorInit(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!UsesInit(self.Type))
        {
            return true;
        }

        return NoKeywords(ts, self.Type, kw) && OSErrorFill(ts, (PyOSError)self.AsObject, args);
    }

    // oserror_parse_args + oserror_init: two to five arguments are (errno, strerror, filename, winerror, filename2).
    private static bool OSErrorFill(ThreadState ts, PyOSError e, ReadOnlySpan<PyValue> args)
    {
        e.Args = args.Length == 0 ? PyTuple.Empty : new PyTuple(args.ToArray());
        if (args.Length is < 2 or > 5)
        {
            return true;
        }

        var filename = args.Length > 2 ? args[2] : PyValue.Null;
        if (!filename.IsNull && !filename.IsNone)
        {
            if (ReferenceEquals(e.Type, PyExc.BlockingIOError) && IsNumber(filename))
            {
                if (!PyOps.TryIndexAsInt64(ts, filename, PyExc.ValueError, out var written))
                {
                    return false;
                }

                e.Written = written;
            }
            else
            {
                e.Filename = filename;
                if (args.Length > 4 && !args[4].IsNone)
                {
                    e.Filename2 = args[4];
                }

                // The filename, winerror and filename2 are not part of args.
                e.Args = new PyTuple([args[0], args[1]]);
            }
        }

        e.Errno = args[0];
        e.StrError = args[1];
        return true;
    }

    private static bool IsNumber(PyValue v) => v.IsBool || v.Type.Index is not null || v.Type.ToInt is not null || v.Type.ToFloat is not null || v.IsExactInt || v.IsFloat;

    private static PyValue OSErrorStr(ThreadState ts, PyValue v)
    {
        var e = (PyOSError)v.AsObject;
        if (!e.Filename.IsNull)
        {
            var errno = PyOps.Str(ts, OrNone(e.Errno));
            var strerror = errno is null ? null : PyOps.Str(ts, OrNone(e.StrError));
            var file = strerror is null ? null : PyOps.Repr(ts, e.Filename);
            if (file is null)
            {
                return PyValue.Error;
            }

            var text = "[Errno " + errno!.Value + "] " + strerror!.Value + ": " + file.Value;
            if (!e.Filename2.IsNull)
            {
                if (PyOps.Repr(ts, e.Filename2) is not { } file2)
                {
                    return PyValue.Error;
                }

                text += " -> " + file2.Value;
            }

            return Str(text);
        }

        if (!e.Errno.IsNull && !e.StrError.IsNull)
        {
            var errno = PyOps.Str(ts, e.Errno);
            var strerror = errno is null ? null : PyOps.Str(ts, e.StrError);
            return strerror is null ? PyValue.Error : Str("[Errno " + errno!.Value + "] " + strerror.Value);
        }

        return BaseStr(ts, v);
    }

    // args holds only (errno, strerror) when a filename was given: put the filenames back.
    private static PyValue OSErrorReduce(ThreadState ts, PyValue self)
    {
        var e = (PyOSError)self.AsObject;
        var args = e.Args;
        if (args.Length == 2 && !e.Filename.IsNull)
        {
            args = e.Filename2.IsNull
                ? new PyTuple([args[0], args[1], e.Filename])
                : new PyTuple([args[0], args[1], e.Filename, PyValue.None, e.Filename2]);
        }

        var type = PyValue.FromObject(e.Type);
        return PyValue.FromObject(e.GetDict(false) is { } d
            ? new PyTuple([type, PyValue.FromObject(args), PyValue.FromObject(d)])
            : new PyTuple([type, PyValue.FromObject(args)]));
    }
}
