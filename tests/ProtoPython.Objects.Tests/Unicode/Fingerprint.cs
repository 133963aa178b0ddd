using System.Security.Cryptography;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>
/// SHA-256 over text lines, computed exactly as tools/unicode/gen_unicode_goldens.py does: one
/// ASCII line per code point whose value differs from the property's default. Lines are gathered
/// in a large buffer so hashing a million of them stays cheap.
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private const string Hex = "0123456789ABCDEF";
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _length;

    public int Lines { get; private set; }

    public Fingerprint Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Flush();
        }

        _buffer[_length++] = checked((byte)c);
        return this;
    }

    public Fingerprint Append(string s)
    {
        foreach (var c in s)
        {
            Append(c);
        }

        return this;
    }

    /// <summary>Upper-case hex without leading zeros, as Python's "%X".</summary>
    public Fingerprint AppendHex(int value)
    {
        var shift = 28;
        while (shift > 0 && (value >> shift) == 0)
        {
            shift -= 4;
        }

        for (; shift >= 0; shift -= 4)
        {
            Append(Hex[(value >> shift) & 0xF]);
        }

        return this;
    }

    public void EndLine()
    {
        Append('\n');
        Lines++;
    }

    public void Dispose() => _hash.Dispose();

    /// <summary>Asserts the lines written so far equal the golden for <paramref name="property"/>.</summary>
    public void AssertMatches(string property)
    {
        Flush();
        var (sha, lines) = Goldens.Fingerprint(property);
        Assert.Equal(lines, Lines);
        Assert.Equal(sha, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    /// <summary>Fingerprint of a predicate: the hex code point of each code point where it holds.</summary>
    public static void AssertPredicate(string property, Func<int, bool> predicate)
    {
        using var fp = new Fingerprint();
        for (var cp = 0; cp < 0x110000; cp++)
        {
            if (predicate(cp))
            {
                fp.AppendHex(cp).EndLine();
            }
        }

        fp.AssertMatches(property);
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _length);
        _length = 0;
    }
}
