using System.Text;

namespace ProtoPython.Objects;

/// <summary>Slicing and views used by the str methods.</summary>
public sealed partial class PyStr
{
    /// <summary>The empty str.</summary>
    public static PyStr Empty { get; } = Intern("");

    /// <summary>True when UTF-16 units are the code points (no astral character, no lone surrogate).</summary>
    public bool IsNarrow => !HasSurrogates && Kind != StrKind.Astral;

    /// <summary><c>s[start:end]</c> in code points (0 &lt;= start &lt;= end &lt;= Length).</summary>
    public PyStr Slice(int start, int end)
    {
        if (start == 0 && end == Length)
        {
            return Type == PyType.Str ? this : Copy();
        }

        if (end <= start)
        {
            return Empty;
        }

        if (end - start == 1)
        {
            return FromCodePoint(this[start]);
        }

        return IsNarrow ? new PyStr(Value.Substring(start, end - start)) : new PyStr(CodePoints[start..end]);
    }

    /// <summary>An exact str with the same code points (str subclass instances are PyStr with another Type).</summary>
    public PyStr Copy() => HasSurrogates ? new PyStr(CodePoints) : new PyStr(Value);

    /// <summary>The repr text, code-point exact (lone surrogates escape as \udXXX).</summary>
    public string ReprText() => HasSurrogates ? Formatting.StringRepr.Format(CodePoints) : Formatting.StringRepr.Format(Value);
}

/// <summary>
/// Builds a str from pieces. UTF-16 while no piece has a lone surrogate (astral text is fine
/// there); code points from the first one on, so a lone high and a lone low never merge.
/// </summary>
public sealed class StrWriter
{
    private StringBuilder? _text = new();
    private List<int>? _codePoints;

    public int Utf16Length => _text?.Length ?? _codePoints!.Count;

    public StrWriter Append(PyStr s)
    {
        if (_text is not null && !s.HasSurrogates)
        {
            _text.Append(s.Value);
        }
        else
        {
            Widen().AddRange(s.CodePoints);
        }

        return this;
    }

    public StrWriter Append(PyStr s, int start, int end)
    {
        if (_text is not null && s.IsNarrow)
        {
            _text.Append(s.Value, start, end - start);
        }
        else if (_text is not null && !s.HasSurrogates)
        {
            Unicode.CodePoints.Append(_text, s.CodePoints[start..end]);
        }
        else
        {
            var list = Widen();
            foreach (var cp in s.CodePoints[start..end])
            {
                list.Add(cp);
            }
        }

        return this;
    }

    /// <summary>Appends ASCII or any text without lone surrogates.</summary>
    public StrWriter Append(string text)
    {
        if (_text is not null)
        {
            _text.Append(text);
        }
        else
        {
            _codePoints!.AddRange(Unicode.CodePoints.FromString(text));
        }

        return this;
    }

    public StrWriter AppendCodePoint(int cp)
    {
        if (_text is not null && cp is < 0xD800 or > 0xDFFF)
        {
            if (cp < 0x10000)
            {
                _text.Append((char)cp);
            }
            else
            {
                _text.Append(char.ConvertFromUtf32(cp));
            }
        }
        else
        {
            Widen().Add(cp);
        }

        return this;
    }

    public StrWriter AppendRepeated(int cp, long count)
    {
        if (_text is not null && cp < 0xD800)
        {
            _text.Append((char)cp, (int)count);
            return this;
        }

        for (var i = 0L; i < count; i++)
        {
            AppendCodePoint(cp);
        }

        return this;
    }

    public PyStr ToStr() => _text is not null ? new PyStr(_text.ToString()) : new PyStr(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_codePoints));

    private List<int> Widen()
    {
        if (_codePoints is null)
        {
            _codePoints = [.. Unicode.CodePoints.FromString(_text!.ToString())];
            _text = null;
        }

        return _codePoints;
    }
}
