using System.Text;

namespace ProtoPython.Objects;

/// <summary>ascii and latin-1: one byte per code point below a limit (128 or 256).</summary>
public sealed class ByteCodecs : IEncoderUnits
{
    public static readonly ByteCodecs Ascii = new("ascii", 0x80, "ordinal not in range(128)");
    public static readonly ByteCodecs Latin1 = new("latin-1", 0x100, "ordinal not in range(256)");

    private readonly int _limit;
    private readonly string _reason;

    private ByteCodecs(string name, int limit, string reason)
    {
        Name = name;
        _limit = limit;
        _reason = reason;
    }

    public string Name { get; }

    public int UnitSize => 1;

    public int ReplacementLimit => _limit;

    public bool SupportsSurrogatePass => false;

    public void WriteAscii(EncodeBuffer output, char c) => output.Add((byte)c);

    public void WriteSurrogate(EncodeBuffer output, int cp)
    {
    }

    public PyValue Encode(ThreadState ts, PyStr text, string errors)
    {
        if (text.Kind == StrKind.Ascii)
        {
            return PyBytes.From(Encoding.ASCII.GetBytes(text.Value));
        }

        var mode = CodecErrorModes.Parse(errors);
        var output = new EncodeBuffer(text.Length);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var cp = text[i];
            if (cp < _limit)
            {
                output.Add((byte)cp);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && text[end] >= _limit)
            {
                end++;
            }

            i = output.HandleError(ts, mode, errors, this, text, i, end, _reason);
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToBytes();
    }

    public PyValue Decode(ThreadState ts, ReadOnlySpan<byte> data, string errors)
    {
        if (_limit == 0x100)
        {
            return PyValue.FromObject(new PyStr(Encoding.Latin1.GetString(data)));
        }

        if (System.Text.Ascii.IsValid(data))
        {
            return PyValue.FromObject(new PyStr(Encoding.ASCII.GetString(data)));
        }

        var mode = CodecErrorModes.Parse(errors);
        var output = new DecodeBuffer(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            if (data[i] < 0x80)
            {
                output.Add(data[i++]);
                continue;
            }

            i = output.HandleError(ts, mode, errors, Name, data, i, i + 1, _reason);
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToStr();
    }
}
