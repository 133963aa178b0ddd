using ProtoPython.Bytecode;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    private void MarkWarm()
    {
        var stack = TraversalStack();
        Entry.Visited = true;
        stack.Push(Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Warm = true;
            if (b.Next is { Visited: false } next && b.HasFallthrough)
            {
                next.Visited = true;
                stack.Push(next);
            }

            for (int i = 0; i < b.Count; i++)
            {
                if (OpcodeFacts.IsJump(b[i].Op) && !b[i].Target!.Visited)
                {
                    b[i].Target!.Visited = true;
                    stack.Push(b[i].Target!);
                }
            }
        }
    }

    /// <summary>Blocks reachable only from exception handlers are cold.</summary>
    private void MarkCold()
    {
        MarkWarm();
        var stack = TraversalStack();
        foreach (var b in Blocks)
        {
            if (b.ExceptHandler)
            {
                b.Visited = true;
                stack.Push(b);
            }
        }

        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Cold = true;
            if (b.Next is { } next && b.HasFallthrough && !next.Warm && !next.Visited)
            {
                next.Visited = true;
                stack.Push(next);
            }

            for (int i = 0; i < b.Count; i++)
            {
                if (OpcodeFacts.IsJump(b[i].Op))
                {
                    var target = b[i].Target!;
                    if (!target.Warm && !target.Visited)
                    {
                        target.Visited = true;
                        stack.Push(target);
                    }
                }
            }
        }
    }

    private void PushColdBlocksToEnd()
    {
        if (Entry.Next is null)
        {
            return;
        }

        MarkCold();
        int nextLabel = MaxLabel() + 1;

        // A cold block falling through to a warm one gets an explicit jump.
        foreach (var b in Blocks.ToList())
        {
            if (b.Cold && b.HasFallthrough && b.Next is { Warm: true } warm)
            {
                var explicitJump = NewBlock();
                if (warm.Label < 0)
                {
                    warm.Label = nextLabel++;
                }

                explicitJump.AddJump(Opcode.JumpNoInterrupt, warm, SourceLocation.None);
                explicitJump.Cold = true;
                explicitJump.Next = warm;
                explicitJump.Predecessors = 1;
                b.Next = explicitJump;
            }
        }

        BasicBlock? coldBlocks = null;
        BasicBlock? coldTail = null;
        var cur = Entry;
        while (cur.Next is not null)
        {
            while (cur.Next is { Cold: false })
            {
                cur = cur.Next;
            }

            if (cur.Next is null)
            {
                break;
            }

            var end = cur.Next;
            while (end.Next is { Cold: true })
            {
                end = end.Next;
            }

            if (coldBlocks is null)
            {
                coldBlocks = cur.Next;
            }
            else
            {
                coldTail!.Next = cur.Next;
            }

            coldTail = end;
            cur.Next = end.Next;
            end.Next = null;
        }

        cur.Next = coldBlocks;
        if (coldBlocks is not null)
        {
            RemoveRedundantNopsAndJumps();
        }
    }

    private static bool IsExitOrEvalCheckWithoutLineno(BasicBlock b) =>
        (b.ExitsScope || b.HasEvalBreak) && b.HasNoLineno;

    /// <summary>
    /// PEP 626: every exit must have a line number, so exit blocks without one that are jumped
    /// to from several places are duplicated and each copy takes its predecessor's line.
    /// </summary>
    private void DuplicateExitsWithoutLineno()
    {
        int nextLabel = MaxLabel() + 1;
        foreach (var b in Blocks.ToList())
        {
            if (b.Count == 0)
            {
                continue;
            }

            ref var last = ref b.Last;
            if (OpcodeFacts.IsJump(last.Op))
            {
                var target = NextNonEmpty(last.Target)!;
                if (IsExitOrEvalCheckWithoutLineno(target) && target.Predecessors > 1)
                {
                    var newTarget = NewBlock();
                    newTarget.AppendFrom(target);
                    newTarget[0].Loc = last.Loc;
                    last.Target = newTarget;
                    target.Predecessors--;
                    newTarget.Predecessors = 1;
                    newTarget.Next = target.Next;
                    newTarget.Label = nextLabel++;
                    target.Next = newTarget;
                }
            }
        }

        // Remaining exits without a line are reached by fall-through only.
        foreach (var b in Blocks)
        {
            if (b.HasFallthrough && b.Next is not null && b.Count > 0 && IsExitOrEvalCheckWithoutLineno(b.Next))
            {
                b.Next[0].Loc = b.Last.Loc;
            }
        }
    }

    private void PropagateLineNumbers()
    {
        foreach (var b in Blocks)
        {
            if (b.Count == 0)
            {
                continue;
            }

            var prev = SourceLocation.None;
            for (int i = 0; i < b.Count; i++)
            {
                if (b[i].Loc.Lineno == -1)
                {
                    b[i].Loc = prev;
                }
                else
                {
                    prev = b[i].Loc;
                }
            }

            if (b.HasFallthrough && b.Next!.Predecessors == 1 && b.Next.Count > 0 && b.Next[0].Loc.Lineno == -1)
            {
                b.Next[0].Loc = prev;
            }

            ref var last = ref b.Last;
            if (OpcodeFacts.IsJump(last.Op))
            {
                var target = last.Target!;
                if (target.Predecessors == 1 && target[0].Loc.Lineno == -1)
                {
                    target[0].Loc = prev;
                }
            }
        }
    }

    private void ResolveLineNumbers(int firstLineno)
    {
        _ = firstLineno;
        DuplicateExitsWithoutLineno();
        PropagateLineNumbers();
    }

    /// <summary>JUMP_IF_FALSE/TRUE (value kept) become COPY 1, TO_BOOL, POP_JUMP_IF_FALSE/TRUE.</summary>
    private void ConvertPseudoConditionalJumps()
    {
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (instr.Op is Opcode.JumpIfFalse or Opcode.JumpIfTrue)
                {
                    instr.Op = instr.Op == Opcode.JumpIfFalse ? Opcode.PopJumpIfFalse : Opcode.PopJumpIfTrue;
                    var loc = instr.Loc;
                    var handler = instr.Except;
                    b.Insert(i++, new CfgInstr(Opcode.Copy, 1, loc) { Except = handler });
                    b.Insert(i++, new CfgInstr(Opcode.ToBool, 0, loc) { Except = handler });
                }
            }
        }
    }

    private static void StackDepthPush(Stack<BasicBlock> stack, BasicBlock b, int depth)
    {
        if (!(b.StartDepth < 0 || b.StartDepth == depth))
        {
            throw new InvalidOperationException("Invalid CFG, inconsistent stackdepth");
        }

        if (b.StartDepth < depth && b.StartDepth < 100)
        {
            b.StartDepth = depth;
            stack.Push(b);
        }
    }

    /// <summary>The deepest stack along any path (cycles are assumed stack-neutral).</summary>
    private int CalculateStackDepth()
    {
        foreach (var b in Blocks)
        {
            b.StartDepth = int.MinValue;
        }

        var stack = TraversalStack();
        int maxDepth = 0;
        StackDepthPush(stack, Entry, 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                int newDepth = depth + OpcodeFacts.StackEffect(instr.Op, instr.Arg, jump: false);
                if (newDepth < 0)
                {
                    throw new InvalidOperationException("Invalid CFG, stack underflow");
                }

                maxDepth = Math.Max(maxDepth, depth);
                if (OpcodeFacts.HasTarget(instr.Op) && instr.Op != Opcode.EndAsyncFor)
                {
                    int targetDepth = depth + OpcodeFacts.StackEffect(instr.Op, instr.Arg, jump: true);
                    StackDepthPush(stack, instr.Target!, targetDepth);
                }

                depth = newDepth;
                if (OpcodeFacts.IsUnconditionalJump(instr.Op) || OpcodeFacts.IsScopeExit(instr.Op))
                {
                    next = null;
                    break;
                }
            }

            if (next is not null)
            {
                StackDepthPush(stack, next, depth);
            }
        }

        // CPython never produces a code object with co_stacksize 0 (checked over the whole
        // standard library); a function that only loops forever still gets 1.
        return Math.Max(maxDepth, 1);
    }

    private int ConvertPseudoOps()
    {
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeFacts.IsBlockPush(instr.Op))
                {
                    instr.SetNop();
                }
                else if (instr.Op == Opcode.LoadClosure)
                {
                    instr.Op = Opcode.LoadFast;
                }
                else if (instr.Op == Opcode.StoreFastMaybeNull)
                {
                    instr.Op = Opcode.StoreFast;
                }
            }
        }

        RemoveRedundantNopsAndJumps();
        return 0;
    }

    /// <summary>
    /// Jumps become JUMP_FORWARD/JUMP_BACKWARD(_NO_INTERRUPT); a backward conditional jump is
    /// inverted around a new block holding NOT_TAKEN and a backward JUMP. Forward conditional
    /// jumps get a NOT_TAKEN after them.
    /// </summary>
    private void NormalizeJumps()
    {
        foreach (var b in Blocks)
        {
            b.Visited = false;
        }

        for (var b = Entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            NormalizeJumpsInBlock(b);
        }
    }

    private void NormalizeJumpsInBlock(BasicBlock b)
    {
        if (b.Count == 0)
        {
            return;
        }

        ref var last = ref b.Last;
        if (!OpcodeFacts.IsConditionalJump(last.Op))
        {
            return;
        }

        bool isForward = !last.Target!.Visited;
        if (isForward)
        {
            b.Add(Opcode.NotTaken, 0, last.Loc);
            return;
        }

        var reversed = last.Op switch
        {
            Opcode.PopJumpIfNotNone => Opcode.PopJumpIfNone,
            Opcode.PopJumpIfNone => Opcode.PopJumpIfNotNone,
            Opcode.PopJumpIfFalse => Opcode.PopJumpIfTrue,
            _ => Opcode.PopJumpIfFalse,
        };
        var target = last.Target;
        var loc = last.Loc;
        var backwardsJump = NewBlock();
        backwardsJump.Add(Opcode.NotTaken, 0, loc);
        backwardsJump.AddJump(Opcode.Jump, target, loc);
        backwardsJump.StartDepth = target.StartDepth;
        ref var last2 = ref b.Last;
        last2.Op = reversed;
        last2.Target = b.Next;
        backwardsJump.Cold = b.Cold;
        backwardsJump.Next = b.Next;
        b.Next = backwardsJump;
    }
}
