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

/// <summary>
/// True and False: heap singletons (bool subclasses int). Their PyValues carry 1/0 in <c>_bits</c>,
/// so truth tests and int arithmetic read the payload without touching the object.
/// </summary>
public sealed class PyBool : PyObject
{
    public static readonly PyBool TrueObject = new(true);
    public static readonly PyBool FalseObject = new(false);

    private PyBool(bool value)
        : base(PyType.Bool)
    {
        Value = value;
    }

    public bool Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value ? "True" : "False";
}
