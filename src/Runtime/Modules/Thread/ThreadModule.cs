using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread</c>: locks, thread identities, <c>_local</c>, and starting threads (what
/// Lib/threading.py builds on). Threads run under the GIL (<see cref="Objects.Threading.Gil"/>).
/// </summary>
internal sealed class ThreadModule : INativeModule
{
    public string Name => "_thread";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_thread");
        var starter = new ThreadStarter(runtime);
        m.Add("LockType", PyValue.FromObject(PyLock.LockTypeObject));
        m.Add("lock", PyValue.FromObject(PyLock.LockTypeObject));
        m.Add("RLock", PyValue.FromObject(PyLock.RLockTypeObject));
        m.Add("_local", PyValue.FromObject(PyThreadLocal.TypeObject));
        m.Add("_ThreadHandle", PyValue.FromObject(PyThreadHandle.TypeObject));
        m.Add("error", PyValue.FromObject(PyExc.RuntimeError));
        m.Add("TIMEOUT_MAX", PyValue.FromDouble(PyLock.TimeoutMax));
        m.Add("_NAME_MAXLEN", PyValue.FromInt64(15));
        m.AddFunction("allocate_lock", static (ts, a, kw) => PyValue.FromObject(new PyLock(PyLock.LockTypeObject, reentrant: false)), NativeArity.NoArgs);
        m.AddFunction("allocate", static (ts, a, kw) => PyValue.FromObject(new PyLock(PyLock.LockTypeObject, reentrant: false)), NativeArity.NoArgs);
        m.AddFunction("get_ident", static (ts, a, kw) => PyValue.FromInt64(ThreadIdent.Current), NativeArity.NoArgs);
        m.AddFunction("get_native_id", static (ts, a, kw) => PyValue.FromInt64(ThreadIdent.Current), NativeArity.NoArgs);
        m.AddFunction("_get_main_thread_ident", (ts, a, kw) => PyValue.FromInt64(starter.MainIdent), NativeArity.NoArgs);
        m.AddFunction("_count", (ts, a, kw) => PyValue.FromInt64(starter.Running), NativeArity.NoArgs);
        m.AddFunction("stack_size", StackSize, NativeArity.Positional);
        m.AddFunction("daemon_threads_allowed", static (ts, a, kw) => PyValue.True, NativeArity.NoArgs);
        m.AddFunction("_is_main_interpreter", static (ts, a, kw) => PyValue.True, NativeArity.NoArgs);
        m.AddFunction("interrupt_main", (ts, a, kw) => InterruptMain(ts, runtime, a), NativeArity.Positional);
        m.AddFunction("exit", static (ts, a, kw) => ts.SetError(PyExc.SystemExit, []), NativeArity.NoArgs);
        m.AddFunction("exit_thread", static (ts, a, kw) => ts.SetError(PyExc.SystemExit, []), NativeArity.NoArgs);
        m.AddFunction("set_name", SetName);
        m.AddFunction("_get_name", static (ts, a, kw) => PyValue.FromObject(new PyStr(Thread.CurrentThread.Name ?? "")), NativeArity.NoArgs);
        m.Add("_ExceptHookArgs", PyValue.FromObject(ThreadExceptHook.ArgsType.Value));
        m.AddFunction("_excepthook", (ts, a, kw) => ThreadExceptHook.Hook(ts, runtime, a[0]), NativeArity.One);
        m.AddFunction("_make_thread_handle", static (ts, a, kw) => MakeHandle(ts, a), NativeArity.One);
        m.AddFunction("_shutdown", (ts, a, kw) => starter.Shutdown(ts) ? PyValue.None : PyValue.Error, NativeArity.NoArgs);
        m.AddFunction("start_joinable_thread", (ts, a, kw) => StartJoinable(ts, starter, a, kw));
        m.AddFunction("start_new_thread", (ts, a, kw) => StartNew(ts, starter, a), NativeArity.Positional);
        m.AddFunction("start_new", (ts, a, kw) => StartNew(ts, starter, a), NativeArity.Positional);
        return m;
    }

    // start_joinable_thread(function, handle=None, daemon=True)
    private static PyValue StartJoinable(ThreadState ts, ThreadStarter starter, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[3];
        if (!ArgParser.Parse(ts, "start_joinable_thread", a, kw, ["function", "handle", "daemon"], 1, 0, args))
        {
            return PyValue.Error;
        }

        if (args[0].Type.Call is null)
        {
            return ts.SetError(PyExc.TypeError, "thread function must be callable");
        }

        PyThreadHandle handle;
        if (args[1].IsNull || args[1].IsNone)
        {
            handle = new PyThreadHandle(PyThreadHandle.TypeObject);
        }
        else if (args[1].AsObject is PyThreadHandle given)
        {
            handle = given;
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "'handle' must be a _ThreadHandle");
        }

        var daemon = true;
        if (!args[2].IsNull)
        {
            var truth = PyOps.IsTrue(ts, args[2]);
            if (truth < 0)
            {
                return PyValue.Error;
            }

            daemon = truth > 0;
        }

        return starter.Start(ts, args[0], [], null, handle, daemon);
    }

    // start_new_thread(function, args, kwargs=None): the thread's ident.
    private static PyValue StartNew(ThreadState ts, ThreadStarter starter, ReadOnlySpan<PyValue> a)
    {
        if (a.Length is < 2 or > 3)
        {
            return ts.SetError(PyExc.TypeError, "start_new_thread expected at least 2 arguments, got " + a.Length);
        }

        if (a[0].Type.Call is null)
        {
            return ts.SetError(PyExc.TypeError, "first arg must be callable");
        }

        if (a[1].AsObject is not PyTuple positional)
        {
            return ts.SetError(PyExc.TypeError, "2nd arg must be a tuple");
        }

        var values = new List<PyValue>(positional.Items.ToArray());
        PyTuple? kwnames = null;
        if (a.Length == 3 && !a[2].IsNone)
        {
            if (a[2].AsObject is not PyDict kwargs)
            {
                return ts.SetError(PyExc.TypeError, "optional 3rd arg must be a dictionary");
            }

            var names = new List<PyValue>();
            foreach (var (k, v) in kwargs)
            {
                names.Add(k);
                values.Add(v);
            }

            kwnames = new PyTuple([.. names]);
        }

        var handle = new PyThreadHandle(PyThreadHandle.TypeObject);
        var r = starter.Start(ts, a[0], [.. values], kwnames, handle, daemon: true);
        return r.IsError ? r : PyValue.FromInt64(handle.Ident);
    }

    private static PyValue MakeHandle(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        var ident = PyOps.Index(ts, a[0]);
        if (ident.IsError)
        {
            return ident;
        }

        return PyValue.FromObject(new PyThreadHandle(PyThreadHandle.TypeObject) { Ident = ident.IsInt64 ? ident.AsInt64 : 0, Started = true });
    }

    private static PyValue StackSize(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (a.Length > 1)
        {
            return ts.SetError(PyExc.TypeError, "stack_size expected at most 1 argument, got " + a.Length);
        }

        if (a.Length == 1)
        {
            var size = PyOps.Index(ts, a[0]);
            if (size.IsError)
            {
                return size;
            }

            if (!size.IsInt64 || (size.AsInt64 != 0 && size.AsInt64 < 32768))
            {
                return ts.SetError(PyExc.ValueError, "size not valid: " + PyOps.Repr(ts, size)?.Value + " bytes");
            }
        }

        // Threads always get the 16 MB stack the design calls for; the setting is accepted and ignored.
        return PyValue.FromInt64(0);
    }

    private static PyValue SetName(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[1];
        if (!ArgParser.Parse(ts, "set_name", a, kw, ["name"], 1, 0, args))
        {
            return PyValue.Error;
        }

        return args[0].AsObject is PyStr ? PyValue.None
            : ts.SetError(PyExc.TypeError, "set_name() argument 'name' must be str, not " + args[0].Type.Name);
    }

    // interrupt_main(signum=SIGINT): the main thread sees KeyboardInterrupt at its next check.
    private static PyValue InterruptMain(ThreadState ts, PythonRuntime runtime, ReadOnlySpan<PyValue> a)
    {
        if (runtime.MainThreadState is { } main)
        {
            Interlocked.Or(ref main.EvalBreaker, ThreadState.BreakerKeyboardInterrupt);
        }

        return PyValue.None;
    }
}
