using System.Globalization;
using System.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Escape decoding for str literals (CPython's unicode_escape codec plus the parser's warnings).</summary>
public static partial class StringLiterals
{
    /// <summary>Decodes the body of a str literal or the text of an f-/t-string literal part.</summary>
    public static DecodedBody DecodeStrBody(ReadOnlySpan<char> body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0)
        {
            return new DecodedBody(new LiteralValue(body.ToString(), null, null), null, null);
        }

        return DecodeStrEscapes(ToEscapedAscii(body));
    }

    /// <summary>
    /// CPython rewrites a body with escapes to ASCII before handing it to the unicode_escape
    /// codec: a non-ASCII character becomes <c>\UXXXXXXXX</c> and a backslash before one (or at
    /// the end) becomes <c>\u005c</c>. Decoding that same text makes the codec's "position S-E"
    /// and the warning's column come out as CPython's.
    /// </summary>
    private static string ToEscapedAscii(ReadOnlySpan<char> body)
    {
        var sb = new StringBuilder(body.Length + 16);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\')
            {
                // The backslash and its (ASCII) escaped character are copied as a pair, so "\\\\" stays one escape.
                if (i + 1 >= body.Length || body[i + 1] >= 0x80)
                {
                    sb.Append("\\u005c");
                    continue;
                }

                sb.Append('\\').Append(body[++i]);
                continue;
            }

            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }

            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
            {
                cp = char.ConvertToUtf32(c, body[++i]);
            }

            sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static DecodedBody DecodeStrEscapes(string buf)
    {
        // Code points, not UTF-16: "\ud83d\ude00" must stay two lone surrogates, not become one emoji.
        var cps = new List<int>(buf.Length);
        bool loneSurrogate = false;
        InvalidEscape? invalid = null;
        for (int i = 0; i < buf.Length; i++)
        {
            char c = buf[i];
            if (c != '\\')
            {
                cps.Add(c);
                continue;
            }

            int start = i;
            if (i + 1 >= buf.Length)
            {
                // Unreachable: ToEscapedAscii turns a final backslash into \u005c.
                return Failure(start, start + 1, "\\ at end of string");
            }

            char e = buf[++i];
            if (IsSimpleEscape(e, out int simple))
            {
                if (simple >= 0)
                {
                    cps.Add(simple);
                }

                continue;
            }

            if (IsOctal(e))
            {
                int value = Octal(buf, ref i);
                if (value > 0xFF && invalid is null)
                {
                    invalid = MakeInvalid(buf, start + 1, octal: true);
                }

                cps.Add(value);
                continue;
            }

            if (e is 'x' or 'u' or 'U')
            {
                int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                long value = 0;
                for (int n = 0; n < count; n++)
                {
                    if (i + 1 >= buf.Length || HexValue(buf[i + 1]) is not (>= 0 and var h))
                    {
                        string reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        return Failure(start, i + 1, reason);
                    }

                    value = (value << 4) | (long)h;
                    i++;
                }

                if (value > 0x10FFFF)
                {
                    return Failure(start, i + 1, "illegal Unicode character");
                }

                loneSurrogate |= value is >= 0xD800 and <= 0xDFFF;
                cps.Add((int)value);
                continue;
            }

            if (e == 'N')
            {
                if (NamedEscape(buf, ref i) is not { } named)
                {
                    bool unknown = i > start + 3 && buf[i - 1] == '}';
                    return Failure(start, i, unknown ? "unknown Unicode character name" : "malformed \\N character escape");
                }

                cps.Add(named);
                continue;
            }

            invalid ??= MakeInvalid(buf, i, octal: false);
            cps.Add('\\');
            i--;
        }

        return new DecodedBody(loneSurrogate ? new LiteralValue(null, [.. cps], null) : new LiteralValue(FromCodePoints(cps), null, null), null, invalid);
    }

    private static string FromCodePoints(List<int> cps)
    {
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

        return sb.ToString();
    }

    /// <summary>
    /// <c>\N{name}</c>; <paramref name="i"/> is on the 'N'. On success it ends on the closing
    /// brace; on failure it is the end of the range the codec reports, which is past the closing
    /// brace only when a well-formed name is unknown.
    /// </summary>
    private static int? NamedEscape(string buf, ref int i)
    {
        if (i + 1 >= buf.Length || buf[i + 1] != '{')
        {
            i++;
            return null;
        }

        int nameStart = i + 2;
        int close = buf.IndexOf('}', nameStart);
        if (close < 0 || close == nameStart)
        {
            i = close < 0 ? buf.Length : close;
            return null;
        }

        if (UnicodeDatabase.LookupName(buf[nameStart..close]) is int value)
        {
            i = close;
            return value;
        }

        i = close + 1;
        return null;
    }

    /// <summary>The codec's error for the bytes [start, end) of the ASCII text it was given.</summary>
    private static DecodedBody Failure(int start, int end, string reason)
    {
        string where = end - start == 1
            ? $"can't decode byte 0x5c in position {start}"
            : $"can't decode bytes in position {start}-{end - 1}";
        return new DecodedBody(default, $"(unicode error) 'unicodeescape' codec {where}: {reason}", null);
    }
}
