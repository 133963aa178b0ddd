using ProtoPython.Bytecode.Tables;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProtoPython.Bytecode;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Flowgraph;

namespace ProtoPython.Compiler.Assembler;

/// <summary>
/// The last stage (CPython's assemble.c): resolves jump directions and offsets (with the
/// EXTENDED_ARG fixpoint), writes code units with their inline caches, the location table and
/// the exception table, and builds the <see cref="CodeObject"/>.
/// </summary>
internal static class CodeAssembler
{
    /// <summary>END_ASYNC_FOR's oparg is measured back to the END_SEND, not the SEND it jumps to.</summary>
    private const int EndSendOffset = 5;

    public static CodeObject MakeCodeObject(
        CodeUnitMetadata umd, int stackDepth, InstructionSequence seq, int nlocalsplus, CodeFlags flags, string filename)
    {
        var instrs = seq.Instructions;
        ResolveUnconditionalJumps(instrs);
        var offsets = ResolveJumpOffsets(instrs);

        var code = ImmutableArray.CreateBuilder<ushort>(offsets[^1]);
        foreach (var instr in instrs)
        {
            WriteInstr(code, instr);
        }

        // NEXT_LOCATION (match cases' POP_TOP) is resolved only now, after all NOP removal:
        // the instruction takes the next one's location, or none if it ends a block.
        for (int i = instrs.Count - 1; i >= 0; i--)
        {
            if (instrs[i].Loc == SourceLocation.Next)
            {
                var instr = instrs[i];
                instr.Loc = OpcodeFacts.IsTerminator(instr.Op) || i == instrs.Count - 1 ? SourceLocation.None : instrs[i + 1].Loc;
                instrs[i] = instr;
            }
        }

        var lineTable = new LocationTableEncoder(umd.FirstLineno);
        var loc = SourceLocation.None;
        int size = 0;
        foreach (var instr in instrs)
        {
            if (instr.Loc != loc)
            {
                lineTable.Add(loc, size);
                loc = instr.Loc;
                size = 0;
            }

            size += OpcodeFacts.InstrSize(instr.Op, instr.Arg);
        }

        lineTable.Add(loc, size);

        var exceptionTable = new ExceptionTableEncoder();
        int handlerLabel = -1;
        int handlerDepth = -1;
        bool handlerLasti = false;
        int start = -1;
        for (int i = 0; i < instrs.Count; i++)
        {
            var instr = instrs[i];
            if (instr.HandlerLabel != handlerLabel)
            {
                if (handlerLabel >= 0)
                {
                    EmitEntry(exceptionTable, start, offsets[i], offsets[handlerLabel], handlerDepth, handlerLasti);
                }

                start = offsets[i];
                handlerLabel = instr.HandlerLabel;
                handlerDepth = instr.HandlerStartDepth;
                handlerLasti = instr.HandlerPreserveLasti;
            }
        }

        if (handlerLabel >= 0)
        {
            EmitEntry(exceptionTable, start, offsets[^1], offsets[handlerLabel], handlerDepth, handlerLasti);
        }

        var (names, kinds) = LocalsPlus(umd, nlocalsplus, flags);
        var codeObject = new CodeObject
        {
            ArgCount = umd.ArgCount + umd.PosOnlyArgCount,
            PosOnlyArgCount = umd.PosOnlyArgCount,
            KwOnlyArgCount = umd.KwOnlyArgCount,
            StackSize = stackDepth,
            Flags = flags,
            Code = code.MoveToImmutable(),
            Consts = [.. umd.Consts.Items],
            Names = [.. umd.Names.Names],
            LocalsPlusNames = names,
            LocalsPlusKinds = kinds,
            Filename = filename,
            Name = umd.Name,
            QualName = umd.QualName,
            FirstLineNo = umd.FirstLineno,
            LineTable = ImmutableCollectionsMarshal.AsImmutableArray(lineTable.ToArray()),
            ExceptionTable = ImmutableCollectionsMarshal.AsImmutableArray(exceptionTable.ToArray()),
        };
        return codeObject;
    }

    private static void EmitEntry(ExceptionTableEncoder table, int start, int end, int target, int startDepth, bool lasti)
    {
        int depth = startDepth - 1;
        if (lasti)
        {
            depth--;
        }

        table.Add(start, end, target, depth, lasti);
    }

    private static void ResolveUnconditionalJumps(List<Instruction> instrs)
    {
        for (int i = 0; i < instrs.Count; i++)
        {
            var instr = instrs[i];
            bool isForward = instr.Arg > i;
            if (instr.Op == Opcode.Jump)
            {
                instr.Op = isForward ? Opcode.JumpForward : Opcode.JumpBackward;
            }
            else if (instr.Op == Opcode.JumpNoInterrupt)
            {
                instr.Op = isForward ? Opcode.JumpForward : Opcode.JumpBackwardNoInterrupt;
            }
            else
            {
                continue;
            }

            instrs[i] = instr;
        }
    }

