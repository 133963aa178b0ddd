using ProtoPython.Bytecode;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    /// <summary>CPython's _PyCfg_OptimizeCodeUnit: every optimization, in CPython's order.</summary>
    public void Optimize(ConstantTable consts, int nlocals, int nparams, int firstLineno)
    {
        TranslateJumpLabelsToTargets();
        MarkExceptHandlers();
        LabelExceptionTargets();

        OptimizeCfg(consts, firstLineno);
        RemoveUnusedConsts(consts);
        AddChecksForLoadsOfUninitializedVariables(nlocals, nparams);
        InsertSuperInstructions();
        PushColdBlocksToEnd();
        ResolveLineNumbers(firstLineno);
    }

    /// <summary>
    /// CPython's _PyCfg_OptimizedCfgToInstructionSequence: pseudo conditional jumps, stack
    /// depth, the cell/free prologue, pseudo-instruction resolution, jump direction, borrow
    /// analysis; then the flat sequence.
    /// </summary>
    public InstructionSequence Finish(CodeUnitMetadata umd, CodeFlags flags, out int stackDepth, out int nlocalsplus)
    {
        ConvertPseudoConditionalJumps();
        stackDepth = CalculateStackDepth();
        nlocalsplus = PrepareLocalsPlus(umd, flags);
        ConvertPseudoOps();
        NormalizeJumps();
        OptimizeLoadFast();
        return ToSequence();
    }

    private static bool IsGenerator(CodeFlags flags) =>
        (flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    /// <summary>Cell index → localsplus index; a cell that is also a parameter maps onto it.</summary>
    private static int[] BuildCellFixedOffsets(CodeUnitMetadata umd)
    {
        int nlocals = umd.VarNames.Count;
        int ncells = umd.CellVars.Count;
        int nfrees = umd.FreeVars.Count;
        var fixedOffsets = new int[ncells + nfrees];
        for (int i = 0; i < fixedOffsets.Length; i++)
        {
            fixedOffsets[i] = nlocals + i;
        }

        for (int i = 0; i < ncells; i++)
        {
            if (umd.VarNames.TryGet(umd.CellVars.Names[i], out int argOffset))
            {
                fixedOffsets[i] = argOffset;
            }
        }

        return fixedOffsets;
    }

    private void InsertPrefixInstructions(CodeUnitMetadata umd, int[] fixedOffsets, int nfrees, CodeFlags flags)
    {
        if (IsGenerator(flags))
        {
            // RETURN_GENERATOR + POP_TOP are stack-neutral: the generator pushes on its own frame.
            var loc = new SourceLocation(umd.FirstLineno, -1, umd.FirstLineno, -1);
            Entry.Insert(0, new CfgInstr(Opcode.ReturnGenerator, 0, loc));
            Entry.Insert(1, new CfgInstr(Opcode.PopTop, 0, loc));
        }

        int ncells = umd.CellVars.Count;
        if (ncells > 0)
        {
            // MAKE_CELLs in localsplus order; opargs are fixed by FixCellOffsets.
            int nvars = ncells + umd.VarNames.Count;
            var sorted = new int[nvars];
            for (int i = 0; i < ncells; i++)
            {
                sorted[fixedOffsets[i]] = i + 1;
            }

            int used = 0;
            for (int i = 0; used < ncells; i++)
            {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1)
                {
                    continue;
                }

                Entry.Insert(used, new CfgInstr(Opcode.MakeCell, oldIndex, SourceLocation.None));
                used++;
            }
        }

        if (nfrees > 0)
        {
            Entry.Insert(0, new CfgInstr(Opcode.CopyFreeVars, nfrees, SourceLocation.None));
        }
    }

    private int FixCellOffsets(CodeUnitMetadata umd, int[] fixedMap)
    {
        int nlocals = umd.VarNames.Count;
        int numDropped = 0;
        for (int i = 0; i < fixedMap.Length; i++)
        {
            if (fixedMap[i] == i + nlocals)
            {
                fixedMap[i] -= numDropped;
            }
            else
            {
                numDropped++; // a cell that is also an argument
            }
        }

        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref var inst = ref b[i];
                if (inst.Op is Opcode.MakeCell or Opcode.LoadClosure or Opcode.LoadDeref or Opcode.StoreDeref
                    or Opcode.DeleteDeref or Opcode.LoadFromDictOrDeref)
                {
                    inst.Arg = fixedMap[inst.Arg];
                }
            }
        }

        return numDropped;
    }

    private int PrepareLocalsPlus(CodeUnitMetadata umd, CodeFlags flags)
    {
        int nlocalsplus = umd.VarNames.Count + umd.CellVars.Count + umd.FreeVars.Count;
        var fixedOffsets = BuildCellFixedOffsets(umd);
        InsertPrefixInstructions(umd, fixedOffsets, umd.FreeVars.Count, flags);
        return nlocalsplus - FixCellOffsets(umd, fixedOffsets);
    }
}
