namespace ProtoPython.Compiler.Tokenizer;

/// <summary>PEP 484 type comments, tokenized only when asked for (<c>ast.parse(type_comments=True)</c>).</summary>
public sealed partial class Tokenizer
{
    /// <summary>
    /// After a comment was read (its <c>\n</c>, if any, consumed as <paramref name="c"/>): a
    /// TYPE_COMMENT or TYPE_IGNORE token when it starts with "# type:" (each space in that prefix
    /// standing for any run of spaces and tabs), else null.
    /// </summary>
    private Token? TypeComment(int start, int c, bool blankline)
    {
        const string prefix = "# type: ";
        int commentEnd = c == '\n' ? _pos - 1 : _pos;
        int p = start;
        foreach (char want in prefix)
        {
            if (want == ' ')
            {
                while (p < commentEnd && _s[p] is ' ' or '\t')
                {
                    p++;
                }
            }
            else if (p < commentEnd && _s[p] == want)
            {
                p++;
            }
            else
            {
                return null;
            }
        }

        Backup(c);
        int ignoreEnd = p + 6;
        bool isIgnore = commentEnd >= ignoreEnd
            && _s.AsSpan(p, 6).SequenceEqual("ignore")
            && !(commentEnd > ignoreEnd && (_s[ignoreEnd] >= 128 || char.IsAsciiLetterOrDigit(_s[ignoreEnd])));
        if (!isIgnore)
        {
            MarkStart(p);
            return Make(TokenKind.TypeComment, p, _pos);
        }

        MarkStart(ignoreEnd);
        if (blankline && c == '\n')
        {
            // A type: ignore alone on its line takes the newline with it (its tag is then "\n").
            _pos++;
            _atBol = true;
            return new Token(TokenKind.TypeIgnore, _s.Substring(ignoreEnd, _pos - ignoreEnd), _tokLine, _tokCol, _tokLine,
                ByteCol(_pos - 1) + 1, ignoreEnd, _pos);
        }

        return Make(TokenKind.TypeIgnore, ignoreEnd, _pos);
    }
}
