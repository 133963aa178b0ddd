namespace ProtoPython.Objects;

/// <summary>Builtin types with several bases (only ExceptionGroup in CPython 3.14).</summary>
public sealed partial class PyType
{
    /// <summary>
    /// A builtin type with several <paramref name="bases"/>: the first must be the one with the most
    /// derived solid base (it becomes <c>__base__</c>); the MRO is the C3 merge.
    /// </summary>
    internal static PyType CreateBuiltin(string name, PyType[] bases, TypeFlags flags)
    {
        var type = new PyType(s_typeType, name, "builtins", bases, flags | TypeFlags.ImmutableType);
        type.Mro = ComputeMro(new ThreadState(), type, bases) ?? throw new InvalidOperationException("inconsistent builtin MRO for " + name);
        type.HashFunction = bases[0].HashFunction;
        type.AttachToBases();
        return type;
    }
}
