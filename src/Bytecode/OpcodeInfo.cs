namespace ProtoPython.Bytecode;

/// <summary>
/// Instruction metadata generated from Instructions.def (the tables live in the generated
/// <c>OpcodeInfo.*.g.cs</c>). Every lookup indexes an array or span by opcode number; nothing here
/// allocates or hashes except <see cref="TryGetOpcode"/>, which switches on the name.
/// </summary>
public static partial class OpcodeInfo
{
    /// <summary>Every defined opcode (real, specialized, instrumented and pseudo) in numeric order.</summary>
    public static ReadOnlySpan<Opcode> AllOpcodes => s_allOpcodes;

    public static bool IsDefined(int opcode) => (uint)opcode < TableSize && s_names[opcode] != null;

    /// <summary>CPython's spelling (LOAD_FAST); <c>&lt;N&gt;</c> for an undefined number, as in <c>dis.opname</c>.</summary>
    public static string Name(Opcode opcode) =>
        (uint)opcode < TableSize && s_names[(int)opcode] is { } name ? name : "<" + ((int)opcode).ToString(System.Globalization.CultureInfo.InvariantCulture) + ">";

    /// <summary>The stack effect as written in Instructions.def, e.g. <c>(left, right -- res)</c>.</summary>
    public static string StackEffectNotation(Opcode opcode) =>
        (uint)opcode < TableSize && s_stackEffects[(int)opcode] is { } text ? text : string.Empty;

    public static OpcodeFlags Flags(Opcode opcode) => (uint)opcode < TableSize ? (OpcodeFlags)FlagTable[(int)opcode] : OpcodeFlags.None;

    public static bool HasArg(Opcode opcode) => Is(opcode, OpcodeFlags.HasArg);

    public static bool HasConst(Opcode opcode) => Is(opcode, OpcodeFlags.HasConst);

    public static bool HasName(Opcode opcode) => Is(opcode, OpcodeFlags.HasName);

    public static bool HasJump(Opcode opcode) => Is(opcode, OpcodeFlags.HasJump);

    public static bool IsBackwardJump(Opcode opcode) => Is(opcode, OpcodeFlags.JumpBackward);

    public static bool HasLocal(Opcode opcode) => Is(opcode, OpcodeFlags.HasLocal);

    public static bool HasFree(Opcode opcode) => Is(opcode, OpcodeFlags.HasFree);

    public static bool HasExc(Opcode opcode) => Is(opcode, OpcodeFlags.HasExc);

    public static bool HasCompare(Opcode opcode) => Is(opcode, OpcodeFlags.HasCompare);

    public static bool IsPseudo(Opcode opcode) => Is(opcode, OpcodeFlags.Pseudo);

    public static bool IsSpecialized(Opcode opcode) => Is(opcode, OpcodeFlags.Specialized);

    public static bool IsInstrumented(Opcode opcode) => Is(opcode, OpcodeFlags.Instrumented);

    public static bool IsScopeExit(Opcode opcode) => Is(opcode, OpcodeFlags.ScopeExit);

    public static bool IsUnconditionalJump(Opcode opcode) => Is(opcode, OpcodeFlags.UnconditionalJump);

    /// <summary>Checks the eval breaker (CPython's HAS_EVAL_BREAK_FLAG; marked on the base instructions).</summary>
    public static bool HasEvalBreak(Opcode opcode) => Is(opcode, OpcodeFlags.EvalBreak);

    /// <summary>Control never reaches the next instruction (CPython's scope exits and unconditional jumps).</summary>
    public static bool HasNoFallthrough(Opcode opcode) => (Flags(opcode) & (OpcodeFlags.ScopeExit | OpcodeFlags.UnconditionalJump)) != 0;

    /// <summary>Number of inline cache code units after the instruction (specialized forms share their base's).</summary>
    public static int CacheEntries(Opcode opcode) => (uint)opcode < TableSize ? CacheEntryTable[(int)opcode] : 0;

