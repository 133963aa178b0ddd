using ProtoPython.Bytecode;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    /// <summary>Largest exit block that is copied instead of jumped to.</summary>
    private const int MaxCopySize = 4;

    private void CheckCfg()
    {
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count - 1; i++)
            {
                if (OpcodeFacts.IsTerminator(b[i].Op))
                {
                    throw new InvalidOperationException("malformed control flow graph.");
                }
            }
        }
    }

    private void OptimizeCfg(ConstantTable consts, int firstLineno)
    {
        CheckCfg();
        InlineSmallOrNoLinenoBlocks();
        RemoveUnreachable();
        ResolveLineNumbers(firstLineno);
        OptimizeLoadConst(consts);
        foreach (var b in Blocks)
        {
            OptimizeBasicBlock(b, consts);
        }

        RemoveRedundantNopsAndPairs();
        RemoveUnreachable();
        RemoveRedundantNopsAndJumps();
    }

    private void RemoveUnreachable()
    {
        foreach (var b in Blocks)
        {
            b.Predecessors = 0;
        }

        var stack = TraversalStack();
        Entry.Predecessors = 1;
        Entry.Visited = true;
        stack.Push(Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && b.HasFallthrough)
            {
                if (!b.Next.Visited)
                {
                    b.Next.Visited = true;
                    stack.Push(b.Next);
                }

                b.Next.Predecessors++;
            }

            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeFacts.IsJump(instr.Op) || OpcodeFacts.IsBlockPush(instr.Op))
                {
                    var target = instr.Target!;
                    if (!target.Visited)
                    {
                        target.Visited = true;
                        stack.Push(target);
                    }

                    target.Predecessors++;
                }
            }
        }

        foreach (var b in Blocks)
        {
            if (b.Predecessors == 0)
            {
                b.Truncate(0);
                b.ExceptHandler = false;
            }
        }
    }

    private static int RemoveRedundantNops(BasicBlock bb)
    {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.Count; src++)
        {
            int lineno = bb[src].Loc.Lineno;
            if (bb[src].Op == Opcode.Nop)
            {
                // Drop a NOP without a line, or whose line is already marked by a neighbour.
                if (lineno < 0 || prevLineno == lineno)
                {
                    continue;
                }

                if (src < bb.Count - 1)
                {
                    int nextLineno = bb[src + 1].Loc.Lineno;
                    if (nextLineno == lineno)
                    {
                        continue;
                    }

                    if (nextLineno < 0)
                    {
                        bb[src + 1].Loc = bb[src].Loc;
                        continue;
                    }
                }
                else
                {
                    var next = NextNonEmpty(bb.Next);
                    if (next is not null)
                    {
                        var nextLoc = SourceLocation.None;
                        for (int j = 0; j < next.Count; j++)
                        {
                            if (next[j].Op == Opcode.Nop && next[j].Loc.Lineno < 0)
                            {
                                continue; // removed later
                            }

                            nextLoc = next[j].Loc;
                            break;
                        }

                        if (lineno == nextLoc.Lineno)
                        {
                            continue;
                        }
                    }
                }
            }

            if (dest != src)
            {
                bb[dest] = bb[src];
            }

            dest++;
            prevLineno = lineno;
        }

        int removed = bb.Count - dest;
        bb.Truncate(dest);
        return removed;
    }

    private int RemoveRedundantNops()
    {
        int changes = 0;
        foreach (var b in Blocks)
        {
            changes += RemoveRedundantNops(b);
        }

        return changes;
    }

    /// <summary>Also cancels LOAD_CONST/LOAD_SMALL_INT/COPY 1 immediately popped by POP_TOP.</summary>
    private void RemoveRedundantNopsAndPairs()
    {
        bool done = false;
        while (!done)
        {
            done = true;
            BasicBlock? prevBlock = null;
            int prevIndex = -1;
            foreach (var b in Blocks)
            {
                RemoveRedundantNops(b);
                if (b.Label >= 0)
                {
                    prevBlock = null; // a jump target: forget the previous instruction
                }

                for (int i = 0; i < b.Count; i++)
                {
                    if (prevBlock is not null)
                    {
                        ref var prev = ref prevBlock[prevIndex];
                        ref var instr = ref b[i];
                        if (instr.Op == Opcode.PopTop
                            && (prev.Op is Opcode.LoadConst or Opcode.LoadSmallInt || (prev.Op == Opcode.Copy && prev.Arg == 1)))
                        {
                            prev.SetNop();
                            instr.SetNop();
                            done = false;
                        }
                    }

                    prevBlock = b;
                    prevIndex = i;
                }

                if ((prevBlock is not null && OpcodeFacts.IsJump(prevBlock[prevIndex].Op)) || !b.HasFallthrough)
                {
                    prevBlock = null;
                }
            }
        }
    }

    private int RemoveRedundantJumps()
    {
        int changes = 0;
        foreach (var b in Blocks)
        {
            if (b.Count == 0)
            {
                continue;
            }

            ref var last = ref b.Last;
            if (OpcodeFacts.IsUnconditionalJump(last.Op))
            {
                var jumpTarget = NextNonEmpty(last.Target) ?? throw new InvalidOperationException("jump with NULL target");
                if (jumpTarget == NextNonEmpty(b.Next))
                {
                    changes++;
                    last.SetNop();
                }
            }
        }

        return changes;
    }

    private void RemoveRedundantNopsAndJumps()
    {
        int removed;
        do
        {
            removed = RemoveRedundantNops() + RemoveRedundantJumps();
        }
        while (removed > 0);
    }

    /// <summary>
    /// A block ending in an unconditional jump to a small exit block, or to a block without line
    /// numbers that does not fall through, gets a copy of the target instead of the jump.
    /// </summary>
    private static bool InlineSmallOrNoLinenoBlock(BasicBlock bb)
    {
        if (bb.Count == 0 || !OpcodeFacts.IsUnconditionalJump(bb.Last.Op))
        {
            return false;
        }

        var target = bb.Last.Target!;
        bool smallExitBlock = target.ExitsScope && target.Count <= MaxCopySize;
        bool noLinenoNoFallthrough = target.HasNoLineno && !target.HasFallthrough;
        if (!smallExitBlock && !noLinenoNoFallthrough)
        {
            return false;
        }

        var removedJump = bb.Last.Op;
        bb.Last.SetNop();
        bb.AppendFrom(target);
        if (noLinenoNoFallthrough)
        {
            ref var last = ref bb.Last;
            if (OpcodeFacts.IsUnconditionalJump(last.Op) && removedJump == Opcode.Jump)
            {
                // Keep the eval breaker check of the removed jump.
                last.Op = Opcode.Jump;
            }
        }

        target.Predecessors--;
        return true;
    }

    private void InlineSmallOrNoLinenoBlocks()
    {
        bool changes;
        do
        {
            changes = false;
            foreach (var b in Blocks)
            {
                changes |= InlineSmallOrNoLinenoBlock(b);
            }
        }
        while (changes);
    }

    /// <summary>Replaces a jump to a jump by a jump to the final target (the jump becomes a NOP).</summary>
    private static bool JumpThread(BasicBlock bb, int index, in CfgInstr target, Opcode op)
    {
        ref var inst = ref bb[index];
        if (inst.Target == target.Target)
        {
            return false; // bpo-45773: would loop forever
        }

        inst.SetNop();
        bb.AddJump(op, target.Target!, target.Loc);
        return true;
    }

    private void OptimizeBasicBlock(BasicBlock bb, ConstantTable consts)
    {
        var nop = new CfgInstr(Opcode.Nop, 0, SourceLocation.None);
        for (int i = 0; i < bb.Count; i++)
        {
            ref var inst = ref bb[i];
            var opcode = inst.Op;
            int oparg = inst.Arg;
            CfgInstr target = OpcodeFacts.HasTarget(opcode) && inst.Target!.Count > 0 ? inst.Target[0] : nop;
            var nextop = i + 1 < bb.Count ? bb[i + 1].Op : (Opcode)0;
            bool hasNext = i + 1 < bb.Count;
            switch (opcode)
            {
                case Opcode.BuildTuple:
                    if (hasNext && nextop == Opcode.UnpackSequence && oparg == bb[i + 1].Arg)
                    {
                        if (oparg == 1)
                        {
                            inst.SetNop();
                            bb[i + 1].SetNop();
                            continue;
                        }

                        if (oparg is 2 or 3)
                        {
                            inst.SetNop();
                            bb[i + 1].Op = Opcode.Swap;
                            continue;
                        }
                    }

                    FoldTupleOfConstants(bb, i, consts);
                    break;
                case Opcode.BuildList or Opcode.BuildSet:
                    OptimizeListsAndSets(bb, i, hasNext ? nextop : null, consts);
                    break;
                case Opcode.ListAppend or Opcode.SetAdd:
                    if (oparg == 1 && hasNext && nextop is Opcode.GetIter or Opcode.ContainsOp)
                    {
                        FoldBigConstSequenceForIteration(bb, i, consts);
                    }

                    break;
                case Opcode.PopJumpIfNotNone or Opcode.PopJumpIfNone or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue:
                    if (target.Op == Opcode.Jump && JumpThread(bb, i, target, opcode))
                    {
                        i--;
                    }

                    break;
                case Opcode.JumpIfFalse or Opcode.JumpIfTrue:
                    {
                        var same = opcode;
                        var other = opcode == Opcode.JumpIfFalse ? Opcode.JumpIfTrue : Opcode.JumpIfFalse;
                        if (target.Op == Opcode.Jump || target.Op == same)
                        {
                            if (JumpThread(bb, i, target, same))
                            {
                                i--;
                            }

                            continue;
                        }

                        if (target.Op == other)
                        {
                            // The opposite test falls through to the target's successor.
                            inst.Target = inst.Target!.Next;
                            i--;
                            continue;
                        }

                        break;
                    }

                case Opcode.Jump or Opcode.JumpNoInterrupt:
                    if (target.Op == Opcode.Jump)
                    {
                        if (JumpThread(bb, i, target, Opcode.Jump))
                        {
                            i--;
                        }

                        continue;
                    }

                    if (target.Op == Opcode.JumpNoInterrupt)
                    {
                        if (JumpThread(bb, i, target, opcode))
                        {
                            i--;
                        }

                        continue;
                    }

                    break;
                case Opcode.StoreFast:
                    if (hasNext && nextop == Opcode.StoreFast && oparg == bb[i + 1].Arg && inst.Loc.Lineno == bb[i + 1].Loc.Lineno)
                    {
                        inst.Set(Opcode.PopTop);
                    }

                    break;
                case Opcode.Swap:
                    if (oparg == 1)
                    {
                        inst.SetNop();
                    }

                    break;
                case Opcode.LoadGlobal:
                    if (hasNext && nextop == Opcode.PushNull && (oparg & 1) == 0)
                    {
                        inst.Arg = oparg | 1;
                        bb[i + 1].SetNop();
                    }

                    break;
                case Opcode.CompareOp:
                    if (hasNext && nextop == Opcode.ToBool)
                    {
                        inst.SetNop();
                        bb[i + 1].Set(Opcode.CompareOp, oparg | 16);
                        continue;
                    }

                    break;
                case Opcode.ContainsOp or Opcode.IsOp:
                    if (hasNext && nextop == Opcode.ToBool)
                    {
                        inst.SetNop();
                        bb[i + 1].Set(opcode, oparg);
                        continue;
                    }

                    if (hasNext && nextop == Opcode.UnaryNot)
                    {
                        inst.SetNop();
                        bb[i + 1].Set(opcode, oparg ^ 1);
                        continue;
                    }

                    break;
                case Opcode.ToBool:
                    if (hasNext && nextop == Opcode.ToBool)
                    {
                        inst.SetNop();
                        continue;
                    }

                    break;
                case Opcode.UnaryNot:
                    if (hasNext && nextop == Opcode.ToBool)
                    {
                        inst.SetNop();
                        bb[i + 1].Set(Opcode.UnaryNot);
                        continue;
                    }

                    if (hasNext && nextop == Opcode.UnaryNot)
                    {
                        inst.SetNop();
                        bb[i + 1].SetNop();
                        continue;
                    }

                    FoldConstUnaryOp(bb, i, consts);
                    break;
                case Opcode.UnaryInvert or Opcode.UnaryNegative:
                    FoldConstUnaryOp(bb, i, consts);
                    break;
                case Opcode.CallIntrinsic1:
                    if (oparg == Intrinsics.ListToTuple)
                    {
                        if (hasNext && nextop == Opcode.GetIter)
                        {
                            // 3.14.10 still folds a constant tuple built element by element.
                            FoldConstantIntrinsicListToTuple(bb, i, consts);
                            if (bb[i].Op == Opcode.CallIntrinsic1)
                            {
                                bb[i].SetNop();
                            }
                        }
                        else
                        {
                            FoldConstantIntrinsicListToTuple(bb, i, consts);
                        }
                    }
                    else if (oparg == Intrinsics.UnaryPositive)
                    {
                        FoldConstUnaryOp(bb, i, consts);
                    }

                    break;
                case Opcode.BinaryOp:
                    FoldConstBinOp(bb, i, consts);
                    break;
            }
        }

        for (int i = 0; i < bb.Count; i++)
        {
            if (bb[i].Op == Opcode.Swap)
            {
                Swaptimize(bb, ref i);
                ApplyStaticSwaps(bb, i);
            }
        }
    }
}
