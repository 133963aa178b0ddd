namespace ProtoPython.Compiler.Diagnostics;

/// <summary>The Python exception class a front-end error maps to.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
    /// <summary>CPython's <c>_IncompleteInputError</c> (codeop's "more input needed").</summary>
    IncompleteInput,
}

/// <summary>
/// A SyntaxError raised by the front end. This is one of the cold paths where a .NET exception
/// is allowed (ARCHITECTURE §4): the runtime converts it to a Python SyntaxError at the
/// <c>compile()</c> boundary. Offsets are 1-based and count characters (code points), as
/// CPython's <c>SyntaxError.offset</c> does; 0 means unknown.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(
        SyntaxErrorKind kind, string msg, string filename,
        int lineno, int offset, int endLineno, int endOffset, string? text)
        : base(msg)
    {
        Kind = kind;
        Msg = msg;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    public SyntaxErrorKind Kind { get; }

    /// <summary>The message exactly as CPython words it (<c>SyntaxError.msg</c>).</summary>
    public string Msg { get; }

    public string Filename { get; }

    public int Lineno { get; }

    public int Offset { get; }

    public int EndLineno { get; }

    public int EndOffset { get; }

    /// <summary>The source line the error is on, as <c>SyntaxError.text</c>.</summary>
    public string? Text { get; }

    /// <summary>The Python class name: <c>SyntaxError</c>, <c>IndentationError</c>, ...</summary>
    public string TypeName => Kind switch
    {
        SyntaxErrorKind.IndentationError => "IndentationError",
        SyntaxErrorKind.TabError => "TabError",
        SyntaxErrorKind.IncompleteInput => "_IncompleteInputError",
        _ => "SyntaxError",
    };

    public override string ToString() =>
        $"{TypeName}: {Msg} ({Filename}, line {Lineno}, offset {Offset})";
}
