using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// The str operations the traceback layout relies on, with Python's semantics (Unicode whitespace,
/// <c>splitlines</c> boundaries, <c>textwrap.dedent</c>/<c>indent</c>, East Asian display width).
/// Offsets are UTF-16 indices; they equal Python's code point indices except after astral
/// characters, where only <see cref="CodePointCount"/> is needed to compare with Python numbers.
/// </summary>
internal static class TracebackText
{
    /// <summary>str.isspace for the character (or surrogate pair) at <paramref name="i"/>.</summary>
    public static bool IsSpaceAt(string s, int i) => UnicodeDatabase.IsSpace(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
        ? char.ConvertToUtf32(s[i], s[i + 1])
        : s[i]);

    /// <summary>The number of leading whitespace characters (<c>len(s) - len(s.lstrip())</c>).</summary>
    public static int LeadingSpaces(string s)
    {
        var i = 0;
        while (i < s.Length && IsSpaceAt(s, i))
        {
            i++;
        }

        return i;
    }

    public static string LStrip(string s) => s[LeadingSpaces(s)..];

    public static string RStrip(string s)
    {
        var end = s.Length;
        while (end > 0 && IsSpaceAt(s, end - 1))
        {
            end--;
        }

        return s[..end];
    }

    public static string Strip(string s) => LStrip(RStrip(s));

    /// <summary>True when the string is empty or only whitespace (<c>not s.strip()</c>).</summary>
    public static bool IsBlank(string s) => LeadingSpaces(s) == s.Length;

    /// <summary>str.isspace: non-empty and only whitespace.</summary>
    public static bool IsSpace(string s) => s.Length > 0 && IsBlank(s);

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>str.splitlines(keepends).</summary>
    public static List<string> SplitLines(string s, bool keepEnds = false)
    {
        var result = new List<string>();
        var start = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (!IsLineBreak(c))
            {
                i++;
                continue;
            }

            var eol = i + (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1);
            result.Add(s[start..(keepEnds ? eol : i)]);
            start = i = eol;
        }

        if (start < s.Length)
        {
            result.Add(s[start..]);
        }

        return result;
    }

    /// <summary>textwrap.dedent: removes the common leading blanks; whitespace-only lines become empty.</summary>
    public static string Dedent(string text)
    {
        var lines = text.Split('\n');
        string? l1 = null;
        string? l2 = null;
        foreach (var l in lines)
        {
            if (l.Length == 0 || IsSpace(l))
            {
                continue;
            }

            if (l1 is null || string.CompareOrdinal(l, l1) < 0)
            {
                l1 = l;
            }

            if (l2 is null || string.CompareOrdinal(l, l2) > 0)
            {
                l2 = l;
            }
        }

        var margin = 0;
        if (l1 is not null && l2 is not null)
        {
            // Python's loop leaves margin at the first differing or non-blank character.
            for (margin = 0; margin < l1.Length; margin++)
            {
                var c = l1[margin];
                if (c != l2[margin] || (c != ' ' && c != '\t'))
                {
                    break;
                }
            }

            margin = Math.Min(margin, l1.Length - 1);
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            var l = lines[i];
            if (!IsSpace(l))
            {
                sb.Append(l, Math.Min(margin, l.Length), l.Length - Math.Min(margin, l.Length));
            }
        }

        return sb.ToString();
    }

    /// <summary>textwrap.indent(text, prefix, lambda line: True): every line, blank or not, gets the prefix.</summary>
    public static string IndentAll(string text, string prefix)
    {
        if (prefix.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + (prefix.Length * 4));
        foreach (var line in SplitLines(text, keepEnds: true))
        {
            sb.Append(prefix).Append(line);
        }

        return sb.ToString();
    }

    /// <summary>The display width of <c>line[:offset]</c>: East Asian wide and fullwidth characters count 2.</summary>
    public static int DisplayWidth(string line, int? offset = null)
    {
        var end = Math.Clamp(offset ?? line.Length, 0, line.Length);
        if (Ascii.IsValid(line))
        {
            return offset ?? line.Length;
        }

        var width = 0;
        for (var i = 0; i < end; i++)
        {
            int cp = line[i];
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                cp = char.ConvertToUtf32(line[i], line[i + 1]);
                i++;
            }

            width += UnicodeDatabase.EastAsianWidth(cp) is "W" or "F" ? 2 : 1;
        }

        return width;
    }

    /// <summary>
    /// <c>len(line.encode()[:offset].decode(errors="replace"))</c> in UTF-16 units: the character
    /// offset of a UTF-8 byte offset (a cut multi-byte sequence counts as one replacement character).
    /// </summary>
    public static int ByteOffsetToCharOffset(string line, int byteOffset)
    {
        if (byteOffset <= 0)
        {
            return 0;
        }

        var bytes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            int cp = line[i];
            var units = 1;
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                cp = char.ConvertToUtf32(line[i], line[i + 1]);
                units = 2;
            }

            var size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > byteOffset)
            {
                return bytes == byteOffset ? i : i + 1;
            }

            bytes += size;
            if (bytes == byteOffset)
            {
                return i + units;
            }

            i += units - 1;
        }

        return line.Length;
    }

    /// <summary>The number of code points in <c>s[..utf16Offset]</c> (Python's index of that position).</summary>
    public static int CodePointCount(string s, int utf16Offset)
    {
        var end = Math.Clamp(utf16Offset, 0, s.Length);
        var n = 0;
        for (var i = 0; i < end; i++)
        {
            if (!(char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The UTF-8 length of <c>s[..utf16Offset]</c> (the AST's column unit).</summary>
    public static int Utf8Length(string s, int utf16Offset) => Encoding.UTF8.GetByteCount(s.AsSpan(0, Math.Clamp(utf16Offset, 0, s.Length)));

    /// <summary>Python's <c>s[start:stop]</c> for non-negative <paramref name="start"/> (negative stop counts from the end).</summary>
    public static string Slice(string s, int start, int stop)
    {
        if (stop < 0)
        {
            stop = Math.Max(0, s.Length + stop);
        }

        start = Math.Min(start, s.Length);
        stop = Math.Min(stop, s.Length);
        return stop <= start ? "" : s[start..stop];
    }
}
