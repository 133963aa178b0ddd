using System.Globalization;
using System.Text;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// Stand-in for ProtoPython.Objects.Formatting.StringRepr (helper "unicode") until it is merged:
/// Python's repr(str) with printability from .NET's Unicode categories. Delete once StringRepr lands.
/// </summary>
internal static class StrReprFallback
{
    public static string Format(string s)
    {
        var cps = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            cps.Add(rune.Value);
        }

        return Format([.. cps]);
    }

    public static string Format(int[] codePoints)
    {
        var hasSingle = codePoints.Contains('\'');
        var quote = hasSingle && !codePoints.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(codePoints.Length + 2);
        sb.Append(quote);
        foreach (var cp in codePoints)
        {
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp == '\n')
            {
                sb.Append("\\n");
            }
            else if (cp == '\r')
            {
                sb.Append("\\r");
            }
            else if (cp < 0x20 || cp == 0x7f)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7f)
            {
                sb.Append((char)cp);
            }
            else if (!IsPrintable(cp))
            {
                sb.Append(cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
                    : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
                    : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }

        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
