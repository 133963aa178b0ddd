using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>gc</c>: memory is .NET's garbage collector's, so there are no generations to inspect;
/// collect() asks .NET for a collection, the switches and thresholds are remembered, and the
/// object-graph queries answer empty.
/// </summary>
internal sealed class GcModule : INativeModule
{
    private bool _enabled = true;
    private long _debug;
    private PyValue _threshold = Triple(2000, 10, 10);

    public string Name => "gc";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("gc");
        m.Add("DEBUG_STATS", PyValue.FromInt64(1));
        m.Add("DEBUG_COLLECTABLE", PyValue.FromInt64(2));
        m.Add("DEBUG_UNCOLLECTABLE", PyValue.FromInt64(4));
        m.Add("DEBUG_SAVEALL", PyValue.FromInt64(32));
        m.Add("DEBUG_LEAK", PyValue.FromInt64(38));
        m.Add("garbage", PyValue.FromObject(new PyList()));
        m.Add("callbacks", PyValue.FromObject(new PyList()));
        m.AddFunction("enable", (ts, a, kw) => Set(ref _enabled, true), NativeArity.NoArgs);
        m.AddFunction("disable", (ts, a, kw) => Set(ref _enabled, false), NativeArity.NoArgs);
        m.AddFunction("isenabled", (ts, a, kw) => PyValue.FromBool(_enabled), NativeArity.NoArgs);
        m.AddFunction("collect", static (ts, a, kw) =>
        {
            GC.Collect();
            return PyValue.FromInt64(0);
        });
        m.AddFunction("get_count", static (ts, a, kw) => Triple(0, 0, 0), NativeArity.NoArgs);
        m.AddFunction("get_threshold", (ts, a, kw) => _threshold, NativeArity.NoArgs);
        m.AddFunction("set_threshold", (ts, a, kw) =>
        {
            var t = new long[] { 2000, 10, 10 };
            for (var i = 0; i < a.Length && i < 3; i++)
            {
                if (!PyOps.TryIndexAsInt64(ts, a[i], PyExc.OverflowError, out t[i]))
                {
                    return PyValue.Error;
                }
            }

            _threshold = Triple(t[0], a.Length > 1 ? t[1] : 10, a.Length > 2 ? t[2] : 10);
            return PyValue.None;
        }, NativeArity.Positional);
        m.AddFunction("get_debug", (ts, a, kw) => PyValue.FromInt64(_debug), NativeArity.NoArgs);
        m.AddFunction("set_debug", (ts, a, kw) => PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out _debug) ? PyValue.None : PyValue.Error, NativeArity.One);
        m.AddFunction("get_objects", static (ts, a, kw) => PyValue.FromObject(new PyList()));
        m.AddFunction("get_referrers", static (ts, a, kw) => PyValue.FromObject(new PyList()), NativeArity.Positional);
        m.AddFunction("get_referents", static (ts, a, kw) => PyValue.FromObject(new PyList()), NativeArity.Positional);
        m.AddFunction("is_tracked", static (ts, a, kw) => PyValue.FromBool(!IsAtomic(a[0])), NativeArity.One);
        m.AddFunction("is_finalized", static (ts, a, kw) => PyValue.False, NativeArity.One);
        m.AddFunction("freeze", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("unfreeze", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("get_freeze_count", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.NoArgs);
        m.AddFunction("get_stats", static (ts, a, kw) =>
        {
            var list = new PyList();
            for (var i = 0; i < 3; i++)
            {
                var d = new PyDict();
                d.SetStr(PyStr.Intern("collections"), PyValue.FromInt64(0));
                d.SetStr(PyStr.Intern("collected"), PyValue.FromInt64(0));
                d.SetStr(PyStr.Intern("uncollectable"), PyValue.FromInt64(0));
                list.Append(PyValue.FromObject(d));
            }

            return PyValue.FromObject(list);
        }, NativeArity.NoArgs);
        return m;
    }

    private static PyValue Set(ref bool field, bool value)
    {
        field = value;
        return PyValue.None;
    }

    private static PyValue Triple(long a, long b, long c) =>
        PyValue.FromObject(new PyTuple([PyValue.FromInt64(a), PyValue.FromInt64(b), PyValue.FromInt64(c)]));

    // CPython does not track objects that cannot hold references: numbers, strings, bytes, None.
    private static bool IsAtomic(PyValue v) =>
        v.IsNone || PyInt.IsInt(v) || PyFloat.IsFloat(v) || v.AsObject is PyStr or PyBytes or PyComplex;
}
