using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>sys.monitoring</c> (PEP 669) as bookkeeping: tools, event sets and callbacks are recorded
/// with CPython's checks, but the interpreter raises no events yet. bdb, pdb and doctest import it.
/// </summary>
internal sealed class SysMonitoring
{
    private const int ToolCount = 6;

    private static readonly (string Name, int Value)[] s_events =
    [
        ("NO_EVENTS", 0), ("PY_START", 1), ("PY_RESUME", 2), ("PY_RETURN", 4), ("PY_YIELD", 8), ("CALL", 16), ("LINE", 32),
        ("INSTRUCTION", 64), ("JUMP", 128), ("BRANCH_LEFT", 256), ("BRANCH_RIGHT", 512), ("STOP_ITERATION", 1024),
        ("RAISE", 2048), ("EXCEPTION_HANDLED", 4096), ("PY_UNWIND", 8192), ("PY_THROW", 16384), ("RERAISE", 32768),
        ("C_RETURN", 65536), ("C_RAISE", 131072), ("BRANCH", 262144),
    ];

    private readonly PyValue[] _names = new PyValue[ToolCount];
    private readonly long[] _events = new long[ToolCount];
    private readonly Dictionary<(int Tool, long Event), PyValue> _callbacks = [];

    public static PyModule Create()
    {
        var state = new SysMonitoring();
        var m = new PyModule("sys.monitoring");
        m.Add("DEBUGGER_ID", PyValue.FromInt64(0));
        m.Add("COVERAGE_ID", PyValue.FromInt64(1));
        m.Add("PROFILER_ID", PyValue.FromInt64(2));
        m.Add("OPTIMIZER_ID", PyValue.FromInt64(5));
        m.Add("MISSING", PyOps.Call(ThreadState.Current, PyValue.FromObject(PyType.Object), []));
        m.Add("DISABLE", PyOps.Call(ThreadState.Current, PyValue.FromObject(PyType.Object), []));
        var events = new (string, PyValue)[s_events.Length];
        for (var i = 0; i < s_events.Length; i++)
        {
            events[i] = (s_events[i].Name, PyValue.FromInt64(s_events[i].Value));
        }

        m.Add("events", PyValue.FromObject(PySimpleNamespace.Create(events)));
        m.AddFunction("use_tool_id", state.UseToolId, NativeArity.Positional);
        m.AddFunction("clear_tool_id", (ts, a, kw) => state.Clear(ts, a[0], free: false), NativeArity.One);
        m.AddFunction("free_tool_id", (ts, a, kw) => state.Clear(ts, a[0], free: true), NativeArity.One);
        m.AddFunction("get_tool", (ts, a, kw) => TryTool(ts, a[0], out var t) ? (state._names[t].IsNull ? PyValue.None : state._names[t]) : PyValue.Error, NativeArity.One);
        m.AddFunction("get_events", (ts, a, kw) => TryTool(ts, a[0], out var t) ? PyValue.FromInt64(state._events[t]) : PyValue.Error, NativeArity.One);
        m.AddFunction("set_events", (ts, a, kw) =>
        {
            if (a.Length != 2 || !TryTool(ts, a[0], out var t) || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var e))
            {
                return a.Length != 2 ? ts.SetError(PyExc.TypeError, "set_events expected 2 arguments, got " + a.Length) : PyValue.Error;
            }

            state._events[t] = e;
            return PyValue.None;
        }, NativeArity.Positional);
        m.AddFunction("get_local_events", (ts, a, kw) => a.Length == 2 && TryTool(ts, a[0], out _) ? PyValue.FromInt64(0) : PyValue.Error, NativeArity.Positional);
        m.AddFunction("set_local_events", (ts, a, kw) => a.Length == 3 && TryTool(ts, a[0], out _) ? PyValue.None : PyValue.Error, NativeArity.Positional);
        m.AddFunction("register_callback", (ts, a, kw) =>
        {
            if (a.Length != 3 || !TryTool(ts, a[0], out var t) || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var e))
            {
                return PyValue.Error;
            }

            var old = state._callbacks.TryGetValue((t, e), out var o) ? o : PyValue.None;
            state._callbacks[(t, e)] = a[2];
            return old;
        }, NativeArity.Positional);
        m.AddFunction("restart_events", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("_all_events", static (ts, a, kw) => PyValue.FromObject(new PyDict()), NativeArity.NoArgs);
        return m;
    }

    private static bool TryTool(ThreadState ts, PyValue v, out int tool)
    {
        tool = 0;
        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var t))
        {
            return false;
        }

        if (t is < 0 or >= ToolCount)
        {
            ts.SetError(PyExc.ValueError, "invalid tool " + t + " (must be between 0 and 5)");
            return false;
        }

        tool = (int)t;
        return true;
    }

    private PyValue UseToolId(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (a.Length != 2 || !TryTool(ts, a[0], out var t))
        {
            return a.Length != 2 ? ts.SetError(PyExc.TypeError, "use_tool_id expected 2 arguments, got " + a.Length) : PyValue.Error;
        }

        if (a[1].AsObject is not PyStr)
        {
            return ts.SetError(PyExc.ValueError, "tool name must be a str");
        }

        if (!_names[t].IsNull)
        {
            return ts.SetError(PyExc.ValueError, "tool " + t + " is already in use");
        }

        _names[t] = a[1];
        return PyValue.None;
    }

    private PyValue Clear(ThreadState ts, PyValue tool, bool free)
    {
        if (!TryTool(ts, tool, out var t))
        {
            return PyValue.Error;
        }

        _events[t] = 0;
        foreach (var key in _callbacks.Keys.Where(k => k.Tool == t).ToList())
        {
            _callbacks.Remove(key);
        }

        if (free)
        {
            _names[t] = PyValue.Null;
        }

        return PyValue.None;
    }
}
