using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>isinstance</c>/<c>issubclass</c> (CPython's <c>PyObject_IsInstance</c>/<c>PyObject_IsSubclass</c>):
/// exact-type shortcuts, tuples (nested) of classes, <c>__instancecheck__</c>/<c>__subclasscheck__</c>
/// on the metaclass, and classes that are not types but have <c>__bases__</c>.
/// </summary>
public static partial class BuiltinsModule
{
    private static readonly PyStr s_bases = PyStr.Intern("__bases__");
    private const string InstanceArg2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private const string SubclassArg1 = "issubclass() arg 1 must be a class";
    private const string SubclassArg2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    private static void AddTypeCheckFunctions(PyModule m)
    {
        Add(m, "isinstance", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "isinstance", a, kw, 2, 2) && IsInstance(ts, a[0], a[1]) is var r and >= 0 ? PyValue.FromBool(r > 0) : PyValue.Error,
            NativeArity.Positional);
        Add(m, "issubclass", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "issubclass", a, kw, 2, 2) && IsSubclass(ts, a[0], a[1]) is var r and >= 0 ? PyValue.FromBool(r > 0) : PyValue.Error,
            NativeArity.Positional);
    }

    /// <summary><c>isinstance(inst, cls)</c>: 1, 0, or -1 with a pending exception.</summary>
    public static int IsInstance(ThreadState ts, PyValue inst, PyValue cls)
    {
        if (ReferenceEquals(inst.Type, cls.AsObject))
        {
            return 1;
        }

        if (cls.AsObject is PyType t && ReferenceEquals(t.Type, PyType.TypeType))
        {
            return RealIsInstance(ts, inst, cls);
        }

        if (cls.AsObject is PyTuple tuple)
        {
            if (!PyOps.EnsureStack(ts, " in __instancecheck__"))
            {
                return -1;
            }

            foreach (var item in tuple.Items)
            {
                var r = IsInstance(ts, inst, item);
                if (r != 0)
                {
                    return r;
                }
            }

            return 0;
        }

        var found = PyOps.LookupSpecial(ts, cls, Names.InstanceCheck, out var checker);
        if (found < 0)
        {
            return -1;
        }

        if (found > 0)
        {
            if (!PyOps.EnsureStack(ts, " in __instancecheck__"))
            {
                return -1;
            }

            var res = PyOps.Call1(ts, checker, inst);
            return res.IsError ? -1 : PyOps.IsTrue(ts, res);
        }

        return RealIsInstance(ts, inst, cls);
    }

    /// <summary><c>issubclass(derived, cls)</c>: 1, 0, or -1 with a pending exception.</summary>
    public static int IsSubclass(ThreadState ts, PyValue derived, PyValue cls)
    {
        if (cls.AsObject is PyType t && ReferenceEquals(t.Type, PyType.TypeType))
        {
            return PyValue.Is(derived, cls) ? 1 : RealIsSubclass(ts, derived, cls);
        }

        if (cls.AsObject is PyTuple tuple)
        {
            if (!PyOps.EnsureStack(ts, " in __subclasscheck__"))
            {
                return -1;
            }

            foreach (var item in tuple.Items)
            {
                var r = IsSubclass(ts, derived, item);
                if (r != 0)
                {
                    return r;
                }
            }

            return 0;
        }

        var found = PyOps.LookupSpecial(ts, cls, Names.SubclassCheck, out var checker);
        if (found < 0)
        {
            return -1;
        }

        if (found > 0)
        {
            if (!PyOps.EnsureStack(ts, " in __subclasscheck__"))
            {
                return -1;
            }

            var res = PyOps.Call1(ts, checker, derived);
            return res.IsError ? -1 : PyOps.IsTrue(ts, res);
        }

        return RealIsSubclass(ts, derived, cls);
    }

    /// <summary><c>object_isinstance</c>: what <c>type.__instancecheck__</c> does (type, then <c>__class__</c>).</summary>
    public static int RealIsInstance(ThreadState ts, PyValue inst, PyValue cls)
    {
        if (cls.AsObject is PyType t)
        {
            if (inst.Type.IsSubtypeOf(t))
            {
                return 1;
            }

            var r = PyOps.TryGetAttr(ts, inst, Names.Class, out var icls);
            if (r < 0)
            {
                return -1;
            }

            return r > 0 && !ReferenceEquals(icls.AsObject, inst.Type) && icls.AsObject is PyType it && it.IsSubtypeOf(t) ? 1 : 0;
        }

        if (CheckClass(ts, cls, InstanceArg2) < 0)
        {
            return -1;
        }

        var found = PyOps.TryGetAttr(ts, inst, Names.Class, out var c);
        return found <= 0 ? found : AbstractIsSubclass(ts, c, cls);
    }

    /// <summary><c>recursive_issubclass</c>: what <c>type.__subclasscheck__</c> does.</summary>
    public static int RealIsSubclass(ThreadState ts, PyValue derived, PyValue cls)
    {
        if (cls.AsObject is PyType t && derived.AsObject is PyType d)
        {
            return d.IsSubtypeOf(t) ? 1 : 0;
        }

        if (CheckClass(ts, derived, SubclassArg1) < 0 || CheckClass(ts, cls, SubclassArg2) < 0)
        {
            return -1;
        }

        return AbstractIsSubclass(ts, derived, cls);
    }

    // A "class" is anything with a tuple __bases__ (abstract_get_bases).
    private static int CheckClass(ThreadState ts, PyValue cls, string message)
    {
        var r = GetBases(ts, cls, out _);
        if (r < 0)
        {
            return -1;
        }

        if (r == 0)
        {
            ts.SetError(PyExc.TypeError, message);
            return -1;
        }

        return 1;
    }

    private static int GetBases(ThreadState ts, PyValue cls, out PyTuple? bases)
    {
        bases = null;
        if (cls.AsObject is PyType)
        {
            var v = PyOps.GetAttr(ts, cls, s_bases);
            if (v.IsError)
            {
                return -1;
            }

            bases = v.AsObject as PyTuple;
            return bases is null ? 0 : 1;
        }

        var r = PyOps.TryGetAttr(ts, cls, s_bases, out var value);
        if (r <= 0)
        {
            return r;
        }

        bases = value.AsObject as PyTuple;
        return bases is null ? 0 : 1;
    }

    // abstract_issubclass: walks __bases__ depth first (single inheritance iteratively).
    private static int AbstractIsSubclass(ThreadState ts, PyValue derived, PyValue cls)
    {
        while (true)
        {
            if (PyValue.Is(derived, cls))
            {
                return 1;
            }

            var r = GetBases(ts, derived, out var bases);
            if (r < 0)
            {
                return -1;
            }

            if (bases is null || bases.Length == 0)
            {
                return 0;
            }

            if (bases.Length == 1)
            {
                derived = bases[0];
                continue;
            }

            if (!PyOps.EnsureStack(ts, " in __issubclass__"))
            {
                return -1;
            }

            foreach (var b in bases.Items)
            {
                var sub = AbstractIsSubclass(ts, b, cls);
                if (sub != 0)
                {
                    return sub;
                }
            }

            return 0;
        }
    }
}
