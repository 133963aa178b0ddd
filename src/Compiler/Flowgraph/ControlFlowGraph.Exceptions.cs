using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    private const int ResumeAtFuncStart = 0;
    private const int ResumeOpargDepth1Mask = 4;

    private void TranslateJumpLabelsToTargets()
    {
        var map = new Dictionary<int, BasicBlock>();
        foreach (var b in Blocks)
        {
            if (b.Label >= 0)
            {
                map[b.Label] = b;
            }
        }

        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeFacts.HasTarget(instr.Op))
                {
                    instr.Target = map[instr.Arg];
                }
            }
        }
    }

    private void MarkExceptHandlers()
    {
        foreach (var b in Blocks)
        {
            for (int i = 0; i < b.Count; i++)
            {
                if (OpcodeFacts.IsBlockPush(b[i].Op))
                {
                    b[i].Target!.ExceptHandler = true;
                }
            }
        }
    }

    private static BasicBlock PushExceptBlock(ExceptStack stack, in CfgInstr setup)
    {
        var target = setup.Target!;
        if (setup.Op is Opcode.SetupWith or Opcode.SetupCleanup)
        {
            target.PreserveLasti = true;
        }

        return stack.Push(target);
    }

    /// <summary>
    /// Walks the graph with a stack of active handlers (pushed by SETUP_*, popped by POP_BLOCK)
    /// and records on every instruction the handler an exception there would go to.
    /// </summary>
    private void LabelExceptionTargets()
    {
        var todo = TraversalStack();
        var exceptStack = new ExceptStack();
        Entry.Visited = true;
        Entry.ExceptStack = exceptStack;
        todo.Push(Entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            ExceptStack? stack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = stack.Top;
            int lastYieldExceptDepth = -1;
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeFacts.IsBlockPush(instr.Op))
                {
                    if (!instr.Target!.Visited)
                    {
                        instr.Target.ExceptStack = stack!.Copy();
                        instr.Target.Visited = true;
                        todo.Push(instr.Target);
                    }

                    handler = PushExceptBlock(stack!, instr);
                }
                else if (instr.Op == Opcode.PopBlock)
                {
                    handler = stack!.Pop();
                    instr.SetNop();
                }
                else if (OpcodeFacts.IsJump(instr.Op))
                {
                    instr.Except = handler;
                    if (!instr.Target!.Visited)
                    {
                        if (b.HasFallthrough)
                        {
                            instr.Target.ExceptStack = stack!.Copy();
                        }
                        else
                        {
                            instr.Target.ExceptStack = stack;
                            stack = null;
                        }

                        instr.Target.Visited = true;
                        todo.Push(instr.Target);
                    }
                }
                else if (instr.Op == Opcode.YieldValue)
                {
                    instr.Except = handler;
                    lastYieldExceptDepth = stack!.Depth;
                }
                else if (instr.Op == Opcode.Resume)
                {
                    instr.Except = handler;
                    if (instr.Arg != ResumeAtFuncStart)
                    {
                        if (lastYieldExceptDepth == 1)
                        {
                            instr.Arg |= ResumeOpargDepth1Mask;
                        }

                        lastYieldExceptDepth = -1;
                    }
                }
                else
                {
                    instr.Except = handler;
                }
            }

            if (b.HasFallthrough && b.Next is { Visited: false } next)
            {
                next.ExceptStack = stack;
                next.Visited = true;
                todo.Push(next);
            }
        }
    }
}
