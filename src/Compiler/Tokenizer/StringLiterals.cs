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
/// The first invalid escape of a literal body, for CPython's SyntaxWarning.
/// <see cref="Line"/> counts the newlines before it in the body; <see cref="Column"/> is the
/// index of the escaped character (the one after the backslash) from the start of its line in
/// the body, counted in the text CPython decodes (non-ASCII characters count 10 there).
/// </summary>
public readonly record struct InvalidEscape(string Escaped, bool Octal, int Line, int Column)
{
    /// <summary>The character after the backslash.</summary>
    public char First => Escaped[0];

    public string WarningMessage =>
        $"\"\\{Escaped}\" is an {What}. Such sequences will not work in the future. Did you mean \"\\\\{Escaped}\"? A raw string is also an option.";

    /// <summary>The message when a warnings filter turns the warning into an error.</summary>
    public string ErrorMessage => $"\"\\{Escaped}\" is an {What}. Did you mean \"\\\\{Escaped}\"? A raw string is also an option.";

    private string What => Octal ? "invalid octal escape sequence" : "invalid escape sequence";
}

/// <summary>A decoded literal body: the value, or the SyntaxError message CPython gives, and the first invalid escape.</summary>
public readonly record struct DecodedBody(LiteralValue Value, string? Error, InvalidEscape? Invalid);

/// <summary>
/// The front end's one decoder of string literals, as CPython's <c>Parser/string_parser.c</c>:
/// escapes, raw strings, bytes, the invalid-escape SyntaxWarning and the
/// "(unicode error)"/"(value error)" SyntaxErrors. <see cref="DecodeStrBody"/> and
/// <see cref="DecodeBytesBody"/> report errors and warnings as data, for the parser to place;
/// <see cref="DecodeString"/> and <see cref="DecodeFStringMiddle"/> place them on the token.
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

    /// <summary>Splits a STRING token's text into its body (between the quotes) and its raw/bytes flags.</summary>
    public static ReadOnlySpan<char> Body(string tokenText, out bool raw, out bool bytes)
    {
        raw = false;
        bytes = false;
        int i = 0;
        for (; i < tokenText.Length && tokenText[i] is not ('\'' or '"'); i++)
        {
            switch (tokenText[i])
            {
                case 'r' or 'R':
                    raw = true;
                    break;
                case 'b' or 'B':
                    bytes = true;
                    break;
            }
        }

        int quoteSize = i + 2 < tokenText.Length && tokenText[i + 1] == tokenText[i] && tokenText[i + 2] == tokenText[i] && tokenText.Length - i >= 6 ? 3 : 1;
        int bodyStart = i + quoteSize;
        int bodyEnd = tokenText.Length - quoteSize;
        return tokenText.AsSpan(Math.Min(bodyStart, tokenText.Length), Math.Max(0, bodyEnd - bodyStart));
    }

    /// <summary>Decodes a whole STRING token (prefix, quotes and body), placing errors and the warning on the token.</summary>
    public static LiteralValue DecodeString(in Site site)
    {
        var body = Body(site.Token.Text, out bool raw, out bool bytes);
        return Place(site, bytes ? DecodeBytesBody(body, raw) : DecodeStrBody(body, raw));
    }

    /// <summary>Decodes an FSTRING_MIDDLE/TSTRING_MIDDLE token's text (braces already single).</summary>
    public static LiteralValue DecodeFStringMiddle(in Site site, bool raw) => Place(site, DecodeStrBody(site.Token.Text, raw));

    /// <summary>Decodes the body of a bytes literal (the text between the quotes).</summary>
    public static DecodedBody DecodeBytesBody(ReadOnlySpan<char> body, bool raw)
    {
        if (body.ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return new DecodedBody(default, "bytes can only contain ASCII literal characters", null);
        }

        if (raw || body.IndexOf('\\') < 0)
        {
            return new DecodedBody(new LiteralValue(null, null, Latin1(body)), null, null);
        }

        return DecodeBytesEscapes(body);
    }

    private static LiteralValue Place(in Site site, DecodedBody decoded)
    {
        if (decoded.Error is { } error)
        {
            throw ErrorOnToken(site, error);
        }

        if (decoded.Invalid is { } invalid && site.Warnings is not null)
        {
            // CPython warns once per literal, for its first invalid escape, on the line where that escape is.
            site.Warnings.Warn(new CompilerWarning("SyntaxWarning", invalid.WarningMessage, site.Filename, site.Token.Lineno + invalid.Line, site.Token.ColOffset + 1));
        }

        return decoded.Value;
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

    /// <summary>The first invalid escape, whose escaped character is at <paramref name="index"/> of <paramref name="text"/>.</summary>
    private static InvalidEscape MakeInvalid(ReadOnlySpan<char> text, int index, bool octal)
    {
        var before = text[..index];
        int lastNewline = before.LastIndexOf('\n');
        string escaped = octal ? text.Slice(index, Math.Min(3, text.Length - index)).ToString() : text[index].ToString();
        return new InvalidEscape(escaped, octal, before.Count('\n'), index - lastNewline - 1);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    /// <summary>One-character escapes; a backslash-newline is a line continuation and yields nothing (-1).</summary>
    private static bool IsSimpleEscape(char c, out int value)
    {
        value = c switch
        {
            '\n' => -1,
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
            _ => -2,
        };
        return value != -2;
    }

    /// <summary>An octal escape of up to three digits; <paramref name="i"/> is on the first digit and ends on the last.</summary>
    private static int Octal(ReadOnlySpan<char> text, ref int i)
    {
        int value = text[i] - '0';
        for (int digits = 1; digits < 3 && i + 1 < text.Length && IsOctal(text[i + 1]); digits++)
        {
            value = (value * 8) + (text[++i] - '0');
        }

        return value;
    }

    private static DecodedBody DecodeBytesEscapes(ReadOnlySpan<char> body)
    {
        var result = new List<byte>(body.Length);
        InvalidEscape? invalid = null;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                result.Add((byte)c);
                continue;
            }

            int start = i;
            if (i + 1 >= body.Length)
            {
                // Unreachable from a tokenized literal (the closing quote would be escaped).
                return new DecodedBody(default, "(value error) Trailing \\ in string", null);
            }

            char e = body[++i];
            if (IsSimpleEscape(e, out int simple))
            {
                if (simple >= 0)
                {
                    result.Add((byte)simple);
                }

                continue;
            }

            if (IsOctal(e))
            {
                int value = Octal(body, ref i);
                if (value > 0xFF && invalid is null)
                {
                    invalid = MakeInvalid(body, start + 1, octal: true);
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
                    // The body is ASCII here, so its index is the byte position CPython reports.
                    return new DecodedBody(default, $"(value error) invalid \\x escape at position {start}", null);
                }

                result.Add((byte)((h1 << 4) | h2));
                i += 2;
                continue;
            }

            invalid ??= MakeInvalid(body, i, octal: false);
            result.Add((byte)'\\');
            i--;
        }

        return new DecodedBody(new LiteralValue(null, null, [.. result]), null, invalid);
    }
}
