namespace ProtoPython.Objects;

/// <summary><c>object</c>: generic attribute access, identity comparison and hashing, and the base <c>__new__</c>/<c>__init__</c>.</summary>
internal static partial class ObjectType
{
    public static void Install()
    {
        var t = PyType.Object;
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.Repr = PyOps.DefaultRepr;
        // object_str calls the repr slot itself: PyObject_Str then checks the result ("__str__ returned non-string").
        // The stack check ends a __repr__ = object.__str__ cycle in RecursionError (CPython's is in the call).
        t.ToStr = static (ts, v) => PyOps.EnsureStack(ts, " while calling a Python object") ? (v.Type.Repr ?? PyOps.DefaultRepr)(ts, v) : PyValue.Error;
        t.RichCompare = RichCompare;
        t.HashFunction = PyType.IdentityHash;
        t.New = New;
        t.Init = Init;
        t.AddGetSet("__class__", static (ts, v) => PyValue.FromObject(v.Type), SetClass);
        t.AddMethod("__format__", Format, NativeArity.One);
        t.AddMethod0("__dir__", DirMethods.ObjectDir);
        t.AddClassMethod("__init_subclass__", static (ts, a, kw) => kw is { Length: > 0 } || a.Length > 1
            ? ts.SetError(PyExc.TypeError, ((PyType)a[0].AsObject).Name + ".__init_subclass__() takes no keyword arguments")
            : PyValue.None);
        t.AddClassMethod("__subclasshook__", static (ts, a, kw) => PyValue.NotImplemented);
        t.AddMethod0("__getstate__", GetState);
        t.AddMethod0("__sizeof__", static (ts, v) => PyValue.FromInt64(16 + (8L * v.Type.SlotCount)));
        t.AddValue("__doc__", PyValue.FromObject(new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")));
    }

    private static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return PyValue.Is(a, b) ? PyValue.True : PyValue.NotImplemented;
            case CompareOp.Ne:
                // By default __ne__ inverts __eq__ unless that is NotImplemented.
                var f = a.Type.RichCompare;
                if (f is null)
                {
                    return PyValue.NotImplemented;
                }

                var eq = f(ts, a, b, CompareOp.Eq);
                if (eq.IsError || eq.IsNotImplemented)
                {
                    return eq;
                }

                var truth = PyOps.IsTrue(ts, eq);
                return truth < 0 ? PyValue.Error : PyValue.FromBool(truth == 0);
            default:
                return PyValue.NotImplemented;
        }
    }

    private static bool ExcessArgs(ReadOnlySpan<PyValue> args, PyTuple? kwnames) => args.Length > 0 || kwnames is { Length: > 0 };

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            if (!ReferenceEquals(type.New, PyType.Object.New))
            {
                return ts.SetError(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            }

            if (ReferenceEquals(type.Init, PyType.Object.Init))
            {
                return ts.SetError(PyExc.TypeError, type.Name + "() takes no arguments");
            }
        }

        if (type.IsAbstract)
        {
            return AbstractInstantiation(ts, type);
        }

        if (!ReferenceEquals(type.BuiltinBase, PyType.Object))
        {
            return ts.SetError(PyExc.TypeError, "object.__new__(" + type.Name + ") is not safe, use " + type.BuiltinBase.Name + ".__new__()");
        }

        return PyValue.FromObject(new PyInstance(type));
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            var type = self.Type;

