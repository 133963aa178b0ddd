using System.Collections;
using System.Globalization;
using System.Text;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// Python 3.14's <c>ast.dump(node, include_attributes=..., indent=...)</c> with annotated fields
/// and show_empty=False: a field is left out when it is None and optional, or an empty list.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null) =>
        Dump(node, includeAttributes, indent is null ? null : new string(' ', Math.Max(0, indent.Value)));

    /// <summary>The same with a string indent (Python accepts both).</summary>
    public static string Dump(Node node, bool includeAttributes, string? indent)
    {
        if (indent is null)
        {
            var sb = new StringBuilder();
            WriteFlat(sb, node, includeAttributes);
            return sb.ToString();
        }

        return new Indented(indent, includeAttributes).Format(node, 0).Text;
    }

    /// <summary>Python's repr of a non-node field value (identifier, string, constant, int, operator).</summary>
    private static string ReprOf(object? value) => value switch
    {
        null => "None",
        string s => StringRepr.Format(s),
        ConstantValue c => c.Repr(),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => (AstSchema.EnumPythonName(value) ?? throw new InvalidOperationException("not an AST value: " + value.GetType())) + "()",
    };

    /// <summary>Whether ast.dump leaves the field out: None where None is the default, or an empty list.</summary>
    private static bool Omitted(AstFieldInfo field, object? value) =>
        field.IsList ? ((ICollection)value!).Count == 0 : value is null && field.IsOptional;

    // Single-line output does not depend on which parts are "simple", so it streams.
    private static void WriteFlat(StringBuilder sb, Node node, bool includeAttributes)
    {
        AstWalker.EnsureStack();
        var info = node.Info;
        sb.Append(info.Name).Append('(');
        var first = true;
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var field = info.Fields[i];
            var value = node.GetField(i);
            if (Omitted(field, value))
            {
                continue;
            }

            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(field.Name).Append('=');
            WriteFlatValue(sb, value, includeAttributes);
        }

        if (includeAttributes && node is LocatedNode located)
        {
            // StringBuilder.Append(int) formats with the invariant culture (InvariantGlobalization).
            sb.Append(first ? "" : ", ")
              .Append("lineno=").Append(located.Lineno)
              .Append(", col_offset=").Append(located.ColOffset)
              .Append(", end_lineno=").Append(located.EndLineno)
              .Append(", end_col_offset=").Append(located.EndColOffset);
        }

        sb.Append(')');
    }

    private static void WriteFlatValue(StringBuilder sb, object? value, bool includeAttributes)
    {
        switch (value)
        {
            case Node child:
                WriteFlat(sb, child, includeAttributes);
                break;
            case IList list:
                sb.Append('[');
                for (var j = 0; j < list.Count; j++)
                {
                    if (j > 0)
                    {
                        sb.Append(", ");
                    }

                    WriteFlatValue(sb, list[j], includeAttributes);
                }

                sb.Append(']');
                break;
            default:
                sb.Append(ReprOf(value));
                break;
        }
    }

    /// <summary>
    /// The indented layout follows ast.dump's recursion: a node whose parts are all simple and
    /// number at most three stays on one line; a node is simple when it shows no fields.
    /// </summary>
    private sealed class Indented(string indent, bool includeAttributes)
    {
        public (string Text, bool Simple) Format(object? value, int level)
        {
            switch (value)
            {
                case Node node:
                    return FormatNode(node, level + 1);
                case IList list:
                    {
                        if (list.Count == 0)
                        {
                            return ("[]", true);
                        }

                        level++;
                        var parts = new string[list.Count];
                        for (var i = 0; i < list.Count; i++)
                        {
                            parts[i] = Format(list[i], level).Text;
                        }

                        var prefix = "\n" + Repeat(level);
                        return ("[" + prefix + string.Join("," + prefix, parts) + "]", false);
                    }

                default:
                    return (ReprOf(value), true);
            }
        }

        private (string Text, bool Simple) FormatNode(Node node, int level)
        {
            AstWalker.EnsureStack();
            var info = node.Info;
            var args = new List<string>();
            var allSimple = true;
            for (var i = 0; i < info.Fields.Length; i++)
            {
                var field = info.Fields[i];
                var value = node.GetField(i);
                if (Omitted(field, value))
                {
                    continue;
                }

                var (text, simple) = Format(value, level);
                allSimple &= simple;
                args.Add(field.Name + "=" + text);
            }

            if (includeAttributes && node is LocatedNode located)
            {
                args.Add("lineno=" + located.Lineno.ToString(CultureInfo.InvariantCulture));
                args.Add("col_offset=" + located.ColOffset.ToString(CultureInfo.InvariantCulture));
                args.Add("end_lineno=" + located.EndLineno.ToString(CultureInfo.InvariantCulture));
                args.Add("end_col_offset=" + located.EndColOffset.ToString(CultureInfo.InvariantCulture));
            }

            if (allSimple && args.Count <= 3)
            {
                return (info.Name + "(" + string.Join(", ", args) + ")", args.Count == 0);
            }

            var prefix = "\n" + Repeat(level);
            return (info.Name + "(" + prefix + string.Join("," + prefix, args) + ")", false);
        }

        private string Repeat(int level)
        {
            var sb = new StringBuilder(indent.Length * level);
            for (var i = 0; i < level; i++)
            {
                sb.Append(indent);
            }

            return sb.ToString();
        }
    }
}
