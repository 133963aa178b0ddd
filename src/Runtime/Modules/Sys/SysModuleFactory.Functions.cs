using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// sys functions the library calls: tracing and profiling hooks (stored and returned, never called:
/// the interpreter has no trace events yet), audit hooks (no-ops), sizes and reference counts
/// (estimates: .NET does not expose them), and the import-machinery lists (kept for code that reads
/// them; our C# import system does not consult them).
/// </summary>
internal static partial class SysModuleFactory
{
    private static PyValue s_trace = PyValue.None;
    private static PyValue s_profile = PyValue.None;

    private static void AddFunctions(PyModule m, PythonRuntime rt)
    {
        m.AddFunction("settrace", static (ts, a, kw) => { s_trace = a[0]; return PyValue.None; }, NativeArity.One);
        m.AddFunction("gettrace", static (ts, a, kw) => s_trace, NativeArity.NoArgs);
        m.AddFunction("setprofile", static (ts, a, kw) => { s_profile = a[0]; return PyValue.None; }, NativeArity.One);
        m.AddFunction("getprofile", static (ts, a, kw) => s_profile, NativeArity.NoArgs);
        m.AddFunction("_settraceallthreads", static (ts, a, kw) => { s_trace = a[0]; return PyValue.None; }, NativeArity.One);
        m.AddFunction("_setprofileallthreads", static (ts, a, kw) => { s_profile = a[0]; return PyValue.None; }, NativeArity.One);
        m.AddFunction("audit", static (ts, a, kw) => a.Length == 0
            ? ts.SetError(PyExc.TypeError, "audit() missing 1 required positional argument: 'event'")
            : PyValue.None, NativeArity.Positional);
        m.AddFunction("addaudithook", static (ts, a, kw) => PyValue.None, NativeArity.One);
        m.AddFunction("getrefcount", static (ts, a, kw) => PyValue.FromInt64(2), NativeArity.One);
        m.AddFunction("getsizeof", GetSizeOf);
        m.AddFunction("getfilesystemencodeerrors", static (ts, a, kw) => PyValue.FromObject(PyStr.Intern("surrogateescape")), NativeArity.NoArgs);
        m.AddFunction("getswitchinterval", static (ts, a, kw) => PyValue.FromDouble(Objects.Threading.Gil.SwitchInterval), NativeArity.NoArgs);
        m.AddFunction("setswitchinterval", static (ts, a, kw) =>
        {
            var f = PyOps.Call1(ts, PyValue.FromObject(PyType.Float), a[0]);
            if (f.IsError)
            {
                return f;
            }

            var d = f.AsDouble;
            if (d <= 0)
            {
                return ts.SetError(PyExc.ValueError, "switch interval must be strictly positive");
            }

            Objects.Threading.Gil.SwitchInterval = d;
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("getallocatedblocks", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.NoArgs);
        m.AddFunction("call_tracing", static (ts, a, kw) => a.Length != 2
            ? ts.SetError(PyExc.TypeError, "call_tracing expected 2 arguments, got " + a.Length)
            : a[1].AsObject is PyTuple t ? PyOps.Call(ts, a[0], t.Items) : ts.SetError(PyExc.TypeError, "call_tracing(): argument 2 must be tuple, not " + a[1].Type.Name), NativeArity.Positional);
        m.AddFunction("_getframemodulename", GetFrameModuleName);
        m.AddFunction("_clear_type_cache", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("_clear_internal_caches", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("_is_gil_enabled", static (ts, a, kw) => PyValue.True, NativeArity.NoArgs);
        m.AddFunction("get_coroutine_origin_tracking_depth", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.NoArgs);
        m.AddFunction("set_coroutine_origin_tracking_depth", static (ts, a, kw) => PyValue.None);
        m.AddFunction("get_asyncgen_hooks", static (ts, a, kw) => PyValue.FromObject(new PyTuple([PyValue.None, PyValue.None])), NativeArity.NoArgs);
        m.AddFunction("set_asyncgen_hooks", static (ts, a, kw) => PyValue.None);
        m.AddFunction("is_remote_debug_enabled", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        var unraisable = PyValue.FromObject(new PyBuiltinFunction("unraisablehook", (ts, a, kw) => UnraisableHook(rt, ts, a), NativeArity.One, "sys"));
        m.Add("unraisablehook", unraisable);
        m.Add("__unraisablehook__", unraisable);
        m.Add("meta_path", PyValue.FromObject(new PyList()));
        m.Add("path_hooks", PyValue.FromObject(new PyList()));
        m.Add("path_importer_cache", PyValue.FromObject(new PyDict()));
    }

    // An estimate: __sizeof__ where a type defines it, plus CPython's 16-byte GC header for containers.
    private static PyValue GetSizeOf(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (a.Length is < 1 or > 2)
        {
            return ts.SetError(PyExc.TypeError, "getsizeof() takes at most 2 arguments (" + a.Length + " given)");
        }

        var obj = a[0];
        var found = PyOps.LookupSpecial(ts, obj, PyStr.Intern("__sizeof__"), out var method);
        if (found < 0)
        {
            return PyValue.Error;
        }

        if (found == 0)
        {
            return a.Length == 2 ? a[1] : ts.SetError(PyExc.TypeError, "Type " + obj.Type.Name + " doesn't define __sizeof__");
        }

        var size = PyOps.Call(ts, method, []);
        if (size.IsError)
        {
            return size;
        }

        if (!PyOps.TryIndexAsInt64(ts, size, PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        if (n < 0)
        {
            return ts.SetError(PyExc.ValueError, "__sizeof__() should return >= 0");
        }

        var gcHeader = obj.AsObject is PyList or PyDict or PySet or PyTuple or PyInstance ? 16 : 0;
        return PyValue.FromInt64(n + gcHeader);
    }

    private static PyValue GetFrameModuleName(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        long depth = 0;
        if (a.Length > 0 && !PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out depth))
        {
            return PyValue.Error;
        }

        var frame = ts.CurrentFrame;
        for (var i = 0; i < depth && frame is not null; i++)
        {
            frame = frame.Previous;
        }

        if (frame is null)
        {
            return PyValue.None;
        }

        return frame.Globals.TryGetStr(Objects.Names.Name, out var name) ? name : PyValue.None;
    }

    // The default hook: "Exception ignored in: <obj>" (or err_msg), then the exception as a traceback prints it.
    private static PyValue UnraisableHook(PythonRuntime rt, ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        var args = a[0];
        PyValue Attr(string name)
        {
            if (PyOps.TryGetAttr(ts, args, PyStr.Intern(name), out var v) > 0)
            {
                return v;
            }

            ts.ClearError();
            return PyValue.None;
        }

        var msg = Attr("err_msg");
        var obj = Attr("object");
        var text = msg.AsObject is PyStr m ? m.Value : "Exception ignored in";
        if (!obj.IsNone)
        {
            var r = PyOps.Repr(ts, obj);
            ts.ClearError();
            text += ": " + (r?.Value ?? "<object repr() failed>");
        }

        rt.StdErr.Write(text + "\n");
        var value = Attr("exc_value");
        if (value.AsObject is PyBaseException exc)
        {
            Errors.ExceptHook.Display(rt, ts, value, exc.Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None);
        }

        return PyValue.None;
    }
}
