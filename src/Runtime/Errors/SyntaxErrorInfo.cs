using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// A SyntaxError's location as the traceback module reads it (<c>filename</c>, <c>lineno</c>,
/// <c>text</c>, <c>offset</c>...) and its special layout: the "File" line, the offending source line
/// and a row of carets under the columns (<c>TracebackException._format_syntax_error</c>).
/// </summary>
internal sealed class SyntaxErrorInfo
{
    private PyValue _filename;
    private string? _lineno;
    private string? _endLineno;
    private PyValue _text;
    private PyValue _offset;
    private PyValue _endOffset;
    private PyValue _msg;

    public static SyntaxErrorInfo From(ThreadState ts, PyBaseException exc)
    {
        var self = PyValue.FromObject(exc);
        return new SyntaxErrorInfo
        {
            _filename = ExceptionReport.Attr(ts, self, "filename"),
            _lineno = LineText(ts, ExceptionReport.Attr(ts, self, "lineno")),
            _endLineno = LineText(ts, ExceptionReport.Attr(ts, self, "end_lineno")),
            _text = ExceptionReport.Attr(ts, self, "text"),
            _offset = ExceptionReport.Attr(ts, self, "offset"),
            _endOffset = ExceptionReport.Attr(ts, self, "end_offset"),
            _msg = ExceptionReport.Attr(ts, self, "msg"),
        };
    }

    private static string? LineText(ThreadState ts, PyValue v) => v.IsNull || v.IsNone ? null : ExceptionReport.SafeStr(ts, v, "lineno");

    /// <summary>The lines, ending with "<paramref name="typeName"/>: msg".</summary>
    public List<string> Format(ThreadState ts, string typeName)
    {
        var result = new List<string>();
        var suffix = "";
        var hasFilename = !_filename.IsNull && !_filename.IsNone;
        if (_lineno is not null)
        {
            var name = hasFilename && PyOps.IsTrue(ts, _filename) > 0 ? ExceptionReport.SafeStr(ts, _filename, "filename") : "<string>";
            ts.ClearError();
            result.Add("  File \"" + name + "\", line " + _lineno + "\n");
        }
        else if (hasFilename)
        {
            suffix = " (" + ExceptionReport.SafeStr(ts, _filename, "filename") + ")";
        }

        if (_text.AsObject is PyStr text)
        {
            AddSourceAndCarets(result, text.Value);
        }

        var msg = _msg.IsNull ? "" : ExceptionReport.SafeStr(ts, _msg, "msg");
        if (_msg.IsNull || _msg.IsNone || PyOps.IsTrue(ts, _msg) == 0)
        {
            msg = "<no detail available>";
        }

        ts.ClearError();
        result.Add(typeName + ": " + msg + suffix + "\n");
        return result;
    }

    private void AddSourceAndCarets(List<string> result, string textValue)
    {
        // Offsets are 1-based code point columns: work on code points.
        var text = CodePoints(textValue);
        var rlen = text.Length;
        while (rlen > 0 && text[rlen - 1] == '\n')
        {
            rlen--;
        }

        var spaces = 0;
        while (spaces < rlen && text[spaces] is ' ' or '\n' or '\f')
        {
            spaces++;
        }

        var ltext = text[spaces..rlen];
        var ltextString = FromCodePoints(ltext);
        if (_offset.IsNull || _offset.IsNone)
        {
            result.Add("    " + ltextString + "\n");
            return;
        }

        if (!_offset.IsInt64 && !_offset.IsBool)
        {
            return;
        }

        var offset = _offset.AsInt64;
        long endOffset;
        if (_lineno == _endLineno)
        {
            endOffset = (_endOffset.IsInt64 || _endOffset.IsBool) && _endOffset.AsInt64 != 0 ? _endOffset.AsInt64 : offset;
        }
        else
        {
            endOffset = rlen + 1;
        }

        if (text.Length > 0 && offset > text.Length)
        {
            offset = rlen + 1;
        }

        if (text.Length > 0 && endOffset > text.Length)
        {
            endOffset = rlen + 1;
        }

        if (offset >= endOffset || endOffset < 0)
        {
            endOffset = offset + 1;
        }

        var colno = offset - 1 - spaces;
        var endColno = endOffset - 1 - spaces;
        result.Add("    " + ltextString + "\n");
        if (colno < 0)
        {
            return;
        }

        // Tabs and other blanks before the caret are kept so the caret lines up.
        var sb = new StringBuilder("    ");
        for (var i = 0; i < colno && i < ltext.Length; i++)
        {
            sb.Append(ltext[i] < 0x10000 && Objects.Unicode.UnicodeDatabase.IsSpace(ltext[i]) ? (char)ltext[i] : ' ');
        }

        sb.Append('^', (int)Math.Clamp(endColno - colno, 0, int.MaxValue / 2)).Append('\n');
        result.Add(sb.ToString());
    }

    private static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }

        return [.. list];
    }

    private static string FromCodePoints(int[] cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        return sb.ToString();
    }
}
