namespace ProtoPython.Objects;

/// <summary>
/// True and False: heap singletons (bool subclasses int). Their PyValues carry 1/0 in <c>_bits</c>,
/// so truth tests and int arithmetic read the payload without touching the object. Arithmetic is
/// int's (results are ints); only &amp;, | and ^ of two bools give a bool.
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

    /// <summary><c>a &amp; b</c> (bool_and): a bool for two bools, int's result otherwise.</summary>
    public static PyValue And(PyValue a, PyValue b) =>
        a.IsBool && b.IsBool ? PyValue.FromBool((a.AsInt64 & b.AsInt64) != 0) : PyInt.And(a, b);

    /// <summary><c>a | b</c> (bool_or).</summary>
    public static PyValue Or(PyValue a, PyValue b) =>
        a.IsBool && b.IsBool ? PyValue.FromBool((a.AsInt64 | b.AsInt64) != 0) : PyInt.Or(a, b);

    /// <summary><c>a ^ b</c> (bool_xor).</summary>
    public static PyValue Xor(PyValue a, PyValue b) =>
        a.IsBool && b.IsBool ? PyValue.FromBool((a.AsInt64 ^ b.AsInt64) != 0) : PyInt.Xor(a, b);

    /// <summary><c>repr(b)</c>.</summary>
    public static string Repr(PyValue v) => v.AsInt64 != 0 ? "True" : "False";

    /// <inheritdoc/>
    public override string ToString() => Value ? "True" : "False";
}
