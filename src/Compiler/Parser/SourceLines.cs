namespace ProtoPython.Compiler.Parser;

/// <summary>
/// The decoded source split into lines, for SyntaxError texts and for turning the byte
/// columns of tokens into the character offsets CPython reports.
/// </summary>
internal sealed class SourceLines
{
    private readonly List<int> _starts = [0];

    public SourceLines(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                _starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _starts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    /// <summary>The number of the last line that has any text (a final newline starts no line).</summary>
    public int LastLine => Text.Length > 0 && _starts[^1] == Text.Length && _starts.Count > 1 ? _starts.Count - 1 : _starts.Count;

    /// <summary>The tokenizer's cursor at end of input: the last line's bytes and its newline.</summary>
    public int LastLineCursor
    {
        get
        {
            var line = GetLine(LastLine);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(line);
            return line.EndsWith('\n') ? bytes : bytes + 1;
        }
    }

    /// <summary>Line <paramref name="lineno"/> (1-based) with its newline as "\n"; "" past the end.</summary>
    public string GetLine(int lineno)
    {
        if (lineno < 1 || lineno > _starts.Count)
        {
            return "";
        }

        var start = _starts[lineno - 1];
        if (start >= Text.Length && lineno > 1)
        {
            return "";
        }

        var end = lineno < _starts.Count ? _starts[lineno] : Text.Length;
        var line = Text.Substring(start, end - start);
        if (line.EndsWith("\r\n", StringComparison.Ordinal))
        {
            return string.Concat(line.AsSpan(0, line.Length - 2), "\n");
        }

        if (line.EndsWith('\r'))
        {
            return string.Concat(line.AsSpan(0, line.Length - 1), "\n");
        }

        return line;
    }

    /// <summary>Bytes of leading blanks on a line: where the tokenizer stands after INDENT/DEDENT.</summary>
    public int IndentWidth(int lineno)
    {
        var line = GetLine(lineno);
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t' or '\f')
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// _PyPegen_byte_offset_to_character_offset: the length of the first
    /// <paramref name="byteOffset"/> UTF-8 bytes of the line decoded with "replace" (a
    /// truncated character counts once; one past the end counts the terminating NUL).
    /// </summary>
    public static int ByteOffsetToCharOffset(string line, int byteOffset)
    {
        if (byteOffset <= 0)
        {
            return byteOffset < 0 ? byteOffset : 0;
        }

        var bytes = 0;
        var chars = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (bytes >= byteOffset)
            {
                return chars;
            }

            var c = line[i];
            int width;
            if (c < 0x80)
            {
                width = 1;
            }
            else if (c < 0x800)
            {
                width = 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                width = 4;
                i++;
            }
            else
            {
                width = 3;
            }

            bytes += width;
            chars++;
        }

        // Offsets past the end are clamped to one past it, where pegen decodes the NUL.
        return bytes >= byteOffset ? chars : chars + 1;
    }
}
