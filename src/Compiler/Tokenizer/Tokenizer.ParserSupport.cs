namespace ProtoPython.Compiler.Tokenizer;

/// <summary>State the parser consults for pegen's error precedence rules.</summary>
public sealed partial class Tokenizer
{
    /// <summary>True while inside an f-string or t-string (CPython's <c>tok_mode_stack_index &gt; 0</c>).</summary>
    internal bool InFormatString => _modeIndex > 0;

    /// <summary>The innermost open bracket (character, line, code-point column), or null at level 0.</summary>
    internal (char Bracket, int Lineno, int Column)? InnermostOpenBracket =>
        _level > 0 ? (_parenStack[_level - 1], _parenLine[_level - 1], _parenCol[_level - 1]) : null;
}
