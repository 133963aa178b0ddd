using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>
/// An int outside [-2^63, 2^63). Never holds a value that fits 64 bits: <see cref="PyValue.FromBigInteger"/>
/// is the only way to make one, and it normalizes (ARCHITECTURE §2.1).
/// </summary>
public sealed class PyBigInt : PyObject
{
    internal PyBigInt(BigInteger value)
        : base(PyType.Int)
    {
        Value = value;
    }

    public BigInteger Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
