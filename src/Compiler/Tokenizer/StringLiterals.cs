using System.Text;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>
/// The value of a string literal: a str (as .NET text, or as code points when it holds lone
/// surrogates, ARCHITECTURE §2.3) or bytes.
/// </summary>
public readonly record struct LiteralValue(string? Text, int[]? CodePoints, byte[]? Bytes)
{
    public bool IsBytes => Bytes is not null;

    /// <summary>True when the str holds lone surrogates and only <see cref="CodePoints"/> is exact.</summary>
    public bool HasLoneSurrogates => CodePoints is not null;
}

/// <summary>
/// Decodes STRING tokens and f-/t-string literal parts into values, as CPython's
/// <c>Parser/string_parser.c</c>: escapes, raw strings, bytes, the invalid-escape SyntaxWarning
/// and the "(unicode error)"/"(value error)" SyntaxErrors placed on the token.
/// </summary>
public static partial class StringLiterals
{
    /// <summary>Where a literal came from, for error positions and warnings.</summary>
    public readonly record struct Site(Token Token, SourceText Source, string Filename, IWarningSink? Warnings);

    /// <summary>The prefix letters of a STRING/FSTRING_START token's text, lowercased (e.g. "rb").</summary>
    public static string Prefix(string tokenText)
    {
        int i = 0;
        while (i < tokenText.Length && tokenText[i] is not ('\'' or '"'))
        {
            i++;
        }

        return tokenText[..i].ToLowerInvariant();
    }

    /// <summary>Decodes a whole STRING token (prefix, quotes and body).</summary>
    public static LiteralValue DecodeString(in Site site)
    {
        string text = site.Token.Text;
        bool raw = false, bytes = false;
        int i = 0;
        for (; i < text.Length && text[i] is not ('\'' or '"'); i++)
        {
            switch (text[i])
            {
                case 'r' or 'R':
                    raw = true;
                    break;
                case 'b' or 'B':
                    bytes = true;
                    break;
            }
        }

        int quoteSize = i + 2 < text.Length && text[i + 1] == text[i] && text[i + 2] == text[i] && text.Length - i >= 6 ? 3 : 1;
        int bodyStart = i + quoteSize;
        int bodyEnd = text.Length - quoteSize;
        var body = text.AsSpan(bodyStart, Math.Max(0, bodyEnd - bodyStart));
        if (bytes)
        {
            if (body.ContainsAnyExceptInRange('\0', '\x7f'))
            {
                throw ErrorOnToken(site, "bytes can only contain ASCII literal characters");
            }

            return new LiteralValue(null, null, raw ? Latin1(body) : DecodeBytesEscapes(body, bodyStart, site));
        }

        if (raw || body.IndexOf('\\') < 0)
        {
            return new LiteralValue(body.ToString(), null, null);
        }

        return DecodeStrEscapes(body, bodyStart, site);
    }

    /// <summary>Decodes an FSTRING_MIDDLE/TSTRING_MIDDLE token's text (braces already single).</summary>
    public static LiteralValue DecodeFStringMiddle(in Site site, bool raw)
    {
        string text = site.Token.Text;
        if (raw || text.IndexOf('\\') < 0)
        {
            return new LiteralValue(text, null, null);
        }

        return DecodeStrEscapes(text, 0, site);
    }

    private static byte[] Latin1(ReadOnlySpan<char> body)
    {
        var result = new byte[body.Length];
        for (int i = 0; i < body.Length; i++)
        {
            result[i] = (byte)body[i];
        }

        return result;
    }

    private static PythonSyntaxError ErrorOnToken(in Site site, string msg)
    {
        var t = site.Token;
        int offset = site.Source.CodePointColumn(Math.Min(t.Start, site.Source.Text.Length)) + 1;
        int endOffset = site.Source.CodePointColumn(Math.Min(t.End, site.Source.Text.Length)) + 1;
        string lineText = site.Source.LineText(t.Lineno);
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, site.Filename, t.Lineno, offset, t.EndLineno, endOffset, lineText);
    }

    /// <summary>
    /// CPython warns once per literal, for its first invalid escape, on the line where that escape is.
    /// </summary>
    private static void WarnInvalidEscape(in Site site, int bodyStart, int escapeIndex, string escaped, bool octal)
    {
        if (site.Warnings is null)
        {
            return;
        }

        var text = site.Token.Text.AsSpan(0, bodyStart + escapeIndex);
        int lineno = site.Token.Lineno + text.Count('\n');
        string what = octal ? "invalid octal escape sequence" : "invalid escape sequence";
        string msg = $"\"\\{escaped}\" is an {what}. Such sequences will not work in the future. Did you mean \"\\\\{escaped}\"? A raw string is also an option.";
        site.Warnings.Warn(new CompilerWarning("SyntaxWarning", msg, site.Filename, lineno, site.Token.ColOffset + 1));
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool IsSimpleEscape(char c, out char value)
    {
        value = c switch
        {
            '\n' => '\0',
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            _ => '\uffff',
        };
        return value != '\uffff';
    }

    private static byte[] DecodeBytesEscapes(ReadOnlySpan<char> body, int bodyStart, in Site site)
    {
        var result = new List<byte>(body.Length);
        bool warned = false;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                result.Add((byte)c);
                continue;
            }

            int start = i;
            char e = body[++i];
            if (IsSimpleEscape(e, out char simple))
            {
                if (e != '\n')
                {
                    result.Add((byte)simple);
                }

                continue;
            }

            if (IsOctal(e))
            {
                int value = e - '0';
                int digits = 1;
                while (digits < 3 && i + 1 < body.Length && IsOctal(body[i + 1]))
                {
                    value = (value * 8) + (body[++i] - '0');
                    digits++;
                }

                if (value > 0xFF && !warned)
                {
                    warned = true;
                    WarnInvalidEscape(site, bodyStart, start, body.Slice(start + 1, 3).ToString(), octal: true);
                }

                result.Add((byte)value);
                continue;
            }

            if (e == 'x')
            {
                int h1 = i + 1 < body.Length ? HexValue(body[i + 1]) : -1;
                int h2 = i + 2 < body.Length ? HexValue(body[i + 2]) : -1;
                if (h1 < 0 || h2 < 0)
                {
                    throw ErrorOnToken(site, $"(value error) invalid \\x escape at position {Encoding.UTF8.GetByteCount(body[..start])}");
                }

                result.Add((byte)((h1 << 4) | h2));
                i += 2;
                continue;
            }

            if (!warned)
            {
                warned = true;
                WarnInvalidEscape(site, bodyStart, start, e.ToString(), octal: false);
            }

            result.Add((byte)'\\');
            i--;
        }

        return [.. result];
    }
}
