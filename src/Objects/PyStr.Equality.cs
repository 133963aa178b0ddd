namespace ProtoPython.Objects;

/// <summary>str equality (the <c>unicode_eq</c> the dict uses after its hash and identity checks).</summary>
public sealed partial class PyStr
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> hold the same code points.</summary>
    public static bool ValueEquals(PyStr a, PyStr b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Length != b.Length || a.Kind != b.Kind || a.HasSurrogates != b.HasSurrogates)
        {
            return false;
        }

        // Without lone surrogates the UTF-16 text is canonical; with them the code points are.
        return a.HasSurrogates ? a.CodePoints.SequenceEqual(b.CodePoints) : string.Equals(a.Value, b.Value, StringComparison.Ordinal);
    }
}

/// <summary>Ordering, concatenation and single characters.</summary>
public sealed partial class PyStr
{
    private static readonly PyStr[] s_latin1 = CreateLatin1();

    /// <summary>Sign of a - b comparing code points (UTF-16 ordinal order differs for astral text).</summary>
    public static int CompareCodePoints(PyStr a, PyStr b)
    {
        if (!a.HasSurrogates && !b.HasSurrogates && a.Kind != StrKind.Astral && b.Kind != StrKind.Astral)
        {
            return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
        }

        var x = a.CodePoints;
        var y = b.CodePoints;
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                return x[i] < y[i] ? -1 : 1;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    /// <summary><c>a + b</c>, code-point exact (a lone high surrogate followed by a lone low one stays two code points).</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Length == 0)
        {
            return b.Type == PyType.Str ? b : b.Copy();
        }

        if (b.Length == 0)
        {
            return a.Type == PyType.Str ? a : a.Copy();
        }

        if (!a.HasSurrogates && !b.HasSurrogates)
        {
            return new PyStr(a.Value + b.Value);
        }

        var cps = new int[a.Length + b.Length];
        a.CodePoints.CopyTo(cps);
        b.CodePoints.CopyTo(cps.AsSpan(a.Length));
        return new PyStr(cps);
    }

    /// <summary>The one-character str of <paramref name="codePoint"/> (cached for Latin-1).</summary>
    public static PyStr FromCodePoint(int codePoint) =>
        (uint)codePoint < 256 ? s_latin1[codePoint] : new PyStr([codePoint]);

    private static PyStr[] CreateLatin1()
    {
        var result = new PyStr[256];
        for (var i = 0; i < 256; i++)
        {
            result[i] = new PyStr(((char)i).ToString());
        }

        return result;
    }
}