    /// <summary>
    /// The cache-unit counts indexed by opcode, <see cref="TableSize"/> entries: constant data, so the
    /// eval loop reads <c>Unsafe.Add(ref MemoryMarshal.GetReference(span), op)</c> with no bounds check
    /// and no static field load.
    /// </summary>
    public static ReadOnlySpan<byte> CacheEntryCounts => CacheEntryTable;

    /// <summary>The named cache entries in order, for <c>dis(show_caches=True)</c>.</summary>
    public static ReadOnlySpan<CacheEntry> CacheLayout(Opcode opcode) =>
        (uint)opcode < TableSize ? s_cacheLayouts[(int)opcode] : ReadOnlySpan<CacheEntry>.Empty;

    /// <summary>The family base of a specialized form (BINARY_OP for BINARY_OP_ADD_INT); otherwise the opcode itself.</summary>
    public static Opcode Deopt(Opcode opcode) => (uint)opcode < TableSize ? (Opcode)DeoptTable[(int)opcode] : opcode;

    /// <summary>The specialized forms of a family base, in Instructions.def order; empty for other opcodes.</summary>
    public static ReadOnlySpan<Opcode> Specializations(Opcode familyBase) =>
        (uint)familyBase < TableSize ? s_specializations[(int)familyBase] : ReadOnlySpan<Opcode>.Empty;

    /// <summary>
    /// The real instructions a pseudo-instruction may become: alternatives (JUMP → JUMP_FORWARD or
    /// JUMP_BACKWARD, chosen by direction) or, for JUMP_IF_FALSE/TRUE, the sequence it expands to.
    /// </summary>
    public static ReadOnlySpan<Opcode> PseudoTargets(Opcode opcode) =>
        (uint)opcode < TableSize ? s_pseudoTargets[(int)opcode] : ReadOnlySpan<Opcode>.Empty;

    /// <summary>True when <see cref="PseudoTargets"/> is a sequence to emit in order rather than alternatives.</summary>
    public static bool PseudoTargetsAreSequence(Opcode opcode) => Is(opcode, OpcodeFlags.PseudoSequence);

    /// <summary>Stack items the instruction consumes for <paramref name="oparg"/>; -1 for an undefined opcode.</summary>
    public static int Popped(Opcode opcode, int oparg)
    {
        if ((uint)opcode >= TableSize)
        {
            return -1;
        }

        int n = PoppedTable[(int)opcode];
        return n == DynamicCount ? PoppedDynamic(opcode, oparg) : n;
    }

    /// <summary>Stack items the instruction produces for <paramref name="oparg"/>; -1 for an undefined opcode.</summary>
    public static int Pushed(Opcode opcode, int oparg)
    {
        if ((uint)opcode >= TableSize)
        {
            return -1;
        }

        int n = PushedTable[(int)opcode];
        return n == DynamicCount ? PushedDynamic(opcode, oparg) : n;
    }

    /// <summary>
    /// Net stack depth change, as CPython's <c>stack_effect(op, oparg, jump=jump)</c>. Only the
    /// SETUP_* pseudo-instructions differ by edge: their pushes happen on the handler (jump) edge only.
    /// </summary>
    public static int StackEffect(Opcode opcode, int oparg, bool jump)
    {
        if (!jump && Is(opcode, OpcodeFlags.HandlerEffect))
        {
            return 0;
        }

        return StackEffect(opcode, oparg);
    }

    /// <summary>The larger of the two edges' effects, as CPython's <c>stack_effect(op, oparg)</c> with jump=None.</summary>
    public static int StackEffect(Opcode opcode, int oparg)
    {
        if (!IsDefined((int)opcode))
        {
            throw new ArgumentOutOfRangeException(nameof(opcode), opcode, "undefined opcode");
        }

        return Pushed(opcode, oparg) - Popped(opcode, oparg);
    }

    private static bool Is(Opcode opcode, OpcodeFlags flag) => (Flags(opcode) & flag) != 0;
}
