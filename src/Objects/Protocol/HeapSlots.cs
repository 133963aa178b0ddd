namespace ProtoPython.Objects;

/// <summary>
/// Slot functions of heap types that call the class's Python dunders (CPython's <c>slot_tp_*</c>,
/// <c>slot_nb_*</c>). Each looks the dunder up on the receiver's type at call time, so a later
/// class-dict write is seen at once; the specializer caches past that lookup.
/// </summary>
internal static class HeapSlots
{
    // slot_tp_repr: a __repr__ whose descriptor __get__ fails falls back to <Name object at ...>.
    public static readonly UnaryFunc Repr = (ts, v) =>
    {
        if (v.Type.TryLookup(Names.Repr, out var m) && TryBindMaybe(ts, m, v, out var callable, out var unbound))
        {
            return unbound ? PyOps.CallPrepended(ts, callable, v, [], null) : PyOps.Call(ts, callable, []);
        }

        ts.ClearError();
        return PyValue.FromObject(new PyStr("<" + v.Type.TpName + " object at 0x" + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));
    };

    public static readonly UnaryFunc Str = (ts, v) => CallUnary(ts, v, Names.Str);
    public static readonly UnaryFunc Iter = (ts, v) =>
    {
        if (v.Type.TryLookup(Names.Iter, out var m) && m.IsNone)
        {
            return ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object is not iterable");
        }

        return CallUnary(ts, v, Names.Iter);
    };

    public static readonly HashFunction Hash = (ThreadState ts, PyValue v, out long hash) =>
    {
        hash = 0;

        // slot_tp_hash: a __hash__ whose descriptor __get__ fails makes the type unhashable.
        if (!v.Type.TryLookup(Names.Hash, out var m) || !TryBindMaybe(ts, m, v, out var callable, out var unbound))
        {
            ts.ClearError();
            return PyType.HashNotImplemented(ts, v, out hash);
        }

        var r = unbound ? PyOps.CallPrepended(ts, callable, v, [], null) : PyOps.Call(ts, callable, []);
        if (r.IsError)
        {
            return false;
        }

        if (!PyInt.IsInt(r))
        {
            ts.SetError(PyExc.TypeError, "__hash__ method should return an integer");
            return false;
        }

        // A big int result is reduced the way hash(int) is; -1 becomes -2.
        hash = r.IsInt64 || r.IsBool ? (r.RawBits == -1 ? -2 : r.RawBits) : PyInt.Hash(r);
        return true;
    };

    public static readonly CallFunc Call = (ts, callable, args, kwnames) =>
    {
        if (!callable.Type.TryLookup(Names.Call, out var m))
        {
            return ts.SetError(PyExc.TypeError, "'" + callable.Type.Name + "' object is not callable");
        }

        if (!PyOps.EnsureStack(ts, " while calling a Python object"))
        {
            return PyValue.Error;
        }

        return PyOps.CallAttribute(ts, m, callable, args, kwnames);
    };

    public static readonly IterNextFunc IterNext = (ThreadState ts, PyValue it, out PyValue item) =>
    {
        // StopIteration stays pending (with its value): PyOps.Next clears it, next() passes it on.
        item = CallUnary(ts, it, Names.Next);
        return item.IsError ? -1 : 1;
    };

    public static readonly InitFunc Init = (ts, self, args, kwnames) =>
    {
        if (!self.Type.TryLookup(Names.Init, out var m))
        {
            return true;
        }

        var r = PyOps.CallAttribute(ts, m, self, args, kwnames);
        if (r.IsError)
        {
            return false;
        }

        if (!r.IsNone)
        {
            ts.SetError(PyExc.TypeError, "__init__() should return None, not '" + r.Type.Name + "'");
            return false;
        }

        return true;
    };

    public static readonly NewFunc New = (ts, type, args, kwnames) =>
    {
        // __new__ is a static method: look it up on the class, call with the class first.
        if (!type.TryLookup(Names.New, out var m))
        {
            return ts.SetError(PyExc.TypeError, "cannot create '" + type.Name + "' instances");
        }

        if (m.Type.DescrGet is { } get && m.AsObject is not PyBuiltinFunction)
        {
            m = get(ts, m, PyValue.Null, type);
            if (m.IsError)
            {
                return m;
            }
        }

        return PyOps.CallPrepended(ts, m, PyValue.FromObject(type), args, kwnames);
    };

