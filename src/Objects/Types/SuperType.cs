namespace ProtoPython.Objects;

/// <summary><c>super</c>: attribute lookup that starts after a class in the MRO of the instance's type.</summary>
public sealed class PySuper : PyObject
{
    public PySuper(PyType type)
        : base(type)
    {
    }

    /// <summary>The class after which lookup starts (<c>__thisclass__</c>).</summary>
    public PyType? ThisClass { get; set; }

    /// <summary>The bound object (<c>__self__</c>), Null when unbound.</summary>
    public PyValue Self { get; set; }

    /// <summary>The type whose MRO is searched (<c>__self_class__</c>).</summary>
    public PyType? SelfClass { get; set; }

    internal static void Install()
    {
        var t = PyType.Super;
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PySuper(type));
        t.Init = Init;
        t.GetAttr = GetAttr;
        t.DescrGet = static (ts, d, inst, owner) =>
        {
            var s = (PySuper)d.AsObject;
            if (inst.IsNull || !s.Self.IsNull)
            {
                return d;
            }

            var copy = new PySuper(s.Type) { ThisClass = s.ThisClass };
            var st = SuperLookup.CheckSelf(ts, s.ThisClass!, inst);
            if (st is null)
            {
                return PyValue.Error;
            }

            copy.Self = inst;
            copy.SelfClass = st;
            return PyValue.FromObject(copy);
        };
        t.Repr = static (ts, v) =>
        {
            var s = (PySuper)v.AsObject;
            var thisName = s.ThisClass?.Name ?? "NULL";
            return PyValue.FromObject(new PyStr(s.SelfClass is null
                ? "<super: <class '" + thisName + "'>, NULL>"
                : "<super: <class '" + thisName + "'>, <" + s.SelfClass.Name + " object>>"));
        };
        t.AddGetSet("__thisclass__", static (ts, v) => ((PySuper)v.AsObject).ThisClass is { } c ? PyValue.FromObject(c) : PyValue.None);
        t.AddGetSet("__self__", static (ts, v) => ((PySuper)v.AsObject).Self is { IsNull: false } s ? s : PyValue.None);
        t.AddGetSet("__self_class__", static (ts, v) => ((PySuper)v.AsObject).SelfClass is { } c ? PyValue.FromObject(c) : PyValue.None);
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var s = (PySuper)self.AsObject;
        if (kw is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, "super() takes no keyword arguments");
            return false;
        }

        PyValue typeArg, obj = PyValue.Null;
        if (args.Length == 0)
        {
            if (!SuperLookup.FromFrame(ts, out typeArg, out obj))
            {
                return false;
            }
        }
        else
        {
            typeArg = args[0];
            if (args.Length > 1)
            {
                obj = args[1].IsNone ? PyValue.Null : args[1];
            }
        }

        if (typeArg.AsObject is not PyType thisClass)
        {
            ts.SetError(PyExc.TypeError, "super() argument 1 must be a type, not " + typeArg.Type.Name);
            return false;
        }

        s.ThisClass = thisClass;
        if (!obj.IsNull)
        {
            var st = SuperLookup.CheckSelf(ts, thisClass, obj);
            if (st is null)
            {
                return false;
            }

            s.Self = obj;
            s.SelfClass = st;
        }

        return true;
    }

    private static int GetAttr(ThreadState ts, PyValue self, PyStr name, out PyValue value)
    {
        var s = (PySuper)self.AsObject;
        if (s.SelfClass is not null && name.Value != "__class__")
        {
            value = SuperLookup.Find(ts, s.ThisClass!, s.SelfClass, s.Self, name, out var found);
            if (found)
            {
                return value.IsError ? -1 : 1;
            }
        }

        return PyOps.GenericGetAttr(ts, self, name, out value);
    }
}

