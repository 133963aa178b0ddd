using System.Globalization;
using System.Text;
using ProtoPython.Objects;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The escaping codecs: escape_encode/decode (bytes literals), unicode_escape and raw_unicode_escape
/// (str literals; other bytes are latin-1).
/// </summary>
internal static class EscapeCodecs
{
    /// <summary>escape_encode: bytes as inside a bytes literal's quotes (\t, \n, \r, \\, \', \xhh).</summary>
    public static byte[] EscapeEncode(ReadOnlySpan<byte> data)
    {
        var sb = new StringBuilder(data.Length);
        foreach (var b in data)
        {
            sb.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\'' => "\\'",
                (byte)'\t' => "\\t",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                < 0x20 or >= 0x7F => "\\x" + b.ToString("x2", CultureInfo.InvariantCulture),
                _ => ((char)b).ToString(),
            });
        }

        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>escape_decode: the escapes of bytes literals; ValueError for a bad \x escape or a trailing backslash.</summary>
    public static PyValue EscapeDecode(ThreadState ts, ReadOnlySpan<byte> data, string errors)
    {
        var output = new List<byte>(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i++];
            if (c != '\\')
            {
                output.Add(c);
                continue;
            }

            if (i >= data.Length)
            {
                return ts.SetError(PyExc.ValueError, "Trailing \\ in string");
            }

            var e = data[i++];
            switch (e)
            {
                case (byte)'\n':
                    break;
                case (byte)'x':
                    if (i + 1 < data.Length && HexValue(data[i]) >= 0 && HexValue(data[i + 1]) >= 0)
                    {
                        output.Add((byte)((HexValue(data[i]) << 4) | HexValue(data[i + 1])));
                        i += 2;
                        break;
                    }

                    if (errors == "strict")
                    {
                        return ts.SetError(PyExc.ValueError, "invalid \\x escape at position " + (i - 2));
                    }

                    if (errors == "replace")
                    {
                        output.Add((byte)'?');
                    }
                    else if (errors != "ignore")
                    {
                        return ts.SetError(PyExc.ValueError, "decoding error; unknown error handling code: " + errors);
                    }

                    if (i < data.Length && HexValue(data[i]) >= 0)
                    {
                        i++;
                    }

                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var k = 0; k < 2 && i < data.Length && data[i] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        value = (value * 8) + (data[i++] - '0');
                    }

                    output.Add((byte)value);
                    break;
                default:
                    var simple = SimpleEscape(e);
                    if (simple >= 0)
                    {
                        output.Add((byte)simple);
                    }
                    else
                    {
                        output.Add((byte)'\\');
                        output.Add(e);
                    }

                    break;
            }
        }

        return PyBytes.From([.. output]);
    }

    /// <summary>unicode_escape_encode: printable ASCII as is, everything else as a Python escape.</summary>
    public static PyValue UnicodeEscapeEncode(PyStr text, bool raw)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var cp = text[i];
            if (raw)
            {
                sb.Append(cp < 0x100 ? ((char)cp).ToString() : CodecErrorHandlers.Escape(cp));
                continue;
            }

            sb.Append(cp switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                >= 0x20 and < 0x7F => ((char)cp).ToString(),
                _ => CodecErrorHandlers.Escape(cp),
            });
        }

        return PyBytes.From(Encoding.Latin1.GetBytes(sb.ToString()));
    }

    /// <summary>
    /// unicode_escape_decode / raw_unicode_escape_decode: (str, bytes consumed). Without
    /// <paramref name="final"/> an escape cut off by the end of the data is left unconsumed.
    /// </summary>
    public static PyValue UnicodeEscapeDecode(ThreadState ts, ReadOnlySpan<byte> data, string errors, bool final, bool raw)
    {
        var encoding = raw ? "rawunicodeescape" : "unicodeescape";
        var mode = CodecErrorModes.Parse(errors);
        var output = new DecodeBuffer(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (c != '\\')
            {
                output.Add(c);
                i++;
                continue;
            }

            var start = i++;
            if (i >= data.Length)
            {
                if (raw)
                {
                    output.Add('\\');
                    continue;
                }

                if (!final)
                {
                    return Done(output, start);
                }

                i = output.HandleError(ts, mode, errors, encoding, data, start, data.Length, "\\ at end of string");
                if (i < 0)
                {
                    return PyValue.Error;
                }

                continue;
            }

            var e = data[i];
            var count = e switch
            {
                (byte)'x' when !raw => 2,
                (byte)'u' => 4,
                (byte)'U' => 8,
                _ => 0,
            };
            if (raw && count == 0)
            {
                output.Add('\\');
                continue;
            }

            i++;
            if (count > 0)
            {
                var value = 0L;
                var k = 0;
                while (k < count && i < data.Length && HexValue(data[i]) >= 0)
                {
                    value = (value << 4) | (long)HexValue(data[i++]);
                    k++;
                }

                string? reason = null;
                if (k < count)
                {
                    if (i >= data.Length && !final)
                    {
                        return Done(output, start);
                    }

                    reason = count == 2 ? "truncated \\xXX escape" : count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                }
                else if (value > 0x10FFFF)
                {
                    reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
                }

                if (reason is null)
                {
                    output.Add((int)value);
                    continue;
                }

                i = output.HandleError(ts, mode, errors, encoding, data, start, i, reason);
                if (i < 0)
                {
                    return PyValue.Error;
                }

                continue;
            }

            switch (e)
            {
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var octal = e - '0';
                    for (var k = 0; k < 2 && i < data.Length && data[i] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        octal = (octal * 8) + (data[i++] - '0');
                    }

                    output.Add(octal);
                    break;
                case (byte)'N':
                    var named = NamedEscape(data, ref i, out var cp);
                    if (named == 1)
                    {
                        output.Add(cp);
                        break;
                    }

                    if (named == 0 && !final)
                    {
                        return Done(output, start);
                    }

                    i = output.HandleError(ts, mode, errors, encoding, data, start, i, named == 2 ? "unknown Unicode character name" : "malformed \\N character escape");
                    if (i < 0)
                    {
                        return PyValue.Error;
                    }

                    break;
                default:
                    var simple = SimpleEscape(e);
                    if (simple >= 0)
                    {
                        output.Add(simple);
                    }
                    else
                    {
                        output.Add('\\');
                        output.Add(e);
                    }

                    break;
            }
        }

        return Done(output, data.Length);
    }

    private static PyValue Done(DecodeBuffer output, int consumed) => CodecArgs.Pair(output.ToStr(), consumed);

    /// <summary>\N{name} after the N at <paramref name="i"/>: 1 found, 2 unknown name, 0 cut off by the end, -1 malformed.</summary>
    private static int NamedEscape(ReadOnlySpan<byte> data, ref int i, out int cp)
    {
        cp = 0;
        if (i >= data.Length)
        {
            return 0;
        }

        if (data[i] != '{')
        {
            return -1;
        }

        var close = data[(i + 1)..].IndexOf((byte)'}');
        if (close < 0)
        {
            i = data.Length;
            return 0;
        }

        if (close == 0)
        {
            i += 2;
            return -1;
        }

        var name = Encoding.Latin1.GetString(data.Slice(i + 1, close));
        i += close + 2;
        var found = UnicodeDatabase.LookupName(name);
        if (found is null)
        {
            return 2;
        }

        cp = found.Value;
        return 1;
    }

    private static int SimpleEscape(byte e) => e switch
    {
        (byte)'\\' => '\\',
        (byte)'\'' => '\'',
        (byte)'"' => '"',
        (byte)'a' => 7,
        (byte)'b' => 8,
        (byte)'f' => 12,
        (byte)'n' => 10,
        (byte)'r' => 13,
        (byte)'t' => 9,
        (byte)'v' => 11,
        _ => -1,
    };

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
