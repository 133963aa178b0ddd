using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>A jump target in an <see cref="InstructionSequence"/>.</summary>
public readonly record struct Label(int Id)
{
    public static Label None { get; } = new(-1);

    public bool IsValid => Id >= 0;
}

/// <summary>One instruction as the code generator emits it (jump opargs are label ids).</summary>
public struct Instruction
{
    public Opcode Op;
    public int Arg;
    public SourceLocation Loc;

    /// <summary>Exception handler info filled in by the flow graph for the assembler.</summary>
    public int HandlerLabel;
    public int HandlerStartDepth;
    public bool HandlerPreserveLasti;

    public Instruction(Opcode op, int arg, SourceLocation loc)
    {
        Op = op;
        Arg = arg;
        Loc = loc;
        HandlerLabel = -1;
        HandlerStartDepth = -1;
        HandlerPreserveLasti = false;
    }

    public override readonly string ToString() => $"{Op} {Arg} @{Loc.Lineno}";
}

/// <summary>
/// A flat list of instructions with labels (CPython's instruction_sequence.c): what the code
/// generator produces and what the assembler consumes. Labels map to instruction indexes.
/// </summary>
public sealed class InstructionSequence
{
    private readonly List<int> _labelMap = [];

    public List<Instruction> Instructions { get; } = [];

    /// <summary>
    /// Code for deferred annotations (PEP 649) that replaces the ANNOTATIONS_PLACEHOLDER of a
    /// module or class body once the whole body has been compiled.
    /// </summary>
    public InstructionSequence? Annotations { get; set; }

    public int Count => Instructions.Count;

    public Label NewLabel()
    {
        _labelMap.Add(-1);
        return new Label(_labelMap.Count - 1);
    }

    /// <summary>Binds <paramref name="label"/> to the next instruction.</summary>
    public void UseLabel(Label label) => _labelMap[label.Id] = Instructions.Count;

    public void Add(Opcode op, int arg, SourceLocation loc) => Instructions.Add(new Instruction(op, arg, loc));

    /// <summary>Inserts an instruction; labels bound at or after <paramref name="pos"/> move with it.</summary>
    public void Insert(int pos, Instruction instr)
    {
        Instructions.Insert(pos, instr);
        for (int i = 0; i < _labelMap.Count; i++)
        {
            if (_labelMap[i] >= pos)
            {
                _labelMap[i]++;
            }
        }
    }

    /// <summary>The instruction index a label was bound to.</summary>
    public int LabelTarget(int labelId) => _labelMap[labelId];

    /// <summary>Replaces label ids in jump opargs by instruction indexes.</summary>
    public void ApplyLabelMap()
    {
        for (int i = 0; i < Instructions.Count; i++)
        {
            var instr = Instructions[i];
            if (Flowgraph.OpcodeFacts.HasTarget(instr.Op))
            {
                instr.Arg = _labelMap[instr.Arg];
            }

            if (instr.HandlerLabel >= 0)
            {
                instr.HandlerLabel = _labelMap[instr.HandlerLabel];
            }

            Instructions[i] = instr;
        }

        _labelMap.Clear();
    }
}
