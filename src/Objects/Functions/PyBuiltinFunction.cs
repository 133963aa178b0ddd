namespace ProtoPython.Objects;

/// <summary>
/// <c>builtin_function_or_method</c>: a module-level C# function (<see cref="Self"/> Null), or a
/// C# method bound to its receiver (<c>[].append</c>).
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public PyBuiltinFunction(string name, NativeFunction impl, NativeArity arity = NativeArity.Any, string? module = null, PyValue self = default, string? qualName = null)
        : base(PyType.BuiltinFunction)
    {
        Name = name;
        Impl = impl;
        Arity = arity;
        Module = module;
        Self = self;
        QualName = qualName ?? name;
    }

    public string Name { get; }

    /// <summary><c>__doc__</c>, or null (None).</summary>
    public string? Doc { get; set; }

    /// <summary>True for the <c>__new__</c> a builtin type exposes from its New slot (tp_new_wrapper).</summary>
    public bool WrapsSlot { get; init; }

    /// <summary>The slot wrapper this <c>method-wrapper</c> binds (<c>(5).__add__</c>), or null.</summary>
    public PyMethodDescriptor? Wrapper { get; private init; }

    /// <summary><c>__qualname__</c>: "list.append" for methods, the name for functions.</summary>
    public string QualName { get; }

    public NativeFunction Impl { get; }

    public NativeArity Arity { get; }

    /// <summary><c>__module__</c> ("builtins" for builtins), null for methods.</summary>
    public string? Module { get; }

    /// <summary>The bound receiver, prepended to the arguments; Null for module functions.</summary>
    public PyValue Self { get; }

    /// <summary>A slot wrapper bound to <paramref name="self"/>: a <c>method-wrapper</c> object.</summary>
    public static PyBuiltinFunction BindWrapper(PyMethodDescriptor wrapper, PyValue self) =>
        new(wrapper.Name, wrapper.Impl, wrapper.Arity, null, self, wrapper.QualName) { Type = PyType.MethodWrapper, Wrapper = wrapper };

    /// <summary>The CALL slot: checks the arity, prepends the receiver, runs the function.</summary>
    public static PyValue CallSlot(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var f = (PyBuiltinFunction)callable.AsObject;
        if (!NativeCalls.CheckArity(ts, f.Arity, f.Wrapper is null ? f.QualName : null, args, kwnames, f.Self.IsNull ? 0 : 1, f.Name))
        {
            return PyValue.Error;
        }

        if (f.Self.IsNull)
        {
            return f.Impl(ts, args, kwnames);
        }

        var withSelf = new PyValue[args.Length + 1];
        withSelf[0] = f.Self;
        args.CopyTo(withSelf.AsSpan(1));
        return f.Impl(ts, withSelf, kwnames);
    }

    public override string ToString() =>
        Wrapper is not null ? "<method-wrapper '" + Name + "' of " + Self.Type.Name + " object at 0x" + PyOps.AddressOf(Self).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"
        : Self.IsNull || Self.AsObject is PyModule ? "<built-in function " + Name + ">"
        : "<built-in method " + Name + " of " + Self.Type.Name + " object at 0x" + PyOps.AddressOf(Self).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">";
}

/// <summary>Argument-count checks shared by native functions and method descriptors.</summary>
public static class NativeCalls
{
    /// <summary>
    /// CPython's METH_NOARGS / METH_O / METH_FASTCALL checks, with its messages.
    /// <paramref name="selfCount"/> is 1 when args will be preceded by a receiver not counted in <paramref name="args"/>, 0 otherwise.
    /// For method descriptors the receiver is args[0] and <paramref name="selfCount"/> is -1.
    /// A null <paramref name="qualName"/> means a slot wrapper (<c>int.__add__</c>), which words its
    /// errors like CPython's wrap_* functions, naming <paramref name="wrapperName"/>.
    /// </summary>
    public static bool CheckArity(ThreadState ts, NativeArity arity, string? qualName, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int selfCount, string wrapperName = "")
    {
        if (arity == NativeArity.Any)
        {
            return true;
        }

        var nkw = kwnames?.Length ?? 0;
        if (nkw > 0)
        {
            ts.SetError(PyExc.TypeError, qualName is null ? "wrapper " + wrapperName + "() takes no keyword arguments" : qualName + "() takes no keyword arguments");
            return false;
        }

        var given = args.Length + (selfCount < 0 ? -1 : 0);
        if (qualName is null)
        {
            if (arity == NativeArity.Positional)
            {
                return true;
            }

            var expected = arity == NativeArity.NoArgs ? 0 : 1;
            if (given != expected)
            {
                ts.SetError(PyExc.TypeError, "expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got " + given);
                return false;
            }

            return true;
        }

        switch (arity)
        {
            case NativeArity.NoArgs when given != 0:
                ts.SetError(PyExc.TypeError, qualName + "() takes no arguments (" + given + " given)");
                return false;
            case NativeArity.One when given != 1:
                ts.SetError(PyExc.TypeError, qualName + "() takes exactly one argument (" + given + " given)");
                return false;
            default:
                return true;
        }
    }
}
