using System;
using System.Collections.Generic;

namespace ProtoPython.Generators.Ast;

/// <summary>An error in the description, naming the text it is about so the caller can place it.</summary>
internal sealed class AstDescriptionException : Exception
{
    public AstDescriptionException(string message, string? token = null)
        : base(message)
    {
        Token = token;
    }

    public AstDescriptionException()
    {
    }

    public AstDescriptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Token { get; }
}

/// <summary>Reads Ast.def (format: docs/internals/ast.md). Errors carry 1-based lines and columns.</summary>
internal static class AstDescriptionParser
{
    public static AstDescription Parse(string text, List<(int Line, int Column, string Message)> errors)
    {
        var description = new AstDescription();
        AstSum? currentSum = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var hash = raw.IndexOf('#');
            if (hash >= 0)
            {
                raw = raw.Substring(0, hash);
            }

            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var indented = raw[0] == ' ' || raw[0] == '\t';
            var line = raw.Trim();
            try
            {
                if (indented)
                {
                    if (currentSum is null)
                    {
                        throw new AstDescriptionException("an indented class must follow a 'sum' line");
                    }

                    var (name, fields) = ParseConstructor(line, raw, lineNumber);
                    var cls = new AstClass(name, name, currentSum, currentSum.Located, fields, lineNumber) { Column = ColumnOf(raw, name) };
                    currentSum.Classes.Add(cls);
                    description.Classes.Add(cls);
                    continue;
                }

                currentSum = null;
                var (keyword, located, clrName, rest) = ParseHead(line);
                switch (keyword)
                {
                    case "sum":
                        currentSum = new AstSum(clrName, Identifier(rest), located);
                        description.Sums.Add(currentSum);
                        break;
                    case "product":
                        {
                            var (pythonName, fields) = ParseConstructor(rest, raw, lineNumber);
                            description.Classes.Add(new AstClass(clrName, pythonName, null, located, fields, lineNumber) { Column = ColumnOf(raw, clrName) });
                            break;
                        }

                    case "enum":
                        {
                            var colon = rest.IndexOf(':');
                            if (colon < 0 || located)
                            {
                                throw new AstDescriptionException("expected 'enum Name = python_name: Member ...'");
                            }

                            var members = new List<string>();
                            foreach (var m in rest.Substring(colon + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                            {
                                members.Add(Identifier(m));
                            }

                            description.Enums.Add(new AstEnum(clrName, Identifier(rest.Substring(0, colon)), members));
                            break;
                        }

                    default:
                        throw new AstDescriptionException("expected 'sum', 'product' or 'enum', found '" + keyword + "'", keyword);
                }
            }
            catch (AstDescriptionException e)
            {
                errors.Add((lineNumber, ColumnOf(raw, e.Token), e.Message));
            }
        }

        return description;
    }

    /// <summary>Splits "keyword [located] Name = rest".</summary>
    private static (string Keyword, bool Located, string Name, string Remainder) ParseHead(string line)
    {
        var eq = line.IndexOf('=');
        if (eq < 0)
        {
            throw new AstDescriptionException("expected '=' in a declaration");
        }

        var words = line.Substring(0, eq).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var located = words.Length == 3 && words[1] == "located";
        if (words.Length != (located ? 3 : 2))
        {
            throw new AstDescriptionException("expected 'keyword [located] Name = ...'");
        }

        return (words[0], located, Identifier(words[words.Length - 1]), line.Substring(eq + 1).Trim());
    }

    /// <summary>The 1-based column of <paramref name="token"/> in the line, else of its first non-blank character.</summary>
    internal static int ColumnOf(string rawLine, string? token)
    {
        var index = string.IsNullOrEmpty(token) ? -1 : rawLine.IndexOf(token, StringComparison.Ordinal);
        if (index < 0)
        {
            index = rawLine.Length - rawLine.TrimStart().Length;
        }

        return index + 1;
    }

    /// <summary>Parses "Name(field: type, field: type*)".</summary>
    private static (string Name, List<AstField> Fields) ParseConstructor(string text, string rawLine, int lineNumber)
    {
        var open = text.IndexOf('(');
        if (open < 0 || !text.EndsWith(")", StringComparison.Ordinal))
        {
            throw new AstDescriptionException("expected 'Name(field: type, ...)'");
        }

        var name = Identifier(text.Substring(0, open));
        var fields = new List<AstField>();
        var inner = text.Substring(open + 1, text.Length - open - 2).Trim();
        if (inner.Length == 0)
        {
            return (name, fields);
        }

        foreach (var part in inner.Split(','))
        {
            var colon = part.IndexOf(':');
            if (colon < 0)
            {
                throw new AstDescriptionException("expected 'field: type' in '" + part.Trim() + "'", part.Trim());
            }

            var fieldName = Identifier(part.Substring(0, colon));
            var type = part.Substring(colon + 1).Trim();
            var isList = type.EndsWith("*", StringComparison.Ordinal);
            if (isList)
            {
                type = type.Substring(0, type.Length - 1);
            }

            var isOptional = type.EndsWith("?", StringComparison.Ordinal);
            if (isOptional)
            {
                type = type.Substring(0, type.Length - 1);
            }

            // "expr?*" is a list whose items may be None; "expr?" alone is an optional field.
            fields.Add(new AstField(fieldName, Identifier(type), isList, isOptional && !isList, isOptional && isList)
            {
                Line = lineNumber,
                Column = ColumnOf(rawLine, part.Trim()),
            });
        }

        return (name, fields);
    }

    private static string Identifier(string text)
    {
        var s = text.Trim();
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
        {
            throw new AstDescriptionException("expected a name, found '" + s + "'", s);
        }

        foreach (var ch in s)
        {
            if (!(char.IsLetterOrDigit(ch) || ch == '_'))
            {
                throw new AstDescriptionException("expected a name, found '" + s + "'", s);
            }
        }

        return s;
    }
}
