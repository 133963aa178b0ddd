using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// What the parser needs from the tokenizer: significant tokens one at a time (no NL, COMMENT),
/// pulled lazily as pegen does, because a tokenizer error is only reported if the parser gets
/// that far. Tokenizer errors (including "unexpected EOF while parsing" and "'(' was never
/// closed" at end of input) are thrown as <see cref="Diagnostics.PythonSyntaxError"/>.
/// </summary>
internal interface ITokenSource
{
    /// <summary>The next token; after ENDMARKER it keeps returning ENDMARKER.</summary>
    Token Next();

    /// <summary>True while the tokenizer is inside an f-string or t-string (pegen's
    /// <c>tok_mode_stack_index &gt; 0</c>), which decides whether a later tokenizer error may
    /// replace a parser error.</summary>
    bool InFormatString { get; }

    /// <summary>The innermost bracket still open (character, line, code-point column), or null.</summary>
    (char Bracket, int Lineno, int Column)? InnermostOpenBracket { get; }
}
