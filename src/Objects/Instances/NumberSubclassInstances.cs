namespace ProtoPython.Objects;

/// <summary>
/// An instance of a class defined in Python whose builtin base is int: the exact int value plus
/// an instance <c>__dict__</c>. <see cref="PyInt.IsInt"/> and the int operations see through it;
/// <see cref="PyValue.IsInt64"/> and <see cref="PyValue.IsExactInt"/> stay false (exact fast paths).
/// </summary>
public sealed class PyIntSubclassInstance : PyObject, IHasDict
{
    private PyDict? _dict;

    /// <summary>Wraps <paramref name="value"/>, an exact int (immediate or big, never a bool).</summary>
    public PyIntSubclassInstance(PyType type, PyValue value)
        : base(type)
    {
        System.Diagnostics.Debug.Assert(value.IsExactInt, "the payload is an exact int");
        Value = value;
    }

    /// <summary>The exact int value.</summary>
    public PyValue Value { get; }

    /// <inheritdoc/>
    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    /// <inheritdoc/>
    public void SetDict(PyDict dict) => _dict = dict;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString();
}

/// <summary>An instance of a Python-defined subclass of float: the double plus an instance <c>__dict__</c>.</summary>
public sealed class PyFloatSubclassInstance : PyObject, IHasDict
{
    private PyDict? _dict;

    public PyFloatSubclassInstance(PyType type, double value)
        : base(type)
    {
        Value = value;
    }

    public double Value { get; }

    /// <inheritdoc/>
    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    /// <inheritdoc/>
    public void SetDict(PyDict dict) => _dict = dict;

    /// <inheritdoc/>
    public override string ToString() => Formatting.FloatRepr.Format(Value);
}

/// <summary>An instance of a Python-defined subclass of complex: <see cref="PyComplex"/>'s pair plus an instance <c>__dict__</c>.</summary>
public sealed class PyComplexSubclassInstance : PyComplex, IHasDict
{
    private PyDict? _dict;

    public PyComplexSubclassInstance(PyType type, double real, double imag)
        : base(type, real, imag)
    {
    }

    /// <inheritdoc/>
    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    /// <inheritdoc/>
    public void SetDict(PyDict dict) => _dict = dict;
}
