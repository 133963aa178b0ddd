using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_weakref</c>: ref, proxy, getweakrefcount, getweakrefs and _remove_dead_weakref.</summary>
internal sealed class WeakrefModule : INativeModule
{
    public string Name => "_weakref";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_weakref");
        m.Add("__doc__", NativeTypes.Str("Weak-reference support module."));
        m.Add("ref", PyValue.FromObject(PyWeakRef.TypeObject));
        m.Add("ReferenceType", PyValue.FromObject(PyWeakRef.TypeObject));
        m.Add("ProxyType", PyValue.FromObject(WeakProxy.ProxyType.Value));
        m.Add("CallableProxyType", PyValue.FromObject(WeakProxy.CallableProxyType.Value));
        m.AddFunction("proxy", WeakProxy.Create);
        m.AddFunction("getweakrefcount", static (ts, a, kw) =>
            a[0].IsInt64 || a[0].IsFloat ? PyValue.FromInt64(0) : PyValue.FromInt64(WeakRefRegistry.Live(a[0].AsObject).Count), NativeArity.One);
        m.AddFunction("getweakrefs", static (ts, a, kw) =>
        {
            var list = new PyList();
            if (!a[0].IsInt64 && !a[0].IsFloat)
            {
                foreach (var r in WeakRefRegistry.Live(a[0].AsObject))
                {
                    list.Append(PyValue.FromObject(r));
                }
            }

            return PyValue.FromObject(list);
        }, NativeArity.One);
        m.AddFunction("_remove_dead_weakref", RemoveDeadWeakref);
        return m;
    }

    // _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weakref (WeakValueDictionary).
    private static PyValue RemoveDeadWeakref(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "_remove_dead_weakref", a, kw, 2, 2))
        {
            return PyValue.Error;
        }

        if (a[0].AsObject is not PyDict dict)
        {
            return ArgParser.BadArgument(ts, "_remove_dead_weakref", "argument 1", "dict", a[0]);
        }

        var found = dict.TryGetValue(ts, a[1], out var value);
        if (found == DictLookup.Error)
        {
            return PyValue.Error;
        }

        if (found == DictLookup.NotFound)
        {
            return PyValue.None;
        }

        if (value.AsObject is not PyWeakRef r)
        {
            return ts.SetError(PyExc.TypeError, "not a weakref");
        }

        return r.Target.IsNull && !dict.DelItem(ts, a[1]) ? PyValue.Error : PyValue.None;
    }
}
