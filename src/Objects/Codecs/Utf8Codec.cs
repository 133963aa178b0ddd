using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// UTF-8 as CPython implements it: surrogates are not encodable (except with surrogatepass) and
/// invalid input is reported per maximal subpart with CPython's reasons.
/// </summary>
public sealed class Utf8Codec : IEncoderUnits
{
    public static readonly Utf8Codec Instance = new();

    private static readonly SurrogatePassDecoder s_surrogatePass = DecodeSurrogate;

    public string Name => "utf-8";

    public int UnitSize => 1;

    public bool SupportsSurrogatePass => true;

    public void WriteAscii(EncodeBuffer output, char c) => output.Add((byte)c);

    public void WriteSurrogate(EncodeBuffer output, int cp)
    {
        output.Add((byte)(0xE0 | (cp >> 12)));
        output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
        output.Add((byte)(0x80 | (cp & 0x3F)));
    }

    public PyValue Encode(ThreadState ts, PyStr text, string errors)
    {
        if (!text.HasSurrogates)
        {
            return PyBytes.From(Encoding.UTF8.GetBytes(text.Value));
        }

        var mode = CodecErrorModes.Parse(errors);
        var output = new EncodeBuffer(text.Length * 2);
        var n = text.Length;
        var i = 0;
        Span<byte> scratch = stackalloc byte[4];
        while (i < n)
        {
            var cp = text[i];
            if (cp is < 0xD800 or > 0xDFFF)
            {
                var len = new Rune(cp).EncodeToUtf8(scratch);
                output.AddRange(scratch[..len]);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && text[end] is >= 0xD800 and <= 0xDFFF)
            {
                end++;
            }

            i = output.HandleError(ts, mode, errors, this, text, i, end, "surrogates not allowed");
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToBytes();
    }

    public PyValue Decode(ThreadState ts, ReadOnlySpan<byte> data, string errors)
    {
        if (System.Text.Unicode.Utf8.IsValid(data))
        {
            return PyValue.FromObject(new PyStr(Encoding.UTF8.GetString(data)));
        }

        var mode = CodecErrorModes.Parse(errors);
        var output = new DecodeBuffer(data.Length);
        var n = data.Length;
        var i = 0;
        while (i < n)
        {
            var b = data[i];
            if (b < 0x80)
            {
                output.Add(b);
                i++;
                continue;
            }

            var (need, lo, hi) = b switch
            {
                >= 0xC2 and <= 0xDF => (1, 0x80, 0xBF),
                0xE0 => (2, 0xA0, 0xBF),
                0xED => (2, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (2, 0x80, 0xBF),
                0xF0 => (3, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (3, 0x80, 0xBF),
                0xF4 => (3, 0x80, 0x8F),
                _ => (0, 0, 0),
            };
            string? reason = null;
            var end = i + 1;
            if (need == 0)
            {
                reason = "invalid start byte";
            }
            else
            {
                for (var k = 1; k <= need; k++)
                {
                    if (i + k >= n)
                    {
                        reason = "unexpected end of data";
                        end = n;
                        break;
                    }

                    var c = data[i + k];
                    if (k == 1 ? c < lo || c > hi : c is < 0x80 or > 0xBF)
                    {
                        reason = "invalid continuation byte";
                        end = i + k;
                        break;
                    }
                }
            }

            if (reason is null)
            {
                var cp = b & (0x7F >> (need + 1));
                for (var k = 1; k <= need; k++)
                {
                    cp = (cp << 6) | (data[i + k] & 0x3F);
                }

                output.Add(cp);
                i += need + 1;
                continue;
            }

            i = output.HandleError(ts, mode, errors, Name, data, i, end, reason, s_surrogatePass);
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToStr();
    }

    private static bool DecodeSurrogate(ReadOnlySpan<byte> data, int pos, out int codePoint, out int used)
    {
        codePoint = 0;
        used = 3;
        if (pos + 2 >= data.Length || data[pos] != 0xED || data[pos + 1] is < 0xA0 or > 0xBF || data[pos + 2] is < 0x80 or > 0xBF)
        {
            return false;
        }

        codePoint = 0xD000 | ((data[pos + 1] & 0x3F) << 6) | (data[pos + 2] & 0x3F);
        return true;
    }
}
