using System.Collections.Generic;

namespace ProtoPython.Generators.Bytecode;

internal enum DefTokenKind
{
    Name,
    Number,
    Punct,
    End,
}

internal readonly struct DefToken
{
    public DefToken(DefTokenKind kind, string text, DefPosition position)
    {
        Kind = kind;
        Text = text;
        Position = position;
    }

    public DefTokenKind Kind { get; }

    public string Text { get; }

    public DefPosition Position { get; }

    public bool Is(string punct) => Kind == DefTokenKind.Punct && Text == punct;

    public bool IsName(string name) => Kind == DefTokenKind.Name && Text == name;

    public string Describe() => Kind == DefTokenKind.End ? "end of statement" : "'" + Text + "'";
}

/// <summary>
/// Splits Instructions.def into statements (a physical line, continued while it ends in
/// <c>,</c> <c>+</c> or <c>|</c>) and each statement into tokens that keep their file position.
/// </summary>
internal static class DefLexer
{
    private static readonly string[] s_twoCharPuncts = { "--", "=>", ">>" };

    public static List<List<DefToken>> Statements(string text, List<DefDiagnostic> diagnostics)
    {
        var statements = new List<List<DefToken>>();
        var current = new List<DefToken>();
        var line = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            TokenizeLine(text, pos, lineEnd, line, current, diagnostics);
            var continues = current.Count > 0 && IsContinuation(current[current.Count - 1]);
            if (!continues && current.Count > 0)
            {
                statements.Add(current);
                current = new List<DefToken>();
            }

            pos = lineEnd + 1;
            line++;
        }

        if (current.Count > 0)
        {
            statements.Add(current);
        }

        return statements;
    }

    private static bool IsContinuation(DefToken last) => last.Is(",") || last.Is("+") || last.Is("|");

    private static void TokenizeLine(string text, int start, int end, int line, List<DefToken> tokens, List<DefDiagnostic> diagnostics)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '#')
            {
                return;
            }

            if (c == ' ' || c == '\t' || c == '\r')
            {
                i++;
                continue;
            }

            var position = new DefPosition(i, line, i - start);
            if (IsNameStart(c))
            {
                var j = i + 1;
                while (j < end && IsNamePart(text[j]))
                {
                    j++;
                }

                tokens.Add(new DefToken(DefTokenKind.Name, text.Substring(i, j - i), position));
                i = j;
                continue;
            }

            if (c >= '0' && c <= '9')
            {
                var j = i + 1;
                while (j < end && (IsNamePart(text[j])))
                {
                    j++;
                }

                tokens.Add(new DefToken(DefTokenKind.Number, text.Substring(i, j - i), position));
                i = j;
                continue;
            }

            if (i + 1 < end)
            {
                var two = text.Substring(i, 2);
                if (System.Array.IndexOf(s_twoCharPuncts, two) >= 0)
                {
                    tokens.Add(new DefToken(DefTokenKind.Punct, two, position));
                    i += 2;
                    continue;
                }
            }

            if ("=()[]{},/+-*&|".IndexOf(c) >= 0)
            {
                tokens.Add(new DefToken(DefTokenKind.Punct, c.ToString(), position));
                i++;
                continue;
            }

            diagnostics.Add(DefDiagnostic.Syntax(position, 1, "unexpected character '" + c + "'"));
            i++;
        }
    }

    private static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
