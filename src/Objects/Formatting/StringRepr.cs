using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Formatting;

/// <summary>
/// Python's repr(str) (Objects/unicodeobject.c: unicode_repr): single quotes unless the text
/// contains ' and no ", backslash escapes for the quote, '\\', \t, \n, \r, \xNN for other ASCII
/// controls and DEL, and \xNN, \uNNNN or \UNNNNNNNN for non-printable non-ASCII code points
/// (lone surrogates included); everything else is kept as is.
/// </summary>
public static class StringRepr
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>repr of a .NET string: surrogate pairs are one code point, unpaired surrogates are code points of their own.</summary>
    public static string Format(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var quote = ChooseQuote(s.AsSpan());
        if (IsPlain(s, quote))
        {
            return string.Concat(quote == '\'' ? "'" : "\"", s, quote == '\'' ? "'" : "\"");
        }

        var sb = new StringBuilder(s.Length + 8);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            AppendCodePoint(sb, cp, quote);
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>repr of a string given as code points (the canonical form of text with lone surrogates).</summary>
    public static string Format(ReadOnlySpan<int> codePoints)
    {
        var quote = '\'';
        var sawSingle = false;
        foreach (var cp in codePoints)
        {
            if (cp == '\'')
            {
                sawSingle = true;
            }
            else if (cp == '"')
            {
                quote = '\'';
                sawSingle = false;
                break;
            }
        }

        if (sawSingle)
        {
            quote = '"';
        }

        var sb = new StringBuilder(codePoints.Length + 8);
        sb.Append(quote);
        foreach (var cp in codePoints)
        {
            AppendCodePoint(sb, cp, quote);
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>repr of a string given as code points.</summary>
    public static string Format(int[] codePoints) => Format(codePoints.AsSpan());

    /// <summary>
    /// ascii(str): the repr with every remaining non-ASCII code point escaped as \xNN, \uNNNN or
    /// \UNNNNNNNN (CPython encodes the repr with "backslashreplace").
    /// </summary>
    public static string FormatAscii(string s) => EscapeNonAscii(Format(s));

    /// <summary>ascii(str) of a string given as code points.</summary>
    public static string FormatAscii(ReadOnlySpan<int> codePoints) => EscapeNonAscii(Format(codePoints));

    // A repr holds no unpaired surrogates (they are escaped), so pairs are whole code points.
    /// <summary>ascii() of any repr: escapes the non-ASCII code points.</summary>
    public static string ToAscii(string repr) => EscapeNonAscii(repr);

    private static string EscapeNonAscii(string repr)
    {
        var i = 0;
        while (i < repr.Length && repr[i] < 0x80)
        {
            i++;
        }

        if (i == repr.Length)
        {
            return repr;
        }

        var sb = new StringBuilder(repr.Length + 16);
        sb.Append(repr, 0, i);
        for (; i < repr.Length; i++)
        {
            int cp = repr[i];
            if (cp < 0x80)
            {
                sb.Append((char)cp);
                continue;
            }

            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                cp = char.ConvertToUtf32(repr[i], repr[i + 1]);
                i++;
            }

            if (cp <= 0xFF)
            {
                AppendHex(sb, 'x', cp, 2);
            }
            else if (cp <= 0xFFFF)
            {
                AppendHex(sb, 'u', cp, 4);
            }
            else
            {
                AppendHex(sb, 'U', cp, 8);
            }
        }

        return sb.ToString();
    }

    private static char ChooseQuote(ReadOnlySpan<char> s) =>
        s.Contains('\'') && !s.Contains('"') ? '"' : '\'';

    // Fast path: printable ASCII without the quote or backslash needs no escaping at all.
    private static bool IsPlain(string s, char quote)
    {
        foreach (var c in s)
        {
            if (c < 0x20 || c >= 0x7F || c == quote || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp, char quote)
    {
        if (cp == quote || cp == '\\')
        {
            sb.Append('\\').Append((char)cp);
        }
        else if (cp == '\t')
        {
            sb.Append("\\t");
        }
        else if (cp == '\n')
        {
            sb.Append("\\n");
        }
        else if (cp == '\r')
        {
            sb.Append("\\r");
        }
        else if (cp < 0x20 || cp == 0x7F)
        {
            AppendHex(sb, 'x', cp, 2);
        }
        else if (cp < 0x7F)
        {
            sb.Append((char)cp);
        }
        else if (UnicodeDatabase.IsPrintable(cp))
        {
            if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }
        else if (cp <= 0xFF)
        {
            AppendHex(sb, 'x', cp, 2);
        }
        else if (cp <= 0xFFFF)
        {
            AppendHex(sb, 'u', cp, 4);
        }
        else
        {
            AppendHex(sb, 'U', cp, 8);
        }
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int digits)
    {
        sb.Append('\\').Append(kind);
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(HexDigits[(value >> shift) & 0xF]);
        }
    }
}
