using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>waitpid and the wait-status macros (WIFEXITED...), get_inheritable/set_inheritable (FD_CLOEXEC).</summary>
internal static class PosixProcess
{
    private const int FGetFd = 1, FSetFd = 2, FdCloExec = 1;

    public static void Register(PyModule m)
    {
        m.Add("WUNTRACED", PyValue.FromInt64(2));
        m.Add("WCONTINUED", PyValue.FromInt64(8));
        m.AddFunction("waitpid", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "waitpid", a, kw, 2, 2) || !ClinicArgs.TryInt(ts, a[0], 0, out var pid) || !ClinicArgs.TryInt(ts, a[1], 0, out var options))
            {
                return PyValue.Error;
            }

            int status = 0, result;
            while (true)
            {
                // Waiting for a child blocks: other threads (asyncio's child watcher...) run meanwhile.
                using (ts.ReleaseGil())
                {
                    unsafe
                    {
                        result = PosixNative.WaitPid(pid, &status, options);
                    }
                }

                // EINTR: a signal arrived while waiting (its Python handler runs at the next eval-breaker check).
                if (result >= 0 || System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != 4)
                {
                    break;
                }
            }

            return result < 0 ? PosixErrors.Raise(ts) : NativeTypes.Tuple(PyValue.FromInt64(result), PyValue.FromInt64(status));
        });
        Macro(m, "WIFEXITED", static s => (s & 0x7f) == 0 ? 1 : 0, isBool: true);
        Macro(m, "WEXITSTATUS", static s => (s >> 8) & 0xff);
        Macro(m, "WIFSIGNALED", static s => ((sbyte)((s & 0x7f) + 1) >> 1) > 0 ? 1 : 0, isBool: true);
        Macro(m, "WTERMSIG", static s => s & 0x7f);
        Macro(m, "WIFSTOPPED", static s => (s & 0xff) == 0x7f ? 1 : 0, isBool: true);
        Macro(m, "WSTOPSIG", static s => (s >> 8) & 0xff);
        Macro(m, "WIFCONTINUED", static s => s == 0xffff ? 1 : 0, isBool: true);
        Macro(m, "WCOREDUMP", static s => (s & 0x80) != 0 ? 1 : 0, isBool: true);
        m.AddFunction("get_inheritable", static (ts, a, kw) =>
        {
            if (!ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            var flags = PosixNative.Fcntl(fd, FGetFd, 0);
            return flags < 0 ? PosixErrors.Raise(ts) : PyValue.FromBool((flags & FdCloExec) == 0);
        }, NativeArity.One);
        m.AddFunction("set_inheritable", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "set_inheritable", a, kw, 2, 2) || !ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            var inheritable = PyOps.IsTrue(ts, a[1]);
            return inheritable < 0 ? PyValue.Error : SetInheritable(fd, inheritable > 0) ? PyValue.None : PosixErrors.Raise(ts);
        }, NativeArity.Positional);
    }

    public static bool SetInheritable(int fd, bool inheritable)
    {
        var flags = PosixNative.Fcntl(fd, FGetFd, 0);
        if (flags < 0)
        {
            return false;
        }

        var updated = inheritable ? flags & ~FdCloExec : flags | FdCloExec;
        return updated == flags || PosixNative.Fcntl(fd, FSetFd, updated) == 0;
    }

    private static void Macro(PyModule m, string name, Func<int, int> f, bool isBool = false) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[1];
            if (!ArgParser.Parse(ts, name, a, kw, ["status"], 1, 0, p) || !ClinicArgs.TryInt(ts, p[0], 0, out var status))
            {
                return PyValue.Error;
            }

            var r = f(status);
            return isBool ? PyValue.FromBool(r != 0) : PyValue.FromInt64(r);
        });
}
