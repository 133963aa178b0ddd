using System.Globalization;
using System.Text;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// Backslash escapes of str and bytes literals, as CPython's string_parser.c over the
/// unicode-escape and escape decoders. A str body with escapes is first rewritten to ASCII
/// (non-ASCII characters become <c>\UXXXXXXXX</c>, a backslash before one becomes
/// <c>\u005c</c>) exactly as CPython does, so "position N-M" in error messages match.
/// </summary>
internal static class StringLiteralDecoder
{
    /// <summary>A decoding error: the message CPython wraps as "(unicode error) ..." or "(value error) ...".</summary>
    public sealed class DecodeException(string message) : Exception(message);

    /// <summary>Where the first invalid escape is, for the SyntaxWarning.</summary>
    public readonly record struct InvalidEscape(string Buffer, int Index, bool Octal);

    public static ConstantValue DecodeStr(string body, bool raw, out InvalidEscape? invalid)
    {
        invalid = null;
        if (raw || body.IndexOf('\\') < 0)
        {
            return ConstantValue.FromStr(body);
        }

        var buf = ToEscapedAscii(body);
        var cps = new List<int>(buf.Length);
        var hasSurrogate = false;
        var firstInvalid = -1;
        var n = buf.Length;
        var i = 0;
        while (i < n)
        {
            var c = buf[i];
            if (c != '\\')
            {
                cps.Add(c);
                i++;
                continue;
            }

            var start = i++;
            if (i >= n)
            {
                throw UnicodeError(start, n, "\\ at end of string");
            }

            c = buf[i++];
            switch (c)
            {
                case '\n':
                    break;
                case '\\' or '\'' or '"':
                    cps.Add(c);
                    break;
                case 'b':
                    cps.Add(8);
                    break;
                case 'f':
                    cps.Add(12);
                    break;
                case 't':
                    cps.Add(9);
                    break;
                case 'n':
                    cps.Add(10);
                    break;
                case 'r':
                    cps.Add(13);
                    break;
                case 'v':
                    cps.Add(11);
                    break;
                case 'a':
                    cps.Add(7);
                    break;
                case >= '0' and <= '7':
                    {
                        var value = c - '0';
                        if (i < n && buf[i] is >= '0' and <= '7')
                        {
                            value = (value << 3) + buf[i++] - '0';
                            if (i < n && buf[i] is >= '0' and <= '7')
                            {
                                value = (value << 3) + buf[i++] - '0';
                            }
                        }

                        if (value > 0xFF && firstInvalid < 0)
                        {
                            firstInvalid = start + 1;
                        }

                        cps.Add(value);
                        break;
                    }

                case 'x' or 'u' or 'U':
                    {
                        var count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        var message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        var value = 0L;
                        for (; count > 0; count--, i++)
                        {
                            if (i >= n || !IsHex(buf[i]))
                            {
                                throw UnicodeError(start, i, message);
                            }

                            value = (value << 4) + HexValue(buf[i]);
                        }

                        if (value > 0x10FFFF)
                        {
                            throw UnicodeError(start, i, "illegal Unicode character");
                        }

                        hasSurrogate |= value is >= 0xD800 and <= 0xDFFF;
                        cps.Add((int)value);
                        break;
                    }

                case 'N':
                    {
                        const string malformed = "malformed \\N character escape";
                        if (i >= n || buf[i] != '{')
                        {
                            throw UnicodeError(start, i, malformed);
                        }

                        var nameStart = ++i;
                        while (i < n && buf[i] != '}')
                        {
                            i++;
                        }

                        if (i >= n)
                        {
                            throw UnicodeError(start, i, malformed);
                        }

                        if (i == nameStart)
                        {
                            throw UnicodeError(start, i, malformed);
                        }

                        var name = buf.Substring(nameStart, i - nameStart);
                        i++;
                        var cp = LookupName(name);
                        if (cp is null)
                        {
                            throw UnicodeError(start, i, "unknown Unicode character name");
                        }

                        hasSurrogate |= cp.Value is >= 0xD800 and <= 0xDFFF;
                        cps.Add(cp.Value);
                        break;
                    }

                default:
                    if (firstInvalid < 0)
                    {
                        firstInvalid = i - 1;
                    }

                    cps.Add('\\');
                    cps.Add(c);
                    break;
            }
        }

        if (firstInvalid >= 0)
        {
            invalid = new InvalidEscape(buf, firstInvalid, buf[firstInvalid] is >= '4' and <= '7');
        }

        if (hasSurrogate)
        {
            return ConstantValue.FromCodePoints(cps.ToArray());
        }

        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        return ConstantValue.FromStr(sb.ToString());
    }