            // A builtin type without an Init slot (frozenset) has object's.
            if (type.Init is { } init && !ReferenceEquals(init, PyType.Object.Init))
            {
                ts.SetError(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }

            if (ReferenceEquals(type.New, PyType.Object.New))
            {
                ts.SetError(PyExc.TypeError, type.Name + ".__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }
        }

        return true;
    }

    private static bool SetClass(ThreadState ts, PyValue self, PyValue value)
    {
        if (value.IsNull)
        {
            ts.SetError(PyExc.TypeError, "can't delete __class__ attribute");
            return false;
        }

        if (value.AsObject is not PyType newType)
        {
            ts.SetError(PyExc.TypeError, "__class__ must be set to a class, not '" + value.Type.Name + "' object");
            return false;
        }

        var oldType = self.Type;
        var modules = newType.IsSubtypeOf(PyType.Module) && oldType.IsSubtypeOf(PyType.Module);
        if (!modules && (IsImmutable(newType) || IsImmutable(oldType)))
        {
            ts.SetError(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return false;
        }

        if (!SameLayout(oldType, newType))
        {
            ts.SetError(PyExc.TypeError, "__class__ assignment: '" + newType.Name + "' object layout differs from '" + oldType.Name + "'");
            return false;
        }

        if (self.AsObject is PyInstance inst)
        {
            // Shapes belong to their type's tree: keep the attributes in a dict from here on.
            inst.GetDict(true);
        }

        self.AsObject.Type = newType;
        return true;
    }

    private static bool IsImmutable(PyType t) => !t.HasFlag(TypeFlags.HeapType) || t.HasFlag(TypeFlags.ImmutableType);

    // compatible_for_assignment: the same builtin storage, the same dict, and the same member slots by name.
    private static bool SameLayout(PyType a, PyType b)
    {
        if (!ReferenceEquals(a.BuiltinBase, b.BuiltinBase) || a.HasInstanceDict != b.HasInstanceDict || a.SlotCount != b.SlotCount)
        {
            return false;
        }

        var names = new string[a.SlotCount];
        foreach (var (t, sign) in new[] { (a, 1), (b, -1) })
        {
            foreach (var m in t.Mro)
            {
                foreach (var (_, v) in m.TypeDict)
                {
                    if (v.AsObject is not PyMemberDescriptor { Index: var i, Name: var n } d || !ReferenceEquals(d.Owner, m) || i < 0 || i >= names.Length)
                    {
                        continue;
                    }

                    if (sign > 0)
                    {
                        names[i] = n;
                    }
                    else if (names[i] != n)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static PyValue Format(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (a[1].AsObject is not PyStr spec)
        {
            return ts.SetError(PyExc.TypeError, "__format__() argument must be str, not " + a[1].Type.Name);
        }

        if (spec.Length > 0)
        {
            return ts.SetError(PyExc.TypeError, "unsupported format string passed to " + a[0].Type.Name + ".__format__");
        }

        return PyOps.Str(ts, a[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error;
    }

    /// <summary>
    /// object.__getstate__ (object_getstate_default, not required): the instance dict or None, and
    /// when __slots__ hold values, (dict-or-None, {slot: value}).
    /// </summary>
    private static PyValue GetState(ThreadState ts, PyValue self)
    {
        var state = PyValue.None;
        if (self.AsObject is IHasDict holder && holder.GetDict(false) is { Count: > 0 } dict)
        {
            state = PyValue.FromObject(dict);
        }

        var slots = new PyDict();
        foreach (var name in SlotNames(self.Type))
        {
            var r = PyOps.TryGetAttr(ts, self, name, out var value);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r > 0 && !slots.SetItem(ts, PyValue.FromObject(name), value))
            {
                return PyValue.Error;
            }
        }

        return slots.Count > 0 ? PyValue.FromObject(new PyTuple([state, PyValue.FromObject(slots)])) : state;
    }

    // copyreg._slotnames: the member slots of every class along the MRO, in definition order.
    private static List<PyStr> SlotNames(PyType type)
    {
        var names = new List<PyStr>();
        foreach (var t in type.Mro)
        {
            foreach (var (_, value) in t.TypeDict)
            {
                if (value.AsObject is PyMemberDescriptor { Getter: null } m && ReferenceEquals(m.Owner, t))
                {
                    names.Add(PyStr.Intern(m.Name));
                }
            }
        }

        return names;
    }
}
