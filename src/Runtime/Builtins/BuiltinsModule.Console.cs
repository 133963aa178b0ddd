using ProtoPython.Objects;
using ProtoPython.Runtime.IO;

namespace ProtoPython.Runtime.Builtins;

/// <summary><c>print</c> and <c>input</c>, through <c>sys.stdout</c>/<c>sys.stdin</c>/<c>sys.stderr</c>.</summary>
public static partial class BuiltinsModule
{
    private static readonly string[] s_printNames = ["sep", "end", "file", "flush"];
    private static readonly PyStr s_write = PyStr.Intern("write");
    private static readonly PyStr s_flush = PyStr.Intern("flush");
    private static readonly PyStr s_readline = PyStr.Intern("readline");
    private static readonly PyStr s_space = PyStr.Intern(" ");
    private static readonly PyStr s_newline = PyStr.Intern("\n");

    /// <summary>
    /// Reads <c>sys.stdout</c>, <c>sys.stderr</c> or <c>sys.stdin</c> (the name without "sys."):
    /// the sys module installs a lookup of its attributes; Null means the attribute is gone.
    /// By default the process's <see cref="PyTextStream"/>s.
    /// </summary>
    public static Func<ThreadState, string, PyValue> SysStream { get; set; } = static (ts, name) => PyValue.FromObject(name switch
    {
        "stdout" => PyTextStream.StdOut,
        "stderr" => PyTextStream.StdErr,
        _ => PyTextStream.StdIn,
    });

    private static void AddConsoleFunctions(PyModule m)
    {
        Add(m, "print", Print);
        Add(m, "input", Input, NativeArity.Positional);
    }

    private static PyValue Print(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var nargs = args.Length - nkw;
        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (!ArgParser.ParseVarArgKeywords(ts, "print", args, kwnames, s_printNames, p))
        {
            return PyValue.Error;
        }

        var file = p[2];
        if (file.IsNull || file.IsNone)
        {
            file = SysStream(ts, "stdout");
            if (file.IsNull)
            {
                return ts.SetError(PyExc.RuntimeError, "lost sys.stdout");
            }

            if (file.IsNone)
            {
                return PyValue.None;
            }
        }

        var sep = p[0].IsNull || p[0].IsNone ? s_space : p[0].AsObject as PyStr;
        if (sep is null)
        {
            return ts.SetError(PyExc.TypeError, "sep must be None or a string, not " + p[0].Type.Name);
        }

        var end = p[1].IsNull || p[1].IsNone ? s_newline : p[1].AsObject as PyStr;
        if (end is null)
        {
            return ts.SetError(PyExc.TypeError, "end must be None or a string, not " + p[1].Type.Name);
        }

        for (var i = 0; i < nargs; i++)
        {
            if ((i > 0 && !WriteText(ts, file, sep)) || !WriteObject(ts, file, args[i]))
            {
                return PyValue.Error;
            }
        }

        if (!WriteText(ts, file, end))
        {
            return PyValue.Error;
        }

        if (!p[3].IsNull)
        {
            var truth = PyOps.IsTrue(ts, p[3]);
            if (truth < 0 || (truth > 0 && PyOps.CallMethod(ts, file, s_flush, default).IsError))
            {
                return PyValue.Error;
            }
        }

        return PyValue.None;
    }

    // PyFile_WriteObject with Py_PRINT_RAW: file.write(str(v)).
    private static bool WriteObject(ThreadState ts, PyValue file, PyValue v)
    {
        var text = PyOps.Str(ts, v);
        return text is not null && WriteText(ts, file, text);
    }

    private static bool WriteText(ThreadState ts, PyValue file, PyStr text)
    {
        if (file.AsObject is PyTextStream stream && file.Type == PyTextStream.TypeObject)
        {
            return stream.Write(ts, text) >= 0;
        }

        var write = PyOps.GetAttr(ts, file, s_write);
        return !write.IsError && !PyOps.Call1(ts, write, PyValue.FromObject(text)).IsError;
    }

    /// <summary><c>input(prompt='')</c>: writes the prompt to stdout, reads a line from stdin without its newline.</summary>
    private static PyValue Input(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "input", args, kwnames, 0, 1))
        {
            return PyValue.Error;
        }

        var stdin = SysStream(ts, "stdin");
        var stdout = SysStream(ts, "stdout");
        var stderr = SysStream(ts, "stderr");
        foreach (var (f, name) in new[] { (stdin, "stdin"), (stdout, "stdout"), (stderr, "stderr") })
        {
            if (f.IsNull || f.IsNone)
            {
                return ts.SetError(PyExc.RuntimeError, "input(): lost sys." + name);
            }
        }

        if (PyOps.CallMethod(ts, stderr, s_flush, default).IsError)
        {
            return PyValue.Error;
        }

        if (args.Length > 0 && !WriteObject(ts, stdout, args[0]))
        {
            return PyValue.Error;
        }

        if (PyOps.CallMethod(ts, stdout, s_flush, default).IsError)
        {
            return PyValue.Error;
        }

        var line = PyOps.CallMethod(ts, stdin, s_readline, default);
        if (line.IsError)
        {
            return line;
        }

        if (line.AsObject is not PyStr s)
        {
            return ts.SetError(PyExc.TypeError, "object.readline() returned non-string");
        }

        if (s.Length == 0)
        {
            return ts.SetError(RuntimeExceptions.EOFError, "EOF when reading a line");
        }

        var text = s.Value;
        return text.EndsWith('\n') ? PyValue.FromObject(new PyStr(text[..^1])) : line;
    }
}
