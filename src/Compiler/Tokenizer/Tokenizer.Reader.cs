using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Character reading, line tracking and token construction.</summary>
public sealed partial class Tokenizer
{
    private readonly int _firstNul;
    private int _pos;

    /// <summary>Current line (1-based); it advances when the first character of the next line is read, as CPython's.</summary>
    private int _line;
    private int _lineStart;

    /// <summary>Index just past the current line's <c>\n</c>: reading there enters the next line.</summary>
    private int _lineLimit;
    private bool _lineAscii = true;

    private int _tokLine;
    private int _tokLineStart;
    private int _tokCol;
    private int _tokStart;

    private int NextChar()
    {
        if (_pos >= _lineLimit)
        {
            if (_pos >= _len)
            {
                return Eof;
            }

            EnterLine();
        }

        return _s[_pos++];
    }

    private int Peek() => _pos < _len ? _s[_pos] : Eof;

    private void Backup(int c)
    {
        if (c != Eof)
        {
            _pos--;
        }
    }

    private void EnterLine()
    {
        _line++;
        _lineStart = _pos;
        int nl = _s.IndexOf('\n', _pos);
        _lineLimit = nl < 0 ? _len : nl + 1;
        _lineAscii = !_s.AsSpan(_lineStart, _lineLimit - _lineStart).ContainsAnyExceptInRange('\0', '\x7f');
    }

    /// <summary>UTF-8 byte column of <paramref name="index"/>, which must be on the current line (or just past its end).</summary>
    private int ByteCol(int index) =>
        _lineAscii ? index - _lineStart : SourceText.Utf8Length(_s.AsSpan(_lineStart, index - _lineStart));

    /// <summary>Records where the next token starts, entering its line if it begins one.</summary>
    private void MarkStart(int start)
    {
        _tokStart = start;
        if (start >= _lineLimit && start < _len)
        {
            _tokLine = _line + 1;
            _tokLineStart = start;
            _tokCol = 0;
            return;
        }

        _tokLine = _line;
        _tokLineStart = _lineStart;
        _tokCol = ByteCol(start);
    }

    private Token Make(TokenKind kind, int start, int end) =>
        new(kind, _s.Substring(start, end - start), _tokLine, _tokCol, _line, ByteCol(end), start, end);

    private Token MakeOp(TokenKind kind, string text, int start) =>
        new(kind, text, _tokLine, _tokCol, _tokLine, _tokCol + text.Length, start, start + text.Length);

    /// <summary>NEWLINE or NL just after its <c>\n</c> was read.</summary>
    private Token MakeLineEnd(TokenKind kind)
    {
        int nl = _pos - 1;
        int nlCol = ByteCol(nl);
        if (_extraTokens)
        {
            string text = nl >= _textLength ? "" : "\n";
            return new Token(kind, text, _tokLine, _tokCol, _tokLine, nlCol + 1, nl, nl + 1);
        }

        return new Token(kind, _s.Substring(_tokStart, nl - _tokStart), _tokLine, _tokCol, _tokLine, nlCol, _tokStart, nl);
    }

    private static bool IsDigit(int c) => (uint)(c - '0') < 10;

    private static bool IsPotentialIdentifierStart(int c) =>
        (uint)((c | 0x20) - 'a') < 26 || c == '_' || c >= 128;

    private static bool IsPotentialIdentifierChar(int c) =>
        (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 || c == '_' || c >= 128;
}
