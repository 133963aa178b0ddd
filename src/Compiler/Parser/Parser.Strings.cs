using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// String literals, f-strings and t-strings (python.gram: LITERALS) and their assembly into
/// Constant/JoinedStr/TemplateStr (action_helpers.c: _PyPegen_concatenate_strings,
/// _PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_interpolation).
/// </summary>
internal sealed partial class PegParser
{
    /// <summary>Raw-ness of the f-/t-strings being parsed, innermost last (format specs decode by it).</summary>
    private readonly Stack<bool> _rawFStrings = new();

    // strings (memo): invalid_string_tstring_concat | (fstring|string)+ | tstring+
    private ExprNode? Strings()
    {
        if (TryMemo<ExprNode>(MemoRule.Strings, out var memo))
        {
            return memo;
        }

        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidStringTstringConcat();
            _mark = start;
        }

        ExprNode? result = null;
        var parts = StringParts(template: false);
        if (parts is not null)
        {
            result = ConcatenateStrings(parts, start);
        }
        else
        {
            _mark = start;
            var tparts = StringParts(template: true);
            if (tparts is not null)
            {
                result = Loc(new TemplateStr { Values = ConcatenatedValues(tparts) }, start);
            }
            else
            {
                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.Strings, result);
        return result;
    }

    /// <summary>(fstring|string)+ or tstring+.</summary>
    private List<ExprNode>? StringParts(bool template)
    {
        List<ExprNode>? parts = null;
        while (true)
        {
            var mark = _mark;
            ExprNode? part = null;
            var t = Peek();
            if (!template && t == Tok.String)
            {
                part = StringToken();
            }
            else if (!template && t == Tok.FStringStart)
            {
                part = FString(template: false);
            }
            else if (template && t == Tok.TStringStart)
            {
                part = FString(template: true);
            }

            if (part is null)
            {
                _mark = mark;
                return parts;
            }

            (parts ??= []).Add(part);
        }
    }

    private void InvalidStringTstringConcat()
    {
        var start = _mark;

        // a=(fstring|string)+ b=tstring
        if (StringParts(template: false) is { } a && At(Tok.TStringStart) && FString(template: true) is { } b)
        {
            throw RaiseRange(a[^1], b, "cannot mix t-string literals with string or bytes literals");
        }

        // a=tstring+ b=(fstring|string)
        _mark = start;
        if (StringParts(template: true) is { } c)
        {
            var t = Peek();
            ExprNode? d = t == Tok.String ? StringToken() : t == Tok.FStringStart ? FString(template: false) : null;
            if (d is not null)
            {
                throw RaiseRange(c[^1], d, "cannot mix t-string literals with string or bytes literals");
            }
        }

        _mark = start;
    }

    /// <summary>string: STRING, decoded (_PyPegen_constant_from_string).</summary>
    private Constant StringToken()
    {
        var index = _mark++;
        var text = _tokens[index].Text;
        var body = StringLiterals.Body(text, out var raw, out var bytes);
        var decoded = bytes ? StringLiterals.DecodeBytesBody(body, raw) : StringLiterals.DecodeStrBody(body, raw);
        if (decoded.Error is { } error)
        {
            throw RaiseToken(index, error);
        }

        if (decoded.Invalid is { } inv)
        {
            WarnInvalidEscape(inv, index);
        }

        return LocToken(new Constant { Value = ToConstant(decoded.Value), Kind = text[0] == 'u' ? "u" : null }, index);
    }

    private static ConstantValue ToConstant(LiteralValue value) =>
        value.Bytes is { } bytes ? ConstantValue.FromBytes(bytes)
        : value.CodePoints is { } cps ? ConstantValue.FromCodePoints(cps)
        : ConstantValue.FromStr(value.Text ?? "");

