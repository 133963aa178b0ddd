using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>INDENT/DEDENT: columns with tab size 8, checked against tab size 1 for consistency.</summary>
public sealed partial class Tokenizer
{
    /// <summary>Measures the indentation at the start of a line; returns whether the line is blank or comment-only.</summary>
    private bool MeasureIndentation()
    {
        int col = 0, altcol = 0, contLineCol = 0;
        int c;
        while (true)
        {
            c = NextChar();
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altcol++;
            }
            else if (c == '\f')
            {
                col = altcol = 0;
            }
            else if (c == '\\')
            {
                // Indentation cannot be split over lines with backslashes: the first one found
                // decides the level of what follows.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                ContinuationLine();
            }
            else
            {
                break;
            }
        }

        Backup(c);
        bool blankline = c is '#' or '\n';
        if (blankline || _level != 0)
        {
            return blankline;
        }

        if (contLineCol != 0)
        {
            col = altcol = contLineCol;
        }

        if (col == _indStack[_indent])
        {
            if (altcol != _altIndStack[_indent])
            {
                throw IndentLevelError(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation");
            }
        }
        else if (col > _indStack[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                throw IndentLevelError(SyntaxErrorKind.IndentationError, "too many levels of indentation");
            }

            if (altcol <= _altIndStack[_indent])
            {
                throw IndentLevelError(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation");
            }

            _pendin++;
            _indent++;
            _indStack[_indent] = col;
            _altIndStack[_indent] = altcol;
        }
        else
        {
            while (_indent > 0 && col < _indStack[_indent])
            {
                _pendin--;
                _indent--;
            }

            if (col != _indStack[_indent])
            {
                throw EofError("unindent does not match any outer indentation level", SyntaxErrorKind.IndentationError);
            }

            if (altcol != _altIndStack[_indent])
            {
                throw IndentLevelError(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation");
            }
        }

        return false;
    }

    private Token PendingIndentToken()
    {
        bool atEof = _pos >= _len;
        int line = atEof && _extraTokens ? _line + 1 : _tokLine;
        int col = atEof ? 0 : _tokCol;
        if (_pendin < 0)
        {
            _pendin++;
            int dedentCol = _extraTokens ? col : -1;
            return new Token(TokenKind.Dedent, "", line, dedentCol, line, dedentCol, _pos, _pos);
        }

        _pendin--;
        if (!_extraTokens)
        {
            return new Token(TokenKind.Indent, "", line, -1, line, -1, _pos, _pos);
        }

        return new Token(TokenKind.Indent, _s.Substring(_tokLineStart, _pos - _tokLineStart), line, 0, line, col, _tokLineStart, _pos);
    }
}
