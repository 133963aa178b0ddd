using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>atexit</c>: callbacks run last-registered first when the program finishes (before the streams are flushed).</summary>
internal sealed class AtexitModule : INativeModule
{
    public string Name => "atexit";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("atexit");
        var callbacks = runtime.AtexitCallbacks;
        m.AddFunction("register", (ts, a, kw) =>
        {
            var positional = a.Length - (kw?.Length ?? 0);
            if (positional < 1)
            {
                return ts.SetError(PyExc.TypeError, "register() takes at least 1 argument (0 given)");
            }

            if (a[0].Type.Call is null)
            {
                return ts.SetError(PyExc.TypeError, "the first argument must be callable");
            }

            callbacks.Add((a[0], a[1..positional].ToArray(), kw, a[positional..].ToArray()));
            return a[0];
        });
        m.AddFunction("unregister", (ts, a, kw) =>
        {
            for (var i = callbacks.Count - 1; i >= 0; i--)
            {
                var same = PyOps.RichCompareBool(ts, callbacks[i].Function, a[0], CompareOp.Eq);
                if (same < 0)
                {
                    return PyValue.Error;
                }

                if (same > 0)
                {
                    callbacks.RemoveAt(i);
                }
            }

            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("_clear", (ts, a, kw) => { callbacks.Clear(); return PyValue.None; }, NativeArity.NoArgs);
        m.AddFunction("_ncallbacks", (ts, a, kw) => PyValue.FromInt64(callbacks.Count), NativeArity.NoArgs);
        m.AddFunction("_run_exitfuncs", (ts, a, kw) => { runtime.RunAtexit(ts); return PyValue.None; }, NativeArity.NoArgs);
        return m;
    }
}
