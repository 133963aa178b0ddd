using System.Runtime.InteropServices;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_signal</c> for Linux: signal, getsignal, default_int_handler, raise_signal, strsignal,
/// valid_signals, set_wakeup_fd, alarm, pause, setitimer/getitimer, pthread_sigmask, sigpending, siginterrupt and the
/// SIG* numbers. Handlers run in the main thread (<see cref="SignalDispatch"/>); raise_signal runs
/// a Python handler at once, as CPython's does before it returns.
/// </summary>
internal sealed class SignalModule : INativeModule
{
    private static readonly (string Name, int Value)[] s_constants =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6), ("SIGBUS", 7),
        ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14),
        ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
        ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27),
        ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("NSIG", SignalDispatch.NSig), ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2),
    ];

    private static readonly string[] s_wakeupNames = ["", "warn_on_full_buffer"];

    public string Name => "_signal";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_signal");
        foreach (var (name, value) in s_constants)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.AddFunction("default_int_handler", static (ts, a, kw) => ts.SetError(PyExc.KeyboardInterrupt, []), NativeArity.Positional);
        m.Dict.TryGetStr(PyStr.Intern("default_int_handler"), out var handler);
        SignalDispatch.Reset(ts, handler);

        m.AddFunction("signal", static (ts, a, kw) => SetSignal(ts, a, kw));
        m.AddFunction("getsignal", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "getsignal", a, kw, 1, 1) && SignalNumber(ts, a[0], out var n) ? SignalDispatch.Get(n) : PyValue.Error);
        m.AddFunction("raise_signal", static (ts, a, kw) => RaiseSignal(ts, a, kw));
        m.AddFunction("strsignal", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "strsignal", a, kw, 1, 1) || !SignalNumber(ts, a[0], out var n))
            {
                return PyValue.Error;
            }

            var text = Marshal.PtrToStringUTF8(SignalNative.StrSignal(n));
            return text is null || text.Contains("Unknown signal", StringComparison.Ordinal) ? PyValue.None : NativeTypes.Str(text);
        });
        m.AddFunction("valid_signals", static (ts, a, kw) =>
        {
            var set = new PySet();
            for (var i = 1; i < SignalDispatch.NSig; i++)
            {
                if (i is not (32 or 33) && !set.Add(ts, PyValue.FromInt64(i)))
                {
                    return PyValue.Error;
                }
            }

            return PyValue.FromObject(set);
        }, NativeArity.NoArgs);
        m.AddFunction("set_wakeup_fd", static (ts, a, kw) => SetWakeupFd(ts, a, kw));
        m.AddFunction("alarm", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "alarm", a, kw, 1, 1) && ClinicArgs.TryInt(ts, a[0], 0, out var seconds)
                ? PyValue.FromInt64(SignalNative.Alarm((uint)seconds)) : PyValue.Error);
        m.AddFunction("pause", static (ts, a, kw) =>
        {
            SignalDispatch.WaitForSignal();
            return PyValue.None;
        }, NativeArity.NoArgs);
        m.AddFunction("siginterrupt", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "siginterrupt", a, kw, 2, 2) && SignalNumber(ts, a[0], out _) && ClinicArgs.TryInt(ts, a[1], 0, out _)
                ? PyValue.None : PyValue.Error);
        SignalMasks.Register(m);
        return SignalTimers.Register(ts, m) ? m : null;
    }

    /// <summary>A signal number in 1..NSIG-1, else "signal number out of range".</summary>
    public static bool SignalNumber(ThreadState ts, PyValue v, out int n)
    {
        if (!ClinicArgs.TryInt(ts, v, 0, out n))
        {
            return false;
        }

        if (n < 1 || n >= SignalDispatch.NSig)
        {
            ts.SetError(PyExc.ValueError, "signal number out of range");
            return false;
        }

        return true;
    }

    private static PyValue SetSignal(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "signal", a, kw, 2, 2) || !SignalNumber(ts, a[0], out var n))
        {
            return PyValue.Error;
        }

        if (Environment.CurrentManagedThreadId != SignalDispatch.MainThreadId)
        {
            return ts.SetError(PyExc.ValueError, "signal only works in main thread of the main interpreter");
        }

        var handler = a[1];
        var isConstant = handler.IsExactInt && handler.AsInt64 is 0 or 1;
        if (!isConstant && !NativeTypes.IsCallable(handler))
        {
            return ts.SetError(PyExc.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }

        if (n is 9 or 19)
        {
            return PosixErrors.Raise(ts, 22);
        }

        var old = SignalDispatch.Get(n);
        SignalDispatch.Set(n, isConstant ? PyValue.FromInt64(handler.AsInt64) : handler);
        return old;
    }

    private static PyValue RaiseSignal(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "raise_signal", a, kw, 1, 1) || !ClinicArgs.TryInt(ts, a[0], 0, out var n))
        {
            return PyValue.Error;
        }

        if (n < 0 || n >= SignalDispatch.NSig)
        {
            return PosixErrors.Raise(ts, 22);
        }

        if (n == 0)
        {
            return PyValue.None;
        }

        var handler = SignalDispatch.Get(n);
        if (SignalDispatch.IsIgnore(handler))
        {
            return PyValue.None;
        }

        if (!SignalDispatch.IsDefault(handler))
        {
            SignalDispatch.WriteWakeup(n);
            return SignalDispatch.Run(ts, n) ? PyValue.None : PyValue.Error;
        }

        Console.Out.Flush();
        return SignalNative.Raise(n) == 0 ? PyValue.None : PosixErrors.Raise(ts);
    }

    private static PyValue SetWakeupFd(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[2];
        if (!ArgParser.Parse(ts, "set_wakeup_fd", a, kw, s_wakeupNames, 1, 1, p, maxPos: 1) || !ClinicArgs.TryInt(ts, p[0], 0, out var fd))
        {
            return PyValue.Error;
        }

        if (Environment.CurrentManagedThreadId != SignalDispatch.MainThreadId)
        {
            return ts.SetError(PyExc.ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
        }

        if (fd != -1)
        {
            const int fGetFl = 3, oNonBlock = 0x800;
            var flags = SignalNative.Fcntl(fd, fGetFl, 0);
            if (flags < 0)
            {
                return PosixErrors.Raise(ts);
            }

            if ((flags & oNonBlock) == 0)
            {
                return ts.SetError(PyExc.ValueError, "the fd " + fd + " must be in non-blocking mode");
            }
        }

        var old = SignalDispatch.WakeupFd;
        SignalDispatch.WakeupFd = fd;
        return PyValue.FromInt64(old);
    }
}
