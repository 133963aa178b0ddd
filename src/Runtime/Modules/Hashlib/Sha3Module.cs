using System.Buffers.Binary;
using System.Numerics;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_sha3</c>: sha3_224/256/384/512 and shake_128/256 (FIPS 202) on our own Keccak-f[1600]
/// (the BCL's SHA-3 depends on the platform's OpenSSL). The constructors are the types.
/// </summary>
internal sealed class Sha3Module : INativeModule
{
    private static readonly Lazy<PyType>[] s_types =
    [
        Make("sha3_224", 28, false), Make("sha3_256", 32, false), Make("sha3_384", 48, false), Make("sha3_512", 64, false),
        Make("shake_128", 16, true), Make("shake_256", 32, true),
    ];

    public string Name => "_sha3";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_sha3");
        foreach (var t in s_types)
        {
            m.Add(t.Value.Name, PyValue.FromObject(t.Value));
        }

        m.Add("implementation", NativeTypes.Str("HACL*"));
        m.Add("_GIL_MINSIZE", PyValue.FromInt64(2048));
        return m;
    }

    // security: 28..64 bytes for SHA3 digests; shake_128/256 use capacity 256/512 bits.
    private static Lazy<PyType> Make(string name, int security, bool shake) => new(() =>
    {
        var capacity = security * 2;
        var t = HashObject.CreateType(name, "_sha3", shake);
        t.New = (ts, type, a, kw) => HashObject.ParseConstructor(ts, name, a, kw, out var data)
            ? HashObject.Create(ts, type, name, new KeccakCore(200 - capacity, shake ? 0 : security, shake ? (byte)0x1f : (byte)0x06), data, shake)
            : PyValue.Error;
        t.AddGetSet("_capacity_bits", (ts, v) => PyValue.FromInt64(capacity * 8));
        t.AddGetSet("_rate_bits", (ts, v) => PyValue.FromInt64((200 - capacity) * 8));
        t.AddGetSet("_suffix", (ts, v) => PyBytes.From([shake ? (byte)0x1f : (byte)0x06]));
        SlotTable.AddWrappers(t);
        return t;
    });
}

/// <summary>A Keccak sponge: <paramref name="rate"/> bytes a block, the domain <paramref name="suffix"/> in the padding.</summary>
internal sealed class KeccakCore(int rate, int digestSize, byte suffix) : HashCore
{
    private static readonly ulong[] s_roundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
        0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
        0x000000000000800A, 0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static readonly int[] s_rotations = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

    private ulong[] _state = new ulong[25];
    private byte[] _buffer = new byte[rate];
    private int _buffered;

    public override int DigestSize => digestSize;

    public override int BlockSize => rate;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var n = Math.Min(rate - _buffered, data.Length);
            data[..n].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += n;
            data = data[n..];
            if (_buffered == rate)
            {
                Absorb(_state, _buffer);
                _buffered = 0;
            }
        }
    }

    public override byte[] Digest(int length)
    {
        if (digestSize > 0)
        {
            length = digestSize;
        }

        var state = (ulong[])_state.Clone();
        var block = new byte[rate];
        _buffer.AsSpan(0, _buffered).CopyTo(block);
        block[_buffered] ^= suffix;
        block[rate - 1] ^= 0x80;
        Absorb(state, block);
        var output = new byte[length];
        for (var done = 0; done < length;)
        {
            for (var i = 0; i < rate / 8; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(i * 8), state[i]);
            }

            var n = Math.Min(rate, length - done);
            block.AsSpan(0, n).CopyTo(output.AsSpan(done));
            done += n;
            if (done < length)
            {
                Permute(state);
            }
        }

        return output;
    }

    public override HashCore Clone()
    {
        var c = (KeccakCore)MemberwiseClone();
        c._state = (ulong[])_state.Clone();
        c._buffer = (byte[])_buffer.Clone();
        return c;
    }

    private static void Absorb(ulong[] state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < block.Length / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Permute(state);
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (var round = 0; round < 24; round++)
        {
            for (var x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }

            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }

            // rho and pi: lane (x, y) moves to (y, 2x + 3y).
            for (var x = 0; x < 5; x++)
            {
                for (var y = 0; y < 5; y++)
                {
                    b[y + (5 * ((2 * x + 3 * y) % 5))] = BitOperations.RotateLeft(a[x + (5 * y)], s_rotations[x + (5 * y)]);
                }
            }

            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    a[y + x] = b[y + x] ^ (~b[y + ((x + 1) % 5)] & b[y + ((x + 2) % 5)]);
                }
            }

            a[0] ^= s_roundConstants[round];
        }
    }
}
