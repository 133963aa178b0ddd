namespace ProtoPython.Objects;

/// <summary>
/// The C# bodies of wrapper descriptors (<c>wrap_*</c> in CPython): each calls one builtin
/// type's slot with the receiver in args[0]. They capture the defining type's slot, so
/// <c>int.__add__</c> is int's addition whatever the receiver's class overrides.
/// </summary>
internal static class Wrap
{
    private static readonly CompareOp[] s_compareOps = [CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge];

    public static PyValue Method(PyType owner, string name, NativeFunction body, NativeArity arity) =>
        PyValue.FromObject(new PyMethodDescriptor(owner, name, body, arity, MethodKind.SlotWrapper));

    public static NativeFunction Unary(UnaryFunc f) => (ts, a, _) => f(ts, a[0]);

    public static NativeFunction Binary(BinaryFunc f, bool reflected) =>
        reflected ? (ts, a, _) => f(ts, a[1], a[0]) : (ts, a, _) => f(ts, a[0], a[1]);

    /// <summary>
    /// <c>__add__</c>: for str, list and tuple it stands for CPython's sq_concat, which raises
    /// where the operator slot returns NotImplemented (so that <c>'s' + x</c> can try <c>x.__radd__</c>).
    /// </summary>
    public static NativeFunction Concat(PyType t, BinaryFunc f)
    {
        var name = t.HasFlag(TypeFlags.StrSubclass) ? "str" : t.HasFlag(TypeFlags.ListSubclass) ? "list" : t.HasFlag(TypeFlags.TupleSubclass) ? "tuple" : null;
        if (name is null)
        {
            return Binary(f, false);
        }

        return (ts, a, _) =>
        {
            var r = f(ts, a[0], a[1]);
            return r.IsNotImplemented ? ts.SetError(PyExc.TypeError, "can only concatenate " + name + " (not \"" + a[1].Type.TpName + "\") to " + name) : r;
        };
    }

