namespace ProtoPython.Compiler.Text;

/// <summary>
/// Decoded source with newlines translated to <c>\n</c> (CPython's tokenizer sees <c>\r\n</c> and
/// <c>\r</c> as <c>\n</c>). Gives lines and converts positions between UTF-16 indexes (what .NET
/// strings use), UTF-8 byte columns (what tokens and <c>ast</c> report) and code-point columns
/// (what <c>SyntaxError.offset</c> counts).
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text)
    {
        Text = TranslateNewlines(text);
    }

    /// <summary>The source with every line ending as <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>The number of lines; a final line without <c>\n</c> counts.</summary>
    public int LineCount => LineStarts.Length - (Text.Length > 0 && Text[^1] == '\n' ? 1 : 0);

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The UTF-16 index where 1-based line <paramref name="lineno"/> starts.</summary>
    public int LineStart(int lineno)
    {
        var starts = LineStarts;
        if (lineno < 1)
        {
            return 0;
        }

        return lineno <= starts.Length ? starts[lineno - 1] : Text.Length;
    }

    /// <summary>The UTF-16 index just past the line's text (before its <c>\n</c>).</summary>
    public int LineEnd(int lineno)
    {
        int start = LineStart(lineno);
        int nl = Text.IndexOf('\n', start);
        return nl < 0 ? Text.Length : nl;
    }

    /// <summary>The text of a 1-based line without its newline ("" past the end).</summary>
    public string LineText(int lineno)
    {
        int start = LineStart(lineno);
        return Text[start..LineEnd(lineno)];
    }

    /// <summary>The 1-based line holding UTF-16 index <paramref name="index"/>.</summary>
    public int LineNumberOf(int index)
    {
        var starts = LineStarts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo + 1;
    }

    /// <summary>The 0-based UTF-8 byte column of <paramref name="index"/> within its line.</summary>
    public int Utf8Column(int index)
    {
        int start = LineStart(LineNumberOf(index));
        return Utf8Length(Text.AsSpan(start, index - start));
    }

    /// <summary>The 0-based code-point column of <paramref name="index"/> within its line.</summary>
    public int CodePointColumn(int index)
    {
        int start = LineStart(LineNumberOf(index));
        return CodePointCount(Text.AsSpan(start, index - start));
    }

    /// <summary>The UTF-16 index of a 0-based UTF-8 byte column on a 1-based line (clamped to the line).</summary>
    public int IndexOfUtf8Column(int lineno, int byteColumn)
    {
        int i = LineStart(lineno);
        int end = LineEnd(lineno);
        int bytes = 0;
        while (i < end && bytes < byteColumn)
        {
            char ch = Text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < end && char.IsLowSurrogate(Text[i + 1]))
            {
                bytes += 4;
                i += 2;
            }
            else
            {
                bytes += Utf8Width(ch);
                i++;
            }
        }

        return i;
    }

    /// <summary>Converts a 0-based UTF-8 byte column on a line into a 0-based code-point column.</summary>
    public int CodePointColumnOfUtf8(int lineno, int byteColumn)
    {
        int start = LineStart(lineno);
        return CodePointCount(Text.AsSpan(start, IndexOfUtf8Column(lineno, byteColumn) - start));
    }

    /// <summary>UTF-8 length of UTF-16 text (a lone surrogate counts 3 bytes, as CPython's surrogatepass).</summary>
    public static int Utf8Length(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch < 0x80)
            {
                n++;
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                n += 4;
                i++;
            }
            else
            {
                n += Utf8Width(ch);
            }
        }

        return n;
    }

    /// <summary>Number of code points in UTF-16 text (a surrogate pair is one).</summary>
    public static int CodePointCount(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    private static int Utf8Width(char ch) => ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;

    /// <summary>Turns <c>\r\n</c> and lone <c>\r</c> into <c>\n</c>; returns the same string when there is no <c>\r</c>.</summary>
    public static string TranslateNewlines(string text)
    {
        int cr = text.IndexOf('\r');
        if (cr < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        sb.Append(text, 0, cr);
        for (int i = cr; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        int i = 0;
        while ((i = text.IndexOf('\n', i)) >= 0)
        {
            i++;
            starts.Add(i);
        }

        return [.. starts];
    }
}
