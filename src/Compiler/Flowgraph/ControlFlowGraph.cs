using ProtoPython.Bytecode;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// The control-flow graph of one code unit (CPython's flowgraph.c): built from the code
/// generator's instruction sequence, optimized, and turned back into an instruction sequence
/// with resolved pseudo-instructions and exception handler info for the assembler.
/// </summary>
internal sealed partial class ControlFlowGraph
{
    /// <summary>Every block ever allocated (CPython's b_list), including detached ones.</summary>
    private readonly List<BasicBlock> _allBlocks = [];
    private BasicBlock _current;
    private int _currentLabel = -1;

    private ControlFlowGraph()
    {
        Entry = NewBlock();
        _current = Entry;
    }

    public BasicBlock Entry { get; }

    private BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        _allBlocks.Add(b);
        return b;
    }

    /// <summary>The blocks in layout order; foreach over it allocates nothing.</summary>
    public BlockChain Blocks => new(Entry);

    private bool CurrentBlockIsTerminated()
    {
        if (_current.Count > 0 && OpcodeFacts.IsTerminator(_current.Last.Op))
        {
            return true;
        }

        if (_currentLabel >= 0)
        {
            if (_current.Count > 0 || _current.Label >= 0)
            {
                return true;
            }

            // The current block is empty: it takes the label.
            _current.Label = _currentLabel;
            _currentLabel = -1;
        }

        return false;
    }

    private void MaybeStartNewBlock()
    {
        if (CurrentBlockIsTerminated())
        {
            var b = NewBlock();
            b.Label = _currentLabel;
            _currentLabel = -1;
            _current.Next = b;
            _current = b;
        }
    }

    private void UseLabel(int label)
    {
        _currentLabel = label;
        MaybeStartNewBlock();
    }

    private void Addop(Opcode op, int arg, SourceLocation loc)
    {
        MaybeStartNewBlock();
        _current.Add(op, arg, loc);
    }

    /// <summary>Builds the graph; jump opargs are instruction indexes turned into labels.</summary>
    public static ControlFlowGraph FromSequence(InstructionSequence seq)
    {
        seq.ApplyLabelMap();
        var instrs = seq.Instructions;

        var isTarget = new bool[instrs.Count + 1];
        foreach (var instr in instrs)
        {
            if (OpcodeFacts.HasTarget(instr.Op))
            {
                isTarget[instr.Arg] = true;
            }
        }

        var g = new ControlFlowGraph();
        for (int i = 0; i < instrs.Count; i++)
        {
            var instr = instrs[i];
            if (instr.Op == Opcode.AnnotationsPlaceholder)
            {
                // The module's deferred __annotate__ setup goes where the placeholder was
                // (right after RESUME); it has no jumps.
                if (seq.Annotations is { } annotations)
                {
                    foreach (var a in annotations.Instructions)
                    {
                        g.Addop(a.Op, a.Arg, a.Loc);
                    }
                }

                continue;
            }

            if (isTarget[i])
            {
                g.UseLabel(i);
            }

            g.Addop(instr.Op, instr.Arg, instr.Loc);
        }

        return g;
    }

    private int MaxLabel()
    {
        int max = -1;
        foreach (var b in Blocks)
        {
            max = Math.Max(max, b.Label);
        }

        return max;
    }

    private static BasicBlock? NextNonEmpty(BasicBlock? b)
    {
        while (b is not null && b.Count == 0)
        {
            b = b.Next;
        }

        return b;
    }

    /// <summary>Marks every block unvisited and returns an empty work stack sized for all blocks.</summary>
    private Stack<BasicBlock> TraversalStack()
    {
        int n = 0;
        foreach (var b in Blocks)
        {
            b.Visited = false;
            n++;
        }

        return new Stack<BasicBlock>(n);
    }

    /// <summary>
    /// Flattens the graph into a sequence: labels are block numbers, and each instruction
    /// carries its exception handler's label, start depth and lasti flag.
    /// </summary>
    public InstructionSequence ToSequence()
    {
        int lbl = 0;
        foreach (var b in Blocks)
        {
            b.Label = lbl++;
        }

        int total = 0;
        foreach (var b in Blocks)
        {
            total += b.Count;
        }

        var seq = new InstructionSequence();
        seq.Instructions.Capacity = total;
        var labels = new List<Label>(lbl);
        for (int i = 0; i < lbl; i++)
        {
            labels.Add(seq.NewLabel());
        }

        foreach (var b in Blocks)
        {
            seq.UseLabel(labels[b.Label]);
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeFacts.HasTarget(instr.Op))
                {
                    instr.Arg = instr.Target!.Label;
                }

                var outInstr = new Instruction(instr.Op, instr.Arg, instr.Loc);
                if (instr.Except is { } handler)
                {
                    outInstr.HandlerLabel = handler.Label;
                    outInstr.HandlerStartDepth = handler.StartDepth;
                    outInstr.HandlerPreserveLasti = handler.PreserveLasti;
                }

                seq.Instructions.Add(outInstr);
            }
        }

        seq.ApplyLabelMap();
        return seq;
    }
}
