namespace ProtoPython.Objects;

/// <summary>
/// Substring search for str and bytes in O(n + m) worst-case time (CPython's fastsearch promises
/// it: test_adaptive_find). Span.IndexOf(span) is quick on ordinary text but checks every
/// candidate position in full, O(n·m) on inputs like 'a'*N + 'b' searched in 'a'*2N. Short
/// needles keep it; longer ones walk the candidates themselves, counting the characters compared,
/// and switch to Knuth-Morris-Pratt once that count outgrows the distance covered (CPython's
/// adaptive_find switches to Two-Way the same way).
/// </summary>
public static class SubstringSearch
{
    // Up to this needle length Span.IndexOf's worst case is a small constant factor.
    private const int ShortNeedle = 16;

    // Compared characters allowed per needle length and per position advanced before switching.
    private const int Slack = 256;

    /// <summary>The first index of <paramref name="sub"/> in <paramref name="s"/>, or -1.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub)
        where T : IEquatable<T>
    {
        int n = s.Length, m = sub.Length;
        if (m <= ShortNeedle || n - m < Slack)
        {
            return s.IndexOf(sub);
        }

        var first = sub[0];
        var lastStart = n - m;
        long compared = 0;
        var pos = 0;
        while (pos <= lastStart)
        {
            var i = s.Slice(pos, lastStart - pos + 1).IndexOf(first);
            if (i < 0)
            {
                return -1;
            }

            pos += i;
            var k = s.Slice(pos, m).CommonPrefixLength(sub);
            if (k == m)
            {
                return pos;
            }

            compared += k;
            if (compared > (2L * pos) + (4L * m) + Slack)
            {
                return KmpForward(s, sub, pos + 1);
            }

            pos++;
        }

        return -1;
    }

    /// <summary>The last index of <paramref name="sub"/> in <paramref name="s"/>, or -1.</summary>
    public static int LastIndexOf<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub)
        where T : IEquatable<T>
    {
        int n = s.Length, m = sub.Length;
        if (m <= ShortNeedle || n - m < Slack)
        {
            return s.LastIndexOf(sub);
        }

        var first = sub[0];
        var lastStart = n - m;
        long compared = 0;
        var pos = lastStart;
        while (pos >= 0)
        {
            pos = s[..(pos + 1)].LastIndexOf(first);
            if (pos < 0)
            {
                return -1;
            }

            var k = s.Slice(pos, m).CommonPrefixLength(sub);
            if (k == m)
            {
                return pos;
            }

            compared += k;
            if (compared > (2L * (lastStart - pos)) + (4L * m) + Slack)
            {
                return KmpBackward(s, sub, pos - 1);
            }

            pos--;
        }

        return -1;
    }

    // The first occurrence starting at or after `from`.
    private static int KmpForward<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int from)
        where T : IEquatable<T>
    {
        var m = sub.Length;
        var border = Borders(sub, backward: false);
        var k = 0;
        for (var i = from; i < s.Length; i++)
        {
            var c = s[i];
            while (k > 0 && !c.Equals(sub[k]))
            {
                k = border[k - 1];
            }

            if (c.Equals(sub[k]))
            {
                k++;
                if (k == m)
                {
                    return i - m + 1;
                }
            }
        }

        return -1;
    }

    // The last occurrence starting at or before `maxStart`: KMP over both sequences read backwards.
    private static int KmpBackward<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int maxStart)
        where T : IEquatable<T>
    {
        var m = sub.Length;
        var border = Borders(sub, backward: true);
        var k = 0;
        for (var i = maxStart + m - 1; i >= 0; i--)
        {
            var c = s[i];
            while (k > 0 && !c.Equals(sub[m - 1 - k]))
            {
                k = border[k - 1];
            }

            if (c.Equals(sub[m - 1 - k]))
            {
                k++;
                if (k == m)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    // border[j]: length of the longest proper border of the needle's first j + 1 items (read
    // from the end when backward).
    private static int[] Borders<T>(ReadOnlySpan<T> sub, bool backward)
        where T : IEquatable<T>
    {
        var m = sub.Length;
        var border = new int[m];
        var k = 0;
        for (var j = 1; j < m; j++)
        {
            var c = backward ? sub[m - 1 - j] : sub[j];
            while (k > 0 && !c.Equals(backward ? sub[m - 1 - k] : sub[k]))
            {
                k = border[k - 1];
            }

            if (c.Equals(backward ? sub[m - 1 - k] : sub[k]))
            {
                k++;
            }

            border[j] = k;
        }

        return border;
    }
}