/// <summary>The MRO search behind <c>super</c> and LOAD_SUPER_ATTR.</summary>
public static class SuperLookup
{
    /// <summary>
    /// super(startType, self).name for LOAD_SUPER_ATTR. With <paramref name="loadMethod"/>, a
    /// function found is returned unbound (<paramref name="unbound"/> true) for the call to pass self.
    /// </summary>
    public static PyValue Lookup(ThreadState ts, PyType startType, PyValue self, PyStr name, bool loadMethod, out bool unbound)
    {
        unbound = false;
        var selfClass = CheckSelf(ts, startType, self);
        if (selfClass is null)
        {
            return PyValue.Error;
        }

        var mro = selfClass.Mro;
        var i = Array.IndexOf(mro, startType);
        for (i++; i < mro.Length && i > 0; i++)
        {
            if (!mro[i].TryGetOwn(name, out var attr))
            {
                continue;
            }

            if (loadMethod && attr.Type.HasFlag(TypeFlags.MethodDescriptor) && !ReferenceEquals(self.AsObject, selfClass))
            {
                unbound = true;
                return attr;
            }

            if (attr.Type.DescrGet is { } get)
            {
                return get(ts, attr, ReferenceEquals(self.AsObject, selfClass) ? PyValue.Null : self, selfClass);
            }

            return attr;
        }

        // Not in the MRO: a real super object answers (its own attributes, then AttributeError).
        var sup = new PySuper(PyType.Super) { ThisClass = startType, Self = self, SelfClass = selfClass };
        var r = PyOps.TryGetAttr(ts, PyValue.FromObject(sup), name, out var value);
        if (r > 0)
        {
            return value;
        }

        if (r == 0)
        {
            ts.SetError(PyExc.AttributeError, "'super' object has no attribute '" + name.Value + "'");
        }

        return PyValue.Error;
    }

    internal static PyValue Find(ThreadState ts, PyType thisClass, PyType selfClass, PyValue self, PyStr name, out bool found)
    {
        var mro = selfClass.Mro;
        var i = Array.IndexOf(mro, thisClass);
        for (i++; i < mro.Length && i > 0; i++)
        {
            if (mro[i].TryGetOwn(name, out var attr))
            {
                found = true;
                return attr.Type.DescrGet is { } get ? get(ts, attr, ReferenceEquals(self.AsObject, selfClass) ? PyValue.Null : self, selfClass) : attr;
            }
        }

        found = false;
        return PyValue.Null;
    }

    /// <summary>supercheck: the type whose MRO to search, or null with "obj must be an instance or subtype of type".</summary>
    public static PyType? CheckSelf(ThreadState ts, PyType thisClass, PyValue obj)
    {
        if (obj.AsObject is PyType t && t.IsSubtypeOf(thisClass))
        {
            return t;
        }

        if (obj.Type.IsSubtypeOf(thisClass))
        {
            return obj.Type;
        }

        if (PyOps.TryGetAttr(ts, obj, Names.Class, out var cls) > 0 && cls.AsObject is PyType ct && ct.IsSubtypeOf(thisClass))
        {
            return ct;
        }

        ts.ClearError();
        var what = obj.AsObject is PyType ot ? "type " + ot.Name : "instance of " + obj.Type.Name;
        ts.SetError(PyExc.TypeError, "super(type, obj): obj (" + what + ") is not an instance or subtype of type (" + thisClass.Name + ").");
        return null;
    }

    /// <summary>Zero-argument super(): the calling frame's first argument and its __class__ cell.</summary>
    public static bool FromFrame(ThreadState ts, out PyValue type, out PyValue obj)
    {
        type = default;
        obj = default;
        var frame = ts.CurrentFrame;
        if (frame is null || frame.Code.ArgCount == 0)
        {
            ts.SetError(PyExc.RuntimeError, "super(): no arguments");
            return false;
        }

        var code = frame.Code;
        obj = frame.Stack[frame.Base];
        if (obj.AsObject is PyCell firstCell && (code.LocalsPlusKinds[0] & LocalsKind.Cell) != 0)
        {
            obj = firstCell.Value;
        }

        if (obj.IsNull)
        {
            ts.SetError(PyExc.RuntimeError, "super(): arg[0] deleted");
            return false;
        }

        for (var i = 0; i < code.NLocalsPlus; i++)
        {
            if (code.LocalsPlusNames[i].Value == "__class__" && (code.LocalsPlusKinds[i] & LocalsKind.Free) != 0)
            {
                var cell = frame.Stack[frame.Base + i].AsObject as PyCell;
                if (cell is null || cell.Value.IsNull)
                {
                    ts.SetError(PyExc.RuntimeError, "super(): empty __class__ cell");
                    return false;
                }

                if (cell.Value.AsObject is not PyType)
                {
                    ts.SetError(PyExc.RuntimeError, "super(): __class__ is not a type (" + cell.Value.Type.Name + ")");
                    return false;
                }

                type = cell.Value;
                return true;
            }
        }

        ts.SetError(PyExc.RuntimeError, "super(): __class__ cell not found");
        return false;
    }
}
