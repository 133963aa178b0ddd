using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace ProtoPython.Objects.Unicode;

/// <summary>
/// Reads the little-endian tables written by tools/unicode/gen_unicode_data.py from an embedded,
/// gzip-compressed resource (format: docs/internals/unicode.md).
/// </summary>
internal sealed class DataReader
{
    private readonly byte[] _data;
    private int _pos;

    private DataReader(byte[] data) => _data = data;

    /// <summary>Opens an embedded data file and checks its header; <paramref name="kind"/> is 'P' or 'N'.</summary>
    public static DataReader Open(string resourceName, char kind, out string unidataVersion)
    {
        var assembly = typeof(DataReader).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("missing embedded Unicode data " + resourceName);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var reader = new DataReader(buffer.ToArray());
        var magic = reader.Bytes(6);
        if (!magic.SequenceEqual("PPUCD"u8.ToArray().Append((byte)kind).ToArray()))
        {
            throw new InvalidDataException("bad Unicode data header in " + resourceName);
        }

        var format = reader.U16();
        if (format != 1)
        {
            throw new InvalidDataException($"unsupported Unicode data format {format} in {resourceName}");
        }

        unidataVersion = reader.Ascii();
        return reader;
    }

    public bool AtEnd => _pos == _data.Length;

    public byte U8() => _data[_pos++];

    public sbyte I8() => unchecked((sbyte)_data[_pos++]);

    public ushort U16()
    {
        var v = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(_pos));
        _pos += 2;
        return v;
    }

    public int I32()
    {
        var v = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos));
        _pos += 4;
        return v;
    }

    public uint U32()
    {
        var v = BinaryPrimitives.ReadUInt32LittleEndian(_data.AsSpan(_pos));
        _pos += 4;
        return v;
    }

    public double F64()
    {
        var v = BinaryPrimitives.ReadDoubleLittleEndian(_data.AsSpan(_pos));
        _pos += 8;
        return v;
    }

    public string Ascii()
    {
        int len = U8();
        var s = Encoding.ASCII.GetString(_data, _pos, len);
        _pos += len;
        return s;
    }

    public string[] Strings()
    {
        var items = new string[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Ascii();
        }

        return items;
    }

    public ushort[] U16s()
    {
        var n = Count();
        var items = new ushort[n];
        var span = _data.AsSpan(_pos, n * 2);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, ushort>(span).CopyTo(items);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                items[i] = BinaryPrimitives.ReadUInt16LittleEndian(span[(i * 2)..]);
            }
        }

        _pos += n * 2;
        return items;
    }

    public int[] I32s()
    {
        var n = Count();
        var items = new int[n];
        var span = _data.AsSpan(_pos, n * 4);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, int>(span).CopyTo(items);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                items[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]);
            }
        }

        _pos += n * 4;
        return items;
    }

    /// <summary>A table written by the generator's <c>two_level</c>.</summary>
    public TwoLevelTable TwoLevel()
    {
        int shift = U8();
        var index1 = U16s();
        var index2 = U16s();
        return new TwoLevelTable(shift, index1, index2);
    }

    private int Count() => checked((int)U32());

    private byte[] Bytes(int n)
    {
        var b = _data.AsSpan(_pos, n).ToArray();
        _pos += n;
        return b;
    }
}
