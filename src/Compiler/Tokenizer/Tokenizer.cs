using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>
/// Python 3.14's lexer: a lazy stream of <see cref="Token"/>s over decoded source, following
/// CPython's <c>Parser/lexer</c> (indentation, bracket tracking, f-/t-string modes, error texts
/// and positions). In the default mode it feeds the parser (no COMMENT/NL tokens, every lexical
/// check on); with <c>extraTokens</c> it behaves as the C tokenizer under the <c>tokenize</c>
/// module (COMMENT and NL tokens, NEWLINE/INDENT texts, and the checks that mode skips).
/// </summary>
public sealed partial class Tokenizer
{
    private const int Eof = -1;
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly string _s;
    private readonly int _len;

    /// <summary>Length of the real source; a final implicit <c>\n</c> may follow it in <see cref="_s"/>.</summary>
    private readonly int _textLength;
    private readonly bool _extraTokens;
    private readonly IWarningSink? _warnings;
    private readonly bool _typeComments;

    private readonly int[] _indStack = new int[MaxIndent];
    private readonly int[] _altIndStack = new int[MaxIndent];
    private int _indent;
    private int _pendin;
    private bool _atBol = true;
    private bool _commentNewline;
    private bool _finished;

    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenLine = new int[MaxLevel];
    private readonly int[] _parenCol = new int[MaxLevel];
    private int _level;

    /// <summary>Creates a tokenizer over already decoded source.</summary>
    /// <param name="extraTokens">The <c>tokenize</c> module's mode: COMMENT/NL tokens, lenient checks.</param>
    /// <param name="typeComments">Emit TYPE_COMMENT/TYPE_IGNORE for <c># type:</c> comments (PyCF_TYPE_COMMENTS).</param>
    public Tokenizer(SourceText source, string filename = "<string>", bool extraTokens = false, IWarningSink? warnings = null,
        bool typeComments = false)
    {
        _typeComments = typeComments;
        Source = source;
        Filename = filename;
        _extraTokens = extraTokens;
        _warnings = warnings;
        string text = source.Text;
        _textLength = text.Length;
        _s = text.Length > 0 && text[^1] != '\n' ? text + "\n" : text;
        _len = _s.Length;
        _modes = new FStringMode[4];
        _modes[0].ExprStartDepth = -1;
        _firstNul = text.IndexOf('\0');
    }

    /// <summary>Creates a tokenizer over source text (newlines are translated first).</summary>
    public Tokenizer(string source, string filename = "<string>", bool extraTokens = false, IWarningSink? warnings = null,
        bool typeComments = false)
        : this(new SourceText(source), filename, extraTokens, warnings, typeComments)
    {
    }

    public SourceText Source { get; }

    public string Filename { get; }

    /// <summary>
    /// True once the tokenizer has hit the end of the input: after ENDMARKER, or when its error
    /// came from reaching the end inside a construct (bracket, backslash continuation, string).
    /// CPython's <c>_is_end_of_source</c> (done is E_EOF/E_EOFS/E_EOLS): with
    /// PyCF_ALLOW_INCOMPLETE_INPUT (codeop) a parse failure then means "incomplete input".
    /// </summary>
    public bool AtEndOfInput { get; private set; }

    /// <summary>Current bracket nesting depth (CPython's <c>tok->level</c>).</summary>
    public int ParenLevel => _level;

    /// <summary>
    /// The text the tokenizer reads: the source plus the implicit final newline CPython adds
    /// when the source does not end with one. Token <see cref="Token.Start"/>/<see cref="Token.End"/> index it.
    /// </summary>
    public string Buffer => _s;

    /// <summary>Returns the next token; after ENDMARKER it keeps returning ENDMARKER.</summary>
    /// <exception cref="PythonSyntaxError">A lexical error, worded and placed as CPython's.</exception>
    public Token Next()
    {
        if (_finished)
        {
            return EndMarker();
        }

        if (_firstNul >= 0)
        {
            // compile() rejects the whole source before tokenizing, without a position.
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes",
                Filename, 0, 0, 0, 0, null);
        }

        return _modeIndex > 0 && _modes[_modeIndex].InLiteralPart ? NextInFString() : NextNormal();
    }

    /// <summary>Tokenizes everything up to and including ENDMARKER.</summary>
    public List<Token> ReadAll()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var t = Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.EndMarker)
            {
                return tokens;
            }
        }
    }

    private Token NextNormal()
    {
        int c;
        bool blankline;
    nextline:
        blankline = false;
        if (_atBol)
        {
            _atBol = false;
            blankline = MeasureIndentation();
        }

        if (_pendin != 0)
        {
            MarkStart(_pos);
            return PendingIndentToken();
        }

    again:
        do
        {
            c = NextChar();
        }
        while (c is ' ' or '\t' or '\f');

        int start = c == Eof ? _pos : _pos - 1;
        MarkStart(start);

        if (c == '#')
        {
            while (c != Eof && c != '\n')
            {
                c = NextChar();
            }

            if (_typeComments && TypeComment(start, c, blankline) is Token typeComment)
            {
                return typeComment;
            }

            if (_extraTokens)
            {
                Backup(c);
                _commentNewline = blankline;
                return Make(TokenKind.Comment, start, _pos);
            }
        }

        if (c == Eof)
        {
            AtEndOfInput = true;
            if (_level > 0)
            {
                throw UnclosedBracketError();
            }

            return AtEndOfFile();
        }

        if (IsPotentialIdentifierStart(c))
        {
            return IdentifierOrPrefixedString(c, start);
        }

        if (c == '\n')
        {
            _atBol = true;
            if (blankline || _level > 0)
            {
                if (_extraTokens)
                {
                    _commentNewline = false;
                    return MakeLineEnd(TokenKind.NL);
                }

                goto nextline;
            }

            if (_commentNewline && _extraTokens)
            {
                _commentNewline = false;
                return MakeLineEnd(TokenKind.NL);
            }

            return MakeLineEnd(TokenKind.Newline);
        }

        if (c == '.')
        {
            int c2 = NextChar();
            if (IsDigit(c2))
            {
                return Fraction(start, c2);
            }

            if (c2 == '.')
            {
                if (Peek() == '.')
                {
                    _pos++;
                    return MakeOp(TokenKind.Ellipsis, "...", start);
                }
            }

            Backup(c2);
            return MakeOp(TokenKind.Dot, ".", start);
        }

        if (IsDigit(c))
        {
            return Number(c, start);
        }

        if (c is '\'' or '"')
        {
            return PlainString(c, start);
        }

        if (c == '\\')
        {
            ContinuationLine();
            goto again;
        }

        return Operator(c, start);
    }

    private Token AtEndOfFile()
    {
        _finished = true;
        return EndMarker();
    }

    private Token EndMarker()
    {
        // tokenize reports the end on the line after the last; the parser-mode lexer stays on the
        // last line with no column.
        if (_extraTokens)
        {
            int next = _line + 1;
            return new Token(TokenKind.EndMarker, "", next, 0, next, 0, _len, _len);
        }

        int line = Math.Max(_line, 1);
        return new Token(TokenKind.EndMarker, "", line, -1, line, -1, _len, _len);
    }

    /// <summary>Reads a line continuation after a backslash (CPython's tok_continuation_line).</summary>
    private void ContinuationLine()
    {
        int c = NextChar();
        if (c != '\n')
        {
            throw LineContinuationError();
        }

        c = NextChar();
        if (c == Eof)
        {
            AtEndOfInput = true;
            if (_level > 0)
            {
                throw UnclosedBracketError();
            }

            throw EofError("unexpected EOF while parsing");
        }

        Backup(c);
    }
}