    public static readonly LengthFunc Length = (ts, v) =>
    {
        var r = CallUnary(ts, v, Names.Len);
        if (r.IsError)
        {
            return -1;
        }

        // slot_sq_length: __index__ of the result (an int subclass counts as its exact value).
        r = PyOps.Index(ts, r);
        if (r.IsError)
        {
            return -1;
        }

        if (!r.IsInt64 && !r.IsBool)
        {
            ts.SetError(r.IsBigInt && PyInt.IsNegative(r) ? PyExc.ValueError : PyExc.OverflowError,
                r.IsBigInt && PyInt.IsNegative(r) ? "__len__() should return >= 0" : "cannot fit 'int' into an index-sized integer");
            return -1;
        }

        if (r.RawBits < 0)
        {
            ts.SetError(PyExc.ValueError, "__len__() should return >= 0");
            return -1;
        }

        return r.RawBits;
    };

    public static readonly BinaryFunc GetItem = (ts, v, key) => CallBinary(ts, v, Names.GetItem, key);

    public static readonly PredicateFunc Contains = (ts, v, item) =>
    {
        if (v.Type.TryLookup(Names.Contains, out var m))
        {
            if (m.IsNone)
            {
                ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object is not a container");
                return -1;
            }

            var r = PyOps.CallAttribute(ts, m, v, [item], null);
            return r.IsError ? -1 : PyOps.IsTrue(ts, r);
        }

        return -1;
    };

    public static readonly InquiryFunc Bool = (ts, v) =>
    {
        if (v.Type.TryLookup(Names.Bool, out var m))
        {
            if (m.IsNone)
            {
                ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' cannot be interpreted as a boolean");
                return -1;
            }

            var r = PyOps.CallAttribute(ts, m, v, [], null);
            if (r.IsError)
            {
                return -1;
            }

            if (!r.IsBool)
            {
                ts.SetError(PyExc.TypeError, "__bool__ should return bool, returned " + r.Type.Name);
                return -1;
            }

            return (int)r.RawBits;
        }

        if (v.Type.Length is { } len)
        {
            var n = len(ts, v);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }

        return 1;
    };

    public static readonly GetAttrFunc GetAttr = (ThreadState ts, PyValue obj, PyStr name, out PyValue value) =>
    {
        var type = obj.Type;
        int r;
        var found = type.TryLookup(Names.GetAttribute, out var getattribute);
        if (found && getattribute.AsObject is PyMethodDescriptor { Kind: MethodKind.SlotWrapper, Name: "__getattribute__" } wrapper)
        {
            // A builtin __getattribute__ (type's, module's, ...) runs its own slot, not the generic one.
            var builtin = wrapper.Owner.GetAttr;
            r = builtin is not null && builtin != GetAttr
                ? builtin(ts, obj, name, out value)
                : PyOps.GenericGetAttr(ts, obj, name, out value);
        }
        else if (found)
        {
            value = PyOps.CallAttribute(ts, getattribute, obj, [PyValue.FromObject(name)], null);
            r = value.IsError ? -1 : 1;
        }
        else
        {
            r = PyOps.GenericGetAttr(ts, obj, name, out value);
        }

        if (r > 0 || !type.TryLookup(Names.GetAttr, out var getattr))
        {
            return r;
        }

        if (r < 0)
        {
            if (!ts.ErrorMatches(PyExc.AttributeError))
            {
                return -1;
            }

            ts.ClearError();
        }

        value = PyOps.CallAttribute(ts, getattr, obj, [PyValue.FromObject(name)], null);
        return value.IsError ? -1 : 1;
    };

