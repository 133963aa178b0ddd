using System.Buffers.Binary;

namespace ProtoPython.Objects;

/// <summary>
/// UTF-16 and UTF-32, little- or big-endian, or with a byte order mark ('utf-16': encoding writes
/// a little-endian BOM, decoding honours one and defaults to little-endian).
/// </summary>
public sealed class WideCodec : IEncoderUnits
{
    public static readonly WideCodec Utf16 = new("utf-16", 2, null);
    public static readonly WideCodec Utf16Le = new("utf-16-le", 2, false);
    public static readonly WideCodec Utf16Be = new("utf-16-be", 2, true);
    public static readonly WideCodec Utf32 = new("utf-32", 4, null);
    public static readonly WideCodec Utf32Le = new("utf-32-le", 4, false);
    public static readonly WideCodec Utf32Be = new("utf-32-be", 4, true);

    private readonly bool? _bigEndian;

    /// <summary>The name decoding errors report: the byte order actually used ('utf-16-le' for 'utf-16' without a BOM).</summary>
    private string DecodeName(bool big) => _bigEndian is not null ? Name : Name + (big ? "-be" : "-le");

    private WideCodec(string name, int unitSize, bool? bigEndian)
    {
        Name = name;
        UnitSize = unitSize;
        _bigEndian = bigEndian;
    }

    public string Name { get; }

    public int UnitSize { get; }

    public bool SupportsSurrogatePass => true;

    /// <summary>Encoding is little-endian unless the codec says big ('utf-16' writes a little-endian BOM).</summary>
    private bool WritesBigEndian => _bigEndian ?? false;

    public void WriteAscii(EncodeBuffer output, char c) => WriteUnit(output, c, WritesBigEndian);

    public void WriteSurrogate(EncodeBuffer output, int cp) => WriteUnit(output, cp, WritesBigEndian);

    public PyValue Encode(ThreadState ts, PyStr text, string errors)
    {
        var big = WritesBigEndian;
        var mode = CodecErrorModes.Parse(errors);
        var output = new EncodeBuffer((text.Length + 1) * UnitSize);
        if (_bigEndian is null)
        {
            WriteUnit(output, 0xFEFF, big);
        }

        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var cp = text[i];
            if (cp is < 0xD800 or > 0xDFFF)
            {
                if (UnitSize == 2 && cp >= 0x10000)
                {
                    WriteUnit(output, 0xD800 + ((cp - 0x10000) >> 10), big);
                    WriteUnit(output, 0xDC00 + ((cp - 0x10000) & 0x3FF), big);
                }
                else
                {
                    WriteUnit(output, cp, big);
                }

                i++;
                continue;
            }

            i = output.HandleError(ts, mode, errors, this, text, i, i + 1, "surrogates not allowed");
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToBytes();
    }

    public PyValue Decode(ThreadState ts, ReadOnlySpan<byte> data, string errors)
    {
        var mode = CodecErrorModes.Parse(errors);
        var big = _bigEndian ?? false;
        var pos = 0;
        if (_bigEndian is null)
        {
            if (HasBom(data, false))
            {
                pos = UnitSize;
            }
            else if (HasBom(data, true))
            {
                pos = UnitSize;
                big = true;
            }
        }

        var output = new DecodeBuffer(data.Length / UnitSize);
        SurrogatePassDecoder surrogatePass = (ReadOnlySpan<byte> d, int p, out int cp, out int used) =>
        {
            used = UnitSize;
            cp = p + UnitSize <= d.Length ? ReadUnit(d, p, big) : 0;
            return cp is >= 0xD800 and <= 0xDFFF;
        };
        var n = data.Length;
        while (pos < n)
        {
            string reason;
            var end = pos + UnitSize;
            if (n - pos < UnitSize)
            {
                reason = "truncated data";
                end = n;
            }
            else
            {
                var unit = ReadUnit(data, pos, big);
                if (UnitSize == 4)
                {
                    if (unit is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF))
                    {
                        output.Add(unit);
                        pos += 4;
                        continue;
                    }

                    reason = unit is < 0 or > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
                }
                else if (unit is < 0xD800 or > 0xDFFF)
                {
                    output.Add(unit);
                    pos += 2;
                    continue;
                }
                else if (unit >= 0xDC00)
                {
                    reason = "illegal encoding";
                }
                else if (n - pos < 4)
                {
                    reason = "unexpected end of data";
                    end = n;
                }
                else
                {
                    var low = ReadUnit(data, pos + 2, big);
                    if (low is >= 0xDC00 and <= 0xDFFF)
                    {
                        output.Add(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                        pos += 4;
                        continue;
                    }

                    reason = "illegal UTF-16 surrogate";
                }
            }

            pos = output.HandleError(ts, mode, errors, DecodeName(big), data, pos, end, reason, surrogatePass);
            if (pos < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToStr();
    }

    private bool HasBom(ReadOnlySpan<byte> data, bool big) => data.Length >= UnitSize && ReadUnit(data, 0, big) == 0xFEFF;

    private int ReadUnit(ReadOnlySpan<byte> data, int pos, bool big) => UnitSize == 2
        ? big ? BinaryPrimitives.ReadUInt16BigEndian(data[pos..]) : BinaryPrimitives.ReadUInt16LittleEndian(data[pos..])
        : big ? BinaryPrimitives.ReadInt32BigEndian(data[pos..]) : BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);

    private void WriteUnit(EncodeBuffer output, int value, bool big)
    {
        Span<byte> b = stackalloc byte[4];
        if (UnitSize == 2)
        {
            if (big)
            {
                BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)value);
            }
        }
        else if (big)
        {
            BinaryPrimitives.WriteInt32BigEndian(b, value);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(b, value);
        }

        output.AddRange(b[..UnitSize]);
    }
}
