using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Operators, delimiters and bracket matching.</summary>
public sealed partial class Tokenizer
{
    private Token Operator(int c, int start)
    {
        ref var mode = ref _modes[_modeIndex];
        bool inFString = _modeIndex > 0;
        if (c == ':' && inFString && mode.ExprStartDepth >= 0 && mode.CurlyDepth - 1 == mode.ExprStartDepth)
        {
            mode.InLiteralPart = true;
            mode.InFormatSpec = true;
            return MakeOp(TokenKind.Colon, ":", start);
        }

        int c2 = Peek();
        var (kind2, text2) = TwoCharOperator(c, c2);
        if (text2 is not null)
        {
            _pos++;
            int c3 = Peek();
            var (kind3, text3) = ThreeCharOperator(c, c2, c3);
            if (text3 is not null)
            {
                _pos++;
                return MakeOp(kind3, text3, start);
            }

            return MakeOp(kind2, text2, start);
        }

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                {
                    throw ErrorAtCursor("too many nested parentheses");
                }

                _parenStack[_level] = (char)c;
                _parenLine[_level] = _line;
                _parenCol[_level] = _lineAscii ? start - _lineStart : SourceText.CodePointCount(_s.AsSpan(_lineStart, start - _lineStart));
                _level++;
                if (inFString)
                {
                    mode.CurlyDepth++;
                }

                break;
            case ')':
            case ']':
            case '}':
                CloseBracket((char)c, ref mode, inFString);
                break;
        }

        if (c < 128 && (c < 32 || c == 127))
        {
            throw ErrorAtCursor($"invalid non-printable character U+{c:X4}");
        }

        if (c == '=' && mode.ExprStartDepth >= 0)
        {
            mode.Debug = true;
        }

        var kind = OneCharOperator(c);
        return kind == TokenKind.Op
            ? Make(TokenKind.Op, start, _pos)
            : MakeOp(kind, s_oneCharText[c], start);
    }

    private void CloseBracket(char c, ref FStringMode mode, bool inFString)
    {
        if (inFString && mode.CurlyDepth == 0 && c == '}')
        {
            throw ErrorAtCursor($"{mode.Letter}-string: single '}}' is not allowed");
        }

        if (!_extraTokens && _level == 0)
        {
            throw ErrorAtCursor($"unmatched '{c}'");
        }

        if (_level > 0)
        {
            _level--;
            char opening = _parenStack[_level];
            bool matches = (opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}');
            if (!_extraTokens && !matches)
            {
                if (inFString && opening == '{' && mode.CurlyDepth - 1 == mode.ExprStartDepth)
                {
                    throw ErrorAtCursor($"{mode.Letter}-string: unmatched '{c}'");
                }

                throw ErrorAtCursor(_parenLine[_level] != _line
                    ? $"closing parenthesis '{c}' does not match opening parenthesis '{opening}' on line {_parenLine[_level]}"
                    : $"closing parenthesis '{c}' does not match opening parenthesis '{opening}'");
            }
        }

        if (inFString)
        {
            mode.CurlyDepth--;
            if (mode.CurlyDepth < 0)
            {
                throw ErrorAtCursor($"{mode.Letter}-string: unmatched '{c}'");
            }

            if (c == '}' && mode.CurlyDepth == mode.ExprStartDepth)
            {
                mode.ExprStartDepth--;
                mode.InLiteralPart = true;
                mode.InFormatSpec = false;
                mode.Debug = false;
            }
        }
    }

    private static readonly string[] s_oneCharText = BuildOneCharText();

    private static string[] BuildOneCharText()
    {
        var table = new string[128];
        for (int i = 0; i < 128; i++)
        {
            table[i] = ((char)i).ToString();
        }

        return table;
    }

    private static TokenKind OneCharOperator(int c) => c switch
    {
        '!' => TokenKind.Exclamation,
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.LSqb,
        ']' => TokenKind.RSqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        _ => TokenKind.Op,
    };

    private static (TokenKind Kind, string? Text) TwoCharOperator(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => (TokenKind.NotEqual, "!="),
        ('%', '=') => (TokenKind.PercentEqual, "%="),
        ('&', '=') => (TokenKind.AmperEqual, "&="),
        ('*', '*') => (TokenKind.DoubleStar, "**"),
        ('*', '=') => (TokenKind.StarEqual, "*="),
        ('+', '=') => (TokenKind.PlusEqual, "+="),
        ('-', '=') => (TokenKind.MinEqual, "-="),
        ('-', '>') => (TokenKind.RArrow, "->"),
        ('/', '/') => (TokenKind.DoubleSlash, "//"),
        ('/', '=') => (TokenKind.SlashEqual, "/="),
        (':', '=') => (TokenKind.ColonEqual, ":="),
        ('<', '<') => (TokenKind.LeftShift, "<<"),
        ('<', '=') => (TokenKind.LessEqual, "<="),
        ('=', '=') => (TokenKind.EqEqual, "=="),
        ('>', '=') => (TokenKind.GreaterEqual, ">="),
        ('>', '>') => (TokenKind.RightShift, ">>"),
        ('@', '=') => (TokenKind.AtEqual, "@="),
        ('^', '=') => (TokenKind.CircumflexEqual, "^="),
        ('|', '=') => (TokenKind.VBarEqual, "|="),
        _ => (TokenKind.Op, null),
    };

    private static (TokenKind Kind, string? Text) ThreeCharOperator(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => (TokenKind.DoubleStarEqual, "**="),
        ('.', '.', '.') => (TokenKind.Ellipsis, "..."),
        ('/', '/', '=') => (TokenKind.DoubleSlashEqual, "//="),
        ('<', '<', '=') => (TokenKind.LeftShiftEqual, "<<="),
        ('>', '>', '=') => (TokenKind.RightShiftEqual, ">>="),
        _ => (TokenKind.Op, null),
    };
}
