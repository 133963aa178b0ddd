using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread.lock</c> and <c>_thread.RLock</c> over a .NET semaphore (a plain lock may be released
/// by any thread, as in CPython); the re-entrant one tracks its owner (a <c>get_ident()</c> value)
/// and depth. A blocked acquire releases the GIL and stays interruptible (<see cref="BlockingWait"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A Python object has no deterministic end; SemaphoreSlim needs disposing only when its wait handle was used, which this never does.")]
internal sealed class PyLock(PyType type, bool reentrant) : PyObject(type)
{
    /// <summary>CPython's <c>_thread.TIMEOUT_MAX</c> on 64-bit Linux (longer waits are forever here).</summary>
    public const double TimeoutMax = 9223372036.0;

    private static readonly Lazy<PyType> s_lock = new(() => CreateType("lock", false));
    private static readonly Lazy<PyType> s_rlock = new(() => CreateType("RLock", true));

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly bool _reentrant = reentrant;
    private long _owner;
    private long _depth;

    public static PyType LockTypeObject => s_lock.Value;

    public static PyType RLockTypeObject => s_rlock.Value;

    private bool IsLocked => _semaphore.CurrentCount == 0;

    private bool IsOwned => _depth > 0 && _owner == ThreadIdent.Current;

    private static PyLock Self(PyValue v) => (PyLock)v.AsObject;

    private static PyType CreateType(string name, bool reentrant)
    {
        var t = PyType.CreateRuntimeType(name, PyType.Object, reentrant ? TypeFlags.BaseType : TypeFlags.None, "_thread");
        t.New = reentrant ? static (ts, type, a, kw) => PyValue.FromObject(new PyLock(type, true)) : static (ts, type, a, kw) => PyValue.FromObject(new PyLock(type, false));
        t.AddMethod("acquire", Acquire);
        t.AddMethod("__enter__", Acquire);
        t.AddMethod0("release", static (ts, v) => Self(v).Release(ts));
        t.AddMethod("__exit__", static (ts, a, kw) => Self(a[0]).Release(ts));
        t.AddMethod0("locked", static (ts, v) => PyValue.FromBool(Self(v).IsLocked));
        t.AddMethod0("_at_fork_reinit", static (ts, v) => Self(v).Reinit());
        if (reentrant)
        {
            t.AddMethod0("_is_owned", static (ts, v) => PyValue.FromBool(Self(v).IsOwned));
            t.AddMethod0("_recursion_count", static (ts, v) => PyValue.FromInt64(Self(v).IsOwned ? Self(v)._depth : 0));
            t.AddMethod0("_release_save", static (ts, v) => Self(v).ReleaseSave(ts));
            t.AddMethod("_acquire_restore", static (ts, a, kw) => Self(a[0]).AcquireRestore(ts, a[1..]));
            t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(Self(v).RLockRepr()));
        }
        else
        {
            t.AddMethod("acquire_lock", Acquire);
            t.AddMethod0("release_lock", static (ts, v) => Self(v).Release(ts));
            t.AddMethod0("locked_lock", static (ts, v) => PyValue.FromBool(Self(v).IsLocked));
            t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<" + (Self(v).IsLocked ? "locked" : "unlocked") + " _thread.lock object>"));
        }

        SlotTable.AddWrappers(t);
        return t;
    }

    private string RLockRepr() => "<" + (IsLocked ? "locked" : "unlocked") + " _thread.RLock object owner=" + (_depth > 0 ? _owner : 0) + " count=" + _depth + ">";

    // acquire(blocking=True, timeout=-1)
    private static PyValue Acquire(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[2];
        if (!ArgParser.Parse(ts, "acquire", a[1..], kw, ["blocking", "timeout"], 0, 0, args))
        {
            return PyValue.Error;
        }

        var blocking = true;
        if (!args[0].IsNull)
        {
            var truth = PyOps.IsTrue(ts, args[0]);
            if (truth < 0)
            {
                return PyValue.Error;
            }

            blocking = truth > 0;
        }

        var timeout = -1.0;
        if (!args[1].IsNull)
        {
            var f = PyOps.Call1(ts, PyValue.FromObject(PyType.Float), args[1]);
            if (f.IsError)
            {
                return f;
            }

            timeout = f.AsDouble;
            if (!blocking && timeout != -1)
            {
                return ts.SetError(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
            }

            if (timeout < 0 && timeout != -1)
            {
                return ts.SetError(PyExc.ValueError, "timeout value must be a non-negative number");
            }

            if (timeout > TimeoutMax)
            {
                return ts.SetError(PyExc.OverflowError, "timeout value is too large");
            }
        }

        var self = Self(a[0]);
        if (self._reentrant && self.IsOwned)
        {
            self._depth++;
            return PyValue.True;
        }

        var got = self.AcquireTimed(ts, blocking ? timeout : 0);
        return got < 0 ? PyValue.Error : PyValue.FromBool(got > 0);
    }

    /// <summary>Takes the semaphore: without releasing the GIL when it is free, else with it released. 1 taken, 0 timed out, -1 interrupted.</summary>
    private int AcquireTimed(ThreadState ts, double timeout)
    {
        if (!_semaphore.Wait(0))
        {
            if (timeout == 0)
            {
                return 0;
            }

            var semaphore = _semaphore;
            var r = BlockingWait.Wait(ts, span => semaphore.Wait(span), timeout);
            if (r <= 0)
            {
                return r;
            }
        }

        _owner = ThreadIdent.Current;
        _depth = 1;
        return 1;
    }

    private PyValue Release(ThreadState ts)
    {
        if (_reentrant)
        {
            if (!IsOwned)
            {
                return ts.SetError(PyExc.RuntimeError, "cannot release un-acquired lock");
            }

            if (--_depth > 0)
            {
                return PyValue.None;
            }

            _owner = 0;
        }
        else if (!IsLocked)
        {
            return ts.SetError(PyExc.RuntimeError, "release unlocked lock");
        }

        _semaphore.Release();
        return PyValue.None;
    }

    private PyValue Reinit()
    {
        _owner = 0;
        _depth = 0;
        if (IsLocked)
        {
            _semaphore.Release();
        }

        return PyValue.None;
    }

    // Condition.wait on an RLock: give it up entirely, remembering (count, owner).
    private PyValue ReleaseSave(ThreadState ts)
    {
        if (_depth == 0)
        {
            return ts.SetError(PyExc.RuntimeError, "cannot release un-acquired lock");
        }

        var state = new PyTuple([PyValue.FromInt64(_depth), PyValue.FromInt64(_owner)]);
        _depth = 0;
        _owner = 0;
        _semaphore.Release();
        return PyValue.FromObject(state);
    }

    private PyValue AcquireRestore(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length != 1 || a[0].AsObject is not PyTuple { Length: 2 } state || !state[0].IsInt64 || !state[1].IsInt64)
        {
            return ts.SetError(PyExc.TypeError, "_acquire_restore() argument 1 must be a tuple of two ints");
        }

        if (AcquireTimed(ts, -1) < 0)
        {
            return PyValue.Error;
        }

        _depth = state[0].AsInt64;
        _owner = state[1].AsInt64;
        return PyValue.None;
    }
}
