using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>The constant key: <see cref="ConstantValue.Equals(ConstantValue?)"/> already is CPython's.</summary>
internal sealed class ConstantKeyComparer : IEqualityComparer<ConstantValue>
{
    public static ConstantKeyComparer Instance { get; } = new();

    /// <summary>
    /// Code objects compare by value, as CPython's code_richcompare: the two identical
    /// generator expressions that <c>all(genexp)</c> compiles become one constant.
    /// </summary>
    public bool Equals(ConstantValue? x, ConstantValue? y)
    {
        if (x is Code.CodeConstant cx && y is Code.CodeConstant cy)
        {
            return CodeEquals(cx.Code, cy.Code);
        }

        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        // CPython compares constant keys with ==, which an object passes against itself only:
        // a NaN (alone, in a complex, or as a tuple item) is one constant per object.
        switch (x)
        {
            case FloatConstant f when double.IsNaN(f.Value):
            case ComplexConstant c when double.IsNaN(c.Real) || double.IsNaN(c.Imag):
                return false;
            case TupleConstant tx when y is TupleConstant ty:
                return ItemsEqual(tx.Items, ty.Items);
            case FrozenSetConstant sx when ContainsNaN(sx):
                return false;
        }

        return x.Equals(y);
    }

    private bool ItemsEqual(ImmutableArray<ConstantValue> a, ImmutableArray<ConstantValue> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsNaN(ConstantValue value) => value switch
    {
        FloatConstant f => double.IsNaN(f.Value),
        ComplexConstant c => double.IsNaN(c.Real) || double.IsNaN(c.Imag),
        TupleConstant t => t.Items.Any(ContainsNaN),
        FrozenSetConstant s => s.Items.Any(ContainsNaN),
        _ => false,
    };

    public int GetHashCode(ConstantValue obj) =>
        obj is Code.CodeConstant c ? HashCode.Combine(c.Code.Name, c.Code.FirstLineNo, c.Code.Code.Length) : obj.GetHashCode();

    private static bool CodeEquals(Code.CodeObject a, Code.CodeObject b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount
            || a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo
            || !a.Code.SequenceEqual(b.Code) || !a.Names.SequenceEqual(b.Names)
            || !a.LocalsPlusNames.SequenceEqual(b.LocalsPlusNames) || !a.LineTable.SequenceEqual(b.LineTable)
            || !a.ExceptionTable.SequenceEqual(b.ExceptionTable) || a.Consts.Length != b.Consts.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Consts.Length; i++)
        {
            if (!Instance.Equals(a.Consts[i], b.Consts[i]))
            {
                return false;
            }
        }

        return true;
    }
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

    /// <summary>
    /// A frozenset of the distinct items in the order CPython's co_consts shows: the set built
    /// from the items; CPython's code constructor (intern_constants) rebuilds it from its own
    /// iteration order when interning replaces one of its strings, which happens for a str of
    /// ASCII letters, digits and '_' longer than one character that was not interned yet. Which
    /// strings are already interned depends on the interpreter's history; this takes "not yet"
    /// (see docs/differences-from-cpython.md).
    /// </summary>
    public static ConstantValue FrozenSet(ConstantValue[] items)
    {
        var once = SetOrder.Order(items);
        bool rebuilt = once.Any(i => i is StrConstant s && s.Length > 1 && !s.HasSurrogates && s.Value.All(IsNameChar));
        return ConstantValue.FrozenSet(rebuilt ? SetOrder.Order([.. once]) : once);
    }

    private static bool IsNameChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    public static BigInteger? AsInteger(ConstantValue value) => value switch
    {
        IntConstant i => i.Value,
        BoolConstant b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };
}
