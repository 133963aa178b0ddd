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
