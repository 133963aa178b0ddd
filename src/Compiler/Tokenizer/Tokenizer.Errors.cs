using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Error construction with CPython's positions (offsets count code points, 1-based).</summary>
public sealed partial class Tokenizer
{
    /// <summary>CPython's _PyTokenizer_syntaxerror: the offset is the cursor's column in characters.</summary>
    private PythonSyntaxError ErrorAt(int lineno, int lineStart, int cursor, string msg,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        int offset = SourceText.CodePointCount(_s.AsSpan(lineStart, Math.Max(0, cursor - lineStart)));
        return new PythonSyntaxError(kind, msg, Filename, lineno, offset, lineno, offset, LineTextAt(lineStart));
    }

    private PythonSyntaxError ErrorAtCursor(string msg) => ErrorAt(_line, _lineStart, _pos, msg);

    /// <summary>An error with an explicit 1-based byte range on the current line (CPython's known_range).</summary>
    private PythonSyntaxError ErrorInRange(int startIndex, int endIndex, string msg)
    {
        int offset = SourceText.CodePointCount(_s.AsSpan(_lineStart, startIndex - _lineStart)) + 1;
        int endOffset = SourceText.CodePointCount(_s.AsSpan(_lineStart, endIndex - _lineStart)) + 1;
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, Filename, _line, offset, _line, endOffset, LineTextAt(_lineStart));
    }

    private PythonSyntaxError LineContinuationError()
    {
        int offset = SourceText.CodePointCount(_s.AsSpan(_lineStart, Math.Max(0, _pos - 1 - _lineStart))) + 1;
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character",
            Filename, _line, offset, _line, 0, LineTextAt(_lineStart));
    }

    /// <summary>Errors the parser reports at the end of the current line (E_EOF, E_DEDENT).</summary>
    private PythonSyntaxError EofError(string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        string text = LineTextAt(_lineStart);
        int offset = SourceText.CodePointCount(text) + 1;
        return new PythonSyntaxError(kind, msg, Filename, _line, offset, _line, -1, text);
    }

    /// <summary>TabError and "too many levels of indentation": CPython puts them at column 1 of the line.</summary>
    private PythonSyntaxError IndentLevelError(SyntaxErrorKind kind, string msg) =>
        new(kind, msg, Filename, _line, 1, _line, 0, LineTextAt(_lineStart));

    private PythonSyntaxError UnclosedBracketError()
    {
        int i = _level - 1;
        int lineno = _parenLine[i];
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"'{_parenStack[i]}' was never closed", Filename,
            lineno, _parenCol[i] + 1, lineno, 0, LineTextAtEnd(lineno));
    }

    /// <summary>
    /// The text of a line for an error found at end of input: the last line is the tokenizer's
    /// current line and keeps its newline (one is added when the source lacks it, as CPython's
    /// tokenizer does); an earlier line is the text up to its newline.
    /// </summary>
    private string LineTextAtEnd(int lineno) =>
        lineno >= Source.LineCount ? Source.LineText(lineno) + "\n" : Source.LineText(lineno);

    private string LineTextAt(int lineStart)
    {
        if (lineStart >= _len)
        {
            return "";
        }

        int nl = _s.IndexOf('\n', lineStart);
        return _s.Substring(lineStart, (nl < 0 ? _len : nl) - lineStart);
    }

    /// <summary>
    /// CPython's tokenizer warning for "\{" and "\}" in an f-/t-string; when a warnings filter
    /// makes it an error, it becomes a SyntaxError with the shorter message at the cursor.
    /// </summary>
    private void WarnInvalidEscape(InvalidEscape escape)
    {
        try
        {
            Warn("SyntaxWarning", escape.WarningMessage);
        }
        catch (PythonSyntaxError)
        {
            throw ErrorAtCursor(escape.ErrorMessage);
        }
    }

    private void Warn(string category, string msg)
    {
        _warnings?.Warn(new CompilerWarning(category, msg, Filename, _line,
            SourceText.CodePointCount(_s.AsSpan(_lineStart, Math.Max(0, _pos - _lineStart))) + 1));
    }
}
