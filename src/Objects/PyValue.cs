using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// A Python value in 16 bytes (ARCHITECTURE §2.1): a reference plus 64 payload bits.
/// <list type="bullet">
/// <item>int in [-2^63, 2^63): <c>_ref</c> = <see cref="ImmediateTag.Int"/>, <c>_bits</c> = the value;</item>
/// <item>float: <c>_ref</c> = <see cref="ImmediateTag.Float"/>, <c>_bits</c> = the double's bits;</item>
/// <item>True/False: the <see cref="PyBool"/> singletons with <c>_bits</c> 1/0;</item>
/// <item>any other object: <c>_ref</c> = the object, <c>_bits</c> = 0;</item>
/// <item><see cref="Error"/> (default): <c>_ref</c> = null, the failure sentinel of the error protocol (§4).</item>
/// </list>
/// </summary>
public readonly struct PyValue
{
    internal readonly PyObject _ref;
    internal readonly long _bits;

    private PyValue(PyObject reference, long bits)
    {
        _ref = reference;
        _bits = bits;
    }

    /// <summary>The failure sentinel: a function returning it has stored a pending exception in its ThreadState.</summary>
    public static PyValue Error => default;

    /// <summary>
    /// CPython's NULL where an argument means "absent": no instance for a descriptor, "delete" for
    /// a setter, an empty stack slot. The same bits as <see cref="Error"/>; the name says which role.
    /// </summary>
    public static PyValue Null => default;

    /// <summary>True for <see cref="Null"/> (the same test as <see cref="IsError"/>).</summary>
    public bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null;
    }

    public static readonly PyValue None = new(PyNone.Instance, 0);
    public static readonly PyValue NotImplemented = new(PyNotImplemented.Instance, 0);
    public static readonly PyValue Ellipsis = new(PyEllipsis.Instance, 0);
    public static readonly PyValue True = new(PyBool.TrueObject, 1);
    public static readonly PyValue False = new(PyBool.FalseObject, 0);

    /// <summary>True for the failure sentinel.</summary>
    public bool IsError
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null;
    }

    /// <summary>The Python type: one load for every kind of value. Not valid on <see cref="Error"/>.</summary>
    public PyType Type
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref.Type;
    }

    public bool IsInt64 => ReferenceEquals(_ref, ImmediateTag.Int);

    public bool IsFloat => ReferenceEquals(_ref, ImmediateTag.Float);

    public bool IsBigInt => _ref is PyBigInt;

    public bool IsBool => _ref is PyBool;

    public bool IsNone => ReferenceEquals(_ref, PyNone.Instance);

    public bool IsNotImplemented => ReferenceEquals(_ref, PyNotImplemented.Instance);

    /// <summary>An exact int (immediate or big), not a bool.</summary>
    public bool IsExactInt => IsInt64 || IsBigInt;

    /// <summary>The payload of an immediate int, or of a bool (0/1). Only valid when <see cref="IsInt64"/> or <see cref="IsBool"/>.</summary>
    public long AsInt64
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bits;
    }

    /// <summary>The double of a float value. Only valid when <see cref="IsFloat"/>.</summary>
    public double AsDouble
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(_bits);
    }

    /// <summary>The heap object (null for <see cref="Error"/>; a tag for immediates).</summary>
    public PyObject AsObject => _ref;

    /// <summary>The raw payload bits (for id(), bit-identity and guards).</summary>
    public long RawBits => _bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromInt64(long value) => new(ImmediateTag.Int, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromDouble(double value) => new(ImmediateTag.Float, BitConverter.DoubleToInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromBool(bool value) => value ? True : False;

    /// <summary>An int value with the normalization invariant: immediate when it fits 64 bits.</summary>
    public static PyValue FromBigInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromInt64((long)value) : new(new PyBigInt(value), 0);

    /// <summary>Wraps a heap object. Bools get their payload; an ImmediateTag is never passed here.</summary>
    public static PyValue FromObject(PyObject value)
    {
        System.Diagnostics.Debug.Assert(value is not ImmediateTag, "tags are not values");
        return value is PyBool b ? FromBool(b.Value) : new(value, 0);
    }

    /// <summary>Python's <c>is</c>: same reference and same bits (ints and floats compare by value/bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(PyValue a, PyValue b) => ReferenceEquals(a._ref, b._ref) && a._bits == b._bits;

    /// <summary>
    /// <c>hash(v)</c> (<c>PyObject_Hash</c>): through the type's <see cref="PyType.HashFunction"/>, with
    /// immediate ints inline. False with a pending TypeError for unhashable values.
    /// </summary>
    public bool TryHash(ThreadState ts, out long hash)
    {
        if (IsInt64)
        {
            hash = PyInt.Hash(this);
            return true;
        }

        var slot = _ref.Type.HashFunction;
        if (slot is null)
        {
            hash = 0;
            ts.SetError(PyExc.TypeError, "unhashable type: '" + _ref.Type.Name + "'");
            return false;
        }

        return slot(ts, this, out hash);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        _ref is null ? "<error>" : IsInt64 ? _bits.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : IsFloat ? Formatting.FloatRepr.Format(AsDouble) : _ref.ToString() ?? "";
}
