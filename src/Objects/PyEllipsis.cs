namespace ProtoPython.Objects;

/// <summary>The type of <c>...</c> (<c>ellipsis</c>); one instance.</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
        : base(PyType.Ellipsis)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => "Ellipsis";
}
