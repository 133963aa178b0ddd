using System.Diagnostics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A blocking wait (lock acquire, join, sleep, a pipe read) with the GIL released: waits in slices
/// so Ctrl-C (KeyboardInterrupt) and a host's abort still stop the program, as CPython's
/// interruptible waits do.
/// </summary>
internal static class BlockingWait
{
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(50);

    // Longer than this (in seconds) is "forever": the deadline would not fit the timestamp.
    private const double Forever = 1e8;

    /// <summary>The eval-breaker bits that end a wait early.</summary>
    private const int InterruptBits = ThreadState.BreakerKeyboardInterrupt | ThreadState.BreakerAbort;

    /// <summary>
    /// Calls <paramref name="tryWait"/> (it waits at most the given time; true when done) until it
    /// succeeds or <paramref name="timeoutSeconds"/> passed (negative: no limit). 1: done, 0: timed
    /// out, -1: interrupted (the exception is pending).
    /// </summary>
    public static int Wait(ThreadState ts, Func<TimeSpan, bool> tryWait, double timeoutSeconds)
    {
        var forever = timeoutSeconds < 0 || timeoutSeconds > Forever;
        var deadline = forever ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeoutSeconds * Stopwatch.Frequency);
        int result;
        using (ts.ReleaseGil())
        {
            result = Loop(ts, tryWait, forever, deadline);
        }

        return result < 0 ? RaiseInterrupt(ts) : result;
    }

    /// <summary>Sleeps <paramref name="seconds"/> with the GIL released; false when interrupted (the exception is pending).</summary>
    public static bool Sleep(ThreadState ts, double seconds) =>
        Wait(ts, static span => { Thread.Sleep(span); return false; }, seconds) >= 0;

    private static int Loop(ThreadState ts, Func<TimeSpan, bool> tryWait, bool forever, long deadline)
    {
        while (true)
        {
            if ((Volatile.Read(ref ts.EvalBreaker) & InterruptBits) != 0)
            {
                return -1;
            }

            var slice = s_slice;
            if (!forever)
            {
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero)
                {
                    return tryWait(TimeSpan.Zero) ? 1 : 0;
                }

                if (left < slice)
                {
                    slice = left;
                }
            }

            if (tryWait(slice))
            {
                return 1;
            }
        }
    }

    private static int RaiseInterrupt(ThreadState ts)
    {
        if ((Volatile.Read(ref ts.EvalBreaker) & ThreadState.BreakerAbort) != 0)
        {
            ts.SetError(PyExc.SystemExit, [PyValue.FromObject(new PyStr("aborted by the host"))]);
            return -1;
        }

        Interlocked.And(ref ts.EvalBreaker, ~ThreadState.BreakerKeyboardInterrupt);
        ts.SetError(PyExc.KeyboardInterrupt, []);
        return -1;
    }
}
