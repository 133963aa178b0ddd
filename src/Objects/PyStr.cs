namespace ProtoPython.Objects;

/// <summary>
/// Skeleton of str (ARCHITECTURE §2.3): a .NET string plus its kind and length in code points.
/// Not yet here: lone surrogates as canonical int[] storage, the lazy int[] for astral indexing,
/// SipHash hashing, the methods. Until then the text must be well-formed UTF-16.
/// </summary>
public sealed class PyStr : PyObject
{
    public PyStr(string value)
        : base(PyType.Str)
    {
        Value = value;
        var kind = StrKind.Ascii;
        var length = value.Length;
        foreach (var c in value)
        {
            if (c >= 0x80 && kind == StrKind.Ascii)
            {
                kind = StrKind.Bmp;
            }

            if (char.IsHighSurrogate(c))
            {
                kind = StrKind.Astral;
                length--;
            }
        }

        Kind = kind;
        Length = length;
    }

    /// <summary>The text as UTF-16.</summary>
    public string Value { get; }

    public StrKind Kind { get; }

    /// <summary><c>len()</c>: the length in code points.</summary>
    public int Length { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>The widest code point class of a str (like PEP 393's kinds).</summary>
public enum StrKind : byte
{
    Ascii,
    Bmp,
    Astral,
}
