using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>LOAD_ATTR's method form, LOAD_SUPER_ATTR and LOAD_SPECIAL.</summary>
internal static class Attributes
{
    /// <summary>
    /// <c>_PyObject_GetMethod</c>: when the attribute is a plain function or method descriptor on
    /// the type (and the instance does not shadow it), returns it unbound (true) so the call passes
    /// the receiver itself; otherwise the bound attribute (false), or Error.
    /// </summary>
    public static bool TryLoadMethod(ThreadState ts, PyValue owner, PyStr name, out PyValue result)
    {
        var type = owner.Type;
        if ((type.GetAttr is null || type.GetAttr == PyType.Object.GetAttr) && type.TryLookup(name, out var descr))
        {
            var dt = descr.Type;
            if (dt.HasFlag(TypeFlags.MethodDescriptor))
            {
                if (owner.AsObject is PyInstance inst && inst.TryGetAttribute(name, out var shadow))
                {
                    result = shadow;
                    return false;
                }

                if (owner.AsObject is IHasDict holder && owner.AsObject is not PyInstance && holder.GetDict(false) is { } d && d.TryGetStr(name, out shadow))
                {
                    result = shadow;
                    return false;
                }

                result = descr;
                return true;
            }
        }

        result = PyOps.GetAttr(ts, owner, name);
        return false;
    }

    /// <summary>LOAD_SUPER_ATTR: <c>super(class, self).name</c>, writing attr (and self or NULL) over the three inputs.</summary>
    public static bool LoadSuperAttr(ThreadState ts, InterpreterFrame frame, PyValue[] stack, int sp, PyStr name, int oparg)
    {
        var globalSuper = stack[sp - 3];
        var cls = stack[sp - 2];
        var self = stack[sp - 1];
        var loadMethod = (oparg & 1) != 0;
        PyValue attr;
        if (ReferenceEquals(globalSuper.AsObject, PyType.Super) && cls.AsObject is PyType startType)
        {
            attr = SuperLookup.Lookup(ts, startType, self, name, loadMethod, out var unbound);
            if (attr.IsError)
            {
                return false;
            }

            stack[sp - 3] = attr;
            if (loadMethod)
            {
                stack[sp - 2] = unbound ? self : PyValue.Null;
            }
            else
            {
                stack[sp - 2] = default;
            }

            stack[sp - 1] = default;
            return true;
        }

        var superObj = (oparg & 2) != 0 ? PyOps.Call2(ts, globalSuper, cls, self) : PyOps.Call0(ts, globalSuper);
        if (superObj.IsError)
        {
            return false;
        }

        attr = PyOps.GetAttr(ts, superObj, name);
        if (attr.IsError)
        {
            return false;
        }

        stack[sp - 3] = attr;
        stack[sp - 2] = loadMethod ? PyValue.Null : default;
        stack[sp - 1] = default;
        return true;
    }

    private static readonly PyStr[] s_specialNames = [Objects.Names.Enter, Objects.Names.Exit, Objects.Names.AEnter, Objects.Names.AExit];

    /// <summary>LOAD_SPECIAL: the context-manager dunder looked up on the type, as (function, self) or (bound, NULL).</summary>
    public static bool LoadSpecial(ThreadState ts, PyValue[] stack, int sp, int oparg)
    {
        var owner = stack[sp - 1];
        var name = s_specialNames[oparg];
        if (!owner.Type.TryLookup(name, out var attr))
        {
            var what = oparg < 2 ? "the context manager protocol" : "the asynchronous context manager protocol";
            var missing = oparg < 2 && owner.Type.TryLookup(Objects.Names.AEnter, out _)
                ? " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
                : oparg >= 2 && owner.Type.TryLookup(Objects.Names.Enter, out _)
                    ? " but it supports the context manager protocol. Did you mean to use 'with'?" : "";
            ts.SetError(PyExc.TypeError, "'" + owner.Type.Name + "' object does not support " + what + " (missed " + name.Value + " method)" + missing);
            return false;
        }

        if (attr.Type.HasFlag(TypeFlags.MethodDescriptor))
        {
            stack[sp - 1] = attr;
            stack[sp] = owner;
            return true;
        }

        var bound = attr.Type.DescrGet is { } get ? get(ts, attr, owner, owner.Type) : attr;
        if (bound.IsError)
        {
            return false;
        }

        stack[sp - 1] = bound;
        stack[sp] = PyValue.Null;
        return true;
    }
}
