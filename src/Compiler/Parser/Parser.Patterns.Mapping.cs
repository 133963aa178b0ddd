using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;

namespace ProtoPython.Compiler.Parser;

/// <summary>Mapping and class patterns (python.gram: mapping_pattern, class_pattern).</summary>
internal sealed partial class PegParser
{
    // mapping_pattern
    private PatternNode? MappingPattern()
    {
        var start = _mark;
        if (!Eat(Tok.LBrace))
        {
            return null;
        }

        var afterBrace = _mark;
        if (Eat(Tok.RBrace))
        {
            return Loc(new MatchMapping(), start);
        }

        // '{' double_star_pattern ','? '}'
        if (DoubleStarPattern() is { } rest)
        {
            Eat(Tok.Comma);
            if (Eat(Tok.RBrace))
            {
                return Loc(new MatchMapping { Rest = rest.Id }, start);
            }
        }

        // '{' items_pattern ',' double_star_pattern ','? '}'
        _mark = afterBrace;
        if (ItemsPattern() is { } items)
        {
            var afterItems = _mark;
            if (Eat(Tok.Comma) && DoubleStarPattern() is { } rest2)
            {
                Eat(Tok.Comma);
                if (Eat(Tok.RBrace))
                {
                    return Loc(new MatchMapping { Keys = items.Keys, Patterns = items.Patterns, Rest = rest2.Id }, start);
                }
            }

            // '{' items_pattern ','? '}'
            _mark = afterItems;
            Eat(Tok.Comma);
            if (Eat(Tok.RBrace))
            {
                return Loc(new MatchMapping { Keys = items.Keys, Patterns = items.Patterns }, start);
            }
        }

        _mark = start;
        return null;
    }

    // items_pattern: ','.key_value_pattern+
    private (List<ExprNode> Keys, List<PatternNode> Patterns)? ItemsPattern()
    {
        if (KeyValuePattern() is not { } first)
        {
            return null;
        }

        var keys = new List<ExprNode> { first.Key };
        var patterns = new List<PatternNode> { first.Pattern };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && KeyValuePattern() is { } next)
            {
                keys.Add(next.Key);
                patterns.Add(next.Pattern);
                continue;
            }

            _mark = mark;
            return (keys, patterns);
        }
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    private (ExprNode Key, PatternNode Pattern)? KeyValuePattern()
    {
        var start = _mark;
        var key = LiteralExpr();
        if (key is null)
        {
            _mark = start;
            key = AttrRule();
        }

        if (key is not null && Eat(Tok.Colon) && Pattern() is { } p)
        {
            return (key, p);
        }

        _mark = start;
        return null;
    }

    // double_star_pattern: '**' pattern_capture_target
    private Name? DoubleStarPattern()
    {
        var start = _mark;
        if (Eat(Tok.DoubleStar) && PatternCaptureTarget() is { } target)
        {
            return target;
        }

        _mark = start;
        return null;
    }

    // class_pattern
    private PatternNode? ClassPattern()
    {
        var start = _mark;
        if (NameOrAttr() is not { } cls || !Eat(Tok.LPar))
        {
            _mark = start;
            return null;
        }

        var afterParen = _mark;
        if (Eat(Tok.RPar))
        {
            return Loc(new MatchClass { Cls = cls }, start);
        }

        // positional_patterns ','? ')'
        if (PositionalPatterns() is { } positional)
        {
            var afterPositional = _mark;
            Eat(Tok.Comma);
            if (Eat(Tok.RPar))
            {
                return Loc(new MatchClass { Cls = cls, Patterns = positional }, start);
            }

            // positional_patterns ',' keyword_patterns ','? ')'
            _mark = afterPositional;
            if (Eat(Tok.Comma) && KeywordPatterns() is { } kw2)
            {
                Eat(Tok.Comma);
                if (Eat(Tok.RPar))
                {
                    return Loc(new MatchClass { Cls = cls, Patterns = positional, KwdAttrs = kw2.Names, KwdPatterns = kw2.Patterns }, start);
                }
            }
        }

        // keyword_patterns ','? ')'
        _mark = afterParen;
        if (KeywordPatterns() is { } kw)
        {
            Eat(Tok.Comma);
            if (Eat(Tok.RPar))
            {
                return Loc(new MatchClass { Cls = cls, KwdAttrs = kw.Names, KwdPatterns = kw.Patterns }, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            // name_or_attr '(' [positional_patterns ','] keyword_patterns ',' a=positional_patterns
            if (NameOrAttr() is not null && Eat(Tok.LPar))
            {
                var mark = _mark;
                if (!(PositionalPatterns() is not null && Eat(Tok.Comma)))
                {
                    _mark = mark;
                }

                if (KeywordPatterns() is not null && Eat(Tok.Comma) && PositionalPatterns() is { } bad)
                {
                    throw RaiseRange(bad[0], bad[^1], "positional patterns follow keyword patterns");
                }
            }

            _mark = start;
        }

        return null;
    }

    // positional_patterns: ','.pattern+
    private List<PatternNode>? PositionalPatterns()
    {
        if (Pattern() is not { } first)
        {
            return null;
        }

        var list = new List<PatternNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && Pattern() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
    private (List<string> Names, List<PatternNode> Patterns)? KeywordPatterns()
    {
        List<string>? names = null;
        List<PatternNode>? patterns = null;
        while (true)
        {
            var mark = _mark;
            if (names is not null && !Eat(Tok.Comma))
            {
                break;
            }

            if (NameToken() is { } name && Eat(Tok.Equal) && Pattern() is { } p)
            {
                (names ??= []).Add(name.Id);
                (patterns ??= []).Add(p);
                continue;
            }

            _mark = mark;
            break;
        }

        return names is null ? null : (names, patterns!);
    }
}
