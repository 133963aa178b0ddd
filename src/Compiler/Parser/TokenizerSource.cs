using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>The tokenizer as the parser's token source.</summary>
internal sealed class TokenizerSource(Tokenizer.Tokenizer tokenizer) : ITokenSource
{
    public bool InFormatString => tokenizer.InFormatString;

    public (char Bracket, int Lineno, int Column)? InnermostOpenBracket => tokenizer.InnermostOpenBracket;

    public Token Next() => tokenizer.Next();
}
