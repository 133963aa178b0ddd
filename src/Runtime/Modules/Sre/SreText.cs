using System.Runtime.CompilerServices;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// The subject of a match as code points. The matcher is generic over this interface with struct
/// implementations, so each kind of subject gets its own specialised machine code.
/// </summary>
internal interface ISreText
{
    int this[int index] { get; }

    /// <summary>The first index in [from, to) holding <paramref name="ch"/>, else -1.</summary>
    int IndexOf(int ch, int from, int to);
}

/// <summary>A str without astral characters or lone surrogates: UTF-16 units are the code points.</summary>
internal readonly struct Utf16Text(string text) : ISreText
{
    private readonly string _text = text;

    public int this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _text[index];
    }

    public int IndexOf(int ch, int from, int to)
    {
        if ((uint)ch > 0xFFFF || from >= to)
        {
            return -1;
        }

        var i = _text.AsSpan(from, to - from).IndexOf((char)ch);
        return i < 0 ? -1 : i + from;
    }
}

/// <summary>Any other str, as its code points.</summary>
internal readonly struct CodePointText(int[] codePoints) : ISreText
{
    private readonly int[] _codePoints = codePoints;

    public int this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _codePoints[index];
    }

    public int IndexOf(int ch, int from, int to)
    {
        if (from >= to)
        {
            return -1;
        }

        var i = _codePoints.AsSpan(from, to - from).IndexOf(ch);
        return i < 0 ? -1 : i + from;
    }
}

/// <summary>A bytes-like subject (a snapshot of its bytes).</summary>
internal readonly struct ByteText(byte[] bytes) : ISreText
{
    private readonly byte[] _bytes = bytes;

    public int this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bytes[index];
    }

    public int IndexOf(int ch, int from, int to)
    {
        if ((uint)ch > 0xFF || from >= to)
        {
            return -1;
        }

        var i = _bytes.AsSpan(from, to - from).IndexOf((byte)ch);
        return i < 0 ? -1 : i + from;
    }
}
