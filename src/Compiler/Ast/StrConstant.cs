using System.Text;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// A str constant. The canonical form is a .NET string, unless the value contains a surrogate
/// code point (U+D800..U+DFFF): then it is the code points, because in UTF-16 a high and a low
/// surrogate would read as one astral character (ARCHITECTURE §2.3).
/// </summary>
public sealed class StrConstant : ConstantValue
{
    private readonly string? _text;
    private readonly int[]? _codePoints;

    private StrConstant(string? text, int[]? codePoints)
    {
        _text = text;
        _codePoints = codePoints;
    }

    public static StrConstant Empty { get; } = new(string.Empty, null);

    public override ConstantKind Kind => ConstantKind.Str;

    public override string TypeName => "str";

    /// <summary>True when the value holds a surrogate code point and so has no faithful .NET string.</summary>
    public bool HasSurrogates => _codePoints is not null;

    /// <summary>The .NET text; for a value with surrogate code points, each becomes one UTF-16 unit (lossy).</summary>
    public string Value => _text ?? ToUtf16(_codePoints!);

    /// <summary>The code points, or null when <see cref="Value"/> is canonical.</summary>
    public ReadOnlySpan<int> SurrogateCodePoints => _codePoints;

    /// <summary>The number of code points (Python's len).</summary>
    public int Length => _codePoints?.Length ?? CountCodePoints(_text!);

    public override bool IsTrue => (_codePoints?.Length ?? _text!.Length) != 0;

    /// <summary>The code points of the value.</summary>
    public int[] GetCodePoints()
    {
        if (_codePoints is not null)
        {
            return (int[])_codePoints.Clone();
        }

        var result = new int[CountCodePoints(_text!)];
        int i = 0;
        foreach (var rune in _text!.EnumerateRunes())
        {
            result[i++] = rune.Value;
        }

        return result;
    }

    public override string Repr() => _codePoints is null ? StringRepr.Format(_text!) : StringRepr.Format(_codePoints);

    public override bool Equals(ConstantValue? other)
    {
        if (other is not StrConstant s)
        {
            return false;
        }

        // Canonical forms: a value with surrogates never equals one without.
        return _text is not null
            ? s._text is not null && string.Equals(_text, s._text, StringComparison.Ordinal)
            : s._codePoints is not null && _codePoints.AsSpan().SequenceEqual(s._codePoints);
    }

    public override int GetHashCode()
    {
        if (_text is not null)
        {
            return HashCode.Combine(ConstantKind.Str, string.GetHashCode(_text, StringComparison.Ordinal));
        }

        var hash = default(HashCode);
        hash.Add(ConstantKind.Str);
        foreach (var cp in _codePoints!)
        {
            hash.Add(cp);
        }

        return hash.ToHashCode();
    }

    internal static StrConstant Create(string text)
    {
        if (text.Length == 0)
        {
            return Empty;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new StrConstant(null, CodePointsOf(text));
            }
        }

        return new StrConstant(text, null);
    }

    internal static StrConstant Create(ReadOnlySpan<int> codePoints)
    {
        foreach (var cp in codePoints)
        {
            if (cp is < 0 or > 0x10FFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoints), "code point out of range: " + cp);
            }

            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                return new StrConstant(null, codePoints.ToArray());
            }
        }

        return codePoints.IsEmpty ? Empty : new StrConstant(ToUtf16(codePoints), null);
    }

    private static string ToUtf16(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(new Rune(cp).ToString());
            }
        }

        return sb.ToString();
    }

    /// <summary>Code points of text where unpaired surrogates stand for themselves.</summary>
    private static int[] CodePointsOf(string text)
    {
        var result = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                result.Add(text[i]);
            }
        }

        return [.. result];
    }

    private static int CountCodePoints(string text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                n++;
            }
        }

        return n;
    }
}
