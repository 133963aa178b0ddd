namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The str.isXXX methods over whole strings (code points), with CPython's rules: empty strings are
/// false except for isprintable and isascii; islower/isupper/istitle need at least one cased
/// character.
/// </summary>
public static class StrPredicates
{
    public static bool IsAlpha(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsAlpha);

    public static bool IsAlnum(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsAlnum);

    public static bool IsDecimal(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsDecimal);

    public static bool IsDigit(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsDigit);

    public static bool IsNumeric(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsNumeric);

    public static bool IsSpace(ReadOnlySpan<int> s) => All(s, UnicodeDatabase.IsSpace);

    /// <summary>str.isprintable: true for the empty string.</summary>
    public static bool IsPrintable(ReadOnlySpan<int> s)
    {
        foreach (var cp in s)
        {
            if (!UnicodeDatabase.IsPrintable(cp))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAscii(ReadOnlySpan<int> s)
    {
        foreach (var cp in s)
        {
            if ((uint)cp >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>str.isidentifier: XID_Start or '_' first, XID_Continue after (no normalization).</summary>
    public static bool IsIdentifier(ReadOnlySpan<int> s)
    {
        if (s.IsEmpty || !UnicodeDatabase.IsIdentifierStart(s[0]))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (!UnicodeDatabase.IsXidContinue(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>str.islower: no uppercase or titlecase character and at least one lowercase one.</summary>
    public static bool IsLower(ReadOnlySpan<int> s)
    {
        var cased = false;
        foreach (var cp in s)
        {
            if (UnicodeDatabase.IsUpper(cp) || UnicodeDatabase.IsTitle(cp))
            {
                return false;
            }

            cased |= UnicodeDatabase.IsLower(cp);
        }

        return cased;
    }

    /// <summary>str.isupper: no lowercase or titlecase character and at least one uppercase one.</summary>
    public static bool IsUpper(ReadOnlySpan<int> s)
    {
        var cased = false;
        foreach (var cp in s)
        {
            if (UnicodeDatabase.IsLower(cp) || UnicodeDatabase.IsTitle(cp))
            {
                return false;
            }

            cased |= UnicodeDatabase.IsUpper(cp);
        }

        return cased;
    }

    /// <summary>str.istitle: upper/titlecase only after uncased characters, lowercase only after cased ones.</summary>
    public static bool IsTitle(ReadOnlySpan<int> s)
    {
        var cased = false;
        var previousIsCased = false;
        foreach (var cp in s)
        {
            if (UnicodeDatabase.IsUpper(cp) || UnicodeDatabase.IsTitle(cp))
            {
                if (previousIsCased)
                {
                    return false;
                }

                previousIsCased = true;
                cased = true;
            }
            else if (UnicodeDatabase.IsLower(cp))
            {
                if (!previousIsCased)
                {
                    return false;
                }

                previousIsCased = true;
                cased = true;
            }
            else
            {
                previousIsCased = false;
            }
        }

        return cased;
    }

    private static bool All(ReadOnlySpan<int> s, Func<int, bool> predicate)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var cp in s)
        {
            if (!predicate(cp))
            {
                return false;
            }
        }

        return true;
    }
}
