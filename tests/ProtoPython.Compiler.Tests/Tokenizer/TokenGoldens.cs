using System.Text.Json;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>The goldens tools/frontend/record_tokens.py records with CPython 3.14 (tests/frontend/tokens/tokens.json).</summary>
internal static class TokenGoldens
{
    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(Load);

    public static IEnumerable<object[]> Names() => s_cases.Value.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    public static JsonElement Case(string name) => s_cases.Value[name];

    private static Dictionary<string, JsonElement> Load()
    {
        string path = Path.Combine(RepoPaths.FrontendData, "tokens", "tokens.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            result[c.GetProperty("name").GetString()!] = c.Clone();
        }

        return result;
    }

    /// <summary>CPython's token module name for one of our kinds.</summary>
    public static string TokName(TokenKind kind) => kind switch
    {
        TokenKind.EndMarker => "ENDMARKER",
        TokenKind.Name => "NAME",
        TokenKind.Number => "NUMBER",
        TokenKind.String => "STRING",
        TokenKind.Newline => "NEWLINE",
        TokenKind.Indent => "INDENT",
        TokenKind.Dedent => "DEDENT",
        TokenKind.LPar => "LPAR",
        TokenKind.RPar => "RPAR",
        TokenKind.LSqb => "LSQB",
        TokenKind.RSqb => "RSQB",
        TokenKind.Colon => "COLON",
        TokenKind.Comma => "COMMA",
        TokenKind.Semi => "SEMI",
        TokenKind.Plus => "PLUS",
        TokenKind.Minus => "MINUS",
        TokenKind.Star => "STAR",
        TokenKind.Slash => "SLASH",
        TokenKind.VBar => "VBAR",
        TokenKind.Amper => "AMPER",
        TokenKind.Less => "LESS",
        TokenKind.Greater => "GREATER",
        TokenKind.Equal => "EQUAL",
        TokenKind.Dot => "DOT",
        TokenKind.Percent => "PERCENT",
        TokenKind.LBrace => "LBRACE",
        TokenKind.RBrace => "RBRACE",
        TokenKind.EqEqual => "EQEQUAL",
        TokenKind.NotEqual => "NOTEQUAL",
        TokenKind.LessEqual => "LESSEQUAL",
        TokenKind.GreaterEqual => "GREATEREQUAL",
        TokenKind.Tilde => "TILDE",
        TokenKind.Circumflex => "CIRCUMFLEX",
        TokenKind.LeftShift => "LEFTSHIFT",
        TokenKind.RightShift => "RIGHTSHIFT",
        TokenKind.DoubleStar => "DOUBLESTAR",
        TokenKind.PlusEqual => "PLUSEQUAL",
        TokenKind.MinEqual => "MINEQUAL",
        TokenKind.StarEqual => "STAREQUAL",
        TokenKind.SlashEqual => "SLASHEQUAL",
        TokenKind.PercentEqual => "PERCENTEQUAL",
        TokenKind.AmperEqual => "AMPEREQUAL",
        TokenKind.VBarEqual => "VBAREQUAL",
        TokenKind.CircumflexEqual => "CIRCUMFLEXEQUAL",
        TokenKind.LeftShiftEqual => "LEFTSHIFTEQUAL",
        TokenKind.RightShiftEqual => "RIGHTSHIFTEQUAL",
        TokenKind.DoubleStarEqual => "DOUBLESTAREQUAL",
        TokenKind.DoubleSlash => "DOUBLESLASH",
        TokenKind.DoubleSlashEqual => "DOUBLESLASHEQUAL",
        TokenKind.At => "AT",
        TokenKind.AtEqual => "ATEQUAL",
        TokenKind.RArrow => "RARROW",
        TokenKind.Ellipsis => "ELLIPSIS",
        TokenKind.ColonEqual => "COLONEQUAL",
        TokenKind.Exclamation => "EXCLAMATION",
        TokenKind.Op => "OP",
        TokenKind.TypeIgnore => "TYPE_IGNORE",
        TokenKind.TypeComment => "TYPE_COMMENT",
        TokenKind.SoftKeyword => "SOFT_KEYWORD",
        TokenKind.FStringStart => "FSTRING_START",
        TokenKind.FStringMiddle => "FSTRING_MIDDLE",
        TokenKind.FStringEnd => "FSTRING_END",
        TokenKind.TStringStart => "TSTRING_START",
        TokenKind.TStringMiddle => "TSTRING_MIDDLE",
        TokenKind.TStringEnd => "TSTRING_END",
        TokenKind.Comment => "COMMENT",
        TokenKind.NL => "NL",
        TokenKind.ErrorToken => "ERRORTOKEN",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Converts a UTF-8 byte column on a 1-based line of <paramref name="buffer"/> into the character
    /// (code point) column CPython's tokenize reports; columns past the line's end count one per byte.
    /// </summary>
    public static int CharColumn(string buffer, int lineno, int byteCol)
    {
        if (byteCol < 0)
        {
            return byteCol;
        }

        int i = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = buffer.IndexOf('\n', i);
            if (nl < 0)
            {
                return byteCol;
            }

            i = nl + 1;
        }

        return CharColumnFrom(buffer, i, byteCol);
    }

    private static int CharColumnFrom(string buffer, int i, int byteCol)
    {
        int bytes = 0, chars = 0;
        while (bytes < byteCol && i < buffer.Length)
        {
            char ch = buffer[i];
            if (char.IsHighSurrogate(ch) && i + 1 < buffer.Length && char.IsLowSurrogate(buffer[i + 1]))
            {
                bytes += 4;
                i += 2;
            }
            else
            {
                bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
                i++;
            }

            chars++;
        }

        return chars + Math.Max(0, byteCol - bytes);
    }

    /// <summary><see cref="CharColumn(string, int, int)"/> with the line starts computed once, for whole files.</summary>
    public sealed class Columns(string buffer)
    {
        private readonly List<int> _starts = LineStarts(buffer);

        public int CharColumn(int lineno, int byteCol)
        {
            if (byteCol < 0 || lineno - 1 >= _starts.Count)
            {
                return byteCol;
            }

            return CharColumnFrom(buffer, _starts[lineno - 1], byteCol);
        }

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }

    public static string Row(string buffer, Token t) =>
        $"{TokName(t.Kind)} {JsonSerializer.Serialize(t.Text)} ({t.Lineno},{CharColumn(buffer, t.Lineno, t.ColOffset)})-({t.EndLineno},{CharColumn(buffer, t.EndLineno, t.EndColOffset)})";

    public static string Row(JsonElement r) =>
        $"{r[0].GetString()} {JsonSerializer.Serialize(r[1].GetString())} ({r[2].GetInt32()},{r[3].GetInt32()})-({r[4].GetInt32()},{r[5].GetInt32()})";
}