    /// <summary>
    /// Turns jump targets (instruction indexes) into relative code-unit offsets, repeating
    /// until no jump changes size because of EXTENDED_ARG. Returns each instruction's offset,
    /// with the total size last.
    /// </summary>
    private static int[] ResolveJumpOffsets(List<Instruction> instrs)
    {
        var targets = new int[instrs.Count];
        for (int i = 0; i < instrs.Count; i++)
        {
            if (OpcodeFacts.IsJump(instrs[i].Op))
            {
                targets[i] = instrs[i].Arg;
            }
        }

        var offsets = new int[instrs.Count + 1];
        bool recompile;
        do
        {
            int total = 0;
            for (int i = 0; i < instrs.Count; i++)
            {
                offsets[i] = total;
                total += OpcodeFacts.InstrSize(instrs[i].Op, instrs[i].Arg);
            }

            offsets[instrs.Count] = total;
            recompile = false;
            int offset = 0;
            for (int i = 0; i < instrs.Count; i++)
            {
                var instr = instrs[i];
                int isize = OpcodeFacts.InstrSize(instr.Op, instr.Arg);
                offset += isize;
                if (!OpcodeFacts.IsJump(instr.Op))
                {
                    continue;
                }

                int target = offsets[targets[i]];
                if (instr.Op == Opcode.EndAsyncFor)
                {
                    instr.Arg = offset - target - EndSendOffset;
                }
                else if (target < offset)
                {
                    instr.Arg = offset - target;
                }
                else
                {
                    instr.Arg = target - offset;
                }

                instrs[i] = instr;
                if (OpcodeFacts.InstrSize(instr.Op, instr.Arg) != isize)
                {
                    recompile = true;
                }
            }
        }
        while (recompile);

        return offsets;
    }

    private static void WriteInstr(ImmutableArray<ushort>.Builder code, in Instruction instr)
    {
        int op = (int)instr.Op;
        int oparg = instr.Arg;
        if (oparg >= 1 << 24)
        {
            code.Add(CodeObject.Unit((int)Opcode.ExtendedArg, oparg >> 24));
        }

        if (oparg >= 1 << 16)
        {
            code.Add(CodeObject.Unit((int)Opcode.ExtendedArg, oparg >> 16));
        }

        if (oparg >= 1 << 8)
        {
            code.Add(CodeObject.Unit((int)Opcode.ExtendedArg, oparg >> 8));
        }

        code.Add(CodeObject.Unit(op, oparg));
        int caches = OpcodeFacts.CacheEntries(instr.Op);
        for (int i = 0; i < caches; i++)
        {
            code.Add(0);
        }
    }

    private static (ImmutableArray<string> Names, ImmutableArray<LocalKind> Kinds) LocalsPlus(
        CodeUnitMetadata umd, int nlocalsplus, CodeFlags flags)
    {
        var names = new string[nlocalsplus];
        var kinds = new LocalKind[nlocalsplus];
        int nlocals = umd.VarNames.Count;
        int posonly = umd.PosOnlyArgCount;
        int args = umd.ArgCount + posonly;
        int kwonly = umd.KwOnlyArgCount;
        for (int i = 0; i < nlocals; i++)
        {
            var name = umd.VarNames.Names[i];
            var kind = LocalKind.Local;
            if (i < posonly)
            {
                kind |= LocalKind.ArgPositional;
            }
            else if (i < args)
            {
                kind |= LocalKind.ArgPositional | LocalKind.ArgKeyword;
            }
            else if (i < args + kwonly)
            {
                kind |= LocalKind.ArgKeyword;
            }
            else if (i < args + kwonly + ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((flags & CodeFlags.VarKeywords) != 0 ? 1 : 0))
            {
                kind |= LocalKind.ArgVar;
            }

            if (umd.FastHidden.ContainsKey(name))
            {
                kind |= LocalKind.Hidden;
            }

            if (umd.CellVars.Contains(name))
            {
                kind |= LocalKind.Cell;
            }

            names[i] = name;
            kinds[i] = kind;
        }

        int dropped = 0;
        for (int i = 0; i < umd.CellVars.Count; i++)
        {
            var name = umd.CellVars.Names[i];
            if (umd.VarNames.Contains(name))
            {
                dropped++;
                continue;
            }

            names[nlocals + i - dropped] = name;
            kinds[nlocals + i - dropped] = LocalKind.Cell;
        }

        int ncells = umd.CellVars.Count;
        for (int i = 0; i < umd.FreeVars.Count; i++)
        {
            names[nlocals + ncells + i - dropped] = umd.FreeVars.Names[i];
            kinds[nlocals + ncells + i - dropped] = LocalKind.Free;
        }

        return ([.. names], [.. kinds]);
    }
}
