using ProtoPython.Bytecode;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>One instruction of the control-flow graph.</summary>
internal struct CfgInstr
{
    public Opcode Op;
    public int Arg;
    public SourceLocation Loc;

    /// <summary>Jump target (jumps and SETUP_* pseudo-instructions).</summary>
    public BasicBlock? Target;

    /// <summary>The handler an exception raised here goes to, after exception labelling.</summary>
    public BasicBlock? Except;

    public CfgInstr(Opcode op, int arg, SourceLocation loc)
    {
        Op = op;
        Arg = arg;
        Loc = loc;
    }

    public void Set(Opcode op, int arg = 0)
    {
        Op = op;
        Arg = arg;
    }

    public void SetNop()
    {
        Op = Opcode.Nop;
        Arg = 0;
    }

    public override readonly string ToString() => $"{Op} {Arg} @{Loc.Lineno}";
}

/// <summary>
/// A basic block: straight-line instructions, the last of which may jump; <see cref="Next"/>
/// is the block that follows in layout order (reached by fall-through when the block does).
/// </summary>
internal sealed class BasicBlock
{
    private CfgInstr[] _instrs = new CfgInstr[4];

    /// <summary>The label id if the block is a jump target, -1 otherwise.</summary>
    public int Label = -1;

    public int Count;

    public BasicBlock? Next;

    public ExceptStack? ExceptStack;

    public int Predecessors;

    public int StartDepth;

    public ulong UnsafeLocalsMask;

    /// <summary>The handler pushes the offset of the raising instruction (SETUP_CLEANUP, SETUP_WITH).</summary>
    public bool PreserveLasti;

    public bool Visited;

    public bool ExceptHandler;

    public bool Cold;

    public bool Warm;

    public ref CfgInstr this[int index] => ref _instrs[index];

    public Span<CfgInstr> Instructions => _instrs.AsSpan(0, Count);

    public bool IsEmpty => Count == 0;

    public ref CfgInstr Last => ref _instrs[Count - 1];

    public void Add(CfgInstr instr)
    {
        if (Count == _instrs.Length)
        {
            Array.Resize(ref _instrs, Count * 2);
        }

        _instrs[Count++] = instr;
    }

    /// <summary>
    /// CPython's basicblock_addop: sets opcode, oparg, location and target of the next slot
    /// but not its exception handler, which keeps whatever an earlier, since removed,
    /// instruction left there (null for a never-used slot). This decides whether NOT_TAKEN and
    /// other late additions are covered by a handler in co_exceptiontable.
    /// </summary>
    public void Add(Opcode op, int arg, SourceLocation loc, BasicBlock? target = null)
    {
        if (Count == _instrs.Length)
        {
            Array.Resize(ref _instrs, Count * 2);
        }

        ref var slot = ref _instrs[Count++];
        slot.Op = op;
        slot.Arg = arg;
        slot.Loc = loc;
        slot.Target = target;
    }

    public void AddJump(Opcode op, BasicBlock target, SourceLocation loc) => Add(op, target.Label, loc, target);

    public void Insert(int pos, CfgInstr instr)
    {
        Add(instr);
        Array.Copy(_instrs, pos, _instrs, pos + 1, Count - 1 - pos);
        _instrs[pos] = instr;
    }

    public void AppendFrom(BasicBlock other)
    {
        for (int i = 0; i < other.Count; i++)
        {
            Add(other._instrs[i]);
        }
    }

    public void Truncate(int count) => Count = count;

    /// <summary>Ends in a return/raise or an unconditional jump: no fall-through.</summary>
    public bool NoFallthrough => Count > 0 && (OpcodeFacts.IsScopeExit(Last.Op) || OpcodeFacts.IsUnconditionalJump(Last.Op));

    public bool HasFallthrough => !NoFallthrough;

    public bool ExitsScope => Count > 0 && OpcodeFacts.IsScopeExit(Last.Op);

    public bool HasNoLineno
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (_instrs[i].Loc.Lineno >= 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool HasEvalBreak
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (OpcodeFacts.HasEvalBreak(_instrs[i].Op))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override string ToString() => $"block L{Label} ({Count} instrs)";
}

/// <summary>The stack of active exception handlers at a point of the CFG.</summary>
internal sealed class ExceptStack
{
    public const int MaxBlocks = 21;

    private readonly BasicBlock?[] _handlers = new BasicBlock?[MaxBlocks + 2];

    public int Depth;

    public BasicBlock? Top => _handlers[Depth];

    public BasicBlock Push(BasicBlock handler)
    {
        _handlers[++Depth] = handler;
        return handler;
    }

    public BasicBlock? Pop() => _handlers[--Depth];

    public ExceptStack Copy()
    {
        var copy = new ExceptStack { Depth = Depth };
        Array.Copy(_handlers, copy._handlers, _handlers.Length);
        return copy;
    }
}