    /// <summary>warn_invalid_escape_sequence: a SyntaxWarning in the first pass only.</summary>
    private void WarnInvalidEscape(InvalidEscape inv, int tokenIndex)
    {
        if (_callInvalidRules || _options.Warnings is null)
        {
            return;
        }

        ref var t = ref _tokens[tokenIndex];

        // The tokenizer already warned about "\{" and "\}" in an f-/t-string literal part.
        if (_types[tokenIndex] is Tok.FStringMiddle or Tok.FStringEnd or Tok.TStringMiddle or Tok.TStringEnd && inv.First is '{' or '}')
        {
            return;
        }

        var lineno = t.Lineno + inv.Line;
        var col = inv.Line == 0 ? t.ColOffset + inv.Column : inv.Column;
        if (inv.Line == 0)
        {
            // As CPython, the position counts the token's leading quotes but not its prefix letters.
            var first = '\0';
            var quotes = 0;
            foreach (var ch in t.Text)
            {
                if (ch is not ('\'' or '"'))
                {
                    break;
                }

                first = first == '\0' ? ch : first;
                quotes += ch == first ? 1 : 0;
            }

            col += quotes;
        }

        try
        {
            _options.Warnings.Warn(new CompilerWarning("SyntaxWarning", inv.WarningMessage, _options.Filename, lineno, col + 1));
        }
        catch (PythonSyntaxError)
        {
            throw RaiseKnownLocation(SyntaxErrorKind.SyntaxError, lineno, col - 1, lineno, col + 1, inv.ErrorMessage);
        }
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END ; tstring: TSTRING_START tstring_middle* TSTRING_END
    private ExprNode? FString(bool template)
    {
        if (template && TryMemo<ExprNode>(MemoRule.Tstring, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var startType = template ? Tok.TStringStart : Tok.FStringStart;
        var middleType = template ? Tok.TStringMiddle : Tok.FStringMiddle;
        var endType = template ? Tok.TStringEnd : Tok.FStringEnd;
        ExprNode? result = null;
        if (Eat(startType))
        {
            var prefix = _tokens[start].Text;
            var raw = prefix.Contains('r', StringComparison.Ordinal) || prefix.Contains('R', StringComparison.Ordinal);
            _rawFStrings.Push(raw);
            var items = new List<ExprNode>();
            while (true)
            {
                if (At(middleType))
                {
                    AddFStringMiddle(items);
                    continue;
                }

                if (At(Tok.LBrace) && ReplacementField(template, inFormatSpec: false) is { } field)
                {
                    items.Add(field);
                    continue;
                }

                break;
            }

            _rawFStrings.Pop();
            if (Expect(endType) is var end and >= 0)
            {
                var values = ResizedExprs(items, raw, end);
                ref var s = ref _tokens[start];
                ref var e = ref _tokens[end];
                ExprNode node = template ? new TemplateStr { Values = values } : new JoinedStr { Values = values };
                node.Lineno = s.Lineno;
                node.ColOffset = s.ColOffset;
                node.EndLineno = e.EndLineno;
                node.EndColOffset = e.EndColOffset;
                result = node;
            }
        }

        if (result is null)
        {
            _mark = start;
        }

        if (template)
        {
            StoreMemo(start, MemoRule.Tstring, result);
        }

        return result;
    }

    /// <summary>
    /// FSTRING_MIDDLE as Constants of its raw text, split as CPython's lexer splits it: the
    /// tokenizer ends a literal part after a doubled brace, CPython gives the brace its own
    /// token spanning both characters (adjacent parts merge later, in the concatenation).
    /// </summary>
    private void AddFStringMiddle(List<ExprNode> items)
    {
        var index = _mark++;
        ref var t = ref _tokens[index];
        var text = t.Text;
        var buffer = _lines.Text;
        // A doubled brace's second character is skipped by the tokenizer: it is at the end of
        // the token's text but the next token starts after it.
        var doubled = text.Length > 0 && text[^1] is '{' or '}' && t.End < buffer.Length && buffer[t.End] == text[^1]
            && PeekAt(0) >= 0 && _tokens[index + 1].Start != t.End;
        if (!doubled)
        {
            items.Add(LocToken(new Constant { Value = ConstantValue.FromStr(text) }, index));
            return;
        }

        if (text.Length > 1)
        {
            items.Add(new Constant
            {
                Value = ConstantValue.FromStr(text[..^1]),
                Lineno = t.Lineno,
                ColOffset = t.ColOffset,
                EndLineno = t.EndLineno,
                EndColOffset = t.EndColOffset - 1,
            });
        }

        items.Add(new Constant
        {
            Value = ConstantValue.FromStr(text[^1..]),
            Lineno = t.EndLineno,
            ColOffset = t.EndColOffset - 1,
            EndLineno = t.EndLineno,
            EndColOffset = t.EndColOffset + 1,
        });
    }

    /// <summary>_get_resized_exprs: flattens debug pairs, decodes literal parts, drops empty ones.</summary>
    private List<ExprNode> ResizedExprs(List<ExprNode> items, bool raw, int endToken)
    {
        var result = new List<ExprNode>(items.Count);
        foreach (var item in items)
        {
            if (item is JoinedStr debug)
            {
                result.AddRange(debug.Values);
                continue;
            }

            if (item is Constant c)
            {
                var decoded = DecodeFStringPart(c, raw, endToken);
                if (decoded.Value is StrConstant { Length: 0 })
                {
                    continue;
                }

                result.Add(decoded);
                continue;
            }

            result.Add(item);
        }

        return result;
    }

    private Constant DecodeFStringPart(Constant c, bool raw, int token)
    {
        var decoded = StringLiterals.DecodeStrBody(((StrConstant)c.Value).Value, raw);
        if (decoded.Error is { } error)
        {
            // A literal part of an f-string reports at the part itself.
            throw RaiseNode(c, error);
        }

        if (decoded.Invalid is { } inv)
        {
            WarnInvalidEscape(inv, token);
        }

        return Span(new Constant { Value = ToConstant(decoded.Value) }, c, c);
    }

    // fstring_replacement_field / tstring_replacement_field / tstring_format_spec_replacement_field:
    //   '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}' | invalid_*_replacement_field
    private ExprNode? ReplacementField(bool template, bool inFormatSpec)
    {
        var start = _mark;
        if (Eat(Tok.LBrace) && AnnotatedRhs() is { } expr)
        {
            var debug = Expect(Tok.Equal);
            var conversion = FStringConversion();
            var conversionMark = _mark;
            (ExprNode Spec, int Colon)? format = null;
            if (At(Tok.Colon))
            {
                format = FullFormatSpec(template);
                if (format is null)
                {
                    _mark = conversionMark;
                }
            }

            if (Expect(Tok.RBrace) is var rbrace and >= 0)
            {
                // Inside a t-string's format spec, nested fields are plain FormattedValues.
                return template && !inFormatSpec
                    ? MakeInterpolation(expr, debug, conversion, format, rbrace, start)
                    : MakeFormattedValue(expr, debug, conversion, format, rbrace, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidReplacementField(template);
            _mark = start;
        }

        return null;
    }

    // fstring_conversion: "!" NAME
    private (Name Name, int Bang)? FStringConversion()
    {
        var mark = _mark;
        if (Expect(Tok.Exclamation) is var bang and >= 0 && NameToken() is { } conv)
        {
            ref var b = ref _tokens[bang];
            if (b.Lineno != conv.Lineno || b.EndColOffset != conv.ColOffset)
            {
                throw RaiseRangeTokenNode(bang, conv, "f-string: conversion type must come right after the exclamation mark");
            }

            return (conv, bang);
        }

        _mark = mark;
        return null;
    }

    // fstring_full_format_spec: ':' fstring_format_spec*
    private (ExprNode Spec, int Colon)? FullFormatSpec(bool template)
    {
        var start = _mark;
        if (!Eat(Tok.Colon))
        {
            return null;
        }

        var middleType = template ? Tok.TStringMiddle : Tok.FStringMiddle;
        var raw = _rawFStrings.Count > 0 && _rawFStrings.Peek();
        var spec = new List<ExprNode>();
        while (true)
        {
            if (At(middleType))
            {
                var m = _mark;
                var parts = new List<ExprNode>(2);
                AddFStringMiddle(parts);
                foreach (var part in parts)
                {
                    spec.Add(DecodeFStringPart((Constant)part, raw, m));
                }

                continue;
            }

            if (At(Tok.LBrace) && ReplacementField(template, inFormatSpec: true) is { } field)
            {
                spec.Add(field);
                continue;
            }

            break;
        }

        spec.RemoveAll(e => e is Constant { Value: StrConstant { Length: 0 } });
        ExprNode result;
        if (spec.Count == 0 || (spec.Count == 1 && spec[0] is Constant))
        {
            result = Loc(new JoinedStr { Values = spec }, start);
        }
        else
        {
            result = ConcatenateStrings(spec, start);
        }

        return (result, start);
    }

    /// <summary>The expression text the tokenizer records for a debug field or an interpolation:
    /// the source between the '{' and the token ending the expression.</summary>
    private string ExpressionText(int lbrace, int endToken)
    {
        var buffer = _lines.Text;
        var start = _tokens[lbrace].End;
        var end = _tokens[endToken].Start;
        var span = buffer.AsSpan(start, end - start);
        if (span.IndexOf('#') < 0)
        {
            return span.ToString();
        }

        // Comments are dropped from the recorded text, but a '#' inside a string literal of the
        // expression is text.
        var sb = new System.Text.StringBuilder(span.Length);
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (c is '\'' or '"')
            {
                var triple = i + 2 < span.Length && span[i + 1] == c && span[i + 2] == c;
                var quoteLength = triple ? 3 : 1;
                var j = i + quoteLength;
                while (j < span.Length)
                {
                    if (span[j] == '\\')
                    {
                        j += 2;
                        continue;
                    }

                    if (span[j] == c && (!triple || (j + 2 < span.Length && span[j + 1] == c && span[j + 2] == c)))
                    {
                        j += quoteLength;
                        break;
                    }

                    j++;
                }

                j = Math.Min(j, span.Length);
                sb.Append(span[i..j]);
                i = j;
                continue;
            }

            if (c == '#')
            {
                while (i < span.Length && span[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private ExprNode MakeFormattedValue(ExprNode expr, int debug, (Name Name, int Bang)? conversion, (ExprNode Spec, int Colon)? format, int rbrace, int start)
    {
        var conversionValue = -1;
        if (conversion is { } conv)
        {
            conversionValue = CheckConversion(conv.Name, "f-string: ");
        }
        else if (debug >= 0 && format is null)
        {
            conversionValue = 'r';
        }

        var fv = Loc(new FormattedValue { Value = expr, Conversion = conversionValue, FormatSpec = format?.Spec }, start);
        return debug >= 0 ? DebugPair(fv, conversion, format, rbrace, start) : fv;
    }

    private int CheckConversion(Name conversion, string prefix)
    {
        var id = conversion.Id;
        if (id.Length != 1 || id[0] is not ('s' or 'r' or 'a'))
        {
            throw RaiseNode(conversion, prefix + "invalid conversion character " + ReprString(id) + ": expected 's', 'r', or 'a'");
        }

        return id[0];
    }

    private ExprNode MakeInterpolation(ExprNode expr, int debug, (Name Name, int Bang)? conversion, (ExprNode Spec, int Colon)? format, int rbrace, int start)
    {
        var conversionValue = -1;
        if (conversion is { } conv)
        {
            conversionValue = CheckConversion(conv.Name, "t-string: ");
        }
        else if (debug >= 0 && format is null)
        {
            conversionValue = 'r';
        }

        // The interpolation's text is the source of the expression, up to the '=' of the
        // debug form or to what ends the field.
        var endToken = debug >= 0 ? debug : conversion is { } c ? c.Bang : format is { } f ? f.Colon : rbrace;
        var exprText = ExpressionText(start, endToken);
        var node = Loc(new Interpolation { Value = expr, Str = ConstantValue.FromStr(exprText), Conversion = conversionValue, FormatSpec = format?.Spec }, start);
        return debug >= 0 ? DebugPair(node, conversion, format, rbrace, start) : node;
    }

    /// <summary>The JoinedStr pairing the debug text of <c>{x=}</c> with its value.</summary>
    private ExprNode DebugPair(ExprNode value, (Name Name, int Bang)? conversion, (ExprNode Spec, int Colon)? format, int rbrace, int start)
    {
        int endLine;
        int endOffset;
        int endToken;
        if (conversion is { } conv)
        {
            endLine = conv.Name.Lineno;
            endOffset = conv.Name.ColOffset;
            endToken = conv.Bang;
        }
        else if (format is { } fmt)
        {
            endLine = fmt.Spec.Lineno;
            endOffset = fmt.Spec.ColOffset + 1;
            endToken = fmt.Colon;
        }
        else
        {
            endLine = value.EndLineno;
            endOffset = value.EndColOffset;
            endToken = rbrace;
        }

        var text = ExpressionText(start, endToken);
        var debugText = new Constant
        {
            Value = ConstantValue.FromStr(text),
            Lineno = value.Lineno,
            ColOffset = value.ColOffset + 1,
            EndLineno = endLine,
            EndColOffset = endOffset - 1,
        };
        return new JoinedStr
        {
            Values = [debugText, value],
            Lineno = value.Lineno,
            ColOffset = value.ColOffset,
            EndLineno = endLine,
            EndColOffset = endOffset,
        };
    }

    private static string ReprString(string s) => s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? "\"" + s + "\"" : "'" + s + "'";

    private void InvalidReplacementField(bool template)
    {
        var prefix = template ? "t-string: " : "f-string: ";
        var start = _mark;
        if (!Eat(Tok.LBrace))
        {
            return;
        }

        // '{' a=('=' | '!' | ':' | '}')
        var t = Peek();
        if (t is Tok.Equal or Tok.Exclamation or Tok.Colon or Tok.RBrace)
        {
            var what = t switch { Tok.Equal => "=", Tok.Exclamation => "!", Tok.Colon => ":", _ => "}" };
            throw RaiseToken(_mark, prefix + "valid expression required before '" + what + "'");
        }

        // '{' !annotated_rhs
        var afterBrace = _mark;
        if (AnnotatedRhs() is null)
        {
            _mark = afterBrace;
            throw RaiseOnNextToken(prefix + "expecting a valid expression after '{'");
        }

        var afterExpr = _mark;

        // '{' annotated_rhs !('=' | '!' | ':' | '}')
        if (!(At(Tok.Equal) || At(Tok.Exclamation) || At(Tok.Colon) || At(Tok.RBrace)))
        {
            throw RaiseOnNextToken(prefix + "expecting '=', or '!', or ':', or '}'");
        }

        // '{' annotated_rhs '=' !('!' | ':' | '}')
        if (Eat(Tok.Equal) && !(At(Tok.Exclamation) || At(Tok.Colon) || At(Tok.RBrace)))
        {
            throw RaiseOnNextToken(prefix + "expecting '!', or ':', or '}'");
        }

        // '{' annotated_rhs '='? invalid_conversion_character
        _mark = afterExpr;
        Eat(Tok.Equal);
        var afterEqual = _mark;
        if (Eat(Tok.Exclamation))
        {
            if (At(Tok.Colon) || At(Tok.RBrace))
            {
                throw RaiseOnNextToken(prefix + "missing conversion character");
            }

            if (!At(Tok.Name))
            {
                throw RaiseOnNextToken(prefix + "invalid conversion character");
            }
        }

        // '{' annotated_rhs '='? ['!' NAME] !(':' | '}')
        _mark = afterEqual;
        if (!(Eat(Tok.Exclamation) && NameToken() is not null))
        {
            _mark = afterEqual;
        }

        var afterConversion = _mark;
        if (!(At(Tok.Colon) || At(Tok.RBrace)))
        {
            throw RaiseOnNextToken(prefix + "expecting ':' or '}'");
        }

        // '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'
        if (Eat(Tok.Colon))
        {
            var middleType = template ? Tok.TStringMiddle : Tok.FStringMiddle;
            while (true)
            {
                if (Eat(middleType))
                {
                    continue;
                }

                var mark = _mark;
                if (At(Tok.LBrace) && ReplacementField(template, inFormatSpec: true) is not null)
                {
                    continue;
                }

                _mark = mark;
                break;
            }

            if (!At(Tok.RBrace))
            {
                throw RaiseOnNextToken(prefix + "expecting '}', or format specs");
            }
        }

        // '{' annotated_rhs '='? ['!' NAME] !'}'
        _mark = afterConversion;
        if (!At(Tok.RBrace))
        {
            throw RaiseOnNextToken(prefix + "expecting '}'");
        }

        _mark = start;
    }
}
