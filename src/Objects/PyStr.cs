using System.Buffers.Binary;
using ProtoPython.Objects.Hashing;

namespace ProtoPython.Objects;

/// <summary>
/// str (ARCHITECTURE §2.3): immutable text as a .NET string plus its <see cref="StrKind"/>, its
/// length in code points and a cached hash.
/// <list type="bullet">
/// <item>ASCII and BMP text index the .NET string directly (O(1)).</item>
/// <item>Astral text (a code point above U+FFFF) builds an int[] of code points on first indexing.</item>
/// <item>Text with a lone surrogate code point keeps the int[] as its canonical form: in UTF-16 a
/// high+low pair would be read as one astral character. Its .NET string is made on demand.</item>
/// </list>
/// Methods, interning and the rest come in <c>PyStr.*.cs</c> partials as they land.
/// </summary>
public sealed partial class PyStr : PyObject
{
    private const long HashNotComputed = -1; // hash() never returns -1

    private string? _value;
    private int[]? _codePoints;
    private long _hash = HashNotComputed;

    /// <summary>
    /// A str from UTF-16 text. Surrogate pairs are astral characters; an unpaired surrogate is a
    /// lone surrogate code point.
    /// </summary>
    public PyStr(string value)
        : base(PyType.Str)
    {
        var kind = StrKind.Ascii;
        var length = value.Length;
        var lone = false;
        // Vectorized scan to the first non-ASCII char: most strs are ASCII throughout.
        var first = value.AsSpan().IndexOfAnyExceptInRange('\0', '\u007f');
        if (first < 0)
        {
            Kind = kind;
            Length = length;
            _value = value;
            return;
        }

        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                continue;
            }

            if (kind == StrKind.Ascii)
            {
                kind = StrKind.Bmp;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                kind = StrKind.Astral;
                length--;
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                lone = true;
            }
        }

        Kind = kind;
        Length = length;
        if (lone)
        {
            HasSurrogates = true;
            _codePoints = ToCodePoints(value, length);
        }
        else
        {
            _value = value;
        }
    }

    /// <summary>A str from code points (any of 0..0x10FFFF, surrogates included).</summary>
    public PyStr(ReadOnlySpan<int> codePoints)
        : base(PyType.Str)
    {
        var kind = StrKind.Ascii;
        var surrogates = false;
        foreach (var cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                kind = StrKind.Astral;
            }
            else if (cp >= 0x80 && kind == StrKind.Ascii)
            {
                kind = StrKind.Bmp;
            }

            surrogates |= cp is >= 0xD800 and <= 0xDFFF;
        }

        Kind = kind;
        Length = codePoints.Length;
        HasSurrogates = surrogates;
        if (surrogates)
        {
            _codePoints = codePoints.ToArray();
        }
        else
        {
            _value = FromCodePoints(codePoints);
        }
    }

    /// <summary>The widest class of code point in the text.</summary>
    public StrKind Kind { get; }

    /// <summary><c>len()</c>: the length in code points.</summary>
    public int Length { get; }

    /// <summary>True when the text has a lone surrogate code point (the int[] form is canonical).</summary>
    public bool HasSurrogates { get; }

    /// <summary>
    /// The text as UTF-16. For text with lone surrogates this is made on demand and is ambiguous
    /// (a lone high surrogate followed by a lone low one reads back as a pair): use it for
    /// display and .NET interop, never to rebuild the str.
    /// </summary>
    public string Value => _value ??= FromCodePoints(_codePoints);

    /// <summary>The code point at <paramref name="index"/> (0 &lt;= index &lt; Length), O(1).</summary>
    public int this[int index] => Kind != StrKind.Astral && !HasSurrogates ? _value![index] : CodePoints[index];

    /// <summary>The code points; built (and kept) on first use for astral text.</summary>
    public ReadOnlySpan<int> CodePoints => _codePoints ??= ToCodePoints(_value!, Length);

    /// <summary><c>hash(s)</c> under <see cref="HashSecret.Current"/>, cached.</summary>
    public long Hash()
    {
        var h = _hash;
        if (h == HashNotComputed)
        {
            h = _hash = ComputeHash(HashSecret.Current);
        }

        return h;
    }

    /// <summary>
    /// CPython's str hash under <paramref name="secret"/>: SipHash-1-3 over the PEP 393 form
    /// (1, 2 or 4 little-endian bytes per code point, chosen by the largest code point).
    /// </summary>
    public long ComputeHash(HashSecret secret)
    {
        if (Length == 0)
        {
            return 0;
        }

        var max = 0;
        if (Kind == StrKind.Ascii)
        {
            max = 0x7f;
        }
        else if (!HasSurrogates && Kind == StrKind.Bmp)
        {
            foreach (var c in _value!)
            {
                max = Math.Max(max, c);
            }
        }
        else
        {
            foreach (var cp in CodePoints)
            {
                max = Math.Max(max, cp);
            }
        }

        var width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        var bytes = new byte[Length * width];
        for (var i = 0; i < Length; i++)
        {
            var cp = this[i];
            switch (width)
            {
                case 1:
                    bytes[i] = (byte)cp;
                    break;
                case 2:
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), (ushort)cp);
                    break;
                default:
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), cp);
                    break;
            }
        }

        return secret.HashBytes(bytes);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static int[] ToCodePoints(string s, int length)
    {
        var result = new int[length];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                result[n++] = s[i];
            }
        }

        return result;
    }

    private static string FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new System.Text.StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        return sb.ToString();
    }
}

/// <summary>The widest code point class of a str (ARCHITECTURE §2.3).</summary>
public enum StrKind : byte
{
    Ascii,
    Bmp,
    Astral,
}
