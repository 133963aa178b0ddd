using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProtoPython.Compiler.Ast;

/// <summary>The Python type of a <see cref="ConstantValue"/>.</summary>
public enum ConstantKind
{
    None,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    FrozenSet,

    /// <summary>A code object (added by the code generator).</summary>
    Code,

    /// <summary>A slice of constants (the code generator folds <c>x[1:2]</c>'s slice).</summary>
    Slice,
}

/// <summary>
/// An immutable Python constant: the value of <c>Constant</c> and <c>MatchSingleton</c> nodes and,
/// later, of co_consts. <see cref="Equals(ConstantValue?)"/> is the compiler's constant key
/// (CPython's _PyCode_ConstantKey): equal only for the same type and the same value, so 0, 0.0,
/// -0.0 and False are four constants; floats compare by bit pattern. <see cref="PythonEquals"/>
/// is Python's <c>==</c>.
/// </summary>
public abstract partial class ConstantValue : IEquatable<ConstantValue>
{
    private protected ConstantValue()
    {
    }

    public static ConstantValue None { get; } = new NoneConstant();

    public static ConstantValue Ellipsis { get; } = new EllipsisConstant();

    public static BoolConstant True { get; } = new(true);

    public static BoolConstant False { get; } = new(false);

    public abstract ConstantKind Kind { get; }

    /// <summary>The Python type name (NoneType, ellipsis, bool, int, float, complex, str, bytes, tuple, frozenset, code).</summary>
    public abstract string TypeName { get; }

    public static BoolConstant FromBool(bool value) => value ? True : False;

    public static IntConstant FromInt(BigInteger value) => new(value);

    public static IntConstant FromInt(long value) => new(value);

    public static FloatConstant FromFloat(double value) => new(value);

    public static ComplexConstant FromComplex(double real, double imag) => new(real, imag);

    /// <summary>A str from .NET text; unpaired surrogates make it a code-point string (ARCHITECTURE §2.3).</summary>
    public static StrConstant FromStr(string value) => StrConstant.Create(value);

    /// <summary>A str from code points (any of 0..0x10FFFF, lone surrogates included).</summary>
    public static StrConstant FromCodePoints(ReadOnlySpan<int> codePoints) => StrConstant.Create(codePoints);

    // Preferred for collection expressions, which would otherwise match both overloads.
    [OverloadResolutionPriority(1)]
    public static BytesConstant FromBytes(ReadOnlySpan<byte> value) => new(ImmutableArray.Create(value.ToArray()));

    public static BytesConstant FromBytes(ImmutableArray<byte> value) => new(value);

    public static TupleConstant Tuple(ImmutableArray<ConstantValue> items) => new(items);

    public static TupleConstant Tuple(params ConstantValue[] items) => new(ImmutableArray.Create(items));

    /// <summary>A frozenset of the items, in the given order (duplicates under Python's == must already be removed).</summary>
    public static FrozenSetConstant FrozenSet(ImmutableArray<ConstantValue> items) => new(items);

    /// <summary>Python's <c>repr()</c> of the value.</summary>
    public abstract string Repr();

    /// <summary>Python's truth value (<c>bool(x)</c>).</summary>
    public abstract bool IsTrue { get; }

    public abstract bool Equals(ConstantValue? other);

    public abstract override int GetHashCode();

    public override bool Equals(object? obj) => obj is ConstantValue other && Equals(other);

    public override string ToString() => Repr();
}
