using System.Text;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// CPython's _PyCompile_CleanDoc (inspect.cleandoc without dropping blank lines, so line
/// numbers stay): tabs expanded, the common indentation of the lines after the first removed,
/// leading spaces of the first line removed.
/// </summary>
internal static class DocstringCleaner
{
    public static ConstantValue Clean(StrConstant doc) => doc.HasSurrogates ? CleanCodePoints(doc) : CleanText(doc);

    /// <summary>
    /// The same algorithm over the UTF-16 text of a value without lone surrogates: spaces, tabs
    /// and newlines are single units, and a surrogate pair counts as one column. Docstrings are
    /// a large share of some modules' text, so this avoids four code-point copies of each.
    /// </summary>
    private static ConstantValue CleanText(StrConstant doc)
    {
        var original = doc.Value;
        var text = original.Contains('\t', StringComparison.Ordinal) ? ExpandTabs(original) : original;
        int n = text.Length;
        int p = 0;
        while (p < n && text[p++] != '\n')
        {
        }

        int margin = int.MaxValue;
        while (p < n)
        {
            int s = p;
            while (p < n && text[p] == ' ')
            {
                p++;
            }

            if (p < n && text[p] != '\n')
            {
                margin = Math.Min(margin, p - s);
            }

            while (p < n && text[p++] != '\n')
            {
            }
        }

        if (margin == int.MaxValue)
        {
            margin = 0;
        }

        p = 0;
        while (p < n && text[p] == ' ')
        {
            p++;
        }

        if (p == 0 && margin == 0)
        {
            return ReferenceEquals(text, original) ? doc : ConstantValue.FromStr(text);
        }

        var result = new StringBuilder(n);
        int lineEnd = text.IndexOf('\n', p);
        lineEnd = lineEnd < 0 ? n : lineEnd + 1;
        result.Append(text, p, lineEnd - p);
        p = lineEnd;
        while (p < n)
        {
            for (int i = 0; i < margin && p < n; i++, p++)
            {
                if (text[p] != ' ')
                {
                    break;
                }
            }

            lineEnd = text.IndexOf('\n', p);
            lineEnd = lineEnd < 0 ? n : lineEnd + 1;
            result.Append(text, p, lineEnd - p);
            p = lineEnd;
        }

        return ConstantValue.FromStr(result.ToString());
    }

    /// <summary>str.expandtabs(8) over UTF-16 text whose surrogates are all paired.</summary>
    private static string ExpandTabs(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        int column = 0;
        foreach (char c in text)
        {
            if (c == '\t')
            {
                int spaces = 8 - (column % 8);
                result.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                result.Append(c);
                if (c is '\n' or '\r')
                {
                    column = 0;
                }
                else if (!char.IsLowSurrogate(c))
                {
                    column++;
                }
            }
        }

        return result.ToString();
    }

    internal static ConstantValue CleanCodePoints(StrConstant doc)
    {
        var cps = ExpandTabs(doc.GetCodePoints());
        int n = cps.Count;
        int p = 0;
        while (p < n && cps[p++] != '\n')
        {
        }

        int margin = int.MaxValue;
        while (p < n)
        {
            int s = p;
            while (p < n && cps[p] == ' ')
            {
                p++;
            }

            if (p < n && cps[p] != '\n')
            {
                margin = Math.Min(margin, p - s);
            }

            while (p < n && cps[p++] != '\n')
            {
            }
        }

        if (margin == int.MaxValue)
        {
            margin = 0;
        }

        p = 0;
        while (p < n && cps[p] == ' ')
        {
            p++;
        }

        if (p == 0 && margin == 0)
        {
            return ToConstant(cps, doc);
        }

        var result = new List<int>(n);
        while (p < n)
        {
            int ch = cps[p++];
            result.Add(ch);
            if (ch == '\n')
            {
                break;
            }
        }

        while (p < n)
        {
            for (int i = 0; i < margin && p < n; i++, p++)
            {
                if (cps[p] != ' ')
                {
                    break;
                }
            }

            while (p < n)
            {
                int ch = cps[p++];
                result.Add(ch);
                if (ch == '\n')
                {
                    break;
                }
            }
        }

        return ConstantValue.FromCodePoints(result.ToArray());
    }

    /// <summary>The original constant when nothing changed (a tab expanded to one space keeps the length).</summary>
    private static ConstantValue ToConstant(List<int> cps, StrConstant original) =>
        cps.SequenceEqual(original.GetCodePoints()) ? original : ConstantValue.FromCodePoints(cps.ToArray());

    /// <summary>str.expandtabs(8).</summary>
    private static List<int> ExpandTabs(int[] cps)
    {
        var result = new List<int>(cps.Length);
        int column = 0;
        foreach (int c in cps)
        {
            if (c == '\t')
            {
                int spaces = 8 - (column % 8);
                for (int i = 0; i < spaces; i++)
                {
                    result.Add(' ');
                }

                column += spaces;
            }
            else
            {
                result.Add(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }

        return result;
    }
}
