namespace ProtoPython.Objects;

/// <summary>
/// The base of every heap object (ARCHITECTURE §2.1). Immediate ints and floats have no heap
/// object: their <see cref="PyValue"/> points at an <see cref="ImmediateTag"/>, which is a
/// PyObject too, so <c>value._ref.Type</c> is the Python type of any value without a branch.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type (<c>ob_type</c>). Mutable for <c>__class__</c> assignment later.</summary>
    public PyType Type;

    /// <summary>Creates an object of <paramref name="type"/>; null only while the builtin types bootstrap.</summary>
    protected PyObject(PyType type)
    {
        Type = type;
    }
}

/// <summary>
/// The two tag objects of immediate values. They are never visible to Python: a PyValue whose
/// <c>_ref</c> is a tag is an int64 or a double held in <c>_bits</c>.
/// </summary>
public sealed class ImmediateTag : PyObject
{
    /// <summary>Tag of immediate ints: <c>_bits</c> is the value.</summary>
    public static readonly ImmediateTag Int = new(PyType.Int, "int");

    /// <summary>Tag of floats: <c>_bits</c> is the IEEE-754 bit pattern.</summary>
    public static readonly ImmediateTag Float = new(PyType.Float, "float");

    private readonly string _name;

    private ImmediateTag(PyType type, string name)
        : base(type)
    {
        _name = name;
    }

    /// <inheritdoc/>
    public override string ToString() => "<immediate " + _name + " tag>";
}
