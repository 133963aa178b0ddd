using ProtoPython.Objects;
using ProtoPython.Runtime.Modules;

namespace ProtoPython.Runtime.Import;

/// <summary>
/// Per-module import locks (importlib's <c>_ModuleLock</c>): while one thread runs a module's code,
/// another thread importing it waits (with the GIL released) instead of seeing the half-initialised
/// module, unless waiting would close a cycle of threads waiting for each other; then it takes
/// the partial module, as CPython does after its <c>_DeadlockError</c>.
/// </summary>
internal sealed class ModuleLocks
{
    // A Monitor (not System.Threading.Lock): waiters use Wait/PulseAll.
    private readonly object _sync = new();
    private readonly Dictionary<string, ThreadState> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<ThreadState, string> _waiting = new(ReferenceEqualityComparer.Instance);
    private volatile bool _busy;

    /// <summary>True while some module is being initialised (the cached-import path checks only then).</summary>
    public bool Busy => _busy;

    /// <summary>
    /// Before loading <paramref name="name"/>: waits while another thread loads it, then claims it.
    /// <paramref name="claimed"/> says whether <see cref="End"/> must be called; false when interrupted.
    /// </summary>
    public bool Begin(ThreadState ts, string name, out bool claimed)
    {
        claimed = false;
        if (!WaitForOthers(ts, name))
        {
            return false;
        }

        lock (_sync)
        {
            if (_owners.TryAdd(name, ts))
            {
                claimed = true;
                _busy = true;
            }
        }

        return true;
    }

    /// <summary>After loading <paramref name="name"/> (successfully or not): wakes the threads waiting for it.</summary>
    public void End(string name)
    {
        lock (_sync)
        {
            _owners.Remove(name);
            _busy = _owners.Count > 0;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Waits until no other thread is initialising <paramref name="name"/>; false when interrupted (the exception is pending).</summary>
    public bool WaitForOthers(ThreadState ts, string name)
    {
        lock (_sync)
        {
            if (!_owners.TryGetValue(name, out var owner) || ReferenceEquals(owner, ts) || WouldDeadlock(ts, owner))
            {
                return true;
            }

            _waiting[ts] = name;
        }

        var r = BlockingWait.Wait(ts, span => IsFreeAfter(ts, name, span), -1);
        lock (_sync)
        {
            _waiting.Remove(ts);
        }

        return r >= 0;
    }

    private bool IsFreeAfter(ThreadState ts, string name, TimeSpan span)
    {
        lock (_sync)
        {
            if (!_owners.TryGetValue(name, out var owner) || ReferenceEquals(owner, ts))
            {
                return true;
            }

            Monitor.Wait(_sync, span);
            return !_owners.ContainsKey(name);
        }
    }

    // Called with _sync held: does the chain owner → the module it waits for → its owner ... reach ts?
    private bool WouldDeadlock(ThreadState ts, ThreadState owner)
    {
        var seen = 0;
        var current = owner;
        while (_waiting.TryGetValue(current, out var awaited) && _owners.TryGetValue(awaited, out var next) && seen++ < 1000)
        {
            if (ReferenceEquals(next, ts))
            {
                return true;
            }

            current = next;
        }

        return false;
    }
}
