using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    /// <summary>CPython's _PY_STACK_USE_GUIDELINE.</summary>
    private const int StackUseGuideline = 30;

    /// <summary>Lists and sets of at least this many constants become one constant.</summary>
    private const int MinConstSequenceSize = 3;

    private static ConstantValue GetConstValue(in CfgInstr instr, ConstantTable consts) =>
        instr.Op == Opcode.LoadSmallInt ? ConstantOps.Int(instr.Arg) : consts[instr.Arg];

    /// <summary>Turns <paramref name="instr"/> into LOAD_SMALL_INT or LOAD_CONST of <paramref name="value"/>.</summary>
    private static void MakeLoadConst(ref CfgInstr instr, ConstantValue value, ConstantTable consts)
    {
        if (ConstantOps.TryGetSmallInt(value, out int small))
        {
            instr.Set(Opcode.LoadSmallInt, small);
            return;
        }

        instr.Set(Opcode.LoadConst, consts.Add(value));
    }

    /// <summary>
    /// Collects the <paramref name="size"/> constant loads ending at <paramref name="start"/>,
    /// skipping NOPs; false if anything else is in the way.
    /// </summary>
    private static bool GetConstLoadingInstrs(BasicBlock bb, int start, int[] indexes, int size)
    {
        for (; start >= 0 && size > 0; start--)
        {
            var op = bb[start].Op;
            if (op == Opcode.Nop)
            {
                continue;
            }

            if (!OpcodeFacts.LoadsConst(op))
            {
                return false;
            }

            indexes[--size] = start;
        }

        return size == 0;
    }

    private static void NopOut(BasicBlock bb, int[] indexes, int size)
    {
        for (int i = 0; i < size; i++)
        {
            ref var instr = ref bb[indexes[i]];
            instr.SetNop();
            instr.Loc = SourceLocation.None;
        }
    }

    private static void FoldTupleOfConstants(BasicBlock bb, int i, ConstantTable consts)
    {
        int seqSize = bb[i].Arg;
        if (seqSize > StackUseGuideline)
        {
            return;
        }

        var indexes = new int[seqSize];
        if (!GetConstLoadingInstrs(bb, i - 1, indexes, seqSize))
        {
            return;
        }

        var items = new ConstantValue[seqSize];
        for (int k = 0; k < seqSize; k++)
        {
            items[k] = GetConstValue(bb[indexes[k]], consts);
        }

        NopOut(bb, indexes, seqSize);
        MakeLoadConst(ref bb[i], ConstantOps.Tuple(items), consts);
    }

    /// <summary>
    /// A list or set of more than 30 constants (built by BUILD_LIST/BUILD_SET 0 and one
    /// LIST_APPEND/SET_ADD per element) that is iterated or tested with <c>in</c>: one constant
    /// tuple or frozenset, as CPython 3.14.10 emits (observed with <c>dis</c>; the last
    /// LIST_APPEND/SET_ADD becomes the LOAD_CONST, without a location).
    /// </summary>
    private static void FoldBigConstSequenceForIteration(BasicBlock bb, int last, ConstantTable consts)
    {
        var appendOp = bb[last].Op;
        var buildOp = appendOp == Opcode.ListAppend ? Opcode.BuildList : Opcode.BuildSet;
        int constsFound = 0;
        bool expectAppend = false;
        for (int pos = last - 1; pos >= 0; pos--)
        {
            var op = bb[pos].Op;
            int oparg = bb[pos].Arg;
            if (op == Opcode.Nop)
            {
                continue;
            }

            if (op == buildOp && oparg == 0)
            {
                if (!expectAppend)
                {
                    return;
                }

                var items = new ConstantValue[constsFound];
                for (int newpos = last - 1; newpos >= pos; newpos--)
                {
                    ref var instr = ref bb[newpos];
                    if (instr.Op == Opcode.Nop)
                    {
                        continue;
                    }

                    if (OpcodeFacts.LoadsConst(instr.Op))
                    {
                        items[--constsFound] = GetConstValue(instr, consts);
                    }

                    instr.SetNop();
                    instr.Loc = SourceLocation.None;
                }

                var value = buildOp == Opcode.BuildList ? ConstantOps.Tuple(items) : ConstantOps.FrozenSet(items);
                MakeLoadConst(ref bb[last], value, consts);
                bb[last].Loc = SourceLocation.None; // CPython's LOAD_CONST here has no location of its own
                return;
            }

            if (expectAppend)
            {
                if (op != appendOp || oparg != 1)
                {
                    return;
                }
            }
            else
            {
                if (!OpcodeFacts.LoadsConst(op))
                {
                    return;
                }

                constsFound++;
            }

            expectAppend = !expectAppend;
        }
    }

    /// <summary>BUILD_LIST 0, (LOAD_CONST c, LIST_APPEND 1)*, CALL_INTRINSIC_1 LIST_TO_TUPLE → LOAD_CONST tuple.</summary>
    private static void FoldConstantIntrinsicListToTuple(BasicBlock bb, int i, ConstantTable consts)
    {
        int constsFound = 0;
        bool expectAppend = true;
        for (int pos = i - 1; pos >= 0; pos--)
        {
            var op = bb[pos].Op;
            int oparg = bb[pos].Arg;
            if (op == Opcode.Nop)
            {
                continue;
            }

            if (op == Opcode.BuildList && oparg == 0)
            {
                if (!expectAppend)
                {
                    return;
                }

                var items = new ConstantValue[constsFound];
                for (int newpos = i - 1; newpos >= pos; newpos--)
                {
                    ref var instr = ref bb[newpos];
                    if (instr.Op == Opcode.Nop)
                    {
                        continue;
                    }

                    if (OpcodeFacts.LoadsConst(instr.Op))
                    {
                        items[--constsFound] = GetConstValue(instr, consts);
                    }

                    instr.SetNop();
                    instr.Loc = SourceLocation.None;
                }

                MakeLoadConst(ref bb[i], ConstantOps.Tuple(items), consts);
                return;
            }

            if (expectAppend)
            {
                if (op != Opcode.ListAppend || oparg != 1)
                {
                    return;
                }
            }
            else
            {
                if (!OpcodeFacts.LoadsConst(op))
                {
                    return;
                }

                constsFound++;
            }

            expectAppend = !expectAppend;
        }
    }

    /// <summary>
    /// Constant lists/sets used for iteration or <c>in</c> become a tuple/frozenset constant;
    /// other constant lists/sets of 3+ items become BUILD_x 0, LOAD_CONST, LIST_EXTEND/SET_UPDATE.
    /// A non-constant list iterated or tested becomes a tuple.
    /// </summary>
    private static void OptimizeListsAndSets(BasicBlock bb, int i, Opcode? nextop, ConstantTable consts)
    {
        ref var instr = ref bb[i];
        bool containsOrIter = nextop is Opcode.GetIter or Opcode.ContainsOp;
        int seqSize = instr.Arg;
        if (seqSize > StackUseGuideline || (seqSize < MinConstSequenceSize && !containsOrIter))
        {
            return;
        }

        var indexes = new int[seqSize];
        if (!GetConstLoadingInstrs(bb, i - 1, indexes, seqSize))
        {
            if (containsOrIter && instr.Op == Opcode.BuildList)
            {
                instr.Set(Opcode.BuildTuple, instr.Arg);
            }

            return;
        }

        var items = new ConstantValue[seqSize];
        for (int k = 0; k < seqSize; k++)
        {
            items[k] = GetConstValue(bb[indexes[k]], consts);
        }

        var result = instr.Op == Opcode.BuildSet ? ConstantOps.FrozenSet(items) : ConstantOps.Tuple(items);
        int index = consts.Add(result);
        NopOut(bb, indexes, seqSize);
        if (containsOrIter)
        {
            instr.Set(Opcode.LoadConst, index);
        }
        else
        {
            var build = instr.Op;
            bb[i - 2].Loc = instr.Loc;
            bb[i - 2].Set(build, 0);
            bb[i - 1].Set(Opcode.LoadConst, index);
            bb[i].Set(build == Opcode.BuildList ? Opcode.ListExtend : Opcode.SetUpdate, 1);
        }
    }

    private static void FoldConstBinOp(BasicBlock bb, int i, ConstantTable consts)
    {
        var indexes = new int[2];
        if (!GetConstLoadingInstrs(bb, i - 1, indexes, 2))
        {
            return;
        }

        var lhs = GetConstValue(bb[indexes[0]], consts);
        var rhs = GetConstValue(bb[indexes[1]], consts);
        if (!ConstantFolder.TryBinary(bb[i].Arg, lhs, rhs, out var result))
        {
            return;
        }

        NopOut(bb, indexes, 2);
        MakeLoadConst(ref bb[i], result, consts);
    }

    private static void FoldConstUnaryOp(BasicBlock bb, int i, ConstantTable consts)
    {
        var indexes = new int[1];
        if (!GetConstLoadingInstrs(bb, i - 1, indexes, 1))
        {
            return;
        }

        var operand = GetConstValue(bb[indexes[0]], consts);
        if (!ConstantFolder.TryUnary(bb[i].Op, operand, out var result))
        {
            return;
        }

        NopOut(bb, indexes, 1);
        MakeLoadConst(ref bb[i], result, consts);
    }

    private void OptimizeLoadConst(ConstantTable consts)
    {
        foreach (var b in Blocks)
        {
            OptimizeLoadConst(b, consts);
        }
    }

    /// <summary>
    /// LOAD_CONST of a small int becomes LOAD_SMALL_INT; a constant tested by a conditional
    /// jump decides the jump; <c>None is</c> tests become POP_JUMP_IF_(NOT_)NONE; a constant
    /// fed to TO_BOOL becomes the bool constant.
    /// </summary>
    private static void OptimizeLoadConst(BasicBlock bb, ConstantTable consts)
    {
        var opcode = Opcode.Nop;
        int oparg = 0;
        for (int i = 0; i < bb.Count; i++)
        {
            ref var inst = ref bb[i];
            if (inst.Op == Opcode.LoadConst && ConstantOps.TryGetSmallInt(consts[inst.Arg], out int small))
            {
                inst.Set(Opcode.LoadSmallInt, small);
            }

            bool isCopyOfLoadConst = opcode == Opcode.LoadConst && inst.Op == Opcode.Copy && inst.Arg == 1;
            if (!isCopyOfLoadConst)
            {
                opcode = inst.Op;
                oparg = inst.Arg;
            }

            if (opcode is not (Opcode.LoadConst or Opcode.LoadSmallInt))
            {
                continue;
            }

            if (i + 1 >= bb.Count)
            {
                continue;
            }

            var nextop = bb[i + 1].Op;
            var cnt = opcode == Opcode.LoadSmallInt ? ConstantOps.Int(oparg) : consts[oparg];
            switch (nextop)
            {
                case Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.JumpIfFalse or Opcode.JumpIfTrue:
                    {
                        bool isTrue = ConstantOps.IsTrue(cnt);
                        if (nextop is Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue)
                        {
                            inst.SetNop();
                        }

                        bool jumpIfTrue = nextop is Opcode.PopJumpIfTrue or Opcode.JumpIfTrue;
                        if (isTrue == jumpIfTrue)
                        {
                            bb[i + 1].Op = Opcode.Jump;
                        }
                        else
                        {
                            bb[i + 1].SetNop();
                        }

                        break;
                    }

                case Opcode.IsOp:
                    {
                        if (!ConstantOps.IsNone(cnt) || bb.Count <= i + 2)
                        {
                            break;
                        }

                        int jumpIndex = i + 2;
                        if (bb[jumpIndex].Op == Opcode.ToBool)
                        {
                            bb[jumpIndex].SetNop();
                            if (bb.Count <= i + 3)
                            {
                                break;
                            }

                            jumpIndex = i + 3;
                        }

                        bool invert = bb[i + 1].Arg != 0;
                        if (bb[jumpIndex].Op == Opcode.PopJumpIfFalse)
                        {
                            invert = !invert;
                        }
                        else if (bb[jumpIndex].Op != Opcode.PopJumpIfTrue)
                        {
                            break;
                        }

                        inst.SetNop();
                        bb[i + 1].SetNop();
                        bb[jumpIndex].Op = invert ? Opcode.PopJumpIfNotNone : Opcode.PopJumpIfNone;
                        break;
                    }

                case Opcode.ToBool:
                    {
                        bool isTrue = ConstantOps.IsTrue(cnt);
                        int index = consts.Add(ConstantOps.Bool(isTrue));
                        inst.SetNop();
                        bb[i + 1].Set(Opcode.LoadConst, index);
                        break;
                    }
            }
        }
    }

    /// <summary>Drops constants no instruction loads (index 0, a possible docstring, stays).</summary>
    private void RemoveUnusedConsts(ConstantTable consts)
    {
        int n = consts.Count;
        if (n == 0)
        {
            return;
        }

        var used = new bool[n];
        used[0] = true;
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                if (b[i].Op == Opcode.LoadConst)
                {
                    used[b[i].Arg] = true;
                }
            }
        }

        var kept = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (used[i])
            {
                kept.Add(i);
            }
        }

        if (kept.Count == n)
        {
            return;
        }

        var reverse = new int[n];
        for (int i = 0; i < kept.Count; i++)
        {
            reverse[kept[i]] = i;
        }

        consts.Compact(kept);
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                if (b[i].Op == Opcode.LoadConst)
                {
                    b[i].Arg = reverse[b[i].Arg];
                }
            }
        }
    }
}
