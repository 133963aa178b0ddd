using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    // The frame running the code being specialized (the eval loop calls the specializer from it),
    // for the forms that look at its locals or cache objects on its code; null if it is not that code.
    private static InterpreterFrame? RunningFrame(ushort[] units) =>
        Objects.ThreadState.Current.CurrentFrame is { } frame && ReferenceEquals(frame.Code.Instructions, units) ? frame : null;

    /// <summary>
    /// BINARY_OP_INPLACE_ADD_UNICODE's condition (CPython's): the next instruction is STORE_FAST
    /// into the local that holds the left operand (<c>s += t</c>, <c>s = s + t</c>). The form then
    /// stores the result itself and skips that STORE_FAST.
    /// </summary>
    private static bool StoresBackToOperand(ushort[] units, int instr, PyValue left)
    {
        var next = instr + 1 + OpcodeInfo.CacheEntries(Opcode.BinaryOp);
        if (next >= units.Length || (units[next] & 0xFF) != (int)Opcode.StoreFast || RunningFrame(units) is not { } frame)
        {
            return false;
        }

        return ReferenceEquals(frame.Stack[frame.Base + (units[next] >> 8)].AsObject, left.AsObject);
    }

    /// <summary>
    /// BINARY_OP_SUBSCR_GETITEM: <c>o[i]</c> where o's class is a heap type whose <c>__getitem__</c>
    /// is a Python function of exactly two positional parameters; the form runs it as an inline
    /// frame. Cache +2 the class's version, +4 the function's version; the function in
    /// <see cref="PyCode.CacheValues"/>.
    /// </summary>
    private static bool GetItemForm(ushort[] units, int instr, PyType type)
    {
        if (!type.TryLookup(Names.GetItem, out var getitem) || getitem.AsObject is not PyFunction func || !ExactArgs(func, 2)
            || func.Code.IsGenerator || func.Version == 0 || RunningFrame(units) is not { } frame)
        {
            return false;
        }

        var version = type.GetOrAssignVersion();
        if (version == 0)
        {
            return false;
        }

        WriteU32(units, instr + 2, version);
        WriteU32(units, instr + 4, func.Version);
        CacheValue(frame.Code, instr, getitem);
        return true;
    }
}
