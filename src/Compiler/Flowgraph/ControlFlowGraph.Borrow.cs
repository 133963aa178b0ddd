using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    private const int NotLocal = -1;
    private const int DummyInstr = -1;

    private const byte SupportKilled = 1;
    private const byte StoredAsLocal = 2;
    private const byte RefUnconsumed = 4;

    private readonly record struct StackRef(int Instr, int Local);

    private static void KillLocal(byte[] flags, List<StackRef> refs, int local)
    {
        foreach (var r in refs)
        {
            if (r.Local == local)
            {
                flags[r.Instr] |= SupportKilled;
            }
        }
    }

    private static void StoreLocal(byte[] flags, List<StackRef> refs, int local, StackRef r)
    {
        KillLocal(flags, refs, local);
        if (r.Instr != DummyInstr)
        {
            flags[r.Instr] |= StoredAsLocal;
        }
    }

    private static StackRef Pop(List<StackRef> refs)
    {
        var r = refs[^1];
        refs.RemoveAt(refs.Count - 1);
        return r;
    }

    private static void LoadFastPushBlock(Stack<BasicBlock> sp, BasicBlock target)
    {
        if (!target.Visited)
        {
            target.Visited = true;
            sp.Push(target);
        }
    }

    /// <summary>
    /// 3.14's borrow analysis: a LOAD_FAST(_LOAD_FAST) whose pushed reference is consumed
    /// before its local can be overwritten, is not stored into a local and does not survive the
    /// block becomes LOAD_FAST_BORROW(_LOAD_FAST_BORROW). Abstract interpretation per block.
    /// </summary>
    private void OptimizeLoadFast()
    {
        int maxInstrs = 0;
        foreach (var b in Blocks)
        {
            maxInstrs = Math.Max(maxInstrs, b.Count);
        }

        var flags = new byte[maxInstrs];
        var refs = new List<StackRef>();
        var sp = TraversalStack();
        Entry.StartDepth = 0;
        Entry.Visited = true;
        sp.Push(Entry);
        while (sp.Count > 0)
        {
            var block = sp.Pop();
            Array.Clear(flags, 0, block.Count);
            refs.Clear();
            for (int i = 0; i < block.StartDepth; i++)
            {
                refs.Add(new StackRef(DummyInstr, NotLocal));
            }

            for (int i = 0; i < block.Count; i++)
            {
                ref var instr = ref block[i];
                var opcode = instr.Op;
                int oparg = instr.Arg;
                switch (opcode)
                {
                    case Opcode.LoadFast:
                        refs.Add(new StackRef(i, oparg));
                        break;
                    case Opcode.LoadFastAndClear:
                        KillLocal(flags, refs, oparg);
                        refs.Add(new StackRef(i, oparg));
                        break;
                    case Opcode.LoadFastLoadFast:
                        refs.Add(new StackRef(i, oparg >> 4));
                        refs.Add(new StackRef(i, oparg & 15));
                        break;
                    case Opcode.DeleteFast:
                        KillLocal(flags, refs, oparg);
                        break;
                    case Opcode.StoreFast:
                        StoreLocal(flags, refs, oparg, Pop(refs));
                        break;
                    case Opcode.StoreFastLoadFast:
                        StoreLocal(flags, refs, oparg >> 4, Pop(refs));
                        refs.Add(new StackRef(i, oparg & 15));
                        break;
                    case Opcode.StoreFastStoreFast:
                        StoreLocal(flags, refs, oparg >> 4, Pop(refs));
                        StoreLocal(flags, refs, oparg & 15, Pop(refs));
                        break;
                    case Opcode.Copy:
                        {
                            var r = refs[refs.Count - oparg];
                            refs.Add(r);
                            break;
                        }

                    case Opcode.Swap:
                        {
                            int idx = refs.Count - oparg;
                            (refs[idx], refs[^1]) = (refs[^1], refs[idx]);
                            break;
                        }

                    // Consume nothing, push the rest.
                    case Opcode.GetAnext or Opcode.GetLen or Opcode.ImportFrom or Opcode.MatchKeys or Opcode.GetYieldFromIter
                        or Opcode.MatchMapping or Opcode.MatchSequence or Opcode.WithExceptStart or Opcode.FormatSimple:
                        {
                            int netPushed = OpcodeFacts.Pushed(opcode, oparg) - OpcodeFacts.Popped(opcode, oparg);
                            for (int k = 0; k < netPushed; k++)
                            {
                                // CPython records the loop counter here, not the instruction index.
                                refs.Add(new StackRef(k, NotLocal));
                            }

                            break;
                        }

                    // Consume some inputs, push nothing new.
                    case Opcode.DictMerge or Opcode.DictUpdate or Opcode.ListAppend or Opcode.ListExtend
                        or Opcode.MapAdd or Opcode.Reraise or Opcode.SetAdd or Opcode.SetUpdate:
                        {
                            int netPopped = OpcodeFacts.Popped(opcode, oparg) - OpcodeFacts.Pushed(opcode, oparg);
                            for (int k = 0; k < netPopped; k++)
                            {
                                Pop(refs);
                            }

                            break;
                        }

                    case Opcode.CheckExcMatch:
                        Pop(refs);
                        refs.Add(new StackRef(i, NotLocal));
                        break;
                    case Opcode.ForIter:
                        LoadFastPushBlock(sp, instr.Target!);
                        refs.Add(new StackRef(i, NotLocal));
                        break;
                    case Opcode.LoadAttr or Opcode.LoadSuperAttr or Opcode.LoadSpecial:
                        {
                            var self = Pop(refs);
                            if (opcode == Opcode.LoadSuperAttr)
                            {
                                Pop(refs);
                                Pop(refs);
                            }

                            refs.Add(new StackRef(i, NotLocal));
                            if ((oparg & 1) != 0 || opcode == Opcode.LoadSpecial)
                            {
                                // A method call: self goes back on the stack.
                                refs.Add(self);
                            }

                            break;
                        }

                    case Opcode.Send:
                        LoadFastPushBlock(sp, instr.Target!);
                        Pop(refs);
                        refs.Add(new StackRef(i, NotLocal));
                        break;
                    default:
                        {
                            int popped = OpcodeFacts.Popped(opcode, oparg);
                            int pushed = OpcodeFacts.Pushed(opcode, oparg);
                            if (OpcodeFacts.HasTarget(opcode))
                            {
                                LoadFastPushBlock(sp, instr.Target!);
                            }

                            if (!OpcodeFacts.IsBlockPush(opcode))
                            {
                                for (int k = 0; k < popped; k++)
                                {
                                    Pop(refs);
                                }

                                for (int k = 0; k < pushed; k++)
                                {
                                    refs.Add(new StackRef(i, NotLocal));
                                }
                            }

                            break;
                        }
                }
            }

            if (block.Count > 0 && block.Next is not null
                && !(OpcodeFacts.IsUnconditionalJump(block.Last.Op) || OpcodeFacts.IsScopeExit(block.Last.Op)))
            {
                LoadFastPushBlock(sp, block.Next);
            }

            foreach (var r in refs)
            {
                if (r.Instr != -1)
                {
                    flags[r.Instr] |= RefUnconsumed;
                }
            }

            for (int i = 0; i < block.Count; i++)
            {
                if (flags[i] == 0)
                {
                    ref var instr = ref block[i];
                    if (instr.Op == Opcode.LoadFast)
                    {
                        instr.Op = Opcode.LoadFastBorrow;
                    }
                    else if (instr.Op == Opcode.LoadFastLoadFast)
                    {
                        instr.Op = Opcode.LoadFastBorrowLoadFastBorrow;
                    }
                }
            }
        }
    }
}
