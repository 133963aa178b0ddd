namespace ProtoPython.Objects.Threading;

/// <summary>
/// The global interpreter lock (ARCHITECTURE §9, stage 1): only its holder runs Python code.
/// <para>
/// It exists only once a program starts a second thread (<see cref="ThreadState.Gil"/> is null
/// before), so a single-threaded program never touches it. A thread that waits longer than the
/// switch interval without anybody releasing the lock sets
/// <see cref="ThreadState.BreakerGilDropRequest"/> in the holder's eval breaker; the holder then
/// calls <see cref="Yield"/> at its next RESUME or JUMP_BACKWARD, which hands the lock over and
/// waits until another thread really took it (CPython's forced switching), so the holder cannot
/// take it straight back.
/// </para>
/// </summary>
public sealed class Gil
{
    // A Monitor (not System.Threading.Lock): the handoff needs Wait/PulseAll.
    private readonly object _sync = new();
    private ThreadState? _holder;

    // Counts every change of holder: a waiter that timed out asks for a drop only when nobody
    // took the lock meanwhile, and a yielding holder waits for it to move.
    private long _switches;
    private int _waiters;

    /// <summary><c>sys.getswitchinterval()</c> in seconds (shared by every runtime, as in CPython's process).</summary>
    public static double SwitchInterval { get; set; } = 0.005;

    /// <summary>The thread state that holds the lock, or null while it is free.</summary>
    public ThreadState? Holder => _holder;

    /// <summary>Blocks until <paramref name="ts"/> holds the lock.</summary>
    public void Acquire(ThreadState ts)
    {
        lock (_sync)
        {
            WaitUntilFree();
            Take(ts);
        }
    }

    /// <summary>Frees the lock (the caller holds it) and wakes the waiters.</summary>
    public void Release(ThreadState ts)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_holder, ts))
            {
                _holder = null;
                Monitor.PulseAll(_sync);
            }
        }
    }

    /// <summary>
    /// Answers a drop request: when another thread waits, hands the lock to it, waits until it was
    /// taken, then queues up again. Does nothing when nobody waits (a stale request).
    /// </summary>
    public void Yield(ThreadState ts)
    {
        lock (_sync)
        {
            if (_waiters == 0 || !ReferenceEquals(_holder, ts))
            {
                return;
            }

            var before = _switches;
            _holder = null;
            Monitor.PulseAll(_sync);
            while (_switches == before)
            {
                Monitor.Wait(_sync);
            }

            WaitUntilFree();
            Take(ts);
        }
    }

    // Called with _sync held.
    private void WaitUntilFree()
    {
        while (_holder is not null)
        {
            var before = _switches;
            var intervalMs = Math.Max(1, (int)Math.Ceiling(SwitchInterval * 1000));
            _waiters++;
            var woken = Monitor.Wait(_sync, intervalMs);
            _waiters--;
            if (!woken && _holder is { } holder && _switches == before)
            {
                Interlocked.Or(ref holder.EvalBreaker, ThreadState.BreakerGilDropRequest);
            }
        }
    }

    private void Take(ThreadState ts)
    {
        _holder = ts;
        _switches++;

        // A yielding holder waits for the lock to move.
        Monitor.PulseAll(_sync);
    }
}

/// <summary>
/// The GIL released for the duration of a blocking .NET call: <c>using (ts.ReleaseGil()) { ... }</c>.
/// No Python object may be touched inside. A no-op while the program has one thread.
/// </summary>
public readonly struct GilRelease : IDisposable
{
    private readonly ThreadState? _ts;
    private readonly Gil? _gil;

    internal GilRelease(ThreadState ts, Gil gil)
    {
        _ts = ts;
        _gil = gil;
        gil.Release(ts);
    }

    public void Dispose() => _gil?.Acquire(_ts!);
}
