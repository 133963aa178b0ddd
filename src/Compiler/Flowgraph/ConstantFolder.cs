using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// Evaluates unary and binary operators on constants with Python's semantics, for CFG
/// constant folding. Returns false whenever Python would raise, or when CPython's size
/// limits (128-bit ints, 4096-character strings, 256-item collections) refuse to fold.
/// </summary>
internal static partial class ConstantFolder
{
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    public static bool TryUnary(Opcode op, ConstantValue operand, out ConstantValue result)
    {
        result = null!;
        switch (op)
        {
            case Opcode.UnaryNot:
                result = ConstantValue.FromBool(!operand.IsTrue);
                return true;
            case Opcode.UnaryNegative:
                switch (operand)
                {
                    case IntConstant or BoolConstant:
                        result = MakeInt(-ConstantOps.AsInteger(operand)!.Value);
                        return true;
                    case FloatConstant f:
                        result = ConstantValue.FromFloat(-f.Value);
                        return true;
                    case ComplexConstant c:
                        result = ConstantValue.FromComplex(-c.Real, -c.Imag);
                        return true;
                }

                return false;
            case Opcode.UnaryInvert:
                if (ConstantOps.AsInteger(operand) is { } v)
                {
                    result = MakeInt(-v - 1);
                    return true;
                }

                return false;
            case Opcode.CallIntrinsic1:
                switch (operand)
                {
                    case IntConstant or BoolConstant:
                        result = MakeInt(ConstantOps.AsInteger(operand)!.Value);
                        return true;
                    case FloatConstant or ComplexConstant:
                        result = operand;
                        return true;
                }

                return false;
        }

        return false;
    }

    public static bool TryBinary(int nbOp, ConstantValue left, ConstantValue right, out ConstantValue result)
    {
        result = null!;
        try
        {
            var r = nbOp switch
            {
                BinaryOps.Add => Add(left, right),
                BinaryOps.Subtract => Arith(nbOp, left, right),
                BinaryOps.Multiply => Multiply(left, right),
                BinaryOps.TrueDivide => Arith(nbOp, left, right),
                BinaryOps.FloorDivide => Arith(nbOp, left, right),
                BinaryOps.Remainder => left is StrConstant or BytesConstant ? null : Arith(nbOp, left, right),
                BinaryOps.Power => Power(left, right),
                BinaryOps.LShift => Shift(left, right, leftShift: true),
                BinaryOps.RShift => Shift(left, right, leftShift: false),
                BinaryOps.Or or BinaryOps.Xor or BinaryOps.And => Bitwise(nbOp, left, right),
                BinaryOps.Subscr => Subscript(left, right),
                _ => null,
            };
            if (r is null)
            {
                return false;
            }

            result = r;
            return true;
        }
        catch (ArithmeticException)
        {
            return false;
        }
    }

    private static ConstantValue MakeInt(BigInteger v) => v >= 0 && v < ConstantOps.SmallIntLimit ? ConstantOps.Int((long)v) : ConstantValue.FromInt(v);

