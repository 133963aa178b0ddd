using System.Runtime.CompilerServices;
using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_abc</c>: the machinery of <c>abc.ABCMeta</c> (CPython's _abc.c algorithms): abstract method
/// sets, registration, and isinstance/issubclass with a positive cache, a negative cache
/// invalidated by a global counter, the <c>__subclasshook__</c>, the registry and subclasses.
/// Caches hold classes weakly (ConditionalWeakTable), as CPython's sets of weak references.
/// </summary>
internal sealed class AbcModule : INativeModule
{
    private static readonly PyStr s_abcImpl = PyStr.Intern("_abc_impl");
    private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");
    private static readonly PyStr s_isAbstract = PyStr.Intern("__isabstractmethod__");
    private static readonly PyStr s_tpFlags = PyStr.Intern("__abc_tpflags__");
    private static readonly PyStr s_subclassHook = PyStr.Intern("__subclasshook__");
    private static readonly PyStr s_subclasses = PyStr.Intern("__subclasses__");
    private static readonly PyStr s_class = PyStr.Intern("__class__");
    private static readonly Lazy<PyType> s_dataType = new(() =>
    {
        var t = NativeTypes.Create("_abc_data", "_abc", subclassable: false);
        SlotTable.AddWrappers(t);
        return t;
    });

    private static long s_invalidationCounter;

    public string Name => "_abc";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_abc");
        m.Add("__doc__", NativeTypes.Str("Module contains faster C implementation of abc.ABCMeta"));
        m.AddFunction("get_cache_token", static (ts, a, kw) => PyValue.FromInt64(s_invalidationCounter), NativeArity.NoArgs);
        m.AddFunction("_abc_init", static (ts, a, kw) => Init(ts, a[0]), NativeArity.One);
        m.AddFunction("_abc_register", static (ts, a, kw) => ArgParser.CheckPositional(ts, "_abc_register", a, kw, 2, 2) ? Register(ts, a[0], a[1]) : PyValue.Error);
        m.AddFunction("_abc_instancecheck", static (ts, a, kw) => ArgParser.CheckPositional(ts, "_abc_instancecheck", a, kw, 2, 2) ? InstanceCheck(ts, a[0], a[1]) : PyValue.Error);
        m.AddFunction("_abc_subclasscheck", static (ts, a, kw) => ArgParser.CheckPositional(ts, "_abc_subclasscheck", a, kw, 2, 2) ? SubclassCheck(ts, a[0], a[1]) : PyValue.Error);
        m.AddFunction("_get_dump", static (ts, a, kw) => Dump(ts, a[0]), NativeArity.One);
        m.AddFunction("_reset_registry", static (ts, a, kw) =>
        {
            var impl = Impl(ts, a[0]);
            impl?.Registry.Clear();
            return impl is null ? PyValue.Error : PyValue.None;
        }, NativeArity.One);
        m.AddFunction("_reset_caches", static (ts, a, kw) =>
        {
            var impl = Impl(ts, a[0]);
            if (impl is null)
            {
                return PyValue.Error;
            }

            impl.Cache.Clear();
            impl.NegativeCache.Clear();
            return PyValue.None;
        }, NativeArity.One);
        return m;
    }

    private static AbcData? Impl(ThreadState ts, PyValue cls)
    {
        var impl = PyOps.GetAttr(ts, cls, s_abcImpl);
        if (impl.IsError)
        {
            return null;
        }

        if (impl.AsObject is AbcData data)
        {
            return data;
        }

        ts.SetError(PyExc.TypeError, "_abc_impl is set to a wrong type");
        return null;
    }

    // 1/0/-1: getattr(obj, "__isabstractmethod__", False) is true.
    private static int IsAbstract(ThreadState ts, PyValue obj)
    {
        var found = PyOps.TryGetAttr(ts, obj, s_isAbstract, out var v);
        return found <= 0 ? found : PyOps.IsTrue(ts, v);
    }

    private static PyValue Init(ThreadState ts, PyValue cls)
    {
        if (!ComputeAbstractMethods(ts, cls))
        {
            return PyValue.Error;
        }

        if (!PyOps.SetAttr(ts, cls, s_abcImpl, PyValue.FromObject(new AbcData(s_dataType.Value))))
        {
            return PyValue.Error;
        }

        // __abc_tpflags__ sets Py_TPFLAGS_SEQUENCE/MAPPING in CPython (not settable here yet); it is removed either way.
        if (cls.AsObject is PyType t && t.TryGetOwn(s_tpFlags, out _) && !PyOps.SetAttr(ts, cls, s_tpFlags, PyValue.Null))
        {
            return PyValue.Error;
        }

        return PyValue.None;
    }

    private static bool ComputeAbstractMethods(ThreadState ts, PyValue cls)
    {
        var abstracts = new PySet(frozen: true);
        var ns = PyOps.GetAttr(ts, cls, PyStr.Intern("__dict__"));
        var items = ns.IsError ? ns : PyOps.CallMethod(ts, ns, PyStr.Intern("items"), []);
        var pairs = items.IsError ? null : SequenceHelpers.ToArray(ts, items);
        if (pairs is null)
        {
            return false;
        }

        foreach (var pair in pairs)
        {
            if (pair.AsObject is not PyTuple { Length: 2 } kv)
            {
                ts.SetError(PyExc.TypeError, "items() returned item which is not a 2-tuple");
                return false;
            }

            var r = IsAbstract(ts, kv[1]);
            if (r < 0 || (r > 0 && !abstracts.Add(ts, kv[0])))
            {
                return false;
            }
        }

        var bases = PyOps.GetAttr(ts, cls, PyStr.Intern("__bases__"));
        if (bases.IsError)
        {
            return false;
        }

        if (bases.AsObject is not PyTuple baseTuple)
        {
            ts.SetError(PyExc.TypeError, "__bases__ is not tuple");
            return false;
        }

        foreach (var b in baseTuple.Items)
        {
            var found = PyOps.TryGetAttr(ts, b, s_abstractMethods, out var inherited);
            if (found < 0)
            {
                return false;
            }

            var names = found == 0 ? [] : SequenceHelpers.ToArray(ts, inherited);
            if (names is null)
            {
                return false;
            }

            foreach (var name in names)
            {
                if (name.AsObject is not PyStr key)
                {
                    continue;
                }

                var has = PyOps.TryGetAttr(ts, cls, key, out var value);
                var r = has <= 0 ? has : IsAbstract(ts, value);
                if (r < 0 || (r > 0 && !abstracts.Add(ts, name)))
                {
                    return false;
                }
            }
        }

        return PyOps.SetAttr(ts, cls, s_abstractMethods, PyValue.FromObject(abstracts));
    }

    private static PyValue Register(ThreadState ts, PyValue cls, PyValue subclass)
    {
        if (subclass.AsObject is not PyType)
        {
            return ts.SetError(PyExc.TypeError, "Can only register classes");
        }

        var r = BuiltinsModule.IsSubclass(ts, subclass, cls);
        if (r != 0)
        {
            return r > 0 ? subclass : PyValue.Error;
        }

        r = BuiltinsModule.IsSubclass(ts, cls, subclass);
        if (r != 0)
        {
            return r > 0 ? ts.SetError(PyExc.RuntimeError, "Refusing to create an inheritance cycle") : PyValue.Error;
        }

        var impl = Impl(ts, cls);
        if (impl is null)
        {
            return PyValue.Error;
        }

        impl.Registry.Add(new WeakReference<PyObject>(subclass.AsObject));
        Interlocked.Increment(ref s_invalidationCounter);
        return subclass;
    }

    private static PyValue InstanceCheck(ThreadState ts, PyValue cls, PyValue instance)
    {
        var impl = Impl(ts, cls);
        if (impl is null)
        {
            return PyValue.Error;
        }

        var subclass = PyOps.GetAttr(ts, instance, s_class);
        if (subclass.IsError)
        {
            return subclass;
        }

        if (!subclass.IsInt64 && !subclass.IsFloat && impl.Cache.TryGetValue(subclass.AsObject, out _))
        {
            return PyValue.True;
        }

        var subtype = PyValue.FromObject(instance.Type);
        if (PyValue.Is(subtype, subclass))
        {
            if (impl.NegativeVersion == Interlocked.Read(ref s_invalidationCounter) && impl.NegativeCache.TryGetValue(subclass.AsObject, out _))
            {
                return PyValue.False;
            }

            return PyOps.CallMethod(ts, cls, Names.SubclassCheck, [subclass]);
        }

        var result = PyOps.CallMethod(ts, cls, Names.SubclassCheck, [subclass]);
        if (result.IsError)
        {
            return result;
        }

        var truth = PyOps.IsTrue(ts, result);
        return truth < 0 ? PyValue.Error : truth > 0 ? result : PyOps.CallMethod(ts, cls, Names.SubclassCheck, [subtype]);
    }

    private static PyValue SubclassCheck(ThreadState ts, PyValue cls, PyValue subclass)
    {
        if (subclass.AsObject is not PyType subType)
        {
            return ts.SetError(PyExc.TypeError, "issubclass() arg 1 must be a class");
        }

        var impl = Impl(ts, cls);
        if (impl is null)
        {
            return PyValue.Error;
        }

        if (impl.Cache.TryGetValue(subType, out _))
        {
            return PyValue.True;
        }

        var counter = Interlocked.Read(ref s_invalidationCounter);
        if (impl.NegativeVersion < counter)
        {
            impl.NegativeCache.Clear();
            impl.NegativeVersion = counter;
        }
        else if (impl.NegativeCache.TryGetValue(subType, out _))
        {
            return PyValue.False;
        }

        var ok = PyOps.CallMethod(ts, cls, s_subclassHook, [subclass]);
        if (ok.IsError)
        {
            return ok;
        }

        if (ok.IsBool)
        {
            (ok.RawBits != 0 ? impl.Cache : impl.NegativeCache).AddOrUpdate(subType, s_present);
            return ok;
        }

        if (!ok.IsNotImplemented)
        {
            return ts.SetError(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }

        // A direct subclass, a subclass of a registered class, or of one of cls's subclasses.
        if (cls.AsObject is PyType clsType && Array.IndexOf(subType.Mro, clsType) >= 0)
        {
            return Found(impl, subType);
        }

        // A class registered directly answers without being cached (CPython's fast path).
        foreach (var weak in impl.Registry)
        {
            if (weak.TryGetTarget(out var registered) && ReferenceEquals(registered, subType))
            {
                return PyValue.True;
            }
        }

        foreach (var weak in impl.Registry.ToArray())
        {
            if (!weak.TryGetTarget(out var registered))
            {
                continue;
            }

            var r = BuiltinsModule.IsSubclass(ts, subclass, PyValue.FromObject(registered));
            if (r != 0)
            {
                return r > 0 ? Found(impl, subType) : PyValue.Error;
            }
        }

        var subclasses = PyOps.CallMethod(ts, cls, s_subclasses, []);
        if (subclasses.IsError)
        {
            return subclasses;
        }

        if (subclasses.AsObject is not PyList list)
        {
            return ts.SetError(PyExc.TypeError, "__subclasses__() must return a list");
        }

        foreach (var scls in list.ToArray())
        {
            var r = BuiltinsModule.IsSubclass(ts, subclass, scls);
            if (r != 0)
            {
                return r > 0 ? Found(impl, subType) : PyValue.Error;
            }
        }

        impl.NegativeCache.AddOrUpdate(subType, s_present);
        return PyValue.False;
    }

    private static readonly object s_present = new();

    private static PyValue Found(AbcData impl, PyType subclass)
    {
        impl.Cache.AddOrUpdate(subclass, s_present);
        return PyValue.True;
    }

    // (registry, cache, negative cache, negative cache version): sets of weak references.
    private static PyValue Dump(ThreadState ts, PyValue cls)
    {
        var impl = Impl(ts, cls);
        if (impl is null)
        {
            return PyValue.Error;
        }

        var registry = RefSet(ts, impl.Registry.Select(w => w.TryGetTarget(out var o) ? o : null));
        var cache = RefSet(ts, impl.Cache.Select(p => p.Key));
        var negative = RefSet(ts, impl.NegativeCache.Select(p => p.Key));
        return registry is null || cache is null || negative is null
            ? PyValue.Error
            : NativeTypes.Tuple(PyValue.FromObject(registry), PyValue.FromObject(cache), PyValue.FromObject(negative), PyValue.FromInt64(impl.NegativeVersion));
    }

    private static PySet? RefSet(ThreadState ts, IEnumerable<PyObject?> classes)
    {
        var set = new PySet();
        foreach (var c in classes)
        {
            if (c is null)
            {
                continue;
            }

            var r = PyOps.Call1(ts, PyValue.FromObject(PyWeakRef.TypeObject), PyValue.FromObject(c));
            if (r.IsError || !set.Add(ts, r))
            {
                return null;
            }
        }

        return set;
    }

    private sealed class AbcData(PyType type) : PyObject(type)
    {
        public List<WeakReference<PyObject>> Registry { get; } = [];

        public ConditionalWeakTable<PyObject, object> Cache { get; } = new();

        public ConditionalWeakTable<PyObject, object> NegativeCache { get; } = new();

        public long NegativeVersion { get; set; } = Interlocked.Read(ref s_invalidationCounter);
    }
}
