using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>The constant key: <see cref="ConstantValue.Equals(ConstantValue?)"/> already is CPython's.</summary>
internal sealed class ConstantKeyComparer : IEqualityComparer<ConstantValue>
{
    public static ConstantKeyComparer Instance { get; } = new();

    public bool Equals(ConstantValue? x, ConstantValue? y) => x is null ? y is null : x.Equals(y);

    public int GetHashCode(ConstantValue obj) => obj.GetHashCode();
}

/// <summary>Small helpers over <see cref="ConstantValue"/> used by the optimizer.</summary>
internal static class ConstantOps
{
    private static readonly IntConstant[] s_smallInts = CreateSmallInts();

    /// <summary>LOAD_SMALL_INT covers the cached ints 0..255.</summary>
    public const int SmallIntLimit = 256;

    private static IntConstant[] CreateSmallInts()
    {
        var ints = new IntConstant[SmallIntLimit];
        for (int i = 0; i < ints.Length; i++)
        {
            ints[i] = ConstantValue.FromInt(i);
        }

        return ints;
    }

    public static ConstantValue Int(long value) =>
        value is >= 0 and < SmallIntLimit ? s_smallInts[value] : ConstantValue.FromInt(value);

    public static ConstantValue Bool(bool value) => ConstantValue.FromBool(value);

    public static bool IsNone(ConstantValue value) => value.Kind == ConstantKind.None;

    public static bool IsTrue(ConstantValue value) => value.IsTrue;

    /// <summary>An exact int (not bool) in the LOAD_SMALL_INT range.</summary>
    public static bool TryGetSmallInt(ConstantValue value, out int small)
    {
        if (value is IntConstant i && i.Value.Sign >= 0 && i.Value < SmallIntLimit)
        {
            small = (int)i.Value;
            return true;
        }

        small = 0;
        return false;
    }

    public static ConstantValue Tuple(ConstantValue[] items) => ConstantValue.Tuple(ImmutableArray.Create(items));

    /// <summary>A frozenset of the distinct items, in the iteration order CPython's set would have.</summary>
    public static ConstantValue FrozenSet(ConstantValue[] items) => ConstantValue.FrozenSet(SetOrder.Order(items));

    public static BigInteger? AsInteger(ConstantValue value) => value switch
    {
        IntConstant i => i.Value,
        BoolConstant b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };
}