    private static long NumBits(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    private static ConstantValue? Add(ConstantValue l, ConstantValue r) => (l, r) switch
    {
        (StrConstant a, StrConstant b) => ConcatStr(a, b),
        (BytesConstant a, BytesConstant b) => ConstantValue.FromBytes(a.Value.AddRange(b.Value)),
        (TupleConstant a, TupleConstant b) => ConstantValue.Tuple(a.Items.AddRange(b.Items)),
        _ => Arith(BinaryOps.Add, l, r),
    };

    private static ConstantValue ConcatStr(StrConstant a, StrConstant b)
    {
        if (!a.HasSurrogates && !b.HasSurrogates)
        {
            return ConstantValue.FromStr(a.Value + b.Value);
        }

        return ConstantValue.FromCodePoints([.. a.GetCodePoints(), .. b.GetCodePoints()]);
    }

    private static ConstantValue? Multiply(ConstantValue l, ConstantValue r)
    {
        var li = ConstantOps.AsInteger(l);
        var ri = ConstantOps.AsInteger(r);
        if (li is { } a && ri is { } b)
        {
            if (!a.IsZero && !b.IsZero && NumBits(a) + NumBits(b) > MaxIntSize)
            {
                return null;
            }

            return MakeInt(a * b);
        }

        if (li is not null && r is TupleConstant or StrConstant or BytesConstant)
        {
            return Repeat(li.Value, r);
        }

        if (ri is not null && l is TupleConstant or StrConstant or BytesConstant)
        {
            return Repeat(ri.Value, l);
        }

        return Arith(BinaryOps.Multiply, l, r);
    }

    private static ConstantValue? Repeat(BigInteger count, ConstantValue seq)
    {
        switch (seq)
        {
            case TupleConstant t:
                {
                    int size = t.Items.Length;
                    if (size == 0)
                    {
                        return t;
                    }

                    if (count < 0 || count > MaxCollectionSize / size)
                    {
                        return null;
                    }

                    int n = (int)count;
                    if (n != 0 && CheckComplexity(t, MaxTotalItems / n) < 0)
                    {
                        return null;
                    }

                    var builder = ImmutableArray.CreateBuilder<ConstantValue>(size * n);
                    for (int i = 0; i < n; i++)
                    {
                        builder.AddRange(t.Items);
                    }

                    return ConstantValue.Tuple(builder.MoveToImmutable());
                }

            case StrConstant s:
                {
                    int size = s.Length;
                    if (size != 0 && (count < 0 || count > MaxStrSize / size))
                    {
                        return null;
                    }

                    int n = count <= 0 ? 0 : (int)count;
                    if (!s.HasSurrogates)
                    {
                        return ConstantValue.FromStr(string.Concat(Enumerable.Repeat(s.Value, n)));
                    }

                    var cps = s.GetCodePoints();
                    return ConstantValue.FromCodePoints(Enumerable.Repeat(cps, n).SelectMany(x => x).ToArray());
                }

            case BytesConstant b:
                {
                    int size = b.Value.Length;
                    if (size != 0 && (count < 0 || count > MaxStrSize / size))
                    {
                        return null;
                    }

                    int n = count <= 0 ? 0 : (int)count;
                    var bytes = new byte[size * n];
                    for (int i = 0; i < n; i++)
                    {
                        b.Value.CopyTo(bytes, i * size);
                    }

                    return ConstantValue.FromBytes(bytes);
                }
        }

        return null;
    }

    private static int CheckComplexity(ConstantValue obj, int limit)
    {
        if (obj is TupleConstant t)
        {
            limit -= t.Items.Length;
            for (int i = 0; limit >= 0 && i < t.Items.Length; i++)
            {
                limit = CheckComplexity(t.Items[i], limit);
                if (limit < 0)
                {
                    return limit;
                }
            }
        }

        return limit;
    }

    private static ConstantValue? Power(ConstantValue l, ConstantValue r)
    {
        var li = ConstantOps.AsInteger(l);
        var ri = ConstantOps.AsInteger(r);
        if (li is { } a && ri is { } b)
        {
            if (b.Sign < 0)
            {
                return FloatPow(ToDouble(a), ToDouble(b));
            }

            if (!a.IsZero && b.Sign > 0)
            {
                long vbits = NumBits(a);
                if (b > MaxIntSize || vbits > MaxIntSize / (long)b)
                {
                    return null;
                }
            }

            return MakeInt(BigInteger.Pow(a, (int)b));
        }

        if (l is ComplexConstant || r is ComplexConstant)
        {
            return TryComplex(l, out var lc) && TryComplex(r, out var rc) ? ComplexPow(lc, rc) : null;
        }

        return Arith(BinaryOps.Power, l, r);
    }

    private static ConstantValue? Shift(ConstantValue l, ConstantValue r, bool leftShift)
    {
        if (ConstantOps.AsInteger(l) is not { } a || ConstantOps.AsInteger(r) is not { } b)
        {
            return null;
        }

        if (b.Sign < 0)
        {
            return null; // ValueError: negative shift count
        }

        if (leftShift)
        {
            if (!a.IsZero && !b.IsZero && (b > MaxIntSize || NumBits(a) > MaxIntSize - (long)b))
            {
                return null;
            }

            return MakeInt(a << (int)b);
        }

        return MakeInt(b > int.MaxValue ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b);
    }

    private static ConstantValue? Bitwise(int nbOp, ConstantValue l, ConstantValue r)
    {
        if (l is BoolConstant lb && r is BoolConstant rb)
        {
            return ConstantValue.FromBool(nbOp switch
            {
                BinaryOps.Or => lb.Value | rb.Value,
                BinaryOps.Xor => lb.Value ^ rb.Value,
                _ => lb.Value & rb.Value,
            });
        }

        if (ConstantOps.AsInteger(l) is not { } a || ConstantOps.AsInteger(r) is not { } b)
        {
            return null;
        }

        return MakeInt(nbOp switch
        {
            BinaryOps.Or => a | b,
            BinaryOps.Xor => a ^ b,
            _ => a & b,
        });
    }
}
