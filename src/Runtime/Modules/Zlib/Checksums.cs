namespace ProtoPython.Runtime.Modules;

/// <summary>CRC-32 (the gzip/PNG polynomial, reflected) and Adler-32 as zlib computes them.</summary>
internal static class Checksums
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        var table = s_crcTable;
        crc = ~crc;
        foreach (var b in data)
        {
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    public static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint mod = 65521;
        uint a = adler & 0xFFFF, b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 is the largest run whose sums cannot overflow 32 bits before the modulo.
            var n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }

            a %= mod;
            b %= mod;
            data = data[n..];
        }

        return (b << 16) | a;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

/// <summary>A growable byte buffer for decompressed output.</summary>
internal sealed class ByteSink
{
    private byte[] _buffer;

    public ByteSink(int capacity) => _buffer = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public void Add(byte b)
    {
        if (Length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[Length++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + bytes.Length));
        }

        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();
}
