namespace ProtoPython.Objects;

/// <summary>
/// Adds C# methods and attributes to a builtin type's dict. Each builtin type has an
/// <c>Install</c> in <c>Types/&lt;Name&gt;Type.cs</c> that sets its slots and calls these;
/// <see cref="BuiltinTypes.Initialize"/> runs them all once, then adds the slot wrappers.
/// </summary>
public static class TypeBuilder
{
    /// <summary>A method taking arguments in vectorcall form (args[0] is self).</summary>
    public static void AddMethod(this PyType type, string name, NativeFunction impl, NativeArity arity = NativeArity.Any) =>
        type.TypeDict.SetStr(PyStr.Intern(name), PyValue.FromObject(new PyMethodDescriptor(type, name, impl, arity, MethodKind.Method)));

    /// <summary>A method without arguments: <c>str.upper</c>.</summary>
    public static void AddMethod0(this PyType type, string name, Func<ThreadState, PyValue, PyValue> impl) =>
        type.AddMethod(name, (ts, a, _) => impl(ts, a[0]), NativeArity.NoArgs);

    /// <summary>A method with exactly one argument: <c>list.append</c>.</summary>
    public static void AddMethod1(this PyType type, string name, Func<ThreadState, PyValue, PyValue, PyValue> impl) =>
        type.AddMethod(name, (ts, a, _) => impl(ts, a[0], a[1]), NativeArity.One);

    /// <summary>A class method: args[0] is the class (<c>dict.fromkeys</c>, <c>int.from_bytes</c>).</summary>
    public static void AddClassMethod(this PyType type, string name, NativeFunction impl) =>
        type.TypeDict.SetStr(PyStr.Intern(name), PyValue.FromObject(new PyMethodDescriptor(type, name, impl, NativeArity.Any, MethodKind.ClassMethod)));

    /// <summary>A static method (<c>str.maketrans</c>): a builtin function stored as is.</summary>
    public static void AddStaticMethod(this PyType type, string name, NativeFunction impl) =>
        type.TypeDict.SetStr(PyStr.Intern(name), PyValue.FromObject(new PyBuiltinFunction(name, impl, NativeArity.Any, null, PyValue.Null, type.Name + "." + name)));

    /// <summary>A computed attribute: <c>int.real</c>, <c>function.__name__</c>.</summary>
    public static void AddGetSet(this PyType type, string name, GetterFunc getter, SetterFunc? setter = null) =>
        type.TypeDict.SetStr(PyStr.Intern(name), PyValue.FromObject(new PyGetSetDescriptor(type, name, getter, setter)));

    /// <summary>A read-only data member (<c>member_descriptor</c>: <c>complex.real</c>, <c>property.fget</c>).</summary>
    public static void AddMember(this PyType type, string name, GetterFunc getter) =>
        type.TypeDict.SetStr(PyStr.Intern(name), PyValue.FromObject(new PyMemberDescriptor(type, name, getter)));

    /// <summary>A plain class attribute (a constant, a docstring).</summary>
    public static void AddValue(this PyType type, string name, PyValue value) => type.TypeDict.SetStr(PyStr.Intern(name), value);
}
