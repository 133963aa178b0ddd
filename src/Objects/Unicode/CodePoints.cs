using System.Text;

namespace ProtoPython.Objects.Unicode;

/// <summary>
/// Conversions between .NET strings and code points. A surrogate pair is one code point; an
/// unpaired surrogate is a code point of its own, as Python sees it.
/// </summary>
public static class CodePoints
{
    /// <summary>The code points of <paramref name="s"/>.</summary>
    public static int[] FromString(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var result = new int[Count(s)];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            result[n++] = cp;
        }

        return result;
    }

    /// <summary>The number of code points in <paramref name="s"/>.</summary>
    public static int Count(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>
    /// UTF-16 text for code points. A lone high surrogate followed by a lone low surrogate becomes
    /// indistinguishable from a pair; callers holding such text keep the code points instead.
    /// </summary>
    public static string ToString(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        Append(sb, codePoints);
        return sb.ToString();
    }

    /// <summary>Appends code points as UTF-16.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(sb);
        foreach (var cp in codePoints)
        {
            if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append((char)(0xD7C0 + (cp >> 10))).Append((char)(0xDC00 | (cp & 0x3FF)));
            }
        }
    }

    internal static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
