using System.Globalization;
using System.Text;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// The text of traceback entries (<c>StackSummary.format</c>): the "File" line, the source lines
/// of the instruction's range with the PEP 657 markers, and the folding of repeated entries.
/// </summary>
internal static class StackFormatter
{
    /// <summary>Entries repeated more than this many times in a row are summarized (traceback.c's cutoff too).</summary>
    private const int RecursiveCutoff = 3;

    /// <summary>One chunk per shown entry plus the "[Previous line repeated N more times]" lines.</summary>
    public static List<string> Format(IReadOnlyList<FrameSummary> stack)
    {
        var result = new List<string>();
        string? lastFile = null;
        int? lastLine = null;
        string? lastName = null;
        var count = 0;
        foreach (var frame in stack)
        {
            var formatted = FormatFrame(frame);
            if (lastFile is null || lastFile != frame.Filename || lastLine is null || lastLine != frame.Lineno || lastName is null || lastName != frame.Name)
            {
                AddRepeated(result, count);
                lastFile = frame.Filename;
                lastLine = frame.Lineno;
                lastName = frame.Name;
                count = 0;
            }

            count++;
            if (count <= RecursiveCutoff)
            {
                result.Add(formatted);
            }
        }

        AddRepeated(result, count);
        return result;
    }

    private static void AddRepeated(List<string> result, int count)
    {
        if (count > RecursiveCutoff)
        {
            count -= RecursiveCutoff;
            result.Add("  [Previous line repeated " + count.ToString(CultureInfo.InvariantCulture) + " more time" + (count > 1 ? "s" : "") + "]\n");
        }
    }

    /// <summary>The lines of one entry (<c>StackSummary.format_frame_summary</c> without colors or locals).</summary>
    public static string FormatFrame(FrameSummary frame)
    {
        var filename = frame.Filename.StartsWith("<stdin-", StringComparison.Ordinal) && frame.Filename.EndsWith('>') ? "<stdin>" : frame.Filename;
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(filename).Append("\", line ")
            .Append(frame.Lineno is { } n ? n.ToString(CultureInfo.InvariantCulture) : "None")
            .Append(", in ").Append(frame.Name).Append('\n');
        var original = frame.OriginalLines;
        if (original is null)
        {
            return sb.ToString();
        }

        var dedented = TracebackText.Dedent(original);
        if (TracebackText.IsBlank(dedented))
        {
            return sb.ToString();
        }

        if (frame.Colno is not { } colno || frame.EndColno is not { } endColno)
        {
            // Without columns only the first line is shown.
            var line = frame.Line ?? "";
            sb.Append(line.Length == 0 ? "" : "    " + line).Append('\n');
            return sb.ToString();
        }

        sb.Append(SourceWithMarkers(frame, original, dedented, colno, endColno));
        return sb.ToString();
    }

    private static string SourceWithMarkers(FrameSummary frame, string original, string dedented, int colno, int endColno)
    {
        var span = frame.EndLineno!.Value - frame.Lineno!.Value;
        var originalLines = TracebackText.SplitLines(original);
        var firstLine = originalLines[0];
        var lastLine = span < originalLines.Count ? originalLines[span] : "";
        var start = TracebackText.ByteOffsetToCharOffset(firstLine, colno);
        var end = TracebackText.ByteOffsetToCharOffset(lastLine, endColno);

        var allLines = TracebackText.SplitLines(dedented);
        if (allLines.Count > span + 1)
        {
            allLines.RemoveRange(span + 1, allLines.Count - span - 1);
        }

        // The dedent moved the columns.
        var dedentBy = firstLine.Length - allLines[0].Length;
        start = Math.Max(0, start - dedentBy);
        end = Math.Max(0, end - dedentBy);
        var markers = new MarkerLayout(allLines, start, end);
        return TracebackText.IndentAll(TracebackText.Dedent(markers.Render()), "    ");
    }

    /// <summary>The significant source lines of a range and their marker lines.</summary>
    private sealed class MarkerLayout
    {
        private readonly List<string> _lines;
        private readonly int _displayStart;
        private readonly int _displayEnd;
        private readonly CaretAnchors? _anchors;
        private readonly int _anchorLeft;
        private readonly int _anchorRight;
        private readonly bool _showCarets;

        public MarkerLayout(List<string> lines, int start, int end)
        {
            _lines = lines;
            _displayStart = TracebackText.DisplayWidth(lines[0], start);
            _displayEnd = TracebackText.DisplayWidth(lines[^1], end);
            var joined = string.Join('\n', lines);
            var segment = TracebackText.Slice(joined, start, joined.Length - (lines[^1].Length - end));
            _anchors = CaretAnchors.FromSegment(segment);
            _showCarets = CaretAnchors.ShouldShow(start, end, lines, _anchors);
            if (_anchors is { } a)
            {
                // Anchor offsets on the segment's first line are relative to the range's start.
                var left = a.LeftEndOffset + (a.LeftEndLine == 0 ? start : 0);
                var right = a.RightStartOffset + (a.RightStartLine == 0 ? start : 0);
                _anchorLeft = a.LeftEndLine < lines.Count ? TracebackText.DisplayWidth(lines[a.LeftEndLine], left) : left;
                _anchorRight = a.RightStartLine < lines.Count ? TracebackText.DisplayWidth(lines[a.RightStartLine], right) : right;
            }
        }

        public string Render()
        {
            // Only the first and last lines and those around the anchors are shown.
            var significant = new SortedSet<int> { 0, _lines.Count - 1 };
            if (_anchors is { } a)
            {
                for (var d = -1; d <= 1; d++)
                {
                    significant.Add(a.LeftEndLine + d);
                    significant.Add(a.RightStartLine + d);
                }
            }

            significant.Remove(-1);
            significant.Remove(_lines.Count);
            var sb = new StringBuilder();
            var previous = -1;
            foreach (var line in significant)
            {
                if (previous >= 0)
                {
                    var gap = line - previous;
                    if (gap == 2)
                    {
                        AppendLine(sb, line - 1);
                    }
                    else if (gap > 2)
                    {
                        sb.Append("...<").Append((gap - 1).ToString(CultureInfo.InvariantCulture)).Append(" lines>...\n");
                    }
                }

                AppendLine(sb, line);
                previous = line;
            }

            return sb.ToString();
        }

        private void AppendLine(StringBuilder sb, int index)
        {
            var text = index >= 0 && index < _lines.Count ? _lines[index] : "";
            sb.Append(text).Append('\n');
            if (!_showCarets)
            {
                return;
            }

            var spaces = TracebackText.LeadingSpaces(text);
            var count = index == _lines.Count - 1 ? _displayEnd : TracebackText.DisplayWidth(text);
            for (var col = 0; col < count; col++)
            {
                if (col < spaces || (index == 0 && col < _displayStart))
                {
                    sb.Append(' ');
                }
                else if (_anchors is { } a && InsideAnchors(a, index, col))
                {
                    sb.Append(a.Secondary);
                }
                else
                {
                    sb.Append(_anchors?.Primary ?? '^');
                }
            }

            sb.Append('\n');
        }

        private bool InsideAnchors(CaretAnchors a, int line, int col) =>
            (line > a.LeftEndLine || (line == a.LeftEndLine && col >= _anchorLeft))
            && (line < a.RightStartLine || (line == a.RightStartLine && col < _anchorRight));
    }
}
