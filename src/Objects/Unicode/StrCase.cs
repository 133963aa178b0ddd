namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The case-changing str methods over whole strings, with CPython's rules
/// (Objects/unicodeobject.c: do_lower, do_upper, do_title, do_capitalize, do_swapcase, do_casefold):
/// full mappings (one code point may become up to three) and the Final_Sigma context for 'Σ'.
/// </summary>
public static class StrCase
{
    private const int CapitalSigma = 0x3A3;

    public static string Lower(string s) => AsciiOrFull(s, static (cps, i, o) => AppendLower(cps, i, o), lower: true);

    public static string Upper(string s) => AsciiOrFull(s, static (cps, i, o) => Append(o, cps[i], UnicodeDatabase.ToUpper), lower: false);

    public static string CaseFold(string s) => AsciiOrFull(s, static (cps, i, o) => Append(o, cps[i], UnicodeDatabase.CaseFold), lower: true);

    public static string Title(string s) => CodePoints.ToString(Title(CodePoints.FromString(s)));

    public static string Capitalize(string s) => CodePoints.ToString(Capitalize(CodePoints.FromString(s)));

    public static string SwapCase(string s) => CodePoints.ToString(SwapCase(CodePoints.FromString(s)));

    public static int[] Lower(ReadOnlySpan<int> s) => Each(s, static (cps, i, o) => AppendLower(cps, i, o));

    public static int[] Upper(ReadOnlySpan<int> s) => Each(s, static (cps, i, o) => Append(o, cps[i], UnicodeDatabase.ToUpper));

    public static int[] CaseFold(ReadOnlySpan<int> s) => Each(s, static (cps, i, o) => Append(o, cps[i], UnicodeDatabase.CaseFold));

    /// <summary>str.title: titlecase after an uncased character, lowercase after a cased one.</summary>
    public static int[] Title(ReadOnlySpan<int> s)
    {
        var output = new List<int>(s.Length);
        var previousIsCased = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (previousIsCased)
            {
                AppendLower(s, i, output);
            }
            else
            {
                Append(output, s[i], UnicodeDatabase.ToTitle);
            }

            previousIsCased = UnicodeDatabase.IsCased(s[i]);
        }

        return [.. output];
    }

    /// <summary>str.capitalize: the first character titlecased, the rest lowercased.</summary>
    public static int[] Capitalize(ReadOnlySpan<int> s)
    {
        var output = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (i == 0)
            {
                Append(output, s[0], UnicodeDatabase.ToTitle);
            }
            else
            {
                AppendLower(s, i, output);
            }
        }

        return [.. output];
    }

    /// <summary>str.swapcase: Uppercase characters lowered, Lowercase ones uppered, others kept.</summary>
    public static int[] SwapCase(ReadOnlySpan<int> s)
    {
        var output = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var cp = s[i];
            if (UnicodeDatabase.IsUpper(cp))
            {
                AppendLower(s, i, output);
            }
            else if (UnicodeDatabase.IsLower(cp))
            {
                Append(output, cp, UnicodeDatabase.ToUpper);
            }
            else
            {
                output.Add(cp);
            }
        }

        return [.. output];
    }

    /// <summary>
    /// 'Σ' lowers to final 'ς' when a cased letter precedes it and none follows, skipping
    /// case-ignorable characters both ways (Unicode's Final_Sigma condition).
    /// </summary>
    public static bool IsFinalSigma(ReadOnlySpan<int> s, int index)
    {
        var j = index - 1;
        while (j >= 0 && UnicodeDatabase.IsCaseIgnorable(s[j]))
        {
            j--;
        }

        if (j < 0 || !UnicodeDatabase.IsCased(s[j]))
        {
            return false;
        }

        j = index + 1;
        while (j < s.Length && UnicodeDatabase.IsCaseIgnorable(s[j]))
        {
            j++;
        }

        return j == s.Length || !UnicodeDatabase.IsCased(s[j]);
    }

    private delegate int Mapping(int cp, Span<int> destination);

    private delegate void Step(ReadOnlySpan<int> s, int index, List<int> output);

    private static void AppendLower(ReadOnlySpan<int> s, int index, List<int> output)
    {
        if (s[index] == CapitalSigma)
        {
            output.Add(IsFinalSigma(s, index) ? 0x3C2 : 0x3C3);
            return;
        }

        Append(output, s[index], UnicodeDatabase.ToLower);
    }

    private static void Append(List<int> output, int cp, Mapping mapping)
    {
        Span<int> buffer = stackalloc int[UnicodeDatabase.MaxCaseExpansion];
        var n = mapping(cp, buffer);
        for (var k = 0; k < n; k++)
        {
            output.Add(buffer[k]);
        }
    }

    private static int[] Each(ReadOnlySpan<int> s, Step step)
    {
        var output = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            step(s, i, output);
        }

        return [.. output];
    }

    // ASCII text maps within ASCII (lower/casefold: A-Z; upper: a-z) without decoding code points.
    private static string AsciiOrFull(string s, Step step, bool lower)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (CodePoints.IsAscii(s))
        {
            return string.Create(s.Length, (s, lower), static (span, state) =>
            {
                var (src, toLower) = state;
                for (var i = 0; i < span.Length; i++)
                {
                    var c = src[i];
                    span[i] = toLower
                        ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c)
                        : (c is >= 'a' and <= 'z' ? (char)(c - 32) : c);
                }
            });
        }

        return CodePoints.ToString(Each(CodePoints.FromString(s), step));
    }
}
