namespace ProtoPython.Compiler.Tokenizer;

/// <summary>
/// One token. Positions follow CPython: lines are 1-based, columns are 0-based UTF-8 byte
/// offsets within the line (what <c>ast</c> reports). <see cref="Start"/>/<see cref="End"/>
/// are UTF-16 indexes into the decoded source, for slicing and for error offsets in characters.
/// </summary>
/// <param name="Kind">Exact kind; keywords are <see cref="TokenKind.Name"/> tokens (the parser decides).</param>
/// <param name="Text">The token's source text (for STRING the whole literal with prefix and quotes;
/// for FSTRING_MIDDLE the literal part with <c>{{</c>/<c>}}</c> already collapsed to one brace).</param>
public readonly record struct Token(
    TokenKind Kind,
    string Text,
    int Lineno,
    int ColOffset,
    int EndLineno,
    int EndColOffset,
    int Start,
    int End);
