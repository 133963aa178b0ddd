using System.Globalization;

namespace ProtoPython.Objects;

/// <summary>
/// <c>complex(str)</c> (<c>complex_from_string_inner</c>): optional parentheses and whitespace around
/// <c>x</c>, <c>yj</c>, <c>x±yj</c>, <c>x±j</c>, <c>±j</c>; single underscores between digits.
/// </summary>
internal static partial class ComplexType
{
    /// <summary>Parses <paramref name="text"/>; false with <paramref name="badUnderscore"/> set when an underscore is misplaced.</summary>
    internal static bool TryParse(string text, out double re, out double im, out bool badUnderscore)
    {
        re = im = 0;
        var s = RemoveUnderscores(PyFloat.ToAsciiForm(text));
        badUnderscore = s is null;
        if (s is null)
        {
            return false;
        }

        var i = 0;
        SkipSpace(s, ref i);
        var bracket = i < s.Length && s[i] == '(';
        if (bracket)
        {
            i++;
            SkipSpace(s, ref i);
        }

        char At(int k) => k < s.Length ? s[k] : '\0';
        if (TryFloatPrefix(s, i, out var end, out var z))
        {
            i = end;
            if (At(i) is '+' or '-')
            {
                re = z;
                if (TryFloatPrefix(s, i, out end, out var y))
                {
                    im = y;
                    i = end;
                }
                else
                {
                    im = At(i) == '+' ? 1.0 : -1.0;
                    i++;
                }

                if (At(i) is not ('j' or 'J'))
                {
                    return false;
                }

                i++;
            }
            else if (At(i) is 'j' or 'J')
            {
                im = z;
                i++;
            }
            else
            {
                re = z;
            }
        }
        else
        {
            im = 1.0;
            if (At(i) is '+' or '-')
            {
                im = At(i) == '+' ? 1.0 : -1.0;
                i++;
            }

            if (At(i) is not ('j' or 'J'))
            {
                return false;
            }

            i++;
        }

        SkipSpace(s, ref i);
        if (bracket)
        {
            if (At(i) != ')')
            {
                return false;
            }

            i++;
            SkipSpace(s, ref i);
        }

        return i == s.Length;
    }

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }
    }

    // _Py_string_to_number_with_underscores: an underscore must sit between two digits; null otherwise.
    private static string? RemoveUnderscores(string s)
    {
        if (!s.Contains('_', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new System.Text.StringBuilder(s.Length);
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '_')
            {
                if (k == 0 || k + 1 >= s.Length || !char.IsAsciiDigit(s[k - 1]) || !char.IsAsciiDigit(s[k + 1]))
                {
                    return null;
                }

                continue;
            }

            sb.Append(s[k]);
        }

        return sb.ToString();
    }

    // The longest float literal at s[start..] (strtod's grammar without hex): sign, digits with one
    // optional point, optional exponent; or inf / infinity / nan.
    private static bool TryFloatPrefix(string s, int start, out int end, out double value)
    {
        var i = start;
        value = 0;
        end = start;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        var rest = s.AsSpan(i);
        foreach (var word in (ReadOnlySpan<string>)["infinity", "inf", "nan"])
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                end = i + word.Length;
                var negative = s[start] == '-';
                value = word == "nan" ? double.NaN : negative ? double.NegativeInfinity : double.PositiveInfinity;
                if (word == "nan" && negative)
                {
                    value = -value;
                }

                return true;
            }
        }

        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var k = i + 1;
            if (k < s.Length && s[k] is '+' or '-')
            {
                k++;
            }

            if (k < s.Length && char.IsAsciiDigit(s[k]))
            {
                while (k < s.Length && char.IsAsciiDigit(s[k]))
                {
                    k++;
                }

                i = k;
            }
        }

        end = i;
        value = double.Parse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }
}
