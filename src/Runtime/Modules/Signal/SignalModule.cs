using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_signal</c> with Linux's numbers. Handlers are recorded (signal/getsignal) and run by
/// raise_signal; no operating-system signal is delivered to them yet. Enough for signal.py and
/// what imports it (unittest, subprocess).
/// </summary>
internal sealed class SignalModule : INativeModule
{
    private const int NSig = 65;
    private const int SigDfl = 0;
    private const int SigIgn = 1;
    private const int SigInt = 2;

    private static readonly (string Name, int Value, string Text)[] s_signals =
    [
        ("SIGHUP", 1, "Hangup"), ("SIGINT", 2, "Interrupt"), ("SIGQUIT", 3, "Quit"), ("SIGILL", 4, "Illegal instruction"),
        ("SIGTRAP", 5, "Trace/breakpoint trap"), ("SIGABRT", 6, "Aborted"), ("SIGIOT", 6, "Aborted"), ("SIGBUS", 7, "Bus error"),
        ("SIGFPE", 8, "Floating point exception"), ("SIGKILL", 9, "Killed"), ("SIGUSR1", 10, "User defined signal 1"),
        ("SIGSEGV", 11, "Segmentation fault"), ("SIGUSR2", 12, "User defined signal 2"), ("SIGPIPE", 13, "Broken pipe"),
        ("SIGALRM", 14, "Alarm clock"), ("SIGTERM", 15, "Terminated"), ("SIGSTKFLT", 16, "Stack fault"),
        ("SIGCHLD", 17, "Child exited"), ("SIGCONT", 18, "Continued"), ("SIGSTOP", 19, "Stopped (signal)"),
        ("SIGTSTP", 20, "Stopped"), ("SIGTTIN", 21, "Stopped (tty input)"), ("SIGTTOU", 22, "Stopped (tty output)"),
        ("SIGURG", 23, "Urgent I/O condition"), ("SIGXCPU", 24, "CPU time limit exceeded"),
        ("SIGXFSZ", 25, "File size limit exceeded"), ("SIGVTALRM", 26, "Virtual timer expired"),
        ("SIGPROF", 27, "Profiling timer expired"), ("SIGWINCH", 28, "Window changed"), ("SIGIO", 29, "I/O possible"),
        ("SIGPOLL", 29, "I/O possible"), ("SIGPWR", 30, "Power failure"), ("SIGSYS", 31, "Bad system call"),
    ];

    private readonly PyValue[] _handlers = new PyValue[NSig];

    public string Name => "_signal";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_signal");
        foreach (var (name, value, _) in s_signals)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.Add("SIGRTMIN", PyValue.FromInt64(34));
        m.Add("SIGRTMAX", PyValue.FromInt64(64));
        m.Add("NSIG", PyValue.FromInt64(NSig));
        m.Add("SIG_DFL", PyValue.FromInt64(SigDfl));
        m.Add("SIG_IGN", PyValue.FromInt64(SigIgn));
        m.Add("ITIMER_REAL", PyValue.FromInt64(0));
        m.Add("ITIMER_VIRTUAL", PyValue.FromInt64(1));
        m.Add("ITIMER_PROF", PyValue.FromInt64(2));
        m.AddFunction("default_int_handler", static (ts, a, kw) => ts.SetError(PyExc.KeyboardInterrupt, Array.Empty<PyValue>()));
        m.Dict.TryGetStr(PyStr.Intern("default_int_handler"), out var defaultInt);
        for (var i = 0; i < NSig; i++)
        {
            _handlers[i] = PyValue.FromInt64(i is 13 or 25 ? SigIgn : SigDfl);
        }

        _handlers[SigInt] = defaultInt;
        m.AddFunction("signal", (ts, a, kw) => SetHandler(ts, a, kw), NativeArity.Positional);
        m.AddFunction("getsignal", (ts, a, kw) => TrySignalNumber(ts, a[0], out var n) ? _handlers[n] : PyValue.Error, NativeArity.One);
        m.AddFunction("raise_signal", (ts, a, kw) => Raise(ts, a[0]), NativeArity.One);
        m.AddFunction("strsignal", static (ts, a, kw) => StrSignal(ts, a[0]), NativeArity.One);
        m.AddFunction("valid_signals", static (ts, a, kw) =>
        {
            var set = new PySet();
            for (var i = 1; i < NSig; i++)
            {
                if (i is not (32 or 33) && !set.Add(ts, PyValue.FromInt64(i)))
                {
                    return PyValue.Error;
                }
            }

            return PyValue.FromObject(set);
        }, NativeArity.NoArgs);
        m.AddFunction("alarm", static (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out _) ? PyValue.FromInt64(0) : PyValue.Error, NativeArity.One);
        m.AddFunction("set_wakeup_fd", static (ts, a, kw) => PyValue.FromInt64(-1));
        m.AddFunction("siginterrupt", static (ts, a, kw) => PyValue.None, NativeArity.Positional);
        return m;
    }

    private static bool TrySignalNumber(ThreadState ts, PyValue v, out int n)
    {
        n = 0;
        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var i))
        {
            return false;
        }

        if (i < 1 || i >= NSig)
        {
            ts.SetError(PyExc.ValueError, "signal number out of range");
            return false;
        }

        n = (int)i;
        return true;
    }

    private PyValue SetHandler(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "signal", a, kw, 2, 2) || !TrySignalNumber(ts, a[0], out var n))
        {
            return PyValue.Error;
        }

        var handler = a[1];
        var isConstant = handler.IsInt64 && handler.RawBits is SigDfl or SigIgn;
        if (!isConstant && handler.Type.Call is null)
        {
            return ts.SetError(PyExc.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }

        if (n is 9 or 19 || n is 32 or 33)
        {
            return PosixErrors.Raise(ts, 22);
        }

        var old = _handlers[n];
        _handlers[n] = handler;
        return old;
    }

    /// <summary>Runs the Python handler of <paramref name="signal"/> as if the signal had arrived.</summary>
    private PyValue Raise(ThreadState ts, PyValue signal)
    {
        if (!TrySignalNumber(ts, signal, out var n))
        {
            return PyValue.Error;
        }

        var handler = _handlers[n];
        if (handler.IsInt64)
        {
            return handler.RawBits == SigDfl && n == SigInt ? ts.SetError(PyExc.KeyboardInterrupt, Array.Empty<PyValue>()) : PyValue.None;
        }

        var r = PyOps.Call(ts, handler, [PyValue.FromInt64(n), PyValue.None]);
        return r.IsError ? r : PyValue.None;
    }

    private static PyValue StrSignal(ThreadState ts, PyValue signal)
    {
        if (!TrySignalNumber(ts, signal, out var n))
        {
            return PyValue.Error;
        }

        foreach (var (_, value, text) in s_signals)
        {
            if (value == n)
            {
                return PyValue.FromObject(new PyStr(text));
            }
        }

        return n >= 34 ? PyValue.FromObject(new PyStr("Real-time signal " + (n - 34))) : PyValue.None;
    }
}