    public static readonly SetAttrFunc SetAttr = (ts, obj, name, value) =>
    {
        var dunder = value.IsNull ? Names.DelAttr : Names.SetAttr;
        if (!obj.Type.TryLookup(dunder, out var m))
        {
            return PyOps.GenericSetAttr(ts, obj, name, value);
        }

        // A builtin __setattr__/__delattr__ (object's, type's, ...) runs its own slot directly;
        // any other slot wrapper (__setattr__ = dict.__setitem__) is called like a method.
        if (m.AsObject is PyMethodDescriptor { Kind: MethodKind.SlotWrapper } wrapper && (wrapper.Name == "__setattr__" || wrapper.Name == "__delattr__"))
        {
            var builtin = wrapper.Owner.SetAttr;
            return builtin is not null && builtin != SetAttr ? builtin(ts, obj, name, value) : PyOps.GenericSetAttr(ts, obj, name, value);
        }

        var r = value.IsNull
            ? PyOps.CallAttribute(ts, m, obj, [PyValue.FromObject(name)], null)
            : PyOps.CallAttribute(ts, m, obj, [PyValue.FromObject(name), value], null);
        return !r.IsError;
    };

    public static readonly SetItemFunc SetItem = (ts, obj, key, value) =>
    {
        var dunder = value.IsNull ? Names.DelItem : Names.SetItem;
        if (!obj.Type.TryLookup(dunder, out var m))
        {
            ts.SetError(PyExc.AttributeError, value.IsNull ? "__delitem__" : "__setitem__");
            return false;
        }

        var r = value.IsNull ? PyOps.CallAttribute(ts, m, obj, [key], null) : PyOps.CallAttribute(ts, m, obj, [key, value], null);
        return !r.IsError;
    };

    public static readonly DescrGetFunc DescrGet = (ts, descr, instance, owner) =>
    {
        if (!descr.Type.TryLookup(Names.Get, out var m))
        {
            return descr;
        }

        return PyOps.CallAttribute(ts, m, descr, [instance.IsNull ? PyValue.None : instance, PyValue.FromObject(owner)], null);
    };

    public static readonly DescrSetFunc DescrSet = (ts, descr, instance, value) =>
    {
        var dunder = value.IsNull ? Names.Delete : Names.Set;
        if (!descr.Type.TryLookup(dunder, out var m))
        {
            ts.SetError(PyExc.AttributeError, value.IsNull ? "__delete__" : "__set__");
            return false;
        }

        var r = value.IsNull ? PyOps.CallAttribute(ts, m, descr, [instance], null) : PyOps.CallAttribute(ts, m, descr, [instance, value], null);
        return !r.IsError;
    };

    public static readonly RichCompareFunc RichCompare = (ts, a, b, op) =>
    {
        // slot_tp_richcompare: a missing method, or one whose descriptor __get__ fails, is NotImplemented.
        var name = PyStr.Intern(op.Dunder());
        if (!a.Type.TryLookup(name, out var m) || !TryBindMaybe(ts, m, a, out var callable, out var unbound))
        {
            ts.ClearError();
            return PyValue.NotImplemented;
        }

        return unbound ? PyOps.CallPrepended(ts, callable, a, [b], null) : PyOps.Call(ts, callable, [b]);
    };

    /// <summary>
    /// lookup_maybe_method's binding step: a method descriptor (a function) is called unbound
    /// with self prepended; another descriptor is bound through its __get__, which may fail
    /// (false, error set); anything else is called as it is.
    /// </summary>
    private static bool TryBindMaybe(ThreadState ts, PyValue attr, PyValue self, out PyValue callable, out bool unbound)
    {
        unbound = attr.Type.HasFlag(TypeFlags.MethodDescriptor);
        callable = attr;
        if (!unbound && attr.Type.DescrGet is { } get)
        {
            callable = get(ts, attr, self, self.Type);
            return !callable.IsError;
        }

        return true;
    }

    /// <summary>
    /// Three-argument pow for a class with <c>__pow__</c>/<c>__rpow__</c> (3.14's slot_nb_power):
    /// SLOT1BINFULL with the modulus passed along, so <c>pow(2, M(3), 5)</c> calls
    /// <c>M.__rpow__(2, 5)</c>. A missing method means NotImplemented.
    /// </summary>
    public static readonly TernaryFunc TernaryPower = (ts, a, b, mod) =>
    {
        var ta = a.Type;
        var tb = b.Type;
        var pow = PyStr.Intern("__pow__");
        var rpow = PyStr.Intern("__rpow__");
        var doOther = !ReferenceEquals(ta, tb) && ReferenceEquals(tb.Power, TernaryPower);
        if (ReferenceEquals(ta.Power, TernaryPower))
        {
            if (doOther && tb.IsSubtypeOf(ta) && OverridesReflected(tb, ta, rpow))
            {
                var r2 = CallMaybe(ts, b, rpow, a, mod);
                if (!r2.IsNotImplemented)
                {
                    return r2;
                }

                doOther = false;
            }

            var r = CallMaybe(ts, a, pow, b, mod);
            if (!r.IsNotImplemented || ReferenceEquals(ta, tb))
            {
                return r;
            }
        }

        return doOther ? CallMaybe(ts, b, rpow, a, mod) : PyValue.NotImplemented;
    };

