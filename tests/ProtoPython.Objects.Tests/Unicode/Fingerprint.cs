using System.Security.Cryptography;
using System.Text;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>
/// SHA-256 over text lines, computed exactly as tools/unicode/gen_unicode_goldens.py does: one
/// ASCII line per code point whose value differs from the property's default.
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();
    private byte[] _buffer = new byte[256];

    public int Lines { get; private set; }

    public StringBuilder Line => _line;

    /// <summary>Hashes the current <see cref="Line"/> followed by '\n' and clears it.</summary>
    public void EndLine()
    {
        _line.Append('\n');
        var n = _line.Length;
        if (_buffer.Length < n)
        {
            _buffer = new byte[n * 2];
        }

        for (var i = 0; i < n; i++)
        {
            _buffer[i] = checked((byte)_line[i]);
        }

        _hash.AppendData(_buffer, 0, n);
        _line.Clear();
        Lines++;
    }

    public void Add(string line)
    {
        _line.Append(line);
        EndLine();
    }

    public string Hex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>Asserts the lines hashed so far equal the golden for <paramref name="property"/>.</summary>
    public void AssertMatches(string property)
    {
        var (sha, lines) = Goldens.Fingerprint(property);
        Assert.Equal(lines, Lines);
        Assert.Equal(sha, Hex());
    }

    /// <summary>Fingerprint of a predicate: the hex code point of each code point where it holds.</summary>
    public static void AssertPredicate(string property, Func<int, bool> predicate)
    {
        using var fp = new Fingerprint();
        for (var cp = 0; cp < 0x110000; cp++)
        {
            if (predicate(cp))
            {
                fp.Line.Append(cp.ToString("X"));
                fp.EndLine();
            }
        }

        fp.AssertMatches(property);
    }
}
