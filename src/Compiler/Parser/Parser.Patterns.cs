using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>The match statement and patterns (python.gram: Match statement).</summary>
internal sealed partial class PegParser
{
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    private StmtNode? MatchStmt()
    {
        var start = _mark;
        if (Peek() != Tok.Name || _tokens[_mark].Text != "match")
        {
            return null;
        }

        _mark++;
        if (SubjectExpr() is { } subject && Eat(Tok.Colon) && Eat(Tok.Newline) && Eat(Tok.Indent))
        {
            var cases = new List<MatchCase>();
            while (CaseBlock() is { } c)
            {
                cases.Add(c);
            }

            if (cases.Count > 0 && Eat(Tok.Dedent))
            {
                return Loc(new Match { Subject = subject, Cases = cases }, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            var kw = _mark++;
            if (SubjectExpr() is not null)
            {
                if (At(Tok.Newline))
                {
                    _mark++;
                    throw RaiseSyntaxError("expected ':'");
                }

                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'match' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private ExprNode? SubjectExpr()
    {
        var start = _mark;
        if (StarNamedExpression() is { } first && Eat(Tok.Comma))
        {
            var mark = _mark;
            var rest = StarNamedExpressions();
            if (rest is null)
            {
                _mark = mark;
            }

            var elts = new List<ExprNode> { first };
            if (rest is not null)
            {
                elts.AddRange(rest);
            }

            return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        }

        _mark = start;
        var e = NamedExpression();
        if (e is null)
        {
            _mark = start;
        }

        return e;
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private MatchCase? CaseBlock()
    {
        var start = _mark;
        if (Peek() != Tok.Name || _tokens[_mark].Text != "case")
        {
            return null;
        }

        if (_callInvalidRules)
        {
            var kw = _mark++;
            if (Patterns() is not null)
            {
                GuardOpt();
                if (At(Tok.Newline))
                {
                    _mark++;
                    throw RaiseSyntaxError("expected ':'");
                }

                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'case' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        _mark++;
        if (Patterns() is { } pattern)
        {
            var guard = GuardOpt();
            if (Eat(Tok.Colon) && Block() is { } body)
            {
                return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
            }
        }

        _mark = start;
        return null;
    }

    private ExprNode? GuardOpt()
    {
        var mark = _mark;
        if (Eat(Tok.If) && NamedExpression() is { } g)
        {
            return g;
        }

        _mark = mark;
        return null;
    }

    // patterns: open_sequence_pattern | pattern
    private PatternNode? Patterns()
    {
        var start = _mark;
        if (OpenSequencePattern() is { } seq)
        {
            return Loc(new MatchSequence { Patterns = seq }, start);
        }

        _mark = start;
        var p = Pattern();
        if (p is null)
        {
            _mark = start;
        }

        return p;
    }

    // pattern: as_pattern | or_pattern
    private PatternNode? Pattern()
    {
        Enter();
        var start = _mark;
        PatternNode? result = null;
        if (OrPattern() is { } or)
        {
            var afterOr = _mark;
            if (Eat(Tok.As) && PatternCaptureTarget() is { } target)
            {
                result = Loc(new MatchAs { Pattern = or, Name = target.Id }, start);
            }
            else
            {
                _mark = afterOr;
                if (_callInvalidRules && Eat(Tok.As))
                {
                    // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' expression
                    if (At(Tok.Name) && _tokens[_mark].Text == "_")
                    {
                        throw RaiseToken(_mark, "cannot use '_' as a target");
                    }

                    if (ExpressionRule() is { } a)
                    {
                        throw RaiseNode(a, "cannot use " + ExprName(a) + " as pattern target");
                    }

                    _mark = afterOr;
                }

                result = or;
            }
        }
        else
        {
            _mark = start;
        }

        Leave();
        return result;
    }

    // or_pattern: '|'.closed_pattern+
    private PatternNode? OrPattern()
    {
        var start = _mark;
        if (ClosedPattern() is not { } first)
        {
            _mark = start;
            return null;
        }

        List<PatternNode>? alternatives = null;
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.VBar) && ClosedPattern() is { } next)
            {
                (alternatives ??= [first]).Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        return alternatives is null ? first : Loc(new MatchOr { Patterns = alternatives }, start);
    }

    // closed_pattern (memo)
    private PatternNode? ClosedPattern()
    {
        if (TryMemo<PatternNode>(MemoRule.ClosedPattern, out var memo))
        {
            return memo;
        }

        var start = _mark;
        PatternNode? result = null;
        for (var alternative = 0; alternative < 8 && result is null; alternative++)
        {
            _mark = start;
            result = alternative switch
            {
                0 => LiteralPattern(),
                1 => CapturePattern(),
                2 => WildcardPattern(),
                3 => ValuePattern(),
                4 => GroupPattern(),
                5 => SequencePattern(),
                6 => MappingPattern(),
                _ => ClassPattern(),
            };
        }

        if (result is null)
        {
            _mark = start;
        }

        StoreMemo(start, MemoRule.ClosedPattern, result);
        return result;
    }

    // literal_pattern
    private PatternNode? LiteralPattern()
    {
        var start = _mark;
        if (SignedNumber() is { } n && !At(Tok.Plus) && !At(Tok.Minus))
        {
            return Loc(new MatchValue { Value = n }, start);
        }

        _mark = start;
        if (ComplexNumber() is { } c)
        {
            return Loc(new MatchValue { Value = c }, start);
        }

        _mark = start;
        switch (Peek())
        {
            case Tok.String or Tok.FStringStart or Tok.TStringStart:
                if (Strings() is { } s)
                {
                    return Loc(new MatchValue { Value = s }, start);
                }

                break;
            case Tok.None:
                _mark++;
                return Loc(new MatchSingleton { Value = ConstantValue.None }, start);
            case Tok.True:
                _mark++;
                return Loc(new MatchSingleton { Value = ConstantValue.True }, start);
            case Tok.False:
                _mark++;
                return Loc(new MatchSingleton { Value = ConstantValue.False }, start);
        }

        _mark = start;
        return null;
    }

    // literal_expr
    private ExprNode? LiteralExpr()
    {
        var start = _mark;
        if (SignedNumber() is { } n && !At(Tok.Plus) && !At(Tok.Minus))
        {
            return n;
        }

        _mark = start;
        if (ComplexNumber() is { } c)
        {
            return c;
        }

        _mark = start;
        switch (Peek())
        {
            case Tok.String or Tok.FStringStart or Tok.TStringStart:
                if (Strings() is { } s)
                {
                    return s;
                }

                break;
            case Tok.None:
                _mark++;
                return Loc(new Constant { Value = ConstantValue.None }, start);
            case Tok.True:
                _mark++;
                return Loc(new Constant { Value = ConstantValue.True }, start);
            case Tok.False:
                _mark++;
                return Loc(new Constant { Value = ConstantValue.False }, start);
        }

        _mark = start;
        return null;
    }

    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private ExprNode? ComplexNumber()
    {
        var start = _mark;
        if (SignedRealNumber() is { } real)
        {
            var op = Peek() == Tok.Plus ? Operator.Add : Peek() == Tok.Minus ? Operator.Sub : (Operator?)null;
            if (op is not null)
            {
                _mark++;
                if (NumberToken() is { } imag)
                {
                    if (imag is not Constant { Value: ComplexConstant })
                    {
                        throw RaiseNode(imag, "imaginary number required in complex literal");
                    }

                    return Loc(new BinOp { Left = real, Op = op.Value, Right = imag }, start);
                }
            }
        }

        _mark = start;
        return null;
    }

    // signed_number: NUMBER | '-' NUMBER
    private ExprNode? SignedNumber()
    {
        var start = _mark;
        if (NumberToken() is { } n)
        {
            return n;
        }

        if (Eat(Tok.Minus) && NumberToken() is { } m)
        {
            return Loc(new UnaryOp { Op = UnaryOperator.USub, Operand = m }, start);
        }

        _mark = start;
        return null;
    }

    // signed_real_number: real_number | '-' real_number
    private ExprNode? SignedRealNumber()
    {
        var start = _mark;
        if (RealNumber() is { } n)
        {
            return n;
        }

        if (Eat(Tok.Minus) && RealNumber() is { } m)
        {
            return Loc(new UnaryOp { Op = UnaryOperator.USub, Operand = m }, start);
        }

        _mark = start;
        return null;
    }

    private ExprNode? RealNumber()
    {
        if (NumberToken() is not { } n)
        {
            return null;
        }

        if (n is Constant { Value: ComplexConstant })
        {
            throw RaiseNode(n, "real number required in complex literal");
        }

        return n;
    }

    // capture_pattern: pattern_capture_target
    private PatternNode? CapturePattern()
    {
        var start = _mark;
        if (PatternCaptureTarget() is { } target)
        {
            return Loc(new MatchAs { Name = target.Id }, start);
        }

        _mark = start;
        return null;
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private Name? PatternCaptureTarget()
    {
        var start = _mark;
        if (Peek() != Tok.Name || _tokens[_mark].Text == "_")
        {
            return null;
        }

        var name = NameToken()!;
        if (At(Tok.Dot) || At(Tok.LPar) || At(Tok.Equal))
        {
            _mark = start;
            return null;
        }

        return SetContext(name, ExprContext.Store);
    }

    // wildcard_pattern: "_"
    private PatternNode? WildcardPattern()
    {
        var start = _mark;
        if (Peek() == Tok.Name && _tokens[_mark].Text == "_")
        {
            _mark++;
            return Loc(new MatchAs(), start);
        }

        return null;
    }

    // value_pattern: attr !('.' | '(' | '=')
    private PatternNode? ValuePattern()
    {
        var start = _mark;
        if (AttrRule() is { } attr && !(At(Tok.Dot) || At(Tok.LPar) || At(Tok.Equal)))
        {
            return Loc(new MatchValue { Value = attr }, start);
        }

        _mark = start;
        return null;
    }

    // attr: name_or_attr '.' NAME  (left-recursive through name_or_attr)
    private ExprNode? AttrRule()
    {
        var start = _mark;
        if (NameOrAttr() is Attribute a)
        {
            return a;
        }

        _mark = start;
        return null;
    }

    // name_or_attr: attr | NAME
    private ExprNode? NameOrAttr()
    {
        var start = _mark;
        if (NameToken() is not { } name)
        {
            return null;
        }

        ExprNode result = name;
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Dot) && NameToken() is { } next)
            {
                result = Loc(new Attribute { Value = result, Attr = next.Id, Ctx = ExprContext.Load }, start);
                continue;
            }

            _mark = mark;
            return result;
        }
    }

    // group_pattern: '(' pattern ')'
    private PatternNode? GroupPattern()
    {
        var start = _mark;
        if (Eat(Tok.LPar) && Pattern() is { } p && Eat(Tok.RPar))
        {
            return p;
        }

        _mark = start;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private PatternNode? SequencePattern()
    {
        var start = _mark;
        if (Eat(Tok.LSqb))
        {
            var mark = _mark;
            var items = MaybeSequencePattern();
            if (items is null)
            {
                _mark = mark;
            }

            if (Eat(Tok.RSqb))
            {
                return Loc(new MatchSequence { Patterns = items ?? [] }, start);
            }
        }

        _mark = start;
        if (Eat(Tok.LPar))
        {
            var mark = _mark;
            var items = OpenSequencePattern();
            if (items is null)
            {
                _mark = mark;
            }

            if (Eat(Tok.RPar))
            {
                return Loc(new MatchSequence { Patterns = items ?? [] }, start);
            }
        }

        _mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private List<PatternNode>? OpenSequencePattern()
    {
        var start = _mark;
        if (MaybeStarPattern() is { } first && Eat(Tok.Comma))
        {
            var mark = _mark;
            var rest = MaybeSequencePattern();
            if (rest is null)
            {
                _mark = mark;
            }

            var list = new List<PatternNode> { first };
            if (rest is not null)
            {
                list.AddRange(rest);
            }

            return list;
        }

        _mark = start;
        return null;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<PatternNode>? MaybeSequencePattern()
    {
        if (MaybeStarPattern() is not { } first)
        {
            return null;
        }

        var list = new List<PatternNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && MaybeStarPattern() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        Eat(Tok.Comma);
        return list;
    }

    // maybe_star_pattern: star_pattern | pattern
    private PatternNode? MaybeStarPattern()
    {
        var start = _mark;
        if (StarPattern() is { } s)
        {
            return s;
        }

        _mark = start;
        var p = Pattern();
        if (p is null)
        {
            _mark = start;
        }

        return p;
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    private PatternNode? StarPattern()
    {
        if (TryMemo<PatternNode>(MemoRule.StarPattern, out var memo))
        {
            return memo;
        }

        var start = _mark;
        PatternNode? result = null;
        if (Eat(Tok.Star))
        {
            if (PatternCaptureTarget() is { } target)
            {
                result = Loc(new MatchStar { Name = target.Id }, start);
            }
            else if (WildcardPattern() is not null)
            {
                result = Loc(new MatchStar(), start);
            }
        }

        if (result is null)
        {
            _mark = start;
        }

        StoreMemo(start, MemoRule.StarPattern, result);
        return result;
    }
}
