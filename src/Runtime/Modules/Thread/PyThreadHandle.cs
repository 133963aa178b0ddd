using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The calling thread's <c>_thread.get_ident()</c>: its managed thread id (stable for the thread's life, reused after it ends, as pthread ids are).</summary>
internal static class ThreadIdent
{
    public static long Current => Environment.CurrentManagedThreadId;
}

/// <summary>
/// <c>_thread._ThreadHandle</c>: what threading.Thread joins. Not started, then running (an ident),
/// then done once the thread's function returned and its state was let go.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A Python object has no deterministic end; the event's wait handle is never created (Wait with a timeout spins and uses a monitor).")]
internal sealed class PyThreadHandle(PyType type) : PyObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly ManualResetEventSlim _done = new(false);

    public static PyType TypeObject => s_type.Value;

    /// <summary>The thread's ident, 0 before it started.</summary>
    public long Ident { get; set; }

    public bool Started { get; set; }

    public bool IsDone => _done.IsSet;

    public void SetDone() => _done.Set();

    /// <summary>Waits at most <paramref name="span"/> for the thread to finish (no GIL may be held).</summary>
    public bool WaitDone(TimeSpan span) => _done.Wait(span);

    private static PyThreadHandle Self(PyValue v) => (PyThreadHandle)v.AsObject;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("_ThreadHandle", PyType.Object, TypeFlags.None, "_thread");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new PyThreadHandle(type));
        t.AddGetSet("ident", static (ts, v) => PyValue.FromInt64(Self(v).Ident));
        t.AddMethod("join", static (ts, a, kw) => Self(a[0]).Join(ts, a[1..], kw));
        t.AddMethod0("is_done", static (ts, v) => PyValue.FromBool(Self(v).IsDone));
        t.AddMethod0("_set_done", static (ts, v) => { Self(v).SetDone(); return PyValue.None; });
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<_thread._ThreadHandle object: ident=" + Self(v).Ident + ">"));
        SlotTable.AddWrappers(t);
        return t;
    }

    // join(timeout=None): a negative timeout waits forever, as CPython's handle does.
    private PyValue Join(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[1];
        if (!ArgParser.Parse(ts, "join", a, kw, ["timeout"], 0, 0, args))
        {
            return PyValue.Error;
        }

        var timeout = -1.0;
        if (!args[0].IsNull && !args[0].IsNone)
        {
            var f = PyOps.Call1(ts, PyValue.FromObject(PyType.Float), args[0]);
            if (f.IsError)
            {
                return f;
            }

            timeout = f.AsDouble;
        }

        if (!Started)
        {
            return ts.SetError(PyExc.RuntimeError, "thread not started");
        }

        if (IsDone)
        {
            return PyValue.None;
        }

        if (Ident == ThreadIdent.Current)
        {
            return ts.SetError(PyExc.RuntimeError, "Cannot join current thread");
        }

        return BlockingWait.Wait(ts, WaitDone, timeout) < 0 ? PyValue.Error : PyValue.None;
    }
}
