using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Compiler.Ast;

public sealed class NoneConstant : ConstantValue
{
    internal NoneConstant()
    {
    }

    public override ConstantKind Kind => ConstantKind.None;

    public override string TypeName => "NoneType";

    public override bool IsTrue => false;

    public override string Repr() => "None";

    public override bool Equals(ConstantValue? other) => other is NoneConstant;

    public override int GetHashCode() => 0x6e6f6e65;
}

public sealed class EllipsisConstant : ConstantValue
{
    internal EllipsisConstant()
    {
    }

    public override ConstantKind Kind => ConstantKind.Ellipsis;

    public override string TypeName => "ellipsis";

    public override bool IsTrue => true;

    public override string Repr() => "Ellipsis";

    public override bool Equals(ConstantValue? other) => other is EllipsisConstant;

    public override int GetHashCode() => 0x656c6c69;
}

public sealed class BoolConstant : ConstantValue
{
    internal BoolConstant(bool value) => Value = value;

    public bool Value { get; }

    public override ConstantKind Kind => ConstantKind.Bool;

    public override string TypeName => "bool";

    public override bool IsTrue => Value;

    public override string Repr() => Value ? "True" : "False";

    public override bool Equals(ConstantValue? other) => other is BoolConstant b && b.Value == Value;

    public override int GetHashCode() => Value ? 0x74727565 : 0x66616c73;
}

public sealed class IntConstant : ConstantValue
{
    internal IntConstant(BigInteger value) => Value = value;

    public BigInteger Value { get; }

    public override ConstantKind Kind => ConstantKind.Int;

    public override string TypeName => "int";

    public override bool IsTrue => !Value.IsZero;

    public override string Repr() => Value.ToString();

    public override bool Equals(ConstantValue? other) => other is IntConstant i && i.Value == Value;

    public override int GetHashCode() => HashCode.Combine(ConstantKind.Int, Value);
}

public sealed class FloatConstant : ConstantValue
{
    internal FloatConstant(double value) => Value = value;

    public double Value { get; }

    public override ConstantKind Kind => ConstantKind.Float;

    public override string TypeName => "float";

    public override bool IsTrue => Value != 0.0;

    public override string Repr() => FloatRepr.Format(Value);

    /// <summary>By bit pattern: -0.0 and 0.0 are distinct constants, as in CPython's constant key.</summary>
    public override bool Equals(ConstantValue? other) =>
        other is FloatConstant f && BitConverter.DoubleToInt64Bits(f.Value) == BitConverter.DoubleToInt64Bits(Value);

    public override int GetHashCode() => HashCode.Combine(ConstantKind.Float, BitConverter.DoubleToInt64Bits(Value));
}

public sealed class ComplexConstant : ConstantValue
{
    internal ComplexConstant(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }

    public double Real { get; }

    public double Imag { get; }

    public override ConstantKind Kind => ConstantKind.Complex;

    public override string TypeName => "complex";

    public override bool IsTrue => Real != 0.0 || Imag != 0.0;

    public override string Repr() => ComplexRepr.Format(Real, Imag);

    public override bool Equals(ConstantValue? other) =>
        other is ComplexConstant c
        && BitConverter.DoubleToInt64Bits(c.Real) == BitConverter.DoubleToInt64Bits(Real)
        && BitConverter.DoubleToInt64Bits(c.Imag) == BitConverter.DoubleToInt64Bits(Imag);

    public override int GetHashCode() =>
        HashCode.Combine(ConstantKind.Complex, BitConverter.DoubleToInt64Bits(Real), BitConverter.DoubleToInt64Bits(Imag));
}

public sealed class BytesConstant : ConstantValue
{
    internal BytesConstant(ImmutableArray<byte> value) => Value = value;

    public ImmutableArray<byte> Value { get; }

    public override ConstantKind Kind => ConstantKind.Bytes;

    public override string TypeName => "bytes";

    public override bool IsTrue => Value.Length != 0;

    public override string Repr() => BytesRepr.Format(Value.AsSpan());

    public override bool Equals(ConstantValue? other) =>
        other is BytesConstant b && b.Value.AsSpan().SequenceEqual(Value.AsSpan());

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(ConstantKind.Bytes);
        hash.AddBytes(Value.AsSpan());
        return hash.ToHashCode();
    }
}

public sealed class TupleConstant : ConstantValue
{
    internal TupleConstant(ImmutableArray<ConstantValue> items) => Items = items;

    public ImmutableArray<ConstantValue> Items { get; }

    public override ConstantKind Kind => ConstantKind.Tuple;

    public override string TypeName => "tuple";

    public override bool IsTrue => Items.Length != 0;

    public override string Repr() => Items.Length switch
    {
        0 => "()",
        1 => "(" + Items[0].Repr() + ",)",
        _ => "(" + string.Join(", ", Items.Select(i => i.Repr())) + ")",
    };

    /// <summary>Item by item with the constant key, so (0,) and (0.0,) stay distinct.</summary>
    public override bool Equals(ConstantValue? other)
    {
        if (other is not TupleConstant t || t.Items.Length != Items.Length)
        {
            return false;
        }

        for (var i = 0; i < Items.Length; i++)
        {
            if (!Items[i].Equals(t.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(ConstantKind.Tuple);
        foreach (var item in Items)
        {
            hash.Add(item.GetHashCode());
        }

        return hash.ToHashCode();
    }
}

public sealed class FrozenSetConstant : ConstantValue
{
    internal FrozenSetConstant(ImmutableArray<ConstantValue> items) => Items = items;

    /// <summary>The items in the order the repr lists them.</summary>
    public ImmutableArray<ConstantValue> Items { get; }

    public override ConstantKind Kind => ConstantKind.FrozenSet;

    public override string TypeName => "frozenset";

    public override bool IsTrue => Items.Length != 0;

    public override string Repr() =>
        Items.Length == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", Items.Select(i => i.Repr())) + "})";

    /// <summary>As sets of constant keys: the order of the items does not matter.</summary>
    public override bool Equals(ConstantValue? other)
    {
        if (other is not FrozenSetConstant s || s.Items.Length != Items.Length)
        {
            return false;
        }

        var mine = new HashSet<ConstantValue>(Items);
        return s.Items.All(mine.Contains);
    }

    public override int GetHashCode()
    {
        // Order-independent: a sum of the item hashes.
        var sum = (int)ConstantKind.FrozenSet;
        foreach (var item in Items)
        {
            sum = unchecked(sum + item.GetHashCode());
        }

        return sum;
    }
}
