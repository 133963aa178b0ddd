namespace ProtoPython.Objects;

/// <summary>What kind of C# method a <see cref="PyMethodDescriptor"/> holds.</summary>
public enum MethodKind : byte
{
    /// <summary><c>method_descriptor</c>: a normal method (<c>list.append</c>).</summary>
    Method,

    /// <summary><c>wrapper_descriptor</c>: a slot exposed as a dunder (<c>int.__add__</c>).</summary>
    SlotWrapper,

    /// <summary><c>classmethod_descriptor</c>: receives the class (<c>dict.fromkeys</c>, <c>int.from_bytes</c>).</summary>
    ClassMethod,

    /// <summary><c>builtin_function_or_method</c> stored as a staticmethod (<c>str.maketrans</c>).</summary>
    Static,
}

/// <summary>
/// A C# method in a builtin type's dict. Called unbound, args[0] is the receiver; bound through
/// <c>__get__</c> it becomes a <see cref="PyBuiltinFunction"/> with Self. LOAD_ATTR's method form
/// calls it directly with the receiver as args[0], so <c>xs.append(x)</c> allocates nothing.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public PyMethodDescriptor(PyType owner, string name, NativeFunction impl, NativeArity arity, MethodKind kind)
        : base(kind switch
        {
            MethodKind.SlotWrapper => PyType.WrapperDescriptor,
            MethodKind.ClassMethod => PyType.ClassMethodDescriptor,
            MethodKind.Static => PyType.StaticMethod,
            _ => PyType.MethodDescriptor,
        })
    {
        Owner = owner;
        Name = name;
        Impl = impl;
        Arity = arity;
        Kind = kind;
        QualName = owner.Name + "." + name;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public string QualName { get; }

    public NativeFunction Impl { get; }

    public NativeArity Arity { get; }

    public MethodKind Kind { get; }

    /// <summary>Unbound call: <c>list.append(xs, 1)</c>. Checks the receiver's type first.</summary>
    public static PyValue CallSlot(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var d = (PyMethodDescriptor)callable.AsObject;
        var npos = args.Length - (kwnames?.Length ?? 0);
        if (npos < 1)
        {
            return ts.SetError(PyExc.TypeError, "unbound method " + d.QualName + "() needs an argument");
        }

        if (d.Kind == MethodKind.SlotWrapper && !args[0].Type.IsSubtypeOf(d.Owner))
        {
            // wrapperdescr_call's wording.
            return ts.SetError(PyExc.TypeError, "descriptor '" + d.Name + "' requires a '" + d.Owner.Name + "' object but received a '" + args[0].Type.Name + "'");
        }

        if (!d.CheckReceiver(ts, args[0]))
        {
            return PyValue.Error;
        }

        return NativeCalls.CheckArity(ts, d.Arity, d.ArityName, args, kwnames, -1, d.Name) ? d.Impl(ts, args, kwnames) : PyValue.Error;
    }

    /// <summary>Calls with the receiver already checked (LOAD_ATTR's method form).</summary>
    public PyValue Invoke(ThreadState ts, ReadOnlySpan<PyValue> argsWithSelf, PyTuple? kwnames) =>
        NativeCalls.CheckArity(ts, Arity, ArityName, argsWithSelf, kwnames, -1, Name) ? Impl(ts, argsWithSelf, kwnames) : PyValue.Error;

    // Slot wrappers word their argument-count errors differently (NativeCalls.CheckArity).
    private string? ArityName => Kind == MethodKind.SlotWrapper ? null : QualName;

    /// <summary>"descriptor 'append' for 'list' objects doesn't apply to a 'int' object".</summary>
    public bool CheckReceiver(ThreadState ts, PyValue receiver)
    {
        if (receiver.Type.IsSubtypeOf(Owner))
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, "descriptor '" + Name + "' for '" + Owner.Name + "' objects doesn't apply to a '" + receiver.Type.Name + "' object");
        return false;
    }

    /// <summary><c>__get__</c>: the descriptor itself from the class, a bound builtin method from an instance.</summary>
    public static PyValue DescrGetSlot(ThreadState ts, PyValue descriptor, PyValue instance, PyType owner)
    {
        var d = (PyMethodDescriptor)descriptor.AsObject;
        if (d.Kind == MethodKind.ClassMethod)
        {
            return PyValue.FromObject(new PyBuiltinFunction(d.Name, d.Impl, d.Arity, null, PyValue.FromObject(owner), d.QualName));
        }

        if (instance.IsNull)
        {
            return descriptor;
        }

        if (!d.CheckReceiver(ts, instance))
        {
            return PyValue.Error;
        }

        return d.Kind == MethodKind.SlotWrapper
            ? PyValue.FromObject(PyBuiltinFunction.BindWrapper(d, instance))
            : PyValue.FromObject(new PyBuiltinFunction(d.Name, d.Impl, d.Arity, null, instance, BoundQualName(d, instance)));
    }

    // meth_get__qualname__: named after the receiver's type, or the receiver itself when it is a class (int.mro).
    private static string BoundQualName(PyMethodDescriptor d, PyValue instance) =>
        instance.AsObject is PyType t ? t.QualName + "." + d.Name
        : ReferenceEquals(instance.Type, d.Owner) ? d.QualName
        : instance.Type.QualName + "." + d.Name;

    public override string ToString() => Kind switch
    {
        MethodKind.SlotWrapper => "<slot wrapper '" + Name + "' of '" + Owner.Name + "' objects>",
        MethodKind.ClassMethod => "<method '" + Name + "' of '" + Owner.Name + "' objects>",
        _ => "<method '" + Name + "' of '" + Owner.Name + "' objects>",
    };
}
