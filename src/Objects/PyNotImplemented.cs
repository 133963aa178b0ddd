namespace ProtoPython.Objects;

/// <summary>The type of <c>NotImplemented</c>; one instance. Binary slots return it to defer to the other operand.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
        : base(PyType.NotImplementedType)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => "NotImplemented";
}
