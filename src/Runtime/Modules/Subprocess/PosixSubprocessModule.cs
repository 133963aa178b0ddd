using System.Runtime.InteropServices;
using System.Text;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_posixsubprocess.fork_exec</c> through glibc's posix_spawn: fork() is not safe in a .NET
/// process (other runtime threads, no managed code in the child), posix_spawn does the child's
/// work in C. The standard fds, close_fds, pass_fds, cwd, env, restore_signals,
/// start_new_session and process_group map to file actions and attributes; uid, gid,
/// extra_groups, umask and preexec_fn have no posix_spawn equivalent and raise. An exec failure
/// is reported on errpipe_write as CPython's child reports it ("OSError:errno-in-hex:").
/// </summary>
internal sealed class PosixSubprocessModule : INativeModule
{
    private const int ENoEnt = 2, ENotDir = 20;

    public string Name => "_posixsubprocess";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_posixsubprocess");
        m.AddFunction("fork_exec", static (ts, a, kw) => ForkExec(ts, a, kw));
        return m;
    }

    private static PyValue ForkExec(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "fork_exec", a, kw, 22, 22))
        {
            return PyValue.Error;
        }

        if (!a[17].IsNone || !a[18].IsNone || !a[19].IsNone || !a[21].IsNone)
        {
            return ts.SetError(PyExc.RuntimeError, "uid, gid, extra_groups and preexec_fn are not supported by ProtoPython's subprocess (posix_spawn)");
        }

        Span<int> fds = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            if (!ClinicArgs.TryInt(ts, a[6 + i], -1, out fds[i]))
            {
                return PyValue.Error;
            }
        }

        if (!ClinicArgs.TryInt(ts, a[16], -1, out var pgid) || !ClinicArgs.TryInt(ts, a[20], -1, out var umask))
        {
            return PyValue.Error;
        }

        if (umask >= 0)
        {
            return ts.SetError(PyExc.RuntimeError, "umask is not supported by ProtoPython's subprocess (posix_spawn)");
        }

        var closeFds = PyOps.IsTrue(ts, a[2]);
        var restoreSignals = PyOps.IsTrue(ts, a[14]);
        var newSession = PyOps.IsTrue(ts, a[15]);
        if (closeFds < 0 || restoreSignals < 0 || newSession < 0 || !FsList(ts, a[0], out var argv) || !FsList(ts, a[1], out var executables)
            || !ClinicArgs.TryIntItems(ts, a[3], out var keepList))
        {
            return PyValue.Error;
        }

        byte[]? cwd = null;
        if (!a[4].IsNone && !FsEncode(ts, a[4], out cwd))
        {
            return PyValue.Error;
        }

        List<byte[]> env;
        if (a[5].IsNone)
        {
            env = [];
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            {
                env.Add(Encoding.UTF8.GetBytes(e.Key + "=" + e.Value));
            }
        }
        else if (!FsList(ts, a[5], out env))
        {
            return PyValue.Error;
        }

        var errpipeWrite = fds[7];
        if (cwd is not null && !Directory.Exists(Encoding.UTF8.GetString(cwd)))
        {
            ReportFailure(errpipeWrite, File.Exists(Encoding.UTF8.GetString(cwd)) ? ENotDir : ENoEnt, "noexec:chdir");
            return PyValue.FromInt64(Environment.ProcessId);
        }

        var spec = new SpawnSpec(argv, executables, env, cwd, [.. keepList], closeFds > 0, restoreSignals > 0, newSession > 0, pgid, fds);
        var (pid, error) = spec.Spawn();
        if (pid > 0)
        {
            return PyValue.FromInt64(pid);
        }

        // As CPython's child does after every execve failed: the parent reads this and raises.
        ReportFailure(errpipeWrite, error, "");
        return PyValue.FromInt64(Environment.ProcessId);
    }

    private static void ReportFailure(int errpipeWrite, int errno, string message)
    {
        var data = Encoding.ASCII.GetBytes("OSError:" + errno.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ":" + message);
        unsafe
        {
            fixed (byte* p = data)
            {
                PosixNative.Write(errpipeWrite, p, data.Length);
            }
        }
    }

    private static bool FsEncode(ThreadState ts, PyValue v, out byte[] bytes)
    {
        bytes = [];
        var path = PosixPath.FsPath(ts, v);
        if (path.IsError)
        {
            return false;
        }

        if (path.AsObject is PyBytes b)
        {
            bytes = b.Span.ToArray();
        }
        else
        {
            var text = ((PyStr)path.AsObject).Value;
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                ts.SetError(PyExc.ValueError, "embedded null byte");
                return false;
            }

            bytes = Encoding.UTF8.GetBytes(text);
        }

        return true;
    }

    private static bool FsList(ThreadState ts, PyValue seq, out List<byte[]> list)
    {
        list = [];
        var iter = PyOps.GetIter(ts, seq);
        if (iter.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, iter, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (!FsEncode(ts, item, out var bytes))
            {
                return false;
            }

            list.Add(bytes);
        }
    }
}
