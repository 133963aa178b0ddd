using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Where signals meet Python handlers. The BCL catches signals on its own thread and calls
/// <see cref="PosixSignalRegistration"/> callbacks there; a Python handler is queued as a pending
/// call of the main thread (<see cref="ThreadState.AddPendingCall(Func{ThreadState, bool})"/>) and runs at its next
/// eval-breaker check. SIGINT with default_int_handler keeps the KeyboardInterrupt bit of the eval
/// breaker. SIG_IGN cancels the default action; SIG_DFL drops the registration.
/// </summary>
public static class SignalDispatch
{
    internal const int NSig = 65;
    internal const int SigInt = 2;

    // Signals the runtime needs for itself (faults, the debugger, thread activation): handlers are recorded, not installed.
    private static readonly HashSet<int> s_reserved = [4, 5, 7, 8, 11, 34];

    private static readonly PyValue[] s_handlers = new PyValue[NSig];
    private static readonly Dictionary<int, PosixSignalRegistration> s_registrations = [];
    private static readonly SemaphoreSlim s_arrived = new(0);

    internal static ThreadState? MainThread { get; set; }

    /// <summary>The managed id of the thread that imported _signal (the runtime's main thread).</summary>
    internal static int MainThreadId { get; private set; } = -1;

    /// <summary>The module's default_int_handler (Null until _signal is imported).</summary>
    internal static PyValue DefaultIntHandler { get; set; }

    internal static int WakeupFd { get; set; } = -1;

    /// <summary>Ctrl-C in the CLI: KeyboardInterrupt unless Python installed another SIGINT handler.</summary>
    public static void OnInterrupt(ThreadState mainThread, PosixSignalContext context)
    {
        MainThread ??= mainThread;
        Deliver(SigInt, context);
    }

    /// <summary>The Python handler of <paramref name="signum"/>: SIG_DFL (0), SIG_IGN (1), a callable, or None.</summary>
    internal static PyValue Get(int signum)
    {
        var h = s_handlers[signum];
        if (h.IsNull)
        {
            // SIGINT starts with default_int_handler (Null before _signal is imported: the same KeyboardInterrupt);
            // CPython ignores SIGPIPE and SIGXFSZ at startup.
            return signum == SigInt ? DefaultIntHandler : signum is 13 or 25 ? PyValue.FromInt64(1) : PyValue.FromInt64(0);
        }

        return h;
    }

    /// <summary>
    /// A new runtime imported _signal on <paramref name="main"/>: handlers start over (several
    /// runtimes run one after another in a test process).
    /// </summary>
    internal static void Reset(ThreadState main, PyValue defaultIntHandler)
    {
        lock (s_registrations)
        {
            foreach (var r in s_registrations.Values)
            {
                r.Dispose();
            }

            s_registrations.Clear();
            Array.Fill(s_handlers, PyValue.Null);
        }

        MainThread = main;
        MainThreadId = Environment.CurrentManagedThreadId;
        DefaultIntHandler = defaultIntHandler;
        WakeupFd = -1;
    }

    internal static void Set(int signum, PyValue handler)
    {
        lock (s_registrations)
        {
            s_handlers[signum] = handler;
            var isDefault = handler.IsExactInt && handler.AsInt64 == 0;
            if (s_registrations.Remove(signum, out var old))
            {
                old.Dispose();
            }

            // SIGINT stays with the CLI's registration, which comes here.
            if (isDefault || signum == SigInt || s_reserved.Contains(signum))
            {
                return;
            }

            try
            {
                s_registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, static ctx => Deliver((int)ctx.Signal, ctx));
            }
            catch (Exception e) when (e is IOException or PlatformNotSupportedException or ArgumentException)
            {
                // The platform refused the signal: the handler is recorded only.
            }
        }
    }

    internal static bool IsIgnore(PyValue h) => h.IsExactInt && h.AsInt64 == 1;

    internal static bool IsDefault(PyValue h) => h.IsExactInt && h.AsInt64 == 0;

    private static void Deliver(int signum, PosixSignalContext context)
    {
        var handler = Get(signum);
        if (IsDefault(handler))
        {
            context.Cancel = false;
            return;
        }

        context.Cancel = true;
        if (IsIgnore(handler) || MainThread is not { } main)
        {
            return;
        }

        WriteWakeup(signum);

        if (signum == SigInt && (handler.IsNull || handler.Equals(DefaultIntHandler)))
        {
            Interlocked.Or(ref main.EvalBreaker, ThreadState.BreakerKeyboardInterrupt);
        }
        else
        {
            main.AddPendingCall(ts => RunQueued(ts, signum));
        }

        s_arrived.Release();
    }

    internal static void WriteWakeup(int signum)
    {
        if (WakeupFd >= 0)
        {
            SignalNative.WriteByte(WakeupFd, (byte)signum);
        }
    }

    /// <summary>signal.pause(): waits for a signal that reaches a Python handler, then runs the handlers.</summary>
    internal static void WaitForSignal() => s_arrived.Wait();

    /// <summary>Calls the handler as <c>handler(signum, frame)</c>; false with its exception pending.</summary>
    internal static bool Run(ThreadState ts, int signum)
    {
        var handler = Get(signum);
        if (IsDefault(handler) || IsIgnore(handler) || handler.IsNone)
        {
            return true;
        }

        var frame = ts.CurrentFrame is { } f ? PyValue.FromObject(f.GetFrameObject()) : PyValue.None;
        return !PyOps.Call(ts, handler, [PyValue.FromInt64(signum), frame]).IsError;
    }

    // Runs as a pending call: the handler's exception is raised in the interrupted code.
    private static bool RunQueued(ThreadState ts, int signum) => Run(ts, signum);
}