    // vectorcall_maybe: self.name(x, y) looked up on the type, NotImplemented when absent.
    private static PyValue CallMaybe(ThreadState ts, PyValue self, PyStr name, PyValue x, PyValue y) =>
        self.Type.TryLookup(name, out var m) ? PyOps.CallAttribute(ts, m, self, [x, y], null) : PyValue.NotImplemented;

    private static readonly BinaryFunc?[] s_binary = new BinaryFunc?[NumberOps.SlotCount];

    public static UnaryFunc Unary(PyStr name) => (ts, v) => CallUnary(ts, v, name);

    /// <summary>The SLOT1BINFULL logic: self.__op__(other), or other.__rop__(self), subclass first.</summary>
    public static BinaryFunc Binary(NumberOp op)
    {
        var slot = (int)op;
        if (s_binary[slot] is { } cached)
        {
            return cached;
        }

        var stem = NumberOps.DunderStem(op);
        var name = PyStr.Intern("__" + stem + "__");
        var rname = PyStr.Intern("__r" + stem + "__");
        BinaryFunc? self = null;
        self = (ts, a, b) =>
        {
            var ta = a.Type;
            var tb = b.Type;
            var doOther = !ReferenceEquals(ta, tb) && ReferenceEquals(tb.Number[slot], self);
            if (ReferenceEquals(ta.Number[slot], self) && ta.TryLookup(name, out var m))
            {
                if (doOther && tb.IsSubtypeOf(ta) && OverridesReflected(tb, ta, rname) && tb.TryLookup(rname, out var rm2))
                {
                    var r2 = PyOps.CallAttribute(ts, rm2, b, [a], null);
                    if (!r2.IsNotImplemented)
                    {
                        return r2;
                    }

                    doOther = false;
                }

                var r = PyOps.CallAttribute(ts, m, a, [b], null);
                if (!r.IsNotImplemented || ReferenceEquals(ta, tb))
                {
                    return r;
                }
            }

            if (doOther && tb.TryLookup(rname, out var rm))
            {
                return PyOps.CallAttribute(ts, rm, b, [a], null);
            }

            return PyValue.NotImplemented;
        };
        s_binary[slot] = self;
        return self;
    }

    public static BinaryFunc Inplace(NumberOp op)
    {
        var slot = (int)op + NumberOps.InplaceOffset;
        if (s_binary[slot] is { } cached)
        {
            return cached;
        }

        var name = PyStr.Intern("__i" + NumberOps.DunderStem(op) + "__");
        BinaryFunc f = (ts, a, b) => a.Type.TryLookup(name, out var m) ? PyOps.CallAttribute(ts, m, a, [b], null) : PyValue.NotImplemented;
        s_binary[slot] = f;
        return f;
    }

    // method_is_overloaded: the subclass's __rop__ is not the one it inherits from the left type.
    private static bool OverridesReflected(PyType sub, PyType baseType, PyStr rname)
    {
        if (!sub.TryLookup(rname, out var a))
        {
            return false;
        }

        return !baseType.TryLookup(rname, out var b) || !PyValue.Is(a, b);
    }

    private static PyValue CallUnary(ThreadState ts, PyValue v, PyStr name)
    {
        if (!v.Type.TryLookup(name, out var m))
        {
            return ts.SetError(PyExc.AttributeError, name.Value);
        }

        return PyOps.CallAttribute(ts, m, v, [], null);
    }

    private static PyValue CallBinary(ThreadState ts, PyValue v, PyStr name, PyValue arg)
    {
        if (!v.Type.TryLookup(name, out var m))
        {
            return ts.SetError(PyExc.AttributeError, name.Value);
        }

        return PyOps.CallAttribute(ts, m, v, [arg], null);
    }
}
