using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>Implicit concatenation of string literals, f-strings and t-strings (_PyPegen_concatenate_strings, _build_concatenated_str).</summary>
internal sealed partial class PegParser
{
    /// <summary>_PyPegen_concatenate_strings.</summary>
    private ExprNode ConcatenateStrings(List<ExprNode> strings, int start)
    {
        var fstringFound = false;
        var unicodeFound = false;
        var bytesFound = false;
        foreach (var e in strings)
        {
            switch (e)
            {
                case Constant { Value: BytesConstant }:
                    bytesFound = true;
                    break;
                case Constant:
                    unicodeFound = true;
                    break;
                default:
                    fstringFound = true;
                    break;
            }
        }

        if ((unicodeFound || fstringFound) && bytesFound)
        {
            throw RaiseSyntaxError("cannot mix bytes and nonbytes literals");
        }

        if (!fstringFound)
        {
            if (strings.Count == 1)
            {
                return strings[0];
            }

            var kind = ((Constant)strings[0]).Kind;
            if (bytesFound)
            {
                var all = new List<byte>();
                foreach (var e in strings)
                {
                    all.AddRange(((BytesConstant)((Constant)e).Value).Value);
                }

                return Loc(new Constant { Value = ConstantValue.FromBytes(all.ToArray()), Kind = kind }, start);
            }

            return Loc(new Constant { Value = ConcatStr(strings, 0, strings.Count), Kind = kind }, start);
        }

        return Loc(new JoinedStr { Values = ConcatenatedValues(strings) }, start);
    }

    /// <summary>_build_concatenated_str: flattens JoinedStr/TemplateStr parts, merges adjacent constants, drops empty ones.</summary>
    private static List<ExprNode> ConcatenatedValues(List<ExprNode> strings)
    {
        var flat = new List<ExprNode>();
        foreach (var e in strings)
        {
            switch (e)
            {
                case JoinedStr j:
                    flat.AddRange(j.Values);
                    break;
                case TemplateStr t:
                    flat.AddRange(t.Values);
                    break;
                default:
                    flat.Add(e);
                    break;
            }
        }

        var values = new List<ExprNode>(flat.Count);
        for (var i = 0; i < flat.Count; i++)
        {
            var elem = flat[i];
            if (elem is Constant first)
            {
                if (i + 1 < flat.Count && flat[i + 1] is Constant)
                {
                    var j = i;
                    while (j < flat.Count && flat[j] is Constant)
                    {
                        j++;
                    }

                    var last = (Constant)flat[j - 1];
                    elem = Span(new Constant { Value = ConcatStr(flat, i, j), Kind = first.Kind }, first, last);
                    i = j - 1;
                }

                if (((Constant)elem).Value is StrConstant { Length: 0 })
                {
                    continue;
                }
            }

            values.Add(elem);
        }

        return values;
    }

    private static StrConstant ConcatStr(List<ExprNode> items, int from, int to)
    {
        var anySurrogates = false;
        for (var i = from; i < to; i++)
        {
            anySurrogates |= ((StrConstant)((Constant)items[i]).Value).HasSurrogates;
        }

        if (!anySurrogates)
        {
            var sb = new System.Text.StringBuilder();
            for (var i = from; i < to; i++)
            {
                sb.Append(((StrConstant)((Constant)items[i]).Value).Value);
            }

            return ConstantValue.FromStr(sb.ToString());
        }

        var cps = new List<int>();
        for (var i = from; i < to; i++)
        {
            cps.AddRange(((StrConstant)((Constant)items[i]).Value).GetCodePoints());
        }

        return ConstantValue.FromCodePoints(cps.ToArray());
    }
}
