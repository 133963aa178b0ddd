using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// The opcode classifications the compiler back end needs (CPython's opcode_utils.h macros),
/// on top of the generated <see cref="OpcodeInfo"/> tables.
/// </summary>
internal static class OpcodeFacts
{
    public static bool IsPseudo(Opcode op) => (int)op >= 256;

    public static bool HasArg(Opcode op) => OpcodeInfo.HasArg(op);

    public static bool HasConst(Opcode op) => op == Opcode.LoadConst;

    /// <summary>Loads a constant: LOAD_CONST or LOAD_SMALL_INT.</summary>
    public static bool LoadsConst(Opcode op) => op is Opcode.LoadConst or Opcode.LoadSmallInt;

    /// <summary>CPython's OPCODE_HAS_JUMP.</summary>
    public static bool IsJump(Opcode op) => op is Opcode.ForIter or Opcode.Send or Opcode.EndAsyncFor
        or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone
        or Opcode.JumpForward or Opcode.JumpBackward or Opcode.JumpBackwardNoInterrupt
        or Opcode.Jump or Opcode.JumpNoInterrupt or Opcode.JumpIfFalse or Opcode.JumpIfTrue;

    /// <summary>SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH.</summary>
    public static bool IsBlockPush(Opcode op) => op is Opcode.SetupFinally or Opcode.SetupCleanup or Opcode.SetupWith;

    /// <summary>CPython's HAS_TARGET: the oparg is a label until assembly.</summary>
    public static bool HasTarget(Opcode op) => IsJump(op) || IsBlockPush(op);

    public static bool IsUnconditionalJump(Opcode op) => op is Opcode.Jump or Opcode.JumpNoInterrupt
        or Opcode.JumpForward or Opcode.JumpBackward or Opcode.JumpBackwardNoInterrupt;

    public static bool IsConditionalJump(Opcode op) => op is Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue
        or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone;

    public static bool IsBackwardJump(Opcode op) => op is Opcode.JumpBackward or Opcode.JumpBackwardNoInterrupt or Opcode.EndAsyncFor;

    public static bool IsScopeExit(Opcode op) => op is Opcode.ReturnValue or Opcode.RaiseVarargs or Opcode.Reraise;

    public static bool IsTerminator(Opcode op) => IsJump(op) || IsScopeExit(op);

    /// <summary>CPython's HAS_EVAL_BREAK_FLAG (the pseudo JUMP inherits it from JUMP_BACKWARD).</summary>
    public static bool HasEvalBreak(Opcode op) => op is Opcode.Resume or Opcode.JumpBackward or Opcode.Jump
        or Opcode.Call or Opcode.CallKw or Opcode.CallFunctionEx;

    public static bool HasLocal(Opcode op) => op is Opcode.LoadFast or Opcode.LoadFastAndClear or Opcode.LoadFastBorrow
        or Opcode.LoadFastCheck or Opcode.StoreFast or Opcode.DeleteFast or Opcode.LoadClosure or Opcode.StoreFastMaybeNull
        or Opcode.LoadFastLoadFast or Opcode.LoadFastBorrowLoadFastBorrow or Opcode.StoreFastLoadFast or Opcode.StoreFastStoreFast;

    public static int CacheEntries(Opcode op) => OpcodeInfo.CacheEntries(op);

    public static int Popped(Opcode op, int oparg) => OpcodeInfo.Popped(op, oparg);

    public static int Pushed(Opcode op, int oparg) => OpcodeInfo.Pushed(op, oparg);

    /// <summary>
    /// Net stack effect (CPython's get_stack_effects): a SETUP_* pushes only on the exceptional
    /// edge to its handler.
    /// </summary>
    public static int StackEffect(Opcode op, int oparg, bool jump)
    {
        if (IsBlockPush(op) && !jump)
        {
            return 0;
        }

        return Pushed(op, oparg) - Popped(op, oparg);
    }

    /// <summary>Code units an instruction occupies: EXTENDED_ARG prefixes, itself and its caches.</summary>
    public static int InstrSize(Opcode op, int oparg)
    {
        int extended = oparg >= (1 << 24) ? 3 : oparg >= (1 << 16) ? 2 : oparg >= (1 << 8) ? 1 : 0;
        return extended + 1 + CacheEntries(op);
    }
}
