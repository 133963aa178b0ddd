using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread</c>, the part the library imports at start-up (functools' RLock, reprlib's
/// get_ident, tempfile's allocate_lock): real locks, thread identities and a <c>_local</c> whose
/// attributes are per thread. Starting threads is not here yet (threading cannot import).
/// </summary>
internal sealed class ThreadModule : INativeModule
{
    public string Name => "_thread";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_thread");
        m.Add("LockType", PyValue.FromObject(PyLock.LockTypeObject));
        m.Add("lock", PyValue.FromObject(PyLock.LockTypeObject));
        m.Add("RLock", PyValue.FromObject(PyLock.RLockTypeObject));
        m.Add("_local", PyValue.FromObject(PyThreadLocal.TypeObject));
        m.Add("error", PyValue.FromObject(PyExc.RuntimeError));
        m.Add("TIMEOUT_MAX", PyValue.FromDouble(PyLock.TimeoutMax));
        m.AddFunction("allocate_lock", static (ts, a, kw) => PyValue.FromObject(new PyLock(PyLock.LockTypeObject, reentrant: false)), NativeArity.NoArgs);
        m.AddFunction("allocate", static (ts, a, kw) => PyValue.FromObject(new PyLock(PyLock.LockTypeObject, reentrant: false)), NativeArity.NoArgs);
        m.AddFunction("get_ident", static (ts, a, kw) => PyValue.FromInt64(Environment.CurrentManagedThreadId), NativeArity.NoArgs);
        m.AddFunction("get_native_id", static (ts, a, kw) => PyValue.FromInt64(Environment.CurrentManagedThreadId), NativeArity.NoArgs);
        m.AddFunction("_get_main_thread_ident", static (ts, a, kw) => PyValue.FromInt64(MainThreadId), NativeArity.NoArgs);
        m.AddFunction("_count", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.NoArgs);
        m.AddFunction("stack_size", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.Positional);
        m.AddFunction("daemon_threads_allowed", static (ts, a, kw) => PyValue.True, NativeArity.NoArgs);
        m.AddFunction("_is_main_interpreter", static (ts, a, kw) => PyValue.True, NativeArity.NoArgs);
        m.AddFunction("interrupt_main", static (ts, a, kw) => PyValue.None, NativeArity.Positional);
        return m;
    }

    /// <summary>The thread that created the first runtime (CPython's main thread).</summary>
    public static readonly int MainThreadId = Environment.CurrentManagedThreadId;
}
