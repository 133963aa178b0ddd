using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// <c>sys.excepthook</c> / <c>sys.__excepthook__</c> and the printing of an uncaught exception
/// through whatever <c>sys.excepthook</c> holds, with CPython's fallbacks (<c>_PyErr_PrintEx</c>):
/// "sys.excepthook is missing", and "Error in sys.excepthook:" ... "Original exception was:" when
/// the hook itself raises.
/// </summary>
internal static class ExceptHook
{
    /// <summary>Adds the default hook to sys under both names.</summary>
    public static void Install(PythonRuntime rt)
    {
        var hook = PyValue.FromObject(new PyBuiltinFunction("excepthook", (ts, args, kw) => DefaultHook(rt, ts, args), NativeArity.Positional, "sys"));
        rt.Sys.SetStr(PyStr.Intern("excepthook"), hook);
        rt.Sys.SetStr(PyStr.Intern("__excepthook__"), hook);
    }

    private static PyValue DefaultHook(PythonRuntime rt, ThreadState ts, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != 3)
        {
            return ts.SetError(PyExc.TypeError, "excepthook expected 3 arguments, got " + args.Length);
        }

        Display(rt, ts, args[1], args[2]);
        return PyValue.None;
    }

    /// <summary>
    /// Prints the uncaught exception <paramref name="exc"/> (already fetched) via sys.excepthook.
    /// Returns the exit status when the hook raised SystemExit, else null.
    /// </summary>
    public static int? PrintUncaught(PythonRuntime rt, ThreadState ts, PyBaseException exc, Func<PyBaseException, int> exitCode)
    {
        var value = PyValue.FromObject(exc);
        var tb = exc.Traceback is { } t ? PyValue.FromObject(t) : PyValue.None;
        rt.Sys.SetStr(PyStr.Intern("last_exc"), value);
        rt.Sys.SetStr(PyStr.Intern("last_type"), PyValue.FromObject(exc.Type));
        rt.Sys.SetStr(PyStr.Intern("last_value"), value);
        rt.Sys.SetStr(PyStr.Intern("last_traceback"), tb);
        if (!rt.Sys.TryGetStr(PyStr.Intern("excepthook"), out var hook))
        {
            WriteStderr(rt, ts, "sys.excepthook is missing\n");
            Display(rt, ts, value, tb);
            return null;
        }

        var result = PyOps.Call(ts, hook, [PyValue.FromObject(exc.Type), value, tb]);
        if (!result.IsError)
        {
            return null;
        }

        var failure = ts.FetchError()!;
        if (failure.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return exitCode(failure);
        }

        rt.StdOut.Flush();
        WriteStderr(rt, ts, "Error in sys.excepthook:\n");
        Display(rt, ts, PyValue.FromObject(failure), PyValue.None);
        WriteStderr(rt, ts, "\nOriginal exception was:\n");
        Display(rt, ts, value, tb);
        return null;
    }

    /// <summary>PyErr_Display: the report of <paramref name="value"/> on sys.stderr, then a flush.</summary>
    public static void Display(PythonRuntime rt, ThreadState ts, PyValue value, PyValue tb)
    {
        if (!rt.Sys.TryGetStr(PyStr.Intern("stderr"), out var file))
        {
            rt.StdErr.Write("lost sys.stderr\n");
            rt.StdErr.Flush();
            return;
        }

        if (file.IsNone)
        {
            return;
        }

        DisplayTo(rt, ts, file, value, tb);
    }

    /// <summary>The report of <paramref name="value"/> on <paramref name="file"/>, then a flush (errors while writing are dropped).</summary>
    public static void DisplayTo(PythonRuntime rt, ThreadState ts, PyValue file, PyValue value, PyValue tb)
    {
        List<string> chunks;
        if (value.AsObject is PyBaseException exc)
        {
            if (exc.Traceback is null && tb.AsObject is PyTraceback t)
            {
                exc.Traceback = t;
            }

            chunks = TracebackPrinter.FormatChunks(ts, exc);
        }
        else
        {
            chunks = ["TypeError: print_exception(): Exception expected for value, " + value.Type.Name + " found\n"];
        }

        foreach (var chunk in chunks)
        {
            if (!Write(ts, file, chunk) || !Write(ts, file, ""))
            {
                break;
            }
        }

        if (PyOps.CallMethod(ts, file, PyStr.Intern("flush"), []).IsError)
        {
            ts.ClearError();
        }
    }

    private static bool Write(ThreadState ts, PyValue file, string text)
    {
        if (PyOps.CallMethod(ts, file, PyStr.Intern("write"), [PyValue.FromObject(new PyStr(text))]).IsError)
        {
            ts.ClearError();
            return false;
        }

        return true;
    }

    /// <summary>PySys_WriteStderr: sys.stderr.write, or the process's stderr when that fails.</summary>
    private static void WriteStderr(PythonRuntime rt, ThreadState ts, string text)
    {
        if (rt.Sys.TryGetStr(PyStr.Intern("stderr"), out var file) && !file.IsNone && Write(ts, file, text))
        {
            return;
        }

        rt.StdErr.Write(text);
    }
}