    /// <summary>
    /// <c>__pow__(value, mod=None)</c> and <c>__rpow__</c> (CPython's wrap_ternaryfunc): with a modulus
    /// they run the type's three-argument power slot.
    /// </summary>
    public static NativeFunction Power(PyType t, BinaryFunc f, bool reflected) => (ts, a, kw) =>
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "wrapper " + (reflected ? "__rpow__" : "__pow__") + "() takes no keyword arguments");
        }

        var given = a.Length - 1;
        if (given is < 1 or > 2)
        {
            return ts.SetError(PyExc.TypeError, given < 1 ? "expected at least 1 argument, got 0" : "expected at most 2 arguments, got " + given);
        }

        if (given == 1 || a[2].IsNone)
        {
            return reflected ? f(ts, a[1], a[0]) : f(ts, a[0], a[1]);
        }

        if (t.Power is not { } power)
        {
            return PyValue.NotImplemented;
        }

        return reflected ? power(ts, a[1], a[0], a[2]) : power(ts, a[0], a[1], a[2]);
    };

    public static NativeFunction Hash(HashFunction f) => (ts, a, _) => f(ts, a[0], out var h) ? PyValue.FromInt64(h) : PyValue.Error;

    public static NativeFunction Call(CallFunc f) => (ts, a, kw) => f(ts, a[0], a[1..], kw);

    public static NativeFunction IterNext(IterNextFunc f) => (ts, a, _) =>
    {
        var r = f(ts, a[0], out var item);
        if (r > 0)
        {
            return item;
        }

        return r == 0 ? ts.SetError(PyExc.StopIteration, []) : PyValue.Error;
    };

    public static NativeFunction Init(InitFunc f) => (ts, a, kw) => f(ts, a[0], a[1..], kw) ? PyValue.None : PyValue.Error;

    public static NativeFunction Length(LengthFunc f) => (ts, a, _) =>
    {
        var n = f(ts, a[0]);
        return n < 0 ? PyValue.Error : PyValue.FromInt64(n);
    };

    public static NativeFunction Contains(PredicateFunc f) => (ts, a, _) =>
    {
        var r = f(ts, a[0], a[1]);
        return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
    };

    public static NativeFunction Bool(InquiryFunc f) => (ts, a, _) =>
    {
        var r = f(ts, a[0]);
        return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
    };

    public static NativeFunction GetAttribute(GetAttrFunc f) => (ts, a, _) =>
    {
        if (a[1].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + a[1].Type.Name + "'");
        }

        var r = f(ts, a[0], name, out var value);
        return r > 0 ? value : r == 0 ? PyOps.RaiseNoAttribute(ts, a[0], name) : PyValue.Error;
    };

    public static NativeFunction SetAttr(SetAttrFunc f) => (ts, a, _) =>
    {
        if (!ExpectArgs(ts, "__setattr__", a, 3))
        {
            return PyValue.Error;
        }

        if (a[1].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + a[1].Type.Name + "'");
        }

        if (!HackCheck(ts, a[0], f, "__setattr__"))
        {
            return PyValue.Error;
        }

        return f(ts, a[0], PyStr.Intern(name), a[2]) ? PyValue.None : PyValue.Error;
    };

    public static NativeFunction DelAttr(SetAttrFunc f) => (ts, a, _) =>
    {
        if (a[1].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + a[1].Type.Name + "'");
        }

        if (!HackCheck(ts, a[0], f, "__delattr__"))
        {
            return PyValue.Error;
        }

        return f(ts, a[0], name, PyValue.Null) ? PyValue.None : PyValue.Error;
    };

    // hackcheck: object.__setattr__(cls, ...) must not skip type's own setattr (nor any builtin
    // override between the object's type and the wrapped function's type).
    private static bool HackCheck(ThreadState ts, PyValue self, SetAttrFunc f, string what)
    {
        for (var t = self.Type; t is not null; t = t.Base)
        {
            if (ReferenceEquals(t.SetAttr, f))
            {
                return true;
            }

            if (!ReferenceEquals(t.SetAttr, HeapSlots.SetAttr))
            {
                ts.SetError(PyExc.TypeError, "can't apply this " + what + " to " + self.Type.Name + " object");
                return false;
            }
        }

        return true;
    }

    public static NativeFunction SetItem(SetItemFunc f) => (ts, a, _) =>
        ExpectArgs(ts, "__setitem__", a, 3) && f(ts, a[0], a[1], a[2]) ? PyValue.None : PyValue.Error;

    public static NativeFunction DelItem(SetItemFunc f) => (ts, a, _) => f(ts, a[0], a[1], PyValue.Null) ? PyValue.None : PyValue.Error;

    public static NativeFunction DescrGet(DescrGetFunc f) => (ts, a, _) =>
    {
        if (a.Length < 2)
        {
            return ts.SetError(PyExc.TypeError, "__get__ expected at least 1 argument, got " + (a.Length - 1));
        }

        if (a.Length > 3)
        {
            return ts.SetError(PyExc.TypeError, "__get__ expected at most 2 arguments, got " + (a.Length - 1));
        }

        var instance = a[1].IsNone ? PyValue.Null : a[1];
        var owner = a.Length == 3 && a[2].AsObject is PyType t ? t : a[1].IsNone ? null : a[1].Type;
        if (owner is null)
        {
            return ts.SetError(PyExc.TypeError, "__get__(None, None) is invalid");
        }

        return f(ts, a[0], instance, owner);
    };

    public static NativeFunction DescrSet(DescrSetFunc f) => (ts, a, _) =>
        ExpectArgs(ts, "__set__", a, 3) && f(ts, a[0], a[1], a[2]) ? PyValue.None : PyValue.Error;

    public static NativeFunction DescrDelete(DescrSetFunc f) => (ts, a, _) => f(ts, a[0], a[1], PyValue.Null) ? PyValue.None : PyValue.Error;

    public static IEnumerable<(string, PyValue)> RichCompareAll(PyType t)
    {
        var f = t.RichCompare!;
        foreach (var op in s_compareOps)
        {
            var captured = op;
            yield return (op.Dunder(), Method(t, op.Dunder(), (ts, a, _) => f(ts, a[0], a[1], captured), NativeArity.One));
        }
    }

    /// <summary><c>T.__new__(cls, *args)</c>: a static method checking that cls is a subtype of T (<c>tp_new_wrapper</c>).</summary>
    public static IEnumerable<(string, PyValue)> New(PyType owner)
    {
        var f = owner.New!;
        NativeFunction body = (ts, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) < 1)
            {
                return ts.SetError(PyExc.TypeError, owner.Name + ".__new__(): not enough arguments");
            }

            if (a[0].AsObject is not PyType cls)
            {
                return ts.SetError(PyExc.TypeError, owner.Name + ".__new__(X): X is not a type object (" + a[0].Type.Name + ")");
            }

            if (!cls.IsSubtypeOf(owner))
            {
                return ts.SetError(PyExc.TypeError, owner.Name + ".__new__(" + cls.Name + "): " + cls.Name + " is not a subtype of " + owner.Name);
            }

            // tp_new_wrapper: the nearest base without a Python __new__ must use this very __new__
            // (int.__new__(bool) would build a bool that is not True or False).
            var staticBase = cls;
            while (staticBase.Base is not null && ReferenceEquals(staticBase.New, HeapSlots.New))
            {
                staticBase = staticBase.Base;
            }

            if (!ReferenceEquals(staticBase.New, f))
            {
                return ts.SetError(PyExc.TypeError, owner.Name + ".__new__(" + cls.Name + ") is not safe, use " + staticBase.Name + ".__new__()");
            }

            return f(ts, cls, a[1..], kw);
        };
        return [("__new__", PyValue.FromObject(new PyBuiltinFunction("__new__", body, NativeArity.Any, null, PyValue.Null, owner.Name + ".__new__") { WrapsSlot = true }))];
    }

    private static bool ExpectArgs(ThreadState ts, string name, ReadOnlySpan<PyValue> a, int count)
    {
        if (a.Length == count)
        {
            return true;
        }

        // PyArg_UnpackTuple's message, named after the wrapper.
        ts.SetError(PyExc.TypeError, name + " expected " + (count - 1) + " arguments, got " + (a.Length - 1));
        return false;
    }
}
