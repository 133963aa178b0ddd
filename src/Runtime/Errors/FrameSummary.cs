using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// One traceback entry as <c>traceback.FrameSummary</c> keeps it: file, function name, the
/// instruction's source range (columns in UTF-8 bytes, any of them missing) and the source lines
/// of that range.
/// </summary>
internal sealed class FrameSummary
{
    private string? _lines;
    private bool _linesLoaded;

    public FrameSummary(string filename, int? lineno, string name, int? endLineno, int? colno, int? endColno, PyCode? code)
    {
        Filename = filename;
        Lineno = lineno;
        EndLineno = endLineno ?? lineno;
        Colno = colno;
        EndColno = endColno;
        Name = name;
        Code = code;
    }

    public string Filename { get; }

    public int? Lineno { get; }

    public int? EndLineno { get; }

    public int? Colno { get; }

    public int? EndColno { get; }

    public string Name { get; }

    public PyCode? Code { get; }

    /// <summary>The entry of a traceback object: positions of the instruction that raised.</summary>
    public static FrameSummary FromTraceback(PyTraceback tb)
    {
        var code = tb.Frame.Code;
        int? lineno = null, endLineno = null, col = null, endCol = null;
        if (tb.LastI >= 0)
        {
            var pos = code.PositionAt(tb.LastI);
            lineno = pos.Lineno;
            endLineno = pos.EndLineno;
            col = pos.ColOffset;
            endCol = pos.EndColOffset;
        }

        if (lineno is null)
        {
            var line = tb.Line;
            lineno = line < 0 ? null : line;
        }

        return new FrameSummary(code.Filename, lineno, code.Name.Value, endLineno, col, endCol, code);
    }

    /// <summary>
    /// The lines lineno..end_lineno, each right-stripped, joined by and ending in "\n"
    /// (<c>FrameSummary._original_lines</c>); null without a line number.
    /// </summary>
    public string? OriginalLines
    {
        get
        {
            if (!_linesLoaded)
            {
                _linesLoaded = true;
                _lines = LoadLines();
            }

            return _lines;
        }
    }

    /// <summary>The first line, stripped (<c>FrameSummary.line</c>).</summary>
    public string? Line
    {
        get
        {
            var lines = OriginalLines;
            if (lines is null)
            {
                return null;
            }

            var nl = lines.IndexOf('\n', StringComparison.Ordinal);
            return TracebackText.Strip(nl < 0 ? lines : lines[..nl]);
        }
    }

    private string? LoadLines()
    {
        if (Lineno is not { } first || EndLineno is not { } last)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder();
        for (var n = first; n <= last; n++)
        {
            var line = TracebackText.RStrip(SourceLines.Get(Filename, n) ?? "");
            if (line.Length == 0 && Code is not null && Filename.StartsWith('<'))
            {
                line = TracebackText.RStrip(SourceLines.GetFromCode(Code, n) ?? "");
            }

            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
