using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Where readline stops in text with a <c>newline</c> mode: "" ends lines at \n, \r\n or a lone \r
/// (untranslated); "\r" and "\r\n" at themselves; None and "\n" at \n (None's text is already translated).
/// </summary>
internal static class LineEnds
{
    /// <summary>Index just past the terminator in <paramref name="text"/> from <paramref name="from"/>; -1 when none;
    /// -2 when the text ends with a \r that a \n may follow (more input decides; pass <paramref name="final"/> at the end).</summary>
    public static int Find(StringBuilder text, int from, PyValue newline, bool final)
    {
        var mode = newline.AsObject is PyStr s ? s.Value : "\n";
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            switch (mode)
            {
                case "" when c == '\n':
                case "\r" when c == '\r':
                case "\n" when c == '\n':
                    return i + 1;
                case "" when c == '\r':
                    if (i + 1 < text.Length)
                    {
                        return text[i + 1] == '\n' ? i + 2 : i + 1;
                    }

                    return final ? i + 1 : -2;
                case "\r\n" when c == '\r':
                    if (i + 1 < text.Length)
                    {
                        if (text[i + 1] == '\n')
                        {
                            return i + 2;
                        }

                        break;
                    }

                    return final ? -1 : -2;
            }
        }

        return -1;
    }
}
