using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Escape decoding for str literals (CPython's unicode_escape codec plus the parser's warnings).</summary>
public static partial class StringLiterals
{
    private static LiteralValue DecodeStrEscapes(ReadOnlySpan<char> body, int bodyStart, in Site site)
    {
        // Code points, not UTF-16: "\ud83d\ude00" must stay two lone surrogates, not become one emoji.
        var cps = new List<int>(body.Length);
        bool loneSurrogate = false;
        bool warned = false;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
                {
                    cps.Add(char.ConvertToUtf32(c, body[++i]));
                }
                else
                {
                    cps.Add(c);
                }

                continue;
            }

            int start = i;
            if (i + 1 >= body.Length)
            {
                // Only an f-string part can end in a backslash (before "{"); the tokenizer warned already.
                cps.Add('\\');
                continue;
            }

            char e = body[++i];
            if (IsSimpleEscape(e, out char simple))
            {
                if (e != '\n')
                {
                    cps.Add(simple);
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

                cps.Add(value);
                continue;
            }

            if (e is 'x' or 'u' or 'U')
            {
                int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                int value = 0;
                int n = 0;
                while (n < count && i + 1 < body.Length && HexValue(body[i + 1]) is var h and >= 0)
                {
                    value = (value << 4) | h;
                    i++;
                    n++;
                }

                if (n < count)
                {
                    string reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    throw UnicodeEscapeError(site, body, start, i + 1, reason);
                }

                if (value > 0x10FFFF)
                {
                    throw UnicodeEscapeError(site, body, start, i + 1, "illegal Unicode character");
                }

                loneSurrogate |= value is >= 0xD800 and <= 0xDFFF;
                cps.Add(value);
                continue;
            }

            if (e == 'N')
            {
                cps.Add(NamedEscape(body, ref i, start, site));
                continue;
            }

            // CPython's decoder works on UTF-8 bytes and only reports an ASCII character after the backslash.
            if (!warned && e < 0x80)
            {
                warned = true;
                WarnInvalidEscape(site, bodyStart, start, e.ToString(), octal: false);
            }

            cps.Add('\\');
            i--;
        }

        if (loneSurrogate)
        {
            return new LiteralValue(null, [.. cps], null);
        }

        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
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

        return new LiteralValue(sb.ToString(), null, null);
    }

    /// <summary><c>\N{name}</c>; <paramref name="i"/> is on the 'N' and ends on the closing brace.</summary>
    private static int NamedEscape(ReadOnlySpan<char> body, ref int i, int start, in Site site)
    {
        if (i + 1 < body.Length && body[i + 1] == '{')
        {
            int nameStart = i + 2;
            int close = nameStart;
            while (close < body.Length && body[close] != '}')
            {
                close++;
            }

            if (close > nameStart && close < body.Length)
            {
                int? cp = UnicodeDatabase.LookupName(body[nameStart..close].ToString());
                if (cp is int value)
                {
                    i = close;
                    return value;
                }

                throw UnicodeEscapeError(site, body, start, close + 1, "unknown Unicode character name");
            }

            throw UnicodeEscapeError(site, body, start, Math.Min(close, body.Length), "malformed \\N character escape");
        }

        throw UnicodeEscapeError(site, body, start, i + 1, "malformed \\N character escape");
    }

    /// <summary>
    /// CPython's message names a byte range in the text it hands the unicode_escape codec, where
    /// every non-ASCII character of the literal was first rewritten as a 10-byte <c>\UXXXXXXXX</c>.
    /// </summary>
    private static Diagnostics.PythonSyntaxError UnicodeEscapeError(in Site site, ReadOnlySpan<char> body, int start, int end, string reason)
    {
        int byteStart = EscapedLength(body[..start]);
        int byteEnd = EscapedLength(body[..Math.Min(end, body.Length)]);
        return ErrorOnToken(site, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {byteStart}-{byteEnd - 1}: {reason}");
    }

    private static int EscapedLength(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x80)
            {
                n++;
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            n += 10;
        }

        return n;
    }
}
