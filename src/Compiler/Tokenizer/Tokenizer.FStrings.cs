namespace ProtoPython.Compiler.Tokenizer;

/// <summary>
/// f-strings and t-strings (PEP 701/750). Each open literal pushes a mode; the mode is either
/// in its literal part (FSTRING_MIDDLE scanning) or in a replacement field, where the normal
/// lexer runs and watches the brace depth to come back.
/// </summary>
public sealed partial class Tokenizer
{
    private const int MaxFStringLevel = 150;
    private const int MaxExprNesting = 3;

    private FStringMode[] _modes;
    private int _modeIndex;

    private struct FStringMode
    {
        /// <summary>Scanning the literal part (CPython's TOK_FSTRING_MODE) rather than an expression.</summary>
        public bool InLiteralPart;
        public char Quote;
        public int QuoteSize;
        public bool Raw;
        public bool IsTemplate;
        public int Start;
        public int StartLine;
        public int StartLineStart;

        /// <summary>Open brackets of any kind inside the current replacement fields.</summary>
        public int CurlyDepth;

        /// <summary>Depth of the replacement field being read; -1 outside any.</summary>
        public int ExprStartDepth;
        public bool InFormatSpec;
        public bool Debug;

        public readonly char Letter => IsTemplate ? 't' : 'f';
    }

    private Token FStringStart(int quote, int start, bool raw, bool template)
    {
        int quoteSize = 1;
        int afterQuote = NextChar();
        if (afterQuote == quote)
        {
            int afterAfter = NextChar();
            if (afterAfter == quote)
            {
                quoteSize = 3;
            }
            else
            {
                Backup(afterAfter);
                Backup(afterQuote);
            }
        }
        else
        {
            Backup(afterQuote);
        }

        if (_modeIndex + 1 >= MaxFStringLevel)
        {
            throw ErrorAtCursor("too many nested f-strings or t-strings");
        }

        if (_modeIndex + 1 >= _modes.Length)
        {
            Array.Resize(ref _modes, _modes.Length * 2);
        }

        _modeIndex++;
        _modes[_modeIndex] = new FStringMode
        {
            InLiteralPart = true,
            Quote = (char)quote,
            QuoteSize = quoteSize,
            Raw = raw,
            IsTemplate = template,
            Start = start,
            StartLine = _tokLine,
            StartLineStart = _tokLineStart,
            CurlyDepth = 0,
            ExprStartDepth = -1,
        };
        return Make(template ? TokenKind.TStringStart : TokenKind.FStringStart, start, _pos);
    }

    private Token NextInFString()
    {
        ref var mode = ref _modes[_modeIndex];
        int start = _pos;
        MarkStart(start);
        int c = NextChar();
        if (c == '{')
        {
            int peek = NextChar();
            Backup(peek);
            Backup(c);
            if (peek != '{')
            {
                EnterReplacementField(ref mode);
                return NextNormal();
            }
        }
        else
        {
            Backup(c);
        }

        for (int i = 0; i < mode.QuoteSize; i++)
        {
            int q = NextChar();
            if (q != mode.Quote)
            {
                Backup(q);
                goto middle;
            }
        }

        var kind = mode.IsTemplate ? TokenKind.TStringEnd : TokenKind.FStringEnd;
        _modeIndex--;
        return Make(kind, start, _pos);

    middle:
        var middleKind = mode.IsTemplate ? TokenKind.TStringMiddle : TokenKind.FStringMiddle;
        int endQuoteSize = 0;
        bool unicodeEscape = false;
        while (endQuoteSize != mode.QuoteSize)
        {
            c = NextChar();
            bool inFormatSpec = mode.InFormatSpec && mode.ExprStartDepth >= 0;
            if (c == Eof || (mode.QuoteSize == 1 && c == '\n'))
            {
                if (inFormatSpec && c == '\n')
                {
                    throw ErrorAtCursor($"{mode.Letter}-string: newlines are not allowed in format specifiers for single quoted {mode.Letter}-strings");
                }

                // CPython marks only the triple-quoted case as ending at the end of input (E_EOFS).
                AtEndOfInput = c == Eof && mode.QuoteSize == 3;
                string msg = mode.QuoteSize == 3
                    ? $"unterminated triple-quoted {mode.Letter}-string literal (detected at line {_line})"
                    : $"unterminated {mode.Letter}-string literal (detected at line {_line})";
                throw ErrorAt(mode.StartLine, mode.StartLineStart, mode.Start + 1, msg);
            }

            if (c == mode.Quote)
            {
                endQuoteSize++;
                continue;
            }

            endQuoteSize = 0;
            if (c == '{')
            {
                int peek = NextChar();
                if (peek != '{' || inFormatSpec)
                {
                    Backup(peek);
                    Backup(c);
                    EnterReplacementField(ref mode);
                    mode.InFormatSpec = false;
                    return Make(middleKind, start, _pos);
                }

                return Make(middleKind, start, _pos - 1);
            }

            if (c == '}')
            {
                if (unicodeEscape)
                {
                    return Make(middleKind, start, _pos);
                }

                int peek = NextChar();
                if (peek == '}' && !inFormatSpec && mode.CurlyDepth == 0)
                {
                    return Make(middleKind, start, _pos - 1);
                }

                Backup(peek);
                Backup(c);
                mode.InLiteralPart = false;
                mode.InFormatSpec = false;
                return Make(middleKind, start, _pos);
            }

            if (c == '\\')
            {
                int peek = NextChar();
                if (peek is '{' or '}')
                {
                    if (!mode.Raw)
                    {
                        WarnInvalidEscape(new InvalidEscape(((char)peek).ToString(), Octal: false, Line: 0, Column: 0));
                    }

                    Backup(peek);
                    continue;
                }

                if (!mode.Raw && peek == 'N')
                {
                    int brace = NextChar();
                    if (brace == '{')
                    {
                        unicodeEscape = true;
                    }
                    else
                    {
                        Backup(brace);
                    }
                }
            }
        }

        _pos -= mode.QuoteSize;
        return Make(middleKind, start, _pos);
    }

    private void EnterReplacementField(ref FStringMode mode)
    {
        mode.ExprStartDepth++;
        if (mode.ExprStartDepth >= MaxExprNesting)
        {
            throw ErrorAtCursor($"{mode.Letter}-string: expressions nested too deeply");
        }

        mode.InLiteralPart = false;
    }
}
