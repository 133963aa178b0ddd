using System.Buffers;
using System.Text;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Text;

/// <summary>
/// Turns source bytes into text as CPython's tokenizer does (PEP 263 and PEP 3120): a UTF-8 BOM,
/// a coding cookie on line 1 or 2, UTF-8 by default. Errors are <see cref="PythonSyntaxError"/>s
/// worded as <c>compile()</c> words them in 3.14.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Decodes <paramref name="source"/> (the bytes given to <c>compile()</c> or read from a file).</summary>
    public static SourceText Decode(ReadOnlySpan<byte> source, string filename = "<string>")
    {
        bool bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        var body = bom ? source[3..] : source;
        string? cookie = FindCookie(body);
        if (cookie is not null && bom && cookie != "utf-8")
        {
            string line1 = Encoding.UTF8.GetString(LineAt(body, 0)).TrimEnd('\n', '\r');
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"encoding problem: {cookie} with BOM",
                filename, 1, 0, 1, line1.Length, line1);
        }

        if (cookie is null || cookie == "utf-8" || PythonCodecs.IsUtf8Alias(cookie))
        {
            return new SourceText(DecodeUtf8(body, filename));
        }

        var codec = PythonCodecs.Find(cookie)
            ?? throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "unknown encoding: " + cookie,
                filename, 0, -1, 0, 0, null);
        return new SourceText(codec.Decode(body, bom ? 3 : 0, filename));
    }

    /// <summary>
    /// The encoding a coding cookie on line 1 or 2 declares, normalized as CPython's tokenizer does
    /// (<c>utf-8</c>, <c>iso-8859-1</c> or the name as written), or null.
    /// </summary>
    public static string? FindCodingSpec(ReadOnlySpan<byte> source) => FindCookie(source);

    /// <summary>The cookie on line 1, or on line 2 when line 1 holds only whitespace or a comment.</summary>
    private static string? FindCookie(ReadOnlySpan<byte> body)
    {
        var line1 = LineAt(body, 0);
        var spec = CodingSpecOfLine(line1, out bool onlyComment);
        if (spec is not null || !onlyComment || line1.Length == body.Length)
        {
            return spec;
        }

        return CodingSpecOfLine(LineAt(body, line1.Length), out _);
    }

    private static ReadOnlySpan<byte> LineAt(ReadOnlySpan<byte> body, int start)
    {
        var rest = body[start..];
        int nl = rest.IndexOf((byte)'\n');
        return nl < 0 ? rest : rest[..(nl + 1)];
    }

    /// <summary>CPython's get_coding_spec: whitespace, '#', then "coding" followed by ':' or '='.</summary>
    private static string? CodingSpecOfLine(ReadOnlySpan<byte> line, out bool onlyComment)
    {
        onlyComment = true;
        int i = 0;
        for (; i < line.Length; i++)
        {
            byte b = line[i];
            if (b == '#' || b == '\n' || b == '\r')
            {
                break;
            }

            if (b != ' ' && b != '\t' && b != 0x0C)
            {
                onlyComment = false;
                return null;
            }
        }

        if (i >= line.Length || line[i] != '#')
        {
            return null;
        }

        for (; i + 6 < line.Length; i++)
        {
            if (!line.Slice(i, 6).SequenceEqual("coding"u8))
            {
                continue;
            }

            int t = i + 6;
            if (line[t] != ':' && line[t] != '=')
            {
                continue;
            }

            do
            {
                t++;
            }
            while (t < line.Length && (line[t] == ' ' || line[t] == '\t'));

            int begin = t;
            while (t < line.Length && (char.IsAsciiLetterOrDigit((char)line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
            {
                t++;
            }

            if (t > begin)
            {
                return NormalName(Encoding.ASCII.GetString(line[begin..t]));
            }
        }

        return null;
    }

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings collapse; others stay as written.</summary>
    private static string NormalName(string name)
    {
        var sb = new StringBuilder(12);
        for (int i = 0; i < name.Length && i < 12; i++)
        {
            char c = char.ToLowerInvariant(name[i]);
            sb.Append(c == '_' ? '-' : c);
        }

        string buf = sb.ToString();
        if (buf == "utf-8" || buf.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }

        foreach (var latin in (ReadOnlySpan<string>)["latin-1", "iso-8859-1", "iso-latin-1"])
        {
            if (buf == latin || buf.StartsWith(latin + "-", StringComparison.Ordinal))
            {
                return "iso-8859-1";
            }
        }

        return name;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> body, string filename)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(body.Length + 1);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(body, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(buffer, 0, written);
            }

            throw NonUtf8Error(body, read, filename);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static PythonSyntaxError NonUtf8Error(ReadOnlySpan<byte> body, int bad, string filename)
    {
        int lineno = 1, lineStart = 0;
        for (int i = 0; i < bad; i++)
        {
            if (body[i] == '\n')
            {
                lineno++;
                lineStart = i + 1;
            }
        }

        int lineEnd = body[lineStart..].IndexOf((byte)'\n');
        var line = lineEnd < 0 ? body[lineStart..] : body.Slice(lineStart, lineEnd);
        string before = Encoding.UTF8.GetString(body[lineStart..bad]);
        int offset = SourceText.CodePointCount(before) + 1;
        // compile() never names the file here: the tokenizer has no filename while decoding a string.
        string msg = $"Non-UTF-8 code starting with '\\x{body[bad]:x2}' on line {lineno}, " +
            "but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, filename, lineno, offset, lineno, offset,
            Encoding.UTF8.GetString(line));
    }
}
