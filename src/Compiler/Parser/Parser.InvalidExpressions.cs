using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// The invalid_* rules about expressions and assignments (python.gram: START OF INVALID RULES).
/// Each either throws the specialized SyntaxError or returns with nothing to report; the caller
/// restores the mark. They run only in the second pass.
/// </summary>
internal sealed partial class PegParser
{
    private void InvalidExpression()
    {
        var start = _mark;

        // STRING a=(!STRING expression_without_invalid)+ STRING
        if (Eat(Tok.String))
        {
            List<ExprNode>? between = null;
            while (!At(Tok.String))
            {
                var mark = _mark;
                if (ExpressionWithoutInvalid() is not { } e)
                {
                    _mark = mark;
                    break;
                }

                (between ??= []).Add(e);
            }

            if (between is not null && At(Tok.String))
            {
                throw RaiseRange(between[0], between[^1], "invalid syntax. Is this intended to be part of the string?");
            }
        }

        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        _mark = start;
        if (!((Peek() == Tok.Name && PeekAt(1) == Tok.String) || AtSoftKeywordToken()))
        {
            if (Disjunction() is { } a && ExpressionWithoutInvalid() is { } b)
            {
                if (!IsLegacyStatement(a) && _levels[_mark - 1] != 0)
                {
                    throw RaiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }

        // a=disjunction 'if' b=disjunction !('else'|':')
        // a=disjunction 'if' b=disjunction 'else' !expression
        _mark = start;
        if (Disjunction() is { } body && Eat(Tok.If) && Disjunction() is { } test)
        {
            if (!At(Tok.Else) && !At(Tok.Colon))
            {
                throw RaiseRange(body, test, "expected 'else' after 'if' expression");
            }

            if (Eat(Tok.Else))
            {
                var mark = _mark;
                var orelse = ExpressionRule();
                _mark = mark;
                if (orelse is null)
                {
                    throw RaiseOnNextToken("expected expression after 'else', but statement is given");
                }
            }
        }

        // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
        _mark = start;
        if (Peek() is Tok.Pass or Tok.Break or Tok.Continue)
        {
            var a = _mark++;
            if (Eat(Tok.If) && Disjunction() is not null && Eat(Tok.Else) && SimpleStmt() is not null)
            {
                throw RaiseToken(a, "expected expression before 'if', but statement is given");
            }
        }

        // a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
        _mark = start;
        if (At(Tok.Lambda))
        {
            var a = _mark++;
            var mark = _mark;
            if (LambdaParams() is null)
            {
                _mark = mark;
            }

            if (Expect(Tok.Colon) is var b and >= 0)
            {
                if (At(Tok.FStringMiddle))
                {
                    throw RaiseRangeTokens(a, b, "f-string: lambda expressions are not allowed without parentheses");
                }

                if (At(Tok.TStringMiddle))
                {
                    throw RaiseRangeTokens(a, b, "t-string: lambda expressions are not allowed without parentheses");
                }
            }
        }

        _mark = start;
    }

    private static bool IsLegacyStatement(ExprNode e) => e is Name { Id: "print" or "exec" };

    // invalid_legacy_expression: a=NAME !'(' b=star_expressions
    private void InvalidLegacyExpression()
    {
        var start = _mark;
        if (NameToken() is { } a && !At(Tok.LPar) && StarExpressions() is { } b && IsLegacyStatement(a))
        {
            throw RaiseRange(a, b, $"Missing parentheses in call to '{a.Id}'. Did you mean {a.Id}(...)?");
        }

        _mark = start;
    }

    // invalid_named_expression (memo)
    private void InvalidNamedExpression()
    {
        var start = _mark;
        if (TryMemo<object>(MemoRule.InvalidNamedExpression, out _))
        {
            _mark = start;
            return;
        }

        // a=expression ':=' expression
        if (ExpressionRule() is { } a && Eat(Tok.ColonEqual) && ExpressionRule() is not null)
        {
            throw RaiseNode(a, "cannot use assignment expressions with " + ExprName(a));
        }

        // a=NAME '=' b=bitwise_or !('='|':=')
        _mark = start;
        if (Peek() == Tok.Name && PeekAt(1) == Tok.Equal)
        {
            var name = NameToken()!;
            _mark++;
            if (BitwiseOr() is { } b && !At(Tok.Equal) && !At(Tok.ColonEqual))
            {
                throw RaiseRange(name, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }

        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        _mark = start;
        var excluded = Peek() is Tok.True or Tok.None or Tok.False;
        if (!excluded)
        {
            excluded = ListRule() is not null;
            _mark = start;
        }

        if (!excluded)
        {
            excluded = TupleRule() is not null;
            _mark = start;
        }

        if (!excluded)
        {
            excluded = Genexp() is not null;
            _mark = start;
        }

        if (!excluded && BitwiseOr() is { } target && Eat(Tok.Equal) && BitwiseOr() is not null && !At(Tok.Equal) && !At(Tok.ColonEqual))
        {
            throw RaiseNode(target, "cannot assign to " + ExprName(target) + " here. Maybe you meant '==' instead of '='?");
        }

        _mark = start;
        StoreMemo(start, MemoRule.InvalidNamedExpression, null);
    }

    private void InvalidAssignment()
    {
        var start = _mark;

        // a=invalid_ann_assign_target ':' expression
        if (InvalidAnnAssignTarget() is { } target && Eat(Tok.Colon) && ExpressionRule() is not null)
        {
            throw RaiseNode(target, "only single target (not " + ExprName(target) + ") can be annotated");
        }

        // a=star_named_expression ',' star_named_expressions* ':' expression
        _mark = start;
        if (StarNamedExpression() is { } first && Eat(Tok.Comma))
        {
            while (true)
            {
                var mark = _mark;
                if (StarNamedExpressions() is null || _mark == mark)
                {
                    _mark = mark;
                    break;
                }
            }

            if (Eat(Tok.Colon) && ExpressionRule() is not null)
            {
                throw RaiseNode(first, "only single target (not tuple) can be annotated");
            }
        }

        // a=expression ':' expression
        _mark = start;
        if (ExpressionRule() is { } illegal && Eat(Tok.Colon) && ExpressionRule() is not null)
        {
            throw RaiseNode(illegal, "illegal target for annotation");
        }

        // (star_targets '=')* a=star_expressions '='
        _mark = start;
        SkipStarTargetsAssignments();
        if (StarExpressions() is { } a && At(Tok.Equal))
        {
            RaiseInvalidTarget(TargetsType.Star, a);
        }

        // (star_targets '=')* a=yield_expr '='
        _mark = start;
        SkipStarTargetsAssignments();
        if (YieldExpr() is { } y && At(Tok.Equal))
        {
            throw RaiseNode(y, "assignment to yield expression not possible");
        }

        // a=star_expressions augassign annotated_rhs
        _mark = start;
        if (StarExpressions() is { } aug && AugAssignOp() is not null && AnnotatedRhs() is not null)
        {
            throw RaiseNode(aug, "'" + ExprName(aug) + "' is an illegal expression for augmented assignment");
        }

        _mark = start;
    }

    private void SkipStarTargetsAssignments()
    {
        while (true)
        {
            var mark = _mark;
            if (StarTargets() is not null && Eat(Tok.Equal))
            {
                continue;
            }

            _mark = mark;
            return;
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private ExprNode? InvalidAnnAssignTarget()
    {
        var start = _mark;
        if (ListRule() is { } l)
        {
            return l;
        }

        _mark = start;
        if (TupleRule() is { } t)
        {
            return t;
        }

        _mark = start;
        if (Eat(Tok.LPar) && InvalidAnnAssignTarget() is { } inner && Eat(Tok.RPar))
        {
            return inner;
        }

        _mark = start;
        return null;
    }

    // invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
    private void InvalidArithmetic()
    {
        var start = _mark;
        if (Sum() is not null && Peek() is Tok.Plus or Tok.Minus or Tok.Star or Tok.Slash or Tok.Percent or Tok.DoubleSlash or Tok.At)
        {
            _mark++;
            if (Expect(Tok.Not) is var a and >= 0 && Inversion() is { } b)
            {
                throw RaiseRangeTokenNode(a, b, "'not' after an operator must be parenthesized");
            }
        }

        _mark = start;
    }

    // invalid_factor: ('+' | '-' | '~') a='not' b=factor
    private void InvalidFactor()
    {
        var start = _mark;
        if (Peek() is Tok.Plus or Tok.Minus or Tok.Tilde)
        {
            _mark++;
            if (Expect(Tok.Not) is var a and >= 0 && Factor() is { } b)
            {
                throw RaiseRangeTokenNode(a, b, "'not' after an operator must be parenthesized");
            }
        }

        _mark = start;
    }

    // invalid_double_starred_kvpairs (after the '{')
    private void InvalidDoubleStarredKvPairs()
    {
        var start = _mark;

        // ','.double_starred_kvpair+ ',' invalid_kvpair
        if (DoubleStarredKvPair() is not null)
        {
            while (true)
            {
                var mark = _mark;
                if (Eat(Tok.Comma) && DoubleStarredKvPair() is not null)
                {
                    continue;
                }

                _mark = mark;
                break;
            }

            if (Eat(Tok.Comma))
            {
                InvalidKvPair();
            }
        }

        // expression ':' a='*' bitwise_or
        _mark = start;
        if (ExpressionRule() is not null && Expect(Tok.Colon) is var colon and >= 0)
        {
            if (Expect(Tok.Star) is var star and >= 0 && BitwiseOr() is not null)
            {
                throw RaiseStartingFromToken(star, "cannot use a starred expression in a dictionary value");
            }

            // expression a=':' &('}'|',')
            _mark = colon + 1;
            if (At(Tok.RBrace) || At(Tok.Comma))
            {
                throw RaiseToken(colon, "expression expected after dictionary key and ':'");
            }
        }

        _mark = start;
    }

    private void InvalidKvPair()
    {
        var start = _mark;

        // a=expression !(':')
        if (ExpressionRule() is { } a)
        {
            if (!At(Tok.Colon))
            {
                throw RaiseKnownLocation(SyntaxErrorKind.SyntaxError, a.Lineno, a.EndColOffset - 1, a.EndLineno, -1, "':' expected after dictionary key");
            }

            var colon = _mark++;

            // expression ':' a='*' bitwise_or
            if (Expect(Tok.Star) is var star and >= 0 && BitwiseOr() is not null)
            {
                throw RaiseStartingFromToken(star, "cannot use a starred expression in a dictionary value");
            }

            // expression a=':' &('}'|',')
            _mark = colon + 1;
            if (At(Tok.RBrace) || At(Tok.Comma))
            {
                throw RaiseToken(colon, "expression expected after dictionary key and ':'");
            }
        }

        _mark = start;
    }
}
