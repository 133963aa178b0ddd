using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread.lock</c> and <c>_thread.RLock</c> over a .NET semaphore (a plain lock may be released
/// by any thread, as in CPython); the re-entrant one tracks its owner and depth.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A Python object has no deterministic end; SemaphoreSlim needs disposing only when its wait handle was used, which this never does.")]
internal sealed class PyLock(PyType type, bool reentrant) : PyObject(type)
{
    public const double TimeoutMax = int.MaxValue / 1000.0;

    private static readonly Lazy<PyType> s_lock = new(() => CreateType("lock", false));
    private static readonly Lazy<PyType> s_rlock = new(() => CreateType("RLock", true));

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private int _owner;
    private int _depth;

    public static PyType LockTypeObject => s_lock.Value;

    public static PyType RLockTypeObject => s_rlock.Value;

    private static PyLock Self(PyValue v) => (PyLock)v.AsObject;

    private static PyType CreateType(string name, bool reentrant)
    {
        var t = PyType.CreateRuntimeType(name, PyType.Object, reentrant ? TypeFlags.BaseType : TypeFlags.None, "_thread");
        t.New = reentrant ? static (ts, type, a, kw) => PyValue.FromObject(new PyLock(type, true)) : static (ts, type, a, kw) => PyValue.FromObject(new PyLock(type, false));
        t.AddMethod("acquire", Acquire);
        t.AddMethod("acquire_lock", Acquire);
        t.AddMethod("__enter__", Acquire);
        t.AddMethod0("release", static (ts, v) => Self(v).Release(ts));
        t.AddMethod0("release_lock", static (ts, v) => Self(v).Release(ts));
        t.AddMethod("__exit__", static (ts, a, kw) => Self(a[0]).Release(ts));
        t.AddMethod0("locked", static (ts, v) => PyValue.FromBool(Self(v)._semaphore.CurrentCount == 0));
        t.AddMethod0("locked_lock", static (ts, v) => PyValue.FromBool(Self(v)._semaphore.CurrentCount == 0));
        t.AddMethod0("_is_owned", static (ts, v) => PyValue.FromBool(Self(v)._owner == Environment.CurrentManagedThreadId && Self(v)._depth > 0));
        t.AddMethod0("_at_fork_reinit", static (ts, v) => PyValue.None);
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<" + (Self(v)._semaphore.CurrentCount == 0 ? "locked" : "unlocked") + " _thread." + v.Type.Name + " object>"));
        SlotTable.AddWrappers(t);
        return t;
    }

    // acquire(blocking=True, timeout=-1)
    private static PyValue Acquire(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[2];
        if (!ArgParser.Parse(ts, "acquire", a[1..], kw, ["blocking", "timeout"], 0, 0, args))
        {
            return PyValue.Error;
        }

        var blocking = args[0].IsNull || PyOps.IsTrue(ts, args[0]) > 0;
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
        }

        var self = Self(a[0]);
        var me = Environment.CurrentManagedThreadId;
        if (self._reentrant && self._owner == me && self._depth > 0)
        {
            self._depth++;
            return PyValue.True;
        }

        var ms = !blocking ? 0 : timeout < 0 ? Timeout.Infinite : (int)Math.Min(timeout * 1000, int.MaxValue);
        if (!self._semaphore.Wait(ms))
        {
            return PyValue.False;
        }

        self._owner = me;
        self._depth = 1;
        return PyValue.True;
    }

    private readonly bool _reentrant = reentrant;

    private PyValue Release(ThreadState ts)
    {
        if (_reentrant)
        {
            if (_owner != Environment.CurrentManagedThreadId || _depth == 0)
            {
                return ts.SetError(PyExc.RuntimeError, "cannot release un-acquired lock");
            }

            if (--_depth > 0)
            {
                return PyValue.None;
            }

            _owner = 0;
        }
        else if (_semaphore.CurrentCount != 0)
        {
            return ts.SetError(PyExc.RuntimeError, "release unlocked lock");
        }

        _semaphore.Release();
        return PyValue.None;
    }
}

/// <summary><c>_thread._local</c>: attributes stored per thread (one dict for each thread that touches the object).</summary>
internal sealed class PyThreadLocal(PyType type) : PyObject(type), IHasDict
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly Dictionary<int, PyDict> _dicts = [];

    public static PyType TypeObject => s_type.Value;

    public PyDict? GetDict(bool create) => Current;

    public void SetDict(PyDict dict)
    {
        lock (_dicts)
        {
            _dicts[Environment.CurrentManagedThreadId] = dict;
        }
    }

    private PyDict Current
    {
        get
        {
            lock (_dicts)
            {
                var id = Environment.CurrentManagedThreadId;
                if (!_dicts.TryGetValue(id, out var dict))
                {
                    _dicts[id] = dict = new PyDict();
                }

                return dict;
            }
        }
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("_local", PyType.Object, TypeFlags.BaseType, "_thread");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new PyThreadLocal(type));
        t.Init = static (ts, self, a, kw) => true;
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PyThreadLocal)v.AsObject).Current));
        SlotTable.AddWrappers(t);
        return t;
    }
}
