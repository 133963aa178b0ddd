using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>Primary expressions, atoms, displays and comprehensions (python.gram: Primary elements,
/// LITERALS apart from strings, Comprehensions &amp; Generators, Lambda functions).</summary>
internal sealed partial class PegParser
{
    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    private ExprNode? Primary()
    {
        if (TryMemo<ExprNode>(MemoRule.Primary, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = Atom();
        if (result is null)
        {
            _mark = start;
        }
        else
        {
            while (true)
            {
                var mark = _mark;
                var next = PrimarySuffix(result, start);
                if (next is null)
                {
                    _mark = mark;
                    break;
                }

                result = next;
            }
        }

        StoreMemo(start, MemoRule.Primary, result);
        return result;
    }

    /// <summary>One growth step of primary (and of t_primary): the alternatives in grammar order.</summary>
    private ExprNode? PrimarySuffix(ExprNode value, int start)
    {
        var mark = _mark;
        var next = Peek();
        if (_callInvalidRules && next is Tok.LSqb or Tok.LBrace)
        {
            // primary genexp: genexp's invalid_comprehension also starts at '[' and '{', and
            // comes before the subscript alternative.
            Genexp();
            _mark = mark;
        }

        switch (next)
        {
            case Tok.Dot:
                _mark++;
                if (NameToken() is { } attr)
                {
                    return Loc(new Attribute { Value = value, Attr = attr.Id, Ctx = ExprContext.Load }, start);
                }

                break;
            case Tok.LPar:
                if (Genexp() is { } g)
                {
                    return Loc(new Call { Func = value, Args = [g] }, start);
                }

                _mark = mark + 1;
                var args = ArgumentsOpt();
                if (Eat(Tok.RPar))
                {
                    return Loc(new Call { Func = value, Args = args?.Args ?? [], Keywords = args?.Keywords ?? [] }, start);
                }

                break;
            case Tok.LSqb:
                _mark++;
                if (Slices() is { } slice && Eat(Tok.RSqb))
                {
                    return Loc(new Subscript { Value = value, Slice = slice, Ctx = ExprContext.Load }, start);
                }

                break;
        }

        _mark = mark;
        return null;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private ExprNode? Slices()
    {
        var start = _mark;
        if (SliceRule() is { } single && !At(Tok.Comma))
        {
            return single;
        }

        _mark = start;
        var elts = new List<ExprNode>();
        while (true)
        {
            var mark = _mark;
            if (elts.Count > 0 && !Eat(Tok.Comma))
            {
                break;
            }

            var itemStart = _mark;
            var item = SliceRule();
            if (item is null)
            {
                _mark = itemStart;
                item = StarredExpression();
            }

            if (item is null)
            {
                _mark = mark;
                break;
            }

            elts.Add(item);
        }

        if (elts.Count == 0)
        {
            _mark = start;
            return null;
        }

        Eat(Tok.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private ExprNode? SliceRule()
    {
        var start = _mark;
        var lower = ExpressionOpt();
        if (Eat(Tok.Colon))
        {
            var upper = ExpressionOpt();
            ExprNode? step = null;
            var mark = _mark;
            if (Eat(Tok.Colon))
            {
                step = ExpressionOpt();
            }
            else
            {
                _mark = mark;
            }

            return Loc(new Slice { Lower = lower, Upper = upper, Step = step }, start);
        }

        _mark = start;
        var e = NamedExpression();
        if (e is null)
        {
            _mark = start;
        }

        return e;
    }

    private ExprNode? ExpressionOpt()
    {
        var mark = _mark;
        var e = ExpressionRule();
        if (e is null)
        {
            _mark = mark;
        }

        return e;
    }

    // atom
    private ExprNode? Atom()
    {
        var start = _mark;
        switch (Peek())
        {
            case Tok.Name:
                return NameToken();
            case Tok.True:
                _mark++;
                return LocToken(new Constant { Value = ConstantValue.True }, start);
            case Tok.False:
                _mark++;
                return LocToken(new Constant { Value = ConstantValue.False }, start);
            case Tok.None:
                _mark++;
                return LocToken(new Constant { Value = ConstantValue.None }, start);
            case Tok.String or Tok.FStringStart or Tok.TStringStart:
                return Strings();
            case Tok.Number:
                return NumberToken();
            case Tok.LPar:
                return TupleRule() ?? Group() ?? Genexp();
            case Tok.LSqb:
                return ListRule() ?? ListCompRule();
            case Tok.LBrace:
                return DictRule() ?? SetRule() ?? DictCompRule() ?? SetCompRule();
            case Tok.Ellipsis:
                _mark++;
                return LocToken(new Constant { Value = ConstantValue.Ellipsis }, start);
            default:
                return null;
        }
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    private ExprNode? Group()
    {
        var start = _mark;
        if (Eat(Tok.LPar))
        {
            var inner = YieldExpr();
            if (inner is null)
            {
                _mark = start + 1;
                inner = NamedExpression();
            }

            if (inner is not null && Eat(Tok.RPar))
            {
                return inner;
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            if (Eat(Tok.LPar) && StarredExpression() is { } a && Eat(Tok.RPar))
            {
                throw RaiseNode(a, "cannot use starred expression here");
            }

            _mark = start;
            if (Eat(Tok.LPar) && Expect(Tok.DoubleStar) is var ds and >= 0 && ExpressionRule() is not null && Eat(Tok.RPar))
            {
                throw RaiseToken(ds, "cannot use double starred expression here");
            }

            _mark = start;
        }

        return null;
    }

    // list: '[' [star_named_expressions] ']'
    private ExprNode? ListRule()
    {
        var start = _mark;
        if (Eat(Tok.LSqb))
        {
            var mark = _mark;
            var elts = StarNamedExpressions();
            if (elts is null)
            {
                _mark = mark;
            }

            if (Eat(Tok.RSqb))
            {
                return Loc(new List { Elts = elts ?? [], Ctx = ExprContext.Load }, start);
            }
        }

        _mark = start;
        return null;
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    private ExprNode? TupleRule()
    {
        var start = _mark;
        if (!Eat(Tok.LPar))
        {
            return null;
        }

        List<ExprNode>? elts = null;
        var mark = _mark;
        if (StarNamedExpression() is { } first && Eat(Tok.Comma))
        {
            var restMark = _mark;
            var rest = StarNamedExpressions();
            if (rest is null)
            {
                _mark = restMark;
            }

            elts = [first];
            if (rest is not null)
            {
                elts.AddRange(rest);
            }
        }
        else
        {
            _mark = mark;
        }

        if (Eat(Tok.RPar))
        {
            return Loc(new Tuple { Elts = elts ?? [], Ctx = ExprContext.Load }, start);
        }

        _mark = start;
        return null;
    }

    // set: '{' star_named_expressions '}'
    private ExprNode? SetRule()
    {
        var start = _mark;
        if (Eat(Tok.LBrace) && StarNamedExpressions() is { } elts && Eat(Tok.RBrace))
        {
            return Loc(new Set { Elts = elts }, start);
        }

        _mark = start;
        return null;
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    private ExprNode? DictRule()
    {
        var start = _mark;
        if (Eat(Tok.LBrace))
        {
            var mark = _mark;
            var pairs = DoubleStarredKvPairs();
            if (pairs is null)
            {
                _mark = mark;
            }

            if (Eat(Tok.RBrace))
            {
                var keys = new List<ExprNode?>(pairs?.Count ?? 0);
                var values = new List<ExprNode>(pairs?.Count ?? 0);
                if (pairs is not null)
                {
                    foreach (var (k, v) in pairs)
                    {
                        keys.Add(k);
                        values.Add(v);
                    }
                }

                return Loc(new Dict { Keys = keys, Values = values }, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            if (Eat(Tok.LBrace))
            {
                InvalidDoubleStarredKvPairs();
            }

            _mark = start;
        }

        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    private List<(ExprNode? Key, ExprNode Value)>? DoubleStarredKvPairs()
    {
        if (DoubleStarredKvPair() is not { } first)
        {
            return null;
        }

        var list = new List<(ExprNode?, ExprNode)> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && DoubleStarredKvPair() is { } next)
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

    // double_starred_kvpair: '**' bitwise_or | kvpair
    private (ExprNode? Key, ExprNode Value)? DoubleStarredKvPair()
    {
        var start = _mark;
        if (Eat(Tok.DoubleStar) && BitwiseOr() is { } v)
        {
            return (null, v);
        }

        _mark = start;
        if (KvPair() is { } kv)
        {
            return (kv.Key, kv.Value);
        }

        _mark = start;
        return null;
    }

    // kvpair: expression ':' expression
    private (ExprNode Key, ExprNode Value)? KvPair()
    {
        var start = _mark;
        if (ExpressionRule() is { } k && Eat(Tok.Colon) && ExpressionRule() is { } v)
        {
            return (k, v);
        }

        _mark = start;
        return null;
    }

    // for_if_clauses: for_if_clause+
    private List<Comprehension>? ForIfClauses()
    {
        List<Comprehension>? list = null;
        while (true)
        {
            var mark = _mark;
            if (ForIfClause() is { } c)
            {
                (list ??= []).Add(c);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // for_if_clause:
    //   | ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //   | invalid_for_if_clause | invalid_for_target
    private Comprehension? ForIfClause()
    {
        var start = _mark;
        var isAsync = Eat(Tok.Async);
        if (Eat(Tok.For) && StarTargets() is { } target && Eat(Tok.In))
        {
            if (Disjunction() is { } iter)
            {
                var ifs = new List<ExprNode>();
                while (true)
                {
                    var mark = _mark;
                    if (Eat(Tok.If) && Disjunction() is { } cond)
                    {
                        ifs.Add(cond);
                        continue;
                    }

                    _mark = mark;
                    break;
                }

                return new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync ? 1 : 0 };
            }

            // The cut after 'in'.
            _mark = start;
            return null;
        }

        _mark = start;
        if (_callInvalidRules)
        {
            // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
            Eat(Tok.Async);
            if (Eat(Tok.For) && BitwiseOr() is not null)
            {
                while (true)
                {
                    var mark = _mark;
                    if (Eat(Tok.Comma) && BitwiseOr() is not null)
                    {
                        continue;
                    }

                    _mark = mark;
                    break;
                }

                Eat(Tok.Comma);
                if (!At(Tok.In))
                {
                    throw RaiseSyntaxError("'in' expected after for-loop variables");
                }
            }

            _mark = start;
            InvalidForTarget();
            _mark = start;
        }

        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    private ExprNode? ListCompRule()
    {
        var start = _mark;
        if (Eat(Tok.LSqb) && NamedExpression() is { } elt && ForIfClauses() is { } gens && Eat(Tok.RSqb))
        {
            return Loc(new ListComp { Elt = elt, Generators = gens }, start);
        }

        _mark = start;
        InvalidComprehensionIfEnabled();
        return null;
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    private ExprNode? SetCompRule()
    {
        var start = _mark;
        if (Eat(Tok.LBrace) && NamedExpression() is { } elt && ForIfClauses() is { } gens && Eat(Tok.RBrace))
        {
            return Loc(new SetComp { Elt = elt, Generators = gens }, start);
        }

        _mark = start;
        InvalidComprehensionIfEnabled();
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    private ExprNode? Genexp()
    {
        var start = _mark;
        if (Eat(Tok.LPar))
        {
            var elt = AssignmentExpression();
            if (elt is null)
            {
                _mark = start + 1;
                elt = ExpressionRule();
                if (elt is not null && At(Tok.ColonEqual))
                {
                    elt = null;
                }
            }

            if (elt is not null && ForIfClauses() is { } gens && Eat(Tok.RPar))
            {
                return Loc(new GeneratorExp { Elt = elt, Generators = gens }, start);
            }
        }

        _mark = start;
        InvalidComprehensionIfEnabled();
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    private ExprNode? DictCompRule()
    {
        var start = _mark;
        if (Eat(Tok.LBrace) && KvPair() is { } kv && ForIfClauses() is { } gens && Eat(Tok.RBrace))
        {
            return Loc(new DictComp { Key = kv.Key, Value = kv.Value, Generators = gens }, start);
        }

        _mark = start;
        if (_callInvalidRules)
        {
            // '{' a='**' bitwise_or for_if_clauses '}'
            if (Eat(Tok.LBrace) && Expect(Tok.DoubleStar) is var a and >= 0 && BitwiseOr() is not null && ForIfClauses() is not null && Eat(Tok.RBrace))
            {
                throw RaiseToken(a, "dict unpacking cannot be used in dict comprehension");
            }

            _mark = start;
        }

        return null;
    }

    private void InvalidComprehensionIfEnabled()
    {
        if (!_callInvalidRules)
        {
            return;
        }

        var start = _mark;
        var open = Peek();
        if (open is not (Tok.LSqb or Tok.LPar or Tok.LBrace))
        {
            return;
        }

        // ('[' | '(' | '{') a=starred_expression for_if_clauses
        _mark++;
        if (StarredExpression() is { } a && ForIfClauses() is not null)
        {
            throw RaiseNode(a, "iterable unpacking cannot be used in comprehension");
        }

        if (open != Tok.LPar)
        {
            // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
            _mark = start + 1;
            if (StarNamedExpression() is { } first && Expect(Tok.Comma) is var comma and >= 0)
            {
                var afterComma = _mark;
                if (StarNamedExpressions() is { } rest && ForIfClauses() is not null)
                {
                    throw RaiseRange(first, rest[^1], "did you forget parentheses around the comprehension target?");
                }

                // ('[' | '{') a=star_named_expression b=',' for_if_clauses
                _mark = afterComma;
                if (ForIfClauses() is not null)
                {
                    throw RaiseRangeNodeToken(first, comma, "did you forget parentheses around the comprehension target?");
                }
            }
        }

        _mark = start;
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private ExprNode? Lambdef()
    {
        var start = _mark;
        if (!Eat(Tok.Lambda))
        {
            return null;
        }

        Enter();
        var mark = _mark;
        var args = LambdaParams();
        if (args is null)
        {
            _mark = mark;
        }

        ExprNode? result = null;
        if (Eat(Tok.Colon) && ExpressionRule() is { } body)
        {
            result = Loc(new Lambda { Args = args ?? EmptyArguments(), Body = body }, start);
        }
        else
        {
            _mark = start;
        }

        Leave();
        return result;
    }

    /// <summary>A NUMBER token as a Constant.</summary>
    private ExprNode? NumberToken()
    {
        if (Peek() != Tok.Number)
        {
            return null;
        }

        var index = _mark++;
        var value = ParseNumber(index);
        return LocToken(new Constant { Value = value }, index);
    }
}
