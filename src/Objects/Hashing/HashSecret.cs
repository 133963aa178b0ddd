using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace ProtoPython.Objects.Hashing;

/// <summary>
/// The key of str/bytes hashing (CPython's <c>_Py_HashSecret</c>): random per process, or derived
/// from <c>PYTHONHASHSEED</c> exactly as CPython does, so hash() and set/dict iteration order of
/// strings match CPython under the same seed. Seed 0 means the all-zero key.
/// </summary>
public sealed class HashSecret
{
    private HashSecret(ulong k0, ulong k1)
    {
        K0 = k0;
        K1 = k1;
    }

    public ulong K0 { get; }

    public ulong K1 { get; }

    /// <summary>
    /// The process-wide secret, from PYTHONHASHSEED at first use. Set it before any string is
    /// hashed (the CLI does, for -E/-I); cached hashes are never recomputed.
    /// </summary>
    public static HashSecret Current { get; set; } = FromEnvironment(Environment.GetEnvironmentVariable("PYTHONHASHSEED"));

    /// <summary>
    /// The secret for a PYTHONHASHSEED value: unset, empty or "random" = random; an integer in
    /// [0, 4294967295] = that seed; anything else falls back to random (CPython exits with a fatal
    /// error instead; the CLI validates the variable before this runs).
    /// </summary>
    public static HashSecret FromEnvironment(string? value)
    {
        if (string.IsNullOrEmpty(value) || value == "random"
            || !uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            Span<byte> random = stackalloc byte[16];
            RandomNumberGenerator.Fill(random);
            return new HashSecret(BinaryPrimitives.ReadUInt64LittleEndian(random), BinaryPrimitives.ReadUInt64LittleEndian(random[8..]));
        }

        return FromSeed(seed);
    }

    /// <summary>
    /// CPython's <c>lcg_urandom</c>: the 24-byte secret is filled by a linear congruential
    /// generator started at the seed; SipHash's k0 and k1 are its first two little-endian words.
    /// </summary>
    public static HashSecret FromSeed(uint seed)
    {
        if (seed == 0)
        {
            return new HashSecret(0, 0);
        }

        Span<byte> buffer = stackalloc byte[24];
        var x = seed;
        for (var i = 0; i < buffer.Length; i++)
        {
            x = unchecked((x * 214013) + 2531011);
            buffer[i] = (byte)(x >> 16);
        }

        return new HashSecret(BinaryPrimitives.ReadUInt64LittleEndian(buffer), BinaryPrimitives.ReadUInt64LittleEndian(buffer[8..]));
    }

    /// <summary>hash() of a byte sequence: 0 when empty, SipHash-1-3 otherwise, with -1 mapped to -2.</summary>
    public long HashBytes(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return 0;
        }

        var h = (long)SipHash13.Compute(K0, K1, data);
        return h == -1 ? -2 : h;
    }
}
