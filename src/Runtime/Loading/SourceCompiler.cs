using ProtoPython.Compiler;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Loading;

/// <summary>Compiles source at run time (modules, exec, eval, compile()), turning compiler errors into Python exceptions.</summary>
public static class SourceCompiler
{
    /// <summary>Source text or bytes to a code object; null with SyntaxError (or RecursionError, MemoryError...) pending.</summary>
    public static PyCode? Compile(ThreadState ts, object source, string filename, CompileMode mode, CompileFlags flags = CompileFlags.None, int optimize = -1) =>
        CompileCodeObject(ts, source, filename, mode, flags, optimize) is { } code ? CodeLoader.Load(ts, code) : null;

    /// <summary>The compiler's code object (what the module cache stores); null with the exception pending.</summary>
    public static Compiler.Code.CodeObject? CompileCodeObject(ThreadState ts, object source, string filename, CompileMode mode, CompileFlags flags = CompileFlags.None, int optimize = -1)
    {
        var options = new CompileOptions(filename, mode, flags, optimize);
        return Run(ts, () => source switch
        {
            byte[] bytes => PythonCompiler.Compile(bytes, options),
            string text => PythonCompiler.Compile(text, options),
            _ => throw new ArgumentException("source must be bytes or a string", nameof(source)),
        });
    }

    /// <summary>
    /// Runs a front-end step (parse, compile a tree...), turning PythonSyntaxError and
    /// CompilerLimitError into the pending Python exception; null then.
    /// </summary>
    public static T? Run<T>(ThreadState ts, Func<T> step)
        where T : class
    {
        try
        {
            return step();
        }
        catch (PythonSyntaxError e)
        {
            ts.SetError(ToSyntaxError(e));
            return null;
        }
        catch (CompilerLimitError e)
        {
            var type = e.PythonTypeName switch
            {
                "RecursionError" => PyExc.RecursionError,
                "MemoryError" => PyExc.MemoryError,
                "OverflowError" => PyExc.OverflowError,
                _ => PyExc.SystemError,
            };
            ts.SetError(type, e.Message);
            return null;
        }
    }

    /// <summary>A SyntaxError (or IndentationError/TabError) object with CPython's attributes.</summary>
    public static PyBaseException ToSyntaxError(PythonSyntaxError e)
    {
        var type = e.TypeName switch
        {
            "IndentationError" => Lookup("IndentationError"),
            "TabError" => Lookup("TabError"),
            _ => PyExc.SyntaxError,
        };
        var ts = ThreadState.Current;
        PyValue Str(string? s) => s is null ? PyValue.None : PyValue.FromObject(new PyStr(s));
        var details = new PyTuple([Str(e.Filename), PyValue.FromInt64(e.Lineno), PyValue.FromInt64(e.Offset), Str(e.Text), PyValue.FromInt64(e.EndLineno), PyValue.FromInt64(e.EndOffset)]);
        var made = PyOps.Call2(ts, PyValue.FromObject(type), Str(e.Msg), PyValue.FromObject(details));
        if (made.AsObject is PyBaseException exc)
        {
            SetIfMissing(exc, "msg", Str(e.Msg));
            SetIfMissing(exc, "filename", Str(e.Filename));
            SetIfMissing(exc, "lineno", PyValue.FromInt64(e.Lineno));
            SetIfMissing(exc, "offset", PyValue.FromInt64(e.Offset));
            SetIfMissing(exc, "text", Str(e.Text));
            SetIfMissing(exc, "end_lineno", PyValue.FromInt64(e.EndLineno));
            SetIfMissing(exc, "end_offset", PyValue.FromInt64(e.EndOffset));
            return exc;
        }

        ts.ClearError();
        return PyBaseException.Create(PyExc.SyntaxError, e.Msg);
    }

    private static void SetIfMissing(PyBaseException exc, string name, PyValue value)
    {
        var key = PyStr.Intern(name);
        if (PyOps.TryGetAttr(ThreadState.Current, PyValue.FromObject(exc), key, out _) <= 0)
        {
            ThreadState.Current.ClearError();
            exc.SetAttribute(key, value);
        }
    }

    private static PyType Lookup(string name)
    {
        foreach (var t in BuiltinTypes.AllTypes())
        {
            if (t.Name == name)
            {
                return t;
            }
        }

        return PyExc.SyntaxError;
    }
}
