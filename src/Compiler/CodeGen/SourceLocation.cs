namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// The source range an instruction is attributed to, as CPython's <c>_Py_SourceLocation</c>:
/// 1-based lines, 0-based UTF-8 byte columns, -1 for "unknown".
/// </summary>
public readonly record struct SourceLocation(int Lineno, int ColOffset, int EndLineno, int EndColOffset)
{
    /// <summary>No location at all (<c>NO_LOCATION</c>): the instruction gets a "none" entry.</summary>
    public static SourceLocation None { get; } = new(-1, -1, -1, -1);

    /// <summary>
    /// CPython's <c>NEXT_LOCATION</c> marker (lineno -2): the line of the next instruction is
    /// taken during line propagation.
    /// </summary>
    public static SourceLocation Next { get; } = new(-2, -2, -2, -2);

    public bool IsNone => Lineno == -1;

    /// <summary>The same line span with no column information.</summary>
    public SourceLocation LineOnly => new(Lineno, -1, Lineno, -1);
}
