using System.Buffers.Binary;
using System.Numerics;

namespace ProtoPython.Runtime.Modules;

/// <summary>The parameter block fields of BLAKE2 (RFC 7693 section 2.5 and the BLAKE2 paper's tree mode).</summary>
internal record struct Blake2Params(int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth, uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

/// <summary>BLAKE2b (64-bit words, 128-byte blocks, 12 rounds) from RFC 7693.</summary>
internal sealed class Blake2bCore : HashCore
{
    private static readonly ulong[] s_iv =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private ulong[] _h = new ulong[8];
    private byte[] _buffer = new byte[128];
    private int _buffered;
    private UInt128 _counter;
    private readonly int _digestSize;
    private readonly bool _lastNode;

    public Blake2bCore(in Blake2Params p)
    {
        _digestSize = p.DigestSize;
        _lastNode = p.LastNode;
        Span<byte> block = stackalloc byte[64];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
        block[16] = (byte)p.NodeDepth;
        block[17] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[32..]);
        p.Person.CopyTo(block[48..]);
        for (var i = 0; i < 8; i++)
        {
            _h[i] = s_iv[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        if (p.Key.Length > 0)
        {
            p.Key.CopyTo(_buffer, 0);
            _buffered = 128;
        }
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => 128;

    public override void Update(ReadOnlySpan<byte> data)
    {
        // The last block is compressed only at the end (with the final flag), so a full buffer waits for more data.
        while (data.Length > 0)
        {
            if (_buffered == 128)
            {
                _counter += 128;
                Compress(_h, _buffer, _counter, false, false);
                _buffered = 0;
            }

            var n = Math.Min(128 - _buffered, data.Length);
            data[..n].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += n;
            data = data[n..];
        }
    }

    public override byte[] Digest(int length)
    {
        var h = (ulong[])_h.Clone();
        var block = new byte[128];
        _buffer.AsSpan(0, _buffered).CopyTo(block);
        Compress(h, block, _counter + (uint)_buffered, true, _lastNode);
        var full = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(full.AsSpan(i * 8), h[i]);
        }

        return full[.._digestSize];
    }

    public override HashCore Clone()
    {
        var c = (Blake2bCore)MemberwiseClone();
        c._h = (ulong[])_h.Clone();
        c._buffer = (byte[])_buffer.Clone();
        return c;
    }

    private static void Compress(ulong[] h, ReadOnlySpan<byte> block, UInt128 counter, bool final, bool lastNode)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (var i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        h.CopyTo(v);
        s_iv.CopyTo(v[8..]);
        v[12] ^= (ulong)counter;
        v[13] ^= (ulong)(counter >> 64);
        if (final)
        {
            v[14] = ~v[14];
            if (lastNode)
            {
                v[15] = ~v[15];
            }
        }

        for (var round = 0; round < 12; round++)
        {
            var s = Blake2Sigma.Rows[round % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }

        for (var i = 0; i < 8; i++)
        {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}

/// <summary>BLAKE2s (32-bit words, 64-byte blocks, 10 rounds) from RFC 7693.</summary>
internal sealed class Blake2sCore : HashCore
{
    private static readonly uint[] s_iv = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    private uint[] _h = new uint[8];
    private byte[] _buffer = new byte[64];
    private int _buffered;
    private ulong _counter;
    private readonly int _digestSize;
    private readonly bool _lastNode;

    public Blake2sCore(in Blake2Params p)
    {
        _digestSize = p.DigestSize;
        _lastNode = p.LastNode;
        Span<byte> block = stackalloc byte[32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        BinaryPrimitives.WriteUInt32LittleEndian(block[8..], (uint)p.NodeOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(block[12..], (ushort)(p.NodeOffset >> 32));
        block[14] = (byte)p.NodeDepth;
        block[15] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[16..]);
        p.Person.CopyTo(block[24..]);
        for (var i = 0; i < 8; i++)
        {
            _h[i] = s_iv[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        }

        if (p.Key.Length > 0)
        {
            p.Key.CopyTo(_buffer, 0);
            _buffered = 64;
        }
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => 64;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_buffered == 64)
            {
                _counter += 64;
                Compress(_h, _buffer, _counter, false, false);
                _buffered = 0;
            }

            var n = Math.Min(64 - _buffered, data.Length);
            data[..n].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += n;
            data = data[n..];
        }
    }

    public override byte[] Digest(int length)
    {
        var h = (uint[])_h.Clone();
        var block = new byte[64];
        _buffer.AsSpan(0, _buffered).CopyTo(block);
        Compress(h, block, _counter + (uint)_buffered, true, _lastNode);
        var full = new byte[32];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(full.AsSpan(i * 4), h[i]);
        }

        return full[.._digestSize];
    }

    public override HashCore Clone()
    {
        var c = (Blake2sCore)MemberwiseClone();
        c._h = (uint[])_h.Clone();
        c._buffer = (byte[])_buffer.Clone();
        return c;
    }

    private static void Compress(uint[] h, ReadOnlySpan<byte> block, ulong counter, bool final, bool lastNode)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (var i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        }

        h.CopyTo(v);
        s_iv.CopyTo(v[8..]);
        v[12] ^= (uint)counter;
        v[13] ^= (uint)(counter >> 32);
        if (final)
        {
            v[14] = ~v[14];
            if (lastNode)
            {
                v[15] = ~v[15];
            }
        }

        for (var round = 0; round < 10; round++)
        {
            var s = Blake2Sigma.Rows[round];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }

        for (var i = 0; i < 8; i++)
        {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}

/// <summary>The message schedule shared by BLAKE2b and BLAKE2s.</summary>
internal static class Blake2Sigma
{
    public static readonly byte[][] Rows =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];
}
