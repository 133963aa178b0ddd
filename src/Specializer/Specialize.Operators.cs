using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    private const int NbAdd = 0;
    private const int NbMultiply = 5;
    private const int NbSubtract = 10;
    private const int NbInplaceAdd = 13;
    private const int NbInplaceMultiply = 18;
    private const int NbInplaceSubtract = 23;
    private const int NbSubscr = 26;

    /// <summary>BINARY_OP: int and float arithmetic, str concatenation, list/tuple/str/dict subscripts.</summary>
    public static void BinaryOp(ushort[] units, int instr, PyValue left, PyValue right, int oparg)
    {
        var op = oparg switch
        {
            NbAdd or NbInplaceAdd => left.IsInt64 && right.IsInt64 ? Opcode.BinaryOpAddInt
                : left.IsFloat && right.IsFloat ? Opcode.BinaryOpAddFloat
                : IsExactStr(left) && IsExactStr(right) ? (StoresBackToOperand(units, instr, left) ? Opcode.BinaryOpInplaceAddUnicode : Opcode.BinaryOpAddUnicode)
                : Opcode.BinaryOp,
            NbSubtract or NbInplaceSubtract => left.IsInt64 && right.IsInt64 ? Opcode.BinaryOpSubtractInt
                : left.IsFloat && right.IsFloat ? Opcode.BinaryOpSubtractFloat : Opcode.BinaryOp,
            NbMultiply or NbInplaceMultiply => left.IsInt64 && right.IsInt64 ? Opcode.BinaryOpMultiplyInt
                : left.IsFloat && right.IsFloat ? Opcode.BinaryOpMultiplyFloat : Opcode.BinaryOp,
            NbSubscr => SubscrForm(units, instr, left, right),
            _ => Opcode.BinaryOp,
        };
        if (op == Opcode.BinaryOp && ExtendForm(units, instr, left, right, oparg))
        {
            op = Opcode.BinaryOpExtend;
        }

        Finish(units, instr, op, Opcode.BinaryOp, oparg == NbSubscr
            ? "subscript " + left.Type.Name + "[" + right.Type.Name + "]"
            : NumberOps.Symbol(oparg) + " on " + left.Type.Name + ", " + right.Type.Name);
    }

    /// <summary>Operand kinds of BINARY_OP_EXTEND: an immediate int or a float (exact types).</summary>
    public const int ExtendInt = 1;
    public const int ExtendFloat = 2;

    /// <summary>The kind code of an operand pair: left * 3 + right, 0 when either is neither.</summary>
    public static int ExtendKinds(PyValue left, PyValue right)
    {
        var l = left.IsInt64 ? ExtendInt : left.IsFloat ? ExtendFloat : 0;
        var r = right.IsInt64 ? ExtendInt : right.IsFloat ? ExtendFloat : 0;
        return l == 0 || r == 0 ? 0 : (l * 3) + r;
    }

    // BINARY_OP_EXTEND (CPython 3.14's form for operator/type pairs without their own form): any
    // arithmetic or bitwise operator of int and float operands, run by the type's own slot without
    // binary_op1's lookups. Cache +2 the kind code, +3 the slot (in-place operators use the binary
    // slot: int and float have no in-place ones).
    private static bool ExtendForm(ushort[] units, int instr, PyValue left, PyValue right, int oparg)
    {
        var kinds = ExtendKinds(left, right);
        var slot = oparg % NumberOps.Count;
        if (kinds == 0 || oparg >= NumberOps.SlotCount || slot == (int)NumberOp.MatrixMultiply)
        {
            return false;
        }

        var type = kinds == (ExtendInt * 3) + ExtendInt ? PyType.Int : PyType.Float;
        if (type.Number[slot] is null)
        {
            return false;
        }

        units[instr + 2] = (ushort)kinds;
        units[instr + 3] = (ushort)slot;
        return true;
    }

    private static Opcode SubscrForm(ushort[] units, int instr, PyValue container, PyValue sub)
    {
        var type = container.Type;
        if (ReferenceEquals(type, PyType.List) && sub.AsObject is PySlice)
        {
            return Opcode.BinaryOpSubscrListSlice;
        }

        if (type.HasFlag(TypeFlags.HeapType) && GetItemForm(units, instr, type))
        {
            return Opcode.BinaryOpSubscrGetitem;
        }

        if (sub.IsInt64)
        {
            if (ReferenceEquals(type, PyType.List))
            {
                return ListForm(container, Opcode.BinaryOpSubscrListInt, Opcode.BinaryOpSubscrListI64, Opcode.BinaryOpSubscrListF64);
            }

            if (ReferenceEquals(type, PyType.Tuple))
            {
                return Opcode.BinaryOpSubscrTupleInt;
            }

            if (ReferenceEquals(type, PyType.Str))
            {
                return Opcode.BinaryOpSubscrStrInt;
            }
        }

        return ReferenceEquals(type, PyType.Dict) ? Opcode.BinaryOpSubscrDict : Opcode.BinaryOp;
    }

    /// <summary>COMPARE_OP: both ints, both floats, or both exact str with == / !=.</summary>
    public static void CompareOp(ushort[] units, int instr, PyValue left, PyValue right, int oparg)
    {
        var cmp = (CompareOp)(oparg >> 5);
        var op = left.IsInt64 && right.IsInt64 ? Opcode.CompareOpInt
            : left.IsFloat && right.IsFloat ? Opcode.CompareOpFloat
            : IsExactStr(left) && IsExactStr(right) && cmp is Objects.CompareOp.Eq or Objects.CompareOp.Ne ? Opcode.CompareOpStr
            : Opcode.CompareOp;
        Finish(units, instr, op, Opcode.CompareOp, cmp + " on " + left.Type.Name + ", " + right.Type.Name);
    }

    /// <summary>
    /// TO_BOOL: bool, int, None, list, str; and instances of classes without <c>__bool__</c> or
    /// <c>__len__</c> (TO_BOOL_ALWAYS_TRUE, guarded by the class's version tag).
    /// </summary>
    public static void ToBool(ushort[] units, int instr, PyValue value)
    {
        var op = value.IsBool ? Opcode.ToBoolBool
            : value.IsExactInt ? Opcode.ToBoolInt
            : value.IsNone ? Opcode.ToBoolNone
            : ReferenceEquals(value.Type, PyType.List) ? Opcode.ToBoolList
            : IsExactStr(value) ? Opcode.ToBoolStr
            : Opcode.ToBool;
        var type = value.Type;
        if (op == Opcode.ToBool && type.HasFlag(TypeFlags.HeapType) && type.ToBool is null && type.Length is null
            && type.GetOrAssignVersion() is var version and not 0)
        {
            WriteU32(units, instr + 2, version);
            op = Opcode.ToBoolAlwaysTrue;
        }

        Finish(units, instr, op, Opcode.ToBool, "truth of " + value.Type.Name);
    }

    /// <summary>FOR_ITER over the iterators of range, list and tuple, and over generators (resumed in the eval loop).</summary>
    public static void ForIter(ushort[] units, int instr, PyValue iterator)
    {
        var op = iterator.AsObject switch
        {
            PyRangeIterator => Opcode.ForIterRange,
            PyListIterator { List: { } list } => list.Strategy switch
            {
                ListStrategy.Int64 => Opcode.ForIterListI64,
                ListStrategy.Float64 => Opcode.ForIterListF64,
                _ => Opcode.ForIterList,
            },
            PyListIterator => Opcode.ForIterList,
            PyTupleIterator => Opcode.ForIterTuple,
            _ when ReferenceEquals(iterator.Type, PyType.Generator) => Opcode.ForIterGen,
            _ => Opcode.ForIter,
        };
        Finish(units, instr, op, Opcode.ForIter, "iterator " + iterator.Type.Name);
    }

    /// <summary>SEND to a generator or coroutine (resumed in the eval loop); anything else stays generic.</summary>
    public static void Send(ushort[] units, int instr, PyValue receiver)
    {
        var op = ReferenceEquals(receiver.Type, PyType.Generator) || ReferenceEquals(receiver.Type, PyType.Coroutine)
            ? Opcode.SendGen : Opcode.Send;
        Finish(units, instr, op, Opcode.Send, "receiver " + receiver.Type.Name);
    }

    private static void Finish(ushort[] units, int instr, Opcode op, Opcode generic, string reason)
    {
        if (op == generic)
        {
            Fail(units, instr, reason);
        }
        else
        {
            Publish(units, instr, op);
        }
    }

    private static bool IsExactStr(PyValue v) => v.AsObject is PyStr && ReferenceEquals(v.Type, PyType.Str);
}
