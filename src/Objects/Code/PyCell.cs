namespace ProtoPython.Objects;

/// <summary>A closure cell: one variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    public PyCell(PyValue value)
        : base(PyType.Cell)
    {
        Value = value;
    }

    /// <summary>The contents; Null while empty (unbound).</summary>
    public PyValue Value;
}
