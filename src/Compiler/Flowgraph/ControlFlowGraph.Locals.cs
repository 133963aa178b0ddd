using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    private static void MaybePush(BasicBlock b, ulong unsafeMask, Stack<BasicBlock> stack)
    {
        ulong both = b.UnsafeLocalsMask | unsafeMask;
        if (b.UnsafeLocalsMask != both)
        {
            b.UnsafeLocalsMask = both;
            if (!b.Visited)
            {
                stack.Push(b);
                b.Visited = true;
            }
        }
    }

    private static void ScanBlockForLocals(BasicBlock b, Stack<BasicBlock> stack)
    {
        ulong unsafeMask = b.UnsafeLocalsMask;
        for (int i = 0; i < b.Count; i++)
        {
            ref var instr = ref b[i];
            if (instr.Except is not null)
            {
                MaybePush(instr.Except, unsafeMask, stack);
            }

            if (instr.Arg >= 64)
            {
                continue;
            }

            ulong bit = 1UL << instr.Arg;
            switch (instr.Op)
            {
                case Opcode.DeleteFast or Opcode.LoadFastAndClear or Opcode.StoreFastMaybeNull:
                    unsafeMask |= bit;
                    break;
                case Opcode.StoreFast or Opcode.LoadFastCheck:
                    unsafeMask &= ~bit;
                    break;
                case Opcode.LoadFast:
                    if ((unsafeMask & bit) != 0)
                    {
                        instr.Op = Opcode.LoadFastCheck;
                    }

                    unsafeMask &= ~bit;
                    break;
            }
        }

        if (b.Next is not null && b.HasFallthrough)
        {
            MaybePush(b.Next, unsafeMask, stack);
        }

        if (b.Count > 0 && OpcodeFacts.IsJump(b.Last.Op))
        {
            MaybePush(b.Last.Target!, unsafeMask, stack);
        }
    }

    /// <summary>Locals past the 64th are only tracked within a basic block.</summary>
    private void FastScanManyLocals(int nlocals)
    {
        var states = new int[nlocals - 64];
        int blocknum = 0;
        foreach (var b in Blocks)
        {
            blocknum++;
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                int arg = instr.Arg;
                if (arg < 64)
                {
                    continue;
                }

                switch (instr.Op)
                {
                    case Opcode.DeleteFast or Opcode.LoadFastAndClear or Opcode.StoreFastMaybeNull:
                        states[arg - 64] = blocknum - 1;
                        break;
                    case Opcode.StoreFast:
                        states[arg - 64] = blocknum;
                        break;
                    case Opcode.LoadFast:
                        if (states[arg - 64] != blocknum)
                        {
                            instr.Op = Opcode.LoadFastCheck;
                        }

                        states[arg - 64] = blocknum;
                        break;
                }
            }
        }
    }

    /// <summary>LOAD_FAST of a local that may be unbound becomes LOAD_FAST_CHECK.</summary>
    private void AddChecksForLoadsOfUninitializedVariables(int nlocals, int nparams)
    {
        if (nlocals == 0)
        {
            return;
        }

        if (nlocals > 64)
        {
            FastScanManyLocals(nlocals);
            nlocals = 64;
        }

        var stack = TraversalStack();
        ulong startMask = 0;
        for (int i = nparams; i < nlocals; i++)
        {
            startMask |= 1UL << i;
        }

        MaybePush(Entry, startMask, stack);

        // A DELETE_FAST anywhere is another origin: scan every block once.
        foreach (var b in Blocks)
        {
            ScanBlockForLocals(b, stack);
        }

        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Visited = false;
            ScanBlockForLocals(b, stack);
        }
    }

    private static void MakeSuperInstruction(ref CfgInstr inst1, ref CfgInstr inst2, Opcode superOp)
    {
        int line1 = inst1.Loc.Lineno;
        int line2 = inst2.Loc.Lineno;
        if (line1 >= 0 && line2 >= 0 && line1 != line2)
        {
            return;
        }

        if (inst1.Arg >= 16 || inst2.Arg >= 16)
        {
            return;
        }

        inst1.Set(superOp, (inst1.Arg << 4) | inst2.Arg);
        inst2.SetNop();
    }

    private void InsertSuperInstructions()
    {
        foreach (var b in Blocks)
        {
            for (int i = 0; i + 1 < b.Count; i++)
            {
                ref var inst = ref b[i];
                var nextop = b[i + 1].Op;
                switch (inst.Op)
                {
                    case Opcode.LoadFast when nextop == Opcode.LoadFast:
                        MakeSuperInstruction(ref inst, ref b[i + 1], Opcode.LoadFastLoadFast);
                        break;
                    case Opcode.StoreFast when nextop == Opcode.LoadFast:
                        MakeSuperInstruction(ref inst, ref b[i + 1], Opcode.StoreFastLoadFast);
                        break;
                    case Opcode.StoreFast when nextop == Opcode.StoreFast:
                        MakeSuperInstruction(ref inst, ref b[i + 1], Opcode.StoreFastStoreFast);
                        break;
                }
            }
        }

        RemoveRedundantNops();
    }
}
