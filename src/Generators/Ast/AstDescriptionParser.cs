using System;
using System.Collections.Generic;

namespace ProtoPython.Generators.Ast;

/// <summary>Reads Ast.def (format: docs/internals/ast.md). Errors carry 1-based line numbers.</summary>
internal static class AstDescriptionParser
{
    public static AstDescription Parse(string text, List<(int Line, string Message)> errors)
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
                        throw new FormatException("an indented class must follow a 'sum' line");
                    }

                    var (name, fields) = ParseConstructor(line);
                    var cls = new AstClass(name, name, currentSum, currentSum.Located, fields, lineNumber);
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
                            var (pythonName, fields) = ParseConstructor(rest);
                            description.Classes.Add(new AstClass(clrName, pythonName, null, located, fields, lineNumber));
                            break;
                        }

                    case "enum":
                        {
                            var colon = rest.IndexOf(':');
                            if (colon < 0 || located)
                            {
                                throw new FormatException("expected 'enum Name = python_name: Member ...'");
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
                        throw new FormatException("expected 'sum', 'product' or 'enum', found '" + keyword + "'");
                }
            }
            catch (FormatException e)
            {
                errors.Add((lineNumber, e.Message));
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
            throw new FormatException("expected '=' in a declaration");
        }

        var words = line.Substring(0, eq).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var located = words.Length == 3 && words[1] == "located";
        if (words.Length != (located ? 3 : 2))
        {
            throw new FormatException("expected 'keyword [located] Name = ...'");
        }

        return (words[0], located, Identifier(words[words.Length - 1]), line.Substring(eq + 1).Trim());
    }

    /// <summary>Parses "Name(field: type, field: type*)".</summary>
    private static (string Name, List<AstField> Fields) ParseConstructor(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0 || !text.EndsWith(")", StringComparison.Ordinal))
        {
            throw new FormatException("expected 'Name(field: type, ...)'");
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
                throw new FormatException("expected 'field: type' in '" + part.Trim() + "'");
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
            fields.Add(new AstField(fieldName, Identifier(type), isList, isOptional && !isList, isOptional && isList));
        }

        return (name, fields);
    }

    private static string Identifier(string text)
    {
        var s = text.Trim();
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
        {
            throw new FormatException("expected a name, found '" + s + "'");
        }

        foreach (var ch in s)
        {
            if (!(char.IsLetterOrDigit(ch) || ch == '_'))
            {
                throw new FormatException("expected a name, found '" + s + "'");
            }
        }

        return s;
    }
}
