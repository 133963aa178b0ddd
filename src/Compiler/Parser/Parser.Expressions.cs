using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// Expressions from <c>expressions</c> down to <c>power</c> (python.gram: EXPRESSIONS, comparison,
/// bitwise and arithmetic operators). The left-recursive operator rules are grown as loops,
/// which gives the same left-nested trees and positions as pegen's seed growing.
/// </summary>
internal sealed partial class PegParser
{
    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    private ExprNode? Expressions()
    {
        var start = _mark;
        if (ExpressionRule() is not { } first)
        {
            _mark = start;
            return null;
        }

        if (!At(Tok.Comma))
        {
            return first;
        }

        var elts = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && ExpressionRule() is { } next)
            {
                elts.Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        Eat(Tok.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // expression (memo):
    //   | invalid_expression | invalid_legacy_expression
    //   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private ExprNode? ExpressionRule()
    {
        if (TryMemo<ExprNode>(MemoRule.Expression, out var memo))
        {
            return memo;
        }

        Enter();
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidExpression();
            _mark = start;
            InvalidLegacyExpression();
            _mark = start;
        }

        var result = ExpressionWithoutInvalidCore(start);
        Leave();
        StoreMemo(start, MemoRule.Expression, result);
        return result;
    }

    private ExprNode? ExpressionWithoutInvalidCore(int start)
    {
        if (Disjunction() is { } body)
        {
            var afterBody = _mark;
            if (Eat(Tok.If) && Disjunction() is { } test && Eat(Tok.Else) && ExpressionRule() is { } orelse)
            {
                return Loc(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
            }

            _mark = afterBody;
            return body;
        }

        _mark = start;
        if (Lambdef() is { } lambda)
        {
            return lambda;
        }

        _mark = start;
        return null;
    }

    /// <summary>expression_without_invalid: the invalid_* rules are off while it runs.</summary>
    private ExprNode? ExpressionWithoutInvalid()
    {
        var previous = _callInvalidRules;
        _callInvalidRules = false;
        var start = _mark;
        var result = ExpressionWithoutInvalidCore(start);
        _callInvalidRules = previous;
        return result;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private ExprNode? YieldExpr()
    {
        var start = _mark;
        if (!Eat(Tok.Yield))
        {
            return null;
        }

        var afterYield = _mark;
        if (Eat(Tok.From) && ExpressionRule() is { } e)
        {
            return Loc(new YieldFrom { Value = e }, start);
        }

        _mark = afterYield;
        var value = StarExpressionsOpt();
        return Loc(new Yield { Value = value }, start);
    }

    // star_expressions
    private ExprNode? StarExpressions()
    {
        var start = _mark;
        if (StarExpression() is not { } first)
        {
            _mark = start;
            return null;
        }

        if (!At(Tok.Comma))
        {
            return first;
        }

        var elts = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && StarExpression() is { } next)
            {
                elts.Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        Eat(Tok.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // star_expression (memo): '*' bitwise_or | expression
    private ExprNode? StarExpression()
    {
        if (TryMemo<ExprNode>(MemoRule.StarExpression, out var memo))
        {
            return memo;
        }

        var start = _mark;
        ExprNode? result = null;
        if (Eat(Tok.Star) && BitwiseOr() is { } v)
        {
            result = Loc(new Starred { Value = v, Ctx = ExprContext.Load }, start);
        }
        else
        {
            _mark = start;
            result = ExpressionRule();
            if (result is null)
            {
                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.StarExpression, result);
        return result;
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    private List<ExprNode>? StarNamedExpressions()
    {
        if (StarNamedExpression() is not { } first)
        {
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && StarNamedExpression() is { } next)
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

    // star_named_expression: '*' bitwise_or | named_expression
    private ExprNode? StarNamedExpression()
    {
        var start = _mark;
        if (Eat(Tok.Star) && BitwiseOr() is { } v)
        {
            return Loc(new Starred { Value = v, Ctx = ExprContext.Load }, start);
        }

        _mark = start;
        var e = NamedExpression();
        if (e is null)
        {
            _mark = start;
        }

        return e;
    }

    // assignment_expression: NAME ':=' ~ expression
    private ExprNode? AssignmentExpression()
    {
        var start = _mark;
        if (Peek() == Tok.Name && PeekAt(1) == Tok.ColonEqual)
        {
            var name = NameToken()!;
            _mark++;
            if (ExpressionRule() is { } value)
            {
                return Loc(new NamedExpr { Target = SetContext(name, ExprContext.Store), Value = value }, start);
            }
        }

        _mark = start;
        return null;
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    private ExprNode? NamedExpression()
    {
        var start = _mark;
        if (AssignmentExpression() is { } a)
        {
            return a;
        }

        if (_callInvalidRules)
        {
            InvalidNamedExpression();
            _mark = start;
        }

        if (ExpressionRule() is { } e && !At(Tok.ColonEqual))
        {
            return e;
        }

        _mark = start;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    private ExprNode? Disjunction()
    {
        if (TryMemo<ExprNode>(MemoRule.Disjunction, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = BoolOpChain(start, Tok.Or, BoolOperator.Or);
        StoreMemo(start, MemoRule.Disjunction, result);
        return result;
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    private ExprNode? Conjunction()
    {
        if (TryMemo<ExprNode>(MemoRule.Conjunction, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = BoolOpChain(start, Tok.And, BoolOperator.And);
        StoreMemo(start, MemoRule.Conjunction, result);
        return result;
    }

    private ExprNode? BoolOpChain(int start, int keyword, BoolOperator op)
    {
        var first = keyword == Tok.Or ? Conjunction() : Inversion();
        if (first is null)
        {
            _mark = start;
            return null;
        }

        List<ExprNode>? values = null;
        while (true)
        {
            var mark = _mark;
            if (Eat(keyword) && (keyword == Tok.Or ? Conjunction() : Inversion()) is { } next)
            {
                (values ??= [first]).Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        return values is null ? first : Loc(new BoolOp { Op = op, Values = values }, start);
    }

    // inversion (memo): 'not' inversion | comparison
    private ExprNode? Inversion()
    {
        if (TryMemo<ExprNode>(MemoRule.Inversion, out var memo))
        {
            return memo;
        }

        Enter();
        var start = _mark;
        ExprNode? result = null;
        if (Eat(Tok.Not) && Inversion() is { } operand)
        {
            result = Loc(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, start);
        }
        else
        {
            _mark = start;
            result = Comparison();
            if (result is null)
            {
                _mark = start;
            }
        }

        Leave();
        StoreMemo(start, MemoRule.Inversion, result);
        return result;
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    private ExprNode? Comparison()
    {
        var start = _mark;
        if (BitwiseOr() is not { } left)
        {
            _mark = start;
            return null;
        }

        List<CmpOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            var mark = _mark;
            if (CompareOp() is { } op && BitwiseOr() is { } right)
            {
                (ops ??= []).Add(op);
                (comparators ??= []).Add(right);
                continue;
            }

            _mark = mark;
            break;
        }

        return ops is null ? left : Loc(new Compare { Left = left, Ops = ops, Comparators = comparators! }, start);
    }

    private CmpOperator? CompareOp()
    {
        switch (Peek())
        {
            case Tok.EqEqual:
                _mark++;
                return CmpOperator.Eq;
            case Tok.NotEqual:
                {
                    var text = _tokens[_mark].Text;
                    if (_barryAsBdfl && text != "<>")
                    {
                        _mark++;
                        throw RaiseSyntaxError("with Barry as BDFL, use '<>' instead of '!='");
                    }

                    if (!_barryAsBdfl && text != "!=")
                    {
                        throw RaiseToken(_mark, "invalid syntax.  Maybe you meant '!=' instead of '<>'?");
                    }

                    _mark++;
                    return CmpOperator.NotEq;
                }

            case Tok.LessEqual:
                _mark++;
                return CmpOperator.LtE;
            case Tok.Less:
                _mark++;
                return CmpOperator.Lt;
            case Tok.GreaterEqual:
                _mark++;
                return CmpOperator.GtE;
            case Tok.Greater:
                _mark++;
                return CmpOperator.Gt;
            case Tok.Not:
                if (PeekAt(1) == Tok.In)
                {
                    _mark += 2;
                    return CmpOperator.NotIn;
                }

                return null;
            case Tok.In:
                _mark++;
                return CmpOperator.In;
            case Tok.Is:
                if (PeekAt(1) == Tok.Not)
                {
                    _mark += 2;
                    return CmpOperator.IsNot;
                }

                _mark++;
                return CmpOperator.Is;
            default:
                return null;
        }
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    private ExprNode? BitwiseOr()
    {
        if (TryMemo<ExprNode>(MemoRule.BitwiseOr, out var memo))
        {
            return memo;
        }

        var start = _mark;
        return LeftAssociative(MemoRule.BitwiseOr, start, BitwiseXor(), static p => p.BitwiseXor(),
            static t => t == Tok.VBar ? Operator.BitOr : null);
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    private ExprNode? BitwiseXor()
    {
        if (TryMemo<ExprNode>(MemoRule.BitwiseXor, out var memo))
        {
            return memo;
        }

        var start = _mark;
        return LeftAssociative(MemoRule.BitwiseXor, start, BitwiseAnd(), static p => p.BitwiseAnd(),
            static t => t == Tok.Circumflex ? Operator.BitXor : null);
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    private ExprNode? BitwiseAnd()
    {
        if (TryMemo<ExprNode>(MemoRule.BitwiseAnd, out var memo))
        {
            return memo;
        }

        var start = _mark;
        return LeftAssociative(MemoRule.BitwiseAnd, start, ShiftExpr(), static p => p.ShiftExpr(),
            static t => t == Tok.Amper ? Operator.BitAnd : null);
    }

    // shift_expr: shift_expr ('<<' | '>>') sum | invalid_arithmetic | sum
    private ExprNode? ShiftExpr()
    {
        if (TryMemo<ExprNode>(MemoRule.ShiftExpr, out var memo))
        {
            return memo;
        }

        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidArithmetic();
            _mark = start;
        }

        return LeftAssociative(MemoRule.ShiftExpr, start, Sum(), static p => p.Sum(), static t => t switch
        {
            Tok.LeftShift => Operator.LShift,
            Tok.RightShift => Operator.RShift,
            _ => null,
        });
    }

    // sum: sum ('+' | '-') term | term
    private ExprNode? Sum()
    {
        if (TryMemo<ExprNode>(MemoRule.Sum, out var memo))
        {
            return memo;
        }

        var start = _mark;
        return LeftAssociative(MemoRule.Sum, start, Term(), static p => p.Term(), static t => t switch
        {
            Tok.Plus => Operator.Add,
            Tok.Minus => Operator.Sub,
            _ => null,
        });
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor
    private ExprNode? Term()
    {
        if (TryMemo<ExprNode>(MemoRule.Term, out var memo))
        {
            return memo;
        }

        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidFactor();
            _mark = start;
        }

        return LeftAssociative(MemoRule.Term, start, Factor(), static p => p.Factor(), static t => t switch
        {
            Tok.Star => Operator.Mult,
            Tok.Slash => Operator.Div,
            Tok.DoubleSlash => Operator.FloorDiv,
            Tok.Percent => Operator.Mod,
            Tok.At => Operator.MatMult,
            _ => null,
        });
    }

    /// <summary>
    /// The loop pegen's left-recursion growing amounts to for a binary level
    /// <c>rule: rule OP operand | operand</c>: left-associative BinOps positioned from
    /// <paramref name="start"/>; a dangling operator is not consumed. Memoizes the result under
    /// <paramref name="rule"/>. The delegates are static lambdas, cached by the compiler.
    /// </summary>
    private ExprNode? LeftAssociative(
        int rule, int start, ExprNode? result, Func<PegParser, ExprNode?> operand, Func<int, Operator?> operatorOf)
    {
        if (result is not null)
        {
            while (true)
            {
                var mark = _mark;
                if (operatorOf(Peek()) is { } op)
                {
                    _mark++;
                    if (operand(this) is { } right)
                    {
                        result = Loc(new BinOp { Left = result, Op = op, Right = right }, start);
                        continue;
                    }
                }

                _mark = mark;
                break;
            }
        }
        else
        {
            _mark = start;
        }

        StoreMemo(start, rule, result);
        return result;
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    private ExprNode? Factor()
    {
        if (TryMemo<ExprNode>(MemoRule.Factor, out var memo))
        {
            return memo;
        }

        Enter();
        var start = _mark;
        var op = Peek() switch
        {
            Tok.Plus => UnaryOperator.UAdd,
            Tok.Minus => UnaryOperator.USub,
            Tok.Tilde => UnaryOperator.Invert,
            _ => (UnaryOperator?)null,
        };
        ExprNode? result = null;
        if (op is not null)
        {
            _mark++;
            if (Factor() is { } operand)
            {
                result = Loc(new UnaryOp { Op = op.Value, Operand = operand }, start);
            }
            else
            {
                _mark = start;
            }
        }
        else
        {
            result = Power();
            if (result is null)
            {
                _mark = start;
            }
        }

        Leave();
        StoreMemo(start, MemoRule.Factor, result);
        return result;
    }

    // power: await_primary '**' factor | await_primary
    private ExprNode? Power()
    {
        Enter();
        var start = _mark;
        var result = AwaitPrimary();
        if (result is not null)
        {
            var mark = _mark;
            if (Eat(Tok.DoubleStar) && Factor() is { } right)
            {
                result = Loc(new BinOp { Left = result, Op = Operator.Pow, Right = right }, start);
            }
            else
            {
                _mark = mark;
            }
        }
        else
        {
            _mark = start;
        }

        Leave();
        return result;
    }

    // await_primary (memo): 'await' primary | primary
    private ExprNode? AwaitPrimary()
    {
        if (TryMemo<ExprNode>(MemoRule.AwaitPrimary, out var memo))
        {
            return memo;
        }

        var start = _mark;
        ExprNode? result = null;
        if (Eat(Tok.Await) && Primary() is { } value)
        {
            result = Loc(new Await { Value = value }, start);
        }
        else
        {
            _mark = start;
            result = Primary();
            if (result is null)
            {
                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.AwaitPrimary, result);
        return result;
    }
}
