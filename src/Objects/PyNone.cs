namespace ProtoPython.Objects;

/// <summary>The type of <c>None</c>; one instance.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone()
        : base(PyType.NoneType)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => "None";
}
