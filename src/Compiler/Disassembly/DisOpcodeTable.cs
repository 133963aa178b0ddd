using ProtoPython.Bytecode;
using ProtoPython.Bytecode.Arguments;

namespace ProtoPython.Compiler.Disassembly;

/// <summary>
/// The opcode facts <c>dis</c> needs, read from <see cref="OpcodeInfo"/> (generated from
/// Instructions.def) and the argument tables in ProtoPython.Bytecode.Arguments. Opcodes are
/// plain ints here because co_code holds bytes, not necessarily defined opcodes.
/// </summary>
internal static class DisOpcodeTable
{
    public const int Cache = (int)Opcode.Cache;
    public const int ExtendedArg = (int)Opcode.ExtendedArg;
    public const int BinaryOp = (int)Opcode.BinaryOp;
    public const int CallIntrinsic1 = (int)Opcode.CallIntrinsic1;
    public const int CallIntrinsic2 = (int)Opcode.CallIntrinsic2;
    public const int ContainsOp = (int)Opcode.ContainsOp;
    public const int ConvertValue = (int)Opcode.ConvertValue;
    public const int EndAsyncFor = (int)Opcode.EndAsyncFor;
    public const int IsOp = (int)Opcode.IsOp;
    public const int LoadAttr = (int)Opcode.LoadAttr;
    public const int LoadCommonConstant = (int)Opcode.LoadCommonConstant;
    public const int LoadFastBorrowLoadFastBorrow = (int)Opcode.LoadFastBorrowLoadFastBorrow;
    public const int LoadFastLoadFast = (int)Opcode.LoadFastLoadFast;
    public const int LoadGlobal = (int)Opcode.LoadGlobal;
    public const int LoadSpecial = (int)Opcode.LoadSpecial;
    public const int LoadSuperAttr = (int)Opcode.LoadSuperAttr;
    public const int SetFunctionAttribute = (int)Opcode.SetFunctionAttribute;
    public const int StoreFastLoadFast = (int)Opcode.StoreFastLoadFast;
    public const int StoreFastStoreFast = (int)Opcode.StoreFastStoreFast;

    public static string Name(int op) => OpcodeInfo.Name((Opcode)op);

    /// <summary>The base opcode for a specialized opcode; the opcode itself otherwise.</summary>
    public static int Deopt(int op) => (int)OpcodeInfo.Deopt((Opcode)op);

    public static bool HasArg(int op) => OpcodeInfo.HasArg((Opcode)op);

    public static bool HasConst(int op) => OpcodeInfo.HasConst((Opcode)op);

    public static bool HasName(int op) => OpcodeInfo.HasName((Opcode)op);

    public static bool HasJump(int op) => OpcodeInfo.HasJump((Opcode)op);

    public static bool HasLocal(int op) => OpcodeInfo.HasLocal((Opcode)op);

    public static bool HasFree(int op) => OpcodeInfo.HasFree((Opcode)op);

    public static bool HasCompare(int op) => OpcodeInfo.HasCompare((Opcode)op);

    /// <summary>JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT and END_ASYNC_FOR count their oparg backwards.</summary>
    public static bool IsBackwardJump(int op) => OpcodeInfo.IsBackwardJump((Opcode)op);

    /// <summary>The named inline-cache entries of a base opcode (empty when it has none).</summary>
    public static ReadOnlySpan<CacheEntry> CacheFormat(int op) => OpcodeInfo.CacheLayout((Opcode)op);

    public static int CacheEntries(int op) => OpcodeInfo.CacheEntries((Opcode)op);

    public static string? BinaryOpSymbol(int arg) => BinaryOpArgs.Symbol(arg);

    public static string? Intrinsic1Name(int arg) => IntrinsicArgs.UnaryName(arg);

    public static string? Intrinsic2Name(int arg) => IntrinsicArgs.BinaryName(arg);

    public static string? SpecialMethodName(int arg) => SpecialMethodArgs.Name(arg);

    public static string? CommonConstantRepr(int arg) => CommonConstantArgs.ArgRepr(arg);

    public static string? CompareArgRepr(int arg) => CompareOpArg.ArgRepr(arg);

    public static string? ConversionArgRepr(int arg) => ConversionArgs.ArgRepr(arg);

    public static string FunctionAttributesArgRepr(int arg) => FunctionAttributeArgs.ArgRepr(arg);
}
