using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>posix</c>: what <c>os.py</c>, <c>posixpath</c>, <c>shutil</c>, <c>tempfile</c> and <c>pathlib</c>
/// need, over libc (Linux): files by descriptor, stat, directories, environ (bytes, as CPython on
/// posix), process ids. <c>_path_normpath</c> and <c>_path_splitroot_ex</c> are left to posixpath's
/// pure-Python fallbacks.
/// </summary>
internal sealed partial class PosixModule : INativeModule
{
    public string Name => "posix";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("posix");
        AddConstants(m);
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        m.Add("stat_result", PyValue.FromObject(PosixStat.ResultType));
        m.Add("terminal_size", PyValue.FromObject(s_terminalSize.Value));
        m.Add("DirEntry", PyValue.FromObject(PosixDirEntry.TypeObject));
        m.Add("environ", PyValue.FromObject(Environ(ts)));
        m.Add("_have_functions", PyValue.FromObject(PyList.FromValues([PyValue.FromObject(PyStr.Intern("HAVE_LSTAT"))])));
        m.AddFunction("fspath", static (ts, a, kw) => ArgParser.CheckPositional(ts, "fspath", a, kw, 1, 1) ? PosixPath.FsPath(ts, a[0]) : PyValue.Error);
        m.AddFunction("strerror", static (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var n)
            ? PyValue.FromObject(new PyStr(ErrnoModule.StrError((int)n))) : PyValue.Error, NativeArity.One);
        m.AddFunction("getpid", static (ts, a, kw) => PyValue.FromInt64(Environment.ProcessId), NativeArity.NoArgs);
        m.AddFunction("getppid", static (ts, a, kw) => PyValue.FromInt64(PosixNative.GetPPid()), NativeArity.NoArgs);
        m.AddFunction("getuid", static (ts, a, kw) => PyValue.FromInt64(PosixNative.GetUid()), NativeArity.NoArgs);
        m.AddFunction("geteuid", static (ts, a, kw) => PyValue.FromInt64(PosixNative.GetEUid()), NativeArity.NoArgs);
        m.AddFunction("getgid", static (ts, a, kw) => PyValue.FromInt64(PosixNative.GetGid()), NativeArity.NoArgs);
        m.AddFunction("getegid", static (ts, a, kw) => PyValue.FromInt64(PosixNative.GetEGid()), NativeArity.NoArgs);
        m.AddFunction("cpu_count", static (ts, a, kw) => PyValue.FromInt64(Environment.ProcessorCount), NativeArity.NoArgs);
        m.AddFunction("urandom", Urandom, NativeArity.One);
        m.AddFunction("getcwd", static (ts, a, kw) => PyValue.FromObject(new PyStr(Directory.GetCurrentDirectory())), NativeArity.NoArgs);
        m.AddFunction("getcwdb", static (ts, a, kw) => PyBytes.From(Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory())), NativeArity.NoArgs);
        m.AddFunction("chdir", ChDir);
        m.AddFunction("umask", static (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var n)
            ? PyValue.FromInt64(PosixNative.UMask((int)n)) : PyValue.Error, NativeArity.One);
        m.AddFunction("putenv", PutEnv, NativeArity.Positional);
        m.AddFunction("unsetenv", UnsetEnv, NativeArity.One);
        m.AddFunction("_exit", static (ts, a, kw) =>
        {
            if (!PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var status))
            {
                return PyValue.Error;
            }

            Console.Out.Flush();
            PosixNative.Exit((int)status);
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("kill", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "kill", a, kw, 2, 2) || !PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var pid)
                || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var sig))
            {
                return PyValue.Error;
            }

            return PosixNative.Kill((int)pid, (int)sig) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        });
        m.AddFunction("get_terminal_size", GetTerminalSize, NativeArity.Positional);
        m.AddFunction("device_encoding", static (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var fd)
            ? (PosixNative.IsATty((int)fd) == 1 ? PyValue.FromObject(PyStr.Intern("UTF-8")) : PyValue.None) : PyValue.Error, NativeArity.One);
        m.AddFunction("isatty", static (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var fd)
            ? PyValue.FromBool(PosixNative.IsATty((int)fd) == 1) : PyValue.Error, NativeArity.One);
        m.AddFunction("waitstatus_to_exitcode", static (ts, a, kw) =>
        {
            if (!PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var status))
            {
                return PyValue.Error;
            }

            if ((status & 0x7f) == 0)
            {
                return PyValue.FromInt64((status >> 8) & 0xff);
            }

            return ((status & 0xff) + 1) >> 1 > 0 ? PyValue.FromInt64(-(status & 0x7f)) : ts.SetError(PyExc.ValueError, "invalid wait status: " + status);
        }, NativeArity.One);
        PosixFiles.Register(m);
        PosixStat.Register(m);
        PosixStatVfs.Register(m);
        PosixProcess.Register(m);
        PosixDirectories.Register(m);
        return m;
    }

    private static readonly Lazy<PyType> s_terminalSize = new(() => StructSequenceType.Create("terminal_size", "os", ["columns", "lines"]));

    private static PyDict Environ(ThreadState ts)
    {
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            environ.SetItem(ts, PyBytes.From(Encoding.UTF8.GetBytes((string)e.Key)), PyBytes.From(Encoding.UTF8.GetBytes((string?)e.Value ?? "")));
        }

        return environ;
    }

    private static string? EnvText(ThreadState ts, PyValue v, string func)
    {
        var fs = PosixPath.FsPath(ts, v, func + ": expected str, bytes or os.PathLike object, not ");
        return fs.IsError ? null : fs.AsObject is PyBytes b ? Encoding.UTF8.GetString(b.Span) : ((PyStr)fs.AsObject).Value;
    }

    private static PyValue PutEnv(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "putenv", a, kw, 2, 2) || EnvText(ts, a[0], "putenv") is not { } name || EnvText(ts, a[1], "putenv") is not { } value)
        {
            return PyValue.Error;
        }

        if (name.Length == 0 || name.Contains('='))
        {
            return ts.SetError(PyExc.ValueError, "illegal environment variable name");
        }

        Environment.SetEnvironmentVariable(name, value);
        return PyValue.None;
    }

    private static PyValue UnsetEnv(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (EnvText(ts, a[0], "unsetenv") is not { } name)
        {
            return PyValue.Error;
        }

        if (name.Length == 0 || name.Contains('='))
        {
            return ts.SetError(PyExc.ValueError, "illegal environment variable name");
        }

        Environment.SetEnvironmentVariable(name, null);
        return PyValue.None;
    }

    private static PyValue Urandom(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        return n < 0 ? ts.SetError(PyExc.ValueError, "negative argument not allowed") : PyBytes.From(RandomNumberGenerator.GetBytes((int)n));
    }

    private static PyValue ChDir(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[1];
        if (!ArgParser.Parse(ts, "chdir", a, kw, ["path"], 1, 0, args) || !PosixPath.TryConvert(ts, "chdir", "path", args[0], false, out var path))
        {
            return PyValue.Error;
        }

        try
        {
            Directory.SetCurrentDirectory(path.Text);
            return PyValue.None;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PosixErrors.Raise(ts, Directory.Exists(path.Text) ? 13 : File.Exists(path.Text) ? 20 : 2, path.Original);
        }
    }

    private static unsafe PyValue GetTerminalSize(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        long fd = 1;
        if (a.Length > 0 && !PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out fd))
        {
            return PyValue.Error;
        }

        var winsize = stackalloc ushort[4];
        if (PosixNative.IoCtl((int)fd, 0x5413, winsize) != 0)
        {
            return PosixErrors.Raise(ts);
        }

        return PyValue.FromObject(StructSequenceType.Make(s_terminalSize.Value, PyValue.FromInt64(winsize[1]), PyValue.FromInt64(winsize[0])));
    }
}

/// <summary>OSError (its errno subclass) from the last libc error.</summary>
internal static class PosixErrors
{
    public static PyValue Raise(ThreadState ts, PyValue filename = default, PyValue filename2 = default) =>
        Raise(ts, Marshal.GetLastPInvokeError(), filename, filename2);

    public static PyValue Raise(ThreadState ts, int errno, PyValue filename = default, PyValue filename2 = default)
    {
        var args = new List<PyValue> { PyValue.FromInt64(errno), PyValue.FromObject(new PyStr(ErrnoModule.StrError(errno))) };
        if (!filename.IsNull)
        {
            args.Add(filename);
            if (!filename2.IsNull)
            {
                args.Add(PyValue.None);
                args.Add(filename2);
            }
        }

        var exc = PyOps.Call(ts, PyValue.FromObject(PyExc.OSError), [.. args]);
        return exc.IsError ? exc : ts.SetError((PyBaseException)exc.AsObject);
    }
}
