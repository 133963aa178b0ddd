using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// CPython's _PyCompile_CleanDoc (inspect.cleandoc without dropping blank lines, so line
/// numbers stay): tabs expanded, the common indentation of the lines after the first removed,
/// leading spaces of the first line removed.
/// </summary>
internal static class DocstringCleaner
{
    public static ConstantValue Clean(StrConstant doc)
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
