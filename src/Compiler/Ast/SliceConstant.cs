namespace ProtoPython.Compiler.Ast;

/// <summary>
/// <c>slice(start, stop, step)</c> of constants: CPython 3.14's code generator loads a subscript
/// slice whose bounds are all constants as one LOAD_CONST.
/// </summary>
public sealed class SliceConstant : ConstantValue
{
    public SliceConstant(ConstantValue start, ConstantValue stop, ConstantValue step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public ConstantValue Start { get; }

    public ConstantValue Stop { get; }

    public ConstantValue Step { get; }

    public override ConstantKind Kind => ConstantKind.Slice;

    public override string TypeName => "slice";

    public override bool IsTrue => true;

    public override string Repr() => $"slice({Start.Repr()}, {Stop.Repr()}, {Step.Repr()})";

    public override bool Equals(ConstantValue? other) =>
        other is SliceConstant s && Start.Equals(s.Start) && Stop.Equals(s.Stop) && Step.Equals(s.Step);

    public override int GetHashCode() => HashCode.Combine(ConstantKind.Slice, Start, Stop, Step);
}