    /// <summary>\N{...} names, with aliases, as unicodedata.lookup for string escapes.</summary>
    private static int? LookupName(string name) => ProtoPython.Objects.Unicode.UnicodeDatabase.LookupName(name);

    /// <summary>decode_unicode_with_escapes' rewrite of the body into pure ASCII.</summary>
    private static string ToEscapedAscii(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\')
            {
                // The backslash and the character after it are copied as a pair, so "\\\\"
                // stays an escaped backslash; before a non-ASCII character or the end the
                // backslash itself becomes \u005c.
                sb.Append('\\');
                if (i + 1 >= s.Length || s[i + 1] >= 0x80)
                {
                    sb.Append("u005c");
                    continue;
                }

                sb.Append(s[++i]);
                continue;
            }

            if (c >= 0x80)
            {
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    i++;
                }

                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static ConstantValue DecodeBytes(string body, bool raw, out InvalidEscape? invalid)
    {
        invalid = null;
        var bytes = new List<byte>(body.Length);
        if (raw || body.IndexOf('\\') < 0)
        {
            foreach (var c in body)
            {
                bytes.Add((byte)c);
            }

            return ConstantValue.FromBytes(bytes.ToArray());
        }

        var firstInvalid = -1;
        var n = body.Length;
        var i = 0;
        while (i < n)
        {
            var c = body[i];
            if (c != '\\')
            {
                bytes.Add((byte)c);
                i++;
                continue;
            }

            var start = i++;
            if (i >= n)
            {
                throw new DecodeException("(value error) Trailing \\ in string");
            }

            c = body[i++];
            switch (c)
            {
                case '\n':
                    break;
                case '\\' or '\'' or '"':
                    bytes.Add((byte)c);
                    break;
                case 'b':
                    bytes.Add(8);
                    break;
                case 'f':
                    bytes.Add(12);
                    break;
                case 't':
                    bytes.Add(9);
                    break;
                case 'n':
                    bytes.Add(10);
                    break;
                case 'r':
                    bytes.Add(13);
                    break;
                case 'v':
                    bytes.Add(11);
                    break;
                case 'a':
                    bytes.Add(7);
                    break;
                case >= '0' and <= '7':
                    {
                        var value = c - '0';
                        if (i < n && body[i] is >= '0' and <= '7')
                        {
                            value = (value << 3) + body[i++] - '0';
                            if (i < n && body[i] is >= '0' and <= '7')
                            {
                                value = (value << 3) + body[i++] - '0';
                            }
                        }

                        if (value > 0xFF && firstInvalid < 0)
                        {
                            firstInvalid = start + 1;
                        }

                        bytes.Add((byte)value);
                        break;
                    }

                case 'x':
                    if (i + 1 < n && IsHex(body[i]) && IsHex(body[i + 1]))
                    {
                        bytes.Add((byte)((HexValue(body[i]) << 4) + HexValue(body[i + 1])));
                        i += 2;
                        break;
                    }

                    throw new DecodeException($"(value error) invalid \\x escape at position {start}");
                default:
                    if (firstInvalid < 0)
                    {
                        firstInvalid = i - 1;
                    }

                    bytes.Add((byte)'\\');
                    bytes.Add((byte)c);
                    break;
            }
        }

        if (firstInvalid >= 0)
        {
            invalid = new InvalidEscape(body, firstInvalid, body[firstInvalid] is >= '4' and <= '7');
        }

        return ConstantValue.FromBytes(bytes.ToArray());
    }

    private static DecodeException UnicodeError(int start, int end, string reason)
    {
        var where = end - start == 1
            ? $"can't decode byte 0x5c in position {start}"
            : $"can't decode bytes in position {start}-{end - 1}";
        return new DecodeException($"(unicode error) 'unicodeescape' codec {where}: {reason}");
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
