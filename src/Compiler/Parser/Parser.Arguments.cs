using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>Call arguments (python.gram: FUNCTION CALL ARGUMENTS) with invalid_arguments and invalid_kwarg.</summary>
internal sealed partial class PegParser
{
    /// <summary>pegen's dummy Call carrying args and keywords out of the arguments rule.</summary>
    private static readonly Name s_dummyName = new() { Id = "", Ctx = ExprContext.Load, Lineno = 1, ColOffset = 0, EndLineno = 1, EndColOffset = 0 };

    private Call? ArgumentsOpt()
    {
        var mark = _mark;
        var a = Arguments();
        if (a is null)
        {
            _mark = mark;
        }

        return a;
    }

    // arguments (memo): args [','] &')' | invalid_arguments
    private Call? Arguments()
    {
        if (TryMemo<Call>(MemoRule.Arguments, out var memo))
        {
            return memo;
        }

        var start = _mark;
        Call? result = null;
        if (Args() is { } a)
        {
            Eat(Tok.Comma);
            if (At(Tok.RPar))
            {
                result = a;
            }
        }

        if (result is null)
        {
            _mark = start;
            if (_callInvalidRules)
            {
                InvalidArguments();
                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.Arguments, result);
        return result;
    }

    /// <summary>starred_expression | (assignment_expression | expression !':=') !'='.</summary>
    private ExprNode? PositionalArg()
    {
        var start = _mark;
        if (StarredExpression() is { } s)
        {
            return s;
        }

        _mark = start;
        var e = AssignmentExpression();
        if (e is null)
        {
            _mark = start;
            e = ExpressionRule();
            if (e is not null && At(Tok.ColonEqual))
            {
                e = null;
            }
        }

        if (e is not null && !At(Tok.Equal))
        {
            return e;
        }

        _mark = start;
        return null;
    }

    private List<ExprNode>? PositionalArgs()
    {
        if (PositionalArg() is not { } first)
        {
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && PositionalArg() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // args:
    //   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //   | kwargs
    private Call? Args()
    {
        var start = _mark;
        if (PositionalArgs() is { } positional)
        {
            var mark = _mark;
            List<(object Item, bool IsKeyword)>? kw = null;
            if (Eat(Tok.Comma))
            {
                kw = Kwargs();
            }

            if (kw is null)
            {
                _mark = mark;
            }

            var args = positional;
            var keywords = new List<Keyword>();
            if (kw is not null)
            {
                args = new List<ExprNode>(positional);
                foreach (var (item, isKeyword) in kw)
                {
                    if (!isKeyword)
                    {
                        args.Add((ExprNode)item);
                    }
                }

                foreach (var (item, isKeyword) in kw)
                {
                    if (isKeyword)
                    {
                        keywords.Add((Keyword)item);
                    }
                }
            }

            return Loc(new Call { Func = s_dummyName, Args = args, Keywords = keywords }, start);
        }

        _mark = start;
        if (Kwargs() is { } only)
        {
            var args = new List<ExprNode>();
            var keywords = new List<Keyword>();
            foreach (var (item, isKeyword) in only)
            {
                if (isKeyword)
                {
                    keywords.Add((Keyword)item);
                }
                else
                {
                    args.Add((ExprNode)item);
                }
            }

            return Loc(new Call { Func = s_dummyName, Args = args, Keywords = keywords }, start);
        }

        _mark = start;
        return null;
    }

    // kwargs:
    //   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //   | ','.kwarg_or_starred+
    //   | ','.kwarg_or_double_starred+
    private List<(object Item, bool IsKeyword)>? Kwargs()
    {
        var start = _mark;
        var first = KwargList(doubleStarred: false);
        if (first is not null)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && KwargList(doubleStarred: true) is { } second)
            {
                first.AddRange(second);
                return first;
            }

            _mark = mark;
            return first;
        }

        _mark = start;
        var only = KwargList(doubleStarred: true);
        if (only is null)
        {
            _mark = start;
        }

        return only;
    }

    private List<(object Item, bool IsKeyword)>? KwargList(bool doubleStarred)
    {
        var first = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
        if (first is null)
        {
            return null;
        }

        var list = new List<(object, bool)> { first.Value };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && (doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred()) is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    private (object Item, bool IsKeyword)? KwargOrStarred()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            _mark = start;
        }

        if (NamedKeyword() is { } k)
        {
            return (k, true);
        }

        _mark = start;
        if (StarredExpression() is { } s)
        {
            return (s, false);
        }

        _mark = start;
        return null;
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    private (object Item, bool IsKeyword)? KwargOrDoubleStarred()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            _mark = start;
        }

        if (NamedKeyword() is { } k)
        {
            return (k, true);
        }

        _mark = start;
        if (Eat(Tok.DoubleStar) && ExpressionRule() is { } value)
        {
            return (Loc(new Keyword { Arg = null, Value = value }, start), true);
        }

        _mark = start;
        return null;
    }

    private Keyword? NamedKeyword()
    {
        var start = _mark;
        if (NameToken() is { } name && Eat(Tok.Equal) && ExpressionRule() is { } value)
        {
            return Loc(new Keyword { Arg = name.Id, Value = value }, start);
        }

        _mark = start;
        return null;
    }

    // starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression
    private ExprNode? StarredExpression()
    {
        var start = _mark;
        if (!At(Tok.Star))
        {
            return null;
        }

        if (_callInvalidRules)
        {
            // a='*' expression '=' b=expression
            var a = _mark++;
            if (ExpressionRule() is not null && Eat(Tok.Equal) && ExpressionRule() is { } b)
            {
                throw RaiseRangeTokenNode(a, b, "cannot assign to iterable argument unpacking");
            }

            _mark = start;
        }

        _mark++;
        if (ExpressionRule() is { } value)
        {
            return Loc(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }

        _mark = start;
        if (_callInvalidRules)
        {
            _mark++;
            throw RaiseSyntaxError("Invalid star expression");
        }

        return null;
    }

    private void InvalidKwarg()
    {
        var start = _mark;

        // a=('True'|'False'|'None') b='='
        var t = Peek();
        if ((t == Tok.True || t == Tok.False || t == Tok.None) && PeekAt(1) == Tok.Equal)
        {
            throw RaiseRangeTokens(_mark, _mark + 1, "cannot assign to " + _tokens[_mark].Text);
        }

        // a=NAME b='=' expression for_if_clauses
        if (t == Tok.Name && PeekAt(1) == Tok.Equal)
        {
            var a = _mark;
            _mark += 2;
            if (ExpressionRule() is not null && ForIfClauses() is not null)
            {
                throw RaiseRangeTokens(a, a + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }

            _mark = start;
        }

        // !(NAME '=') a=expression b='='
        if (!(t == Tok.Name && PeekAt(1) == Tok.Equal))
        {
            if (ExpressionRule() is { } a && Expect(Tok.Equal) is var b and >= 0)
            {
                throw RaiseRangeNodeToken(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }

            _mark = start;
        }

        // a='**' expression '=' b=expression
        if (Expect(Tok.DoubleStar) is var ds and >= 0 && ExpressionRule() is not null && Eat(Tok.Equal) && ExpressionRule() is { } value)
        {
            throw RaiseRangeTokenNode(ds, value, "cannot assign to keyword argument unpacking");
        }

        _mark = start;
    }

    private void InvalidArguments()
    {
        var start = _mark;

        // ((','.(positional)+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
        {
            var ok = false;
            if (PositionalArgs() is not null && Eat(Tok.Comma) && Kwargs() is not null)
            {
                ok = true;
            }
            else
            {
                _mark = start;
                ok = Kwargs() is not null;
            }

            if (ok && Expect(Tok.Comma) is var a and >= 0)
            {
                if (StarredExpression() is not null && !At(Tok.Equal))
                {
                    while (true)
                    {
                        var mark = _mark;
                        if (Eat(Tok.Comma) && StarredExpression() is not null && !At(Tok.Equal))
                        {
                            continue;
                        }

                        _mark = mark;
                        break;
                    }

                    throw RaiseStartingFromToken(a, "iterable argument unpacking follows keyword argument unpacking");
                }
            }

            _mark = start;
        }

        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        if (ExpressionRule() is { } genElt && ForIfClauses() is { } gens && At(Tok.Comma))
        {
            _mark++;
            var mark = _mark;
            if (Args() is null)
            {
                _mark = mark;
                if (!(ExpressionRule() is not null && ForIfClauses() is not null))
                {
                    _mark = mark;
                }
            }

            throw RaiseRange(genElt, LastComprehensionItem(gens[^1]), "Generator expression must be parenthesized");
        }

        // a=NAME b='=' expression for_if_clauses
        _mark = start;
        if (Peek() == Tok.Name && PeekAt(1) == Tok.Equal)
        {
            var a = _mark;
            _mark += 2;
            if (ExpressionRule() is not null && ForIfClauses() is not null)
            {
                throw RaiseRangeTokens(a, a + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }

        // (args ',')? a=NAME b='=' &(',' | ')')
        _mark = start;
        if (!(Args() is not null && Eat(Tok.Comma)))
        {
            _mark = start;
        }

        if (Peek() == Tok.Name && PeekAt(1) == Tok.Equal && PeekAt(2) is Tok.Comma or Tok.RPar)
        {
            throw RaiseRangeTokens(_mark, _mark + 1, "expected argument value expression");
        }

        // a=args b=for_if_clauses
        _mark = start;
        if (Args() is { } args1 && ForIfClauses() is { } gens1)
        {
            NonparenGenexpInCall(args1, gens1);
        }

        // args ',' a=expression b=for_if_clauses
        _mark = start;
        if (Args() is not null && Eat(Tok.Comma) && ExpressionRule() is { } elt2 && ForIfClauses() is { } gens2)
        {
            throw RaiseRange(elt2, LastComprehensionItem(gens2[^1]), "Generator expression must be parenthesized");
        }

        // a=args ',' args
        _mark = start;
        if (Args() is { } first && Eat(Tok.Comma) && Args() is not null)
        {
            var unpacking = first.Keywords.Exists(k => k.Arg is null);
            throw RaiseSyntaxError(unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        }

        _mark = start;
    }

    private static ExprNode LastComprehensionItem(Comprehension c) => c.Ifs.Count == 0 ? c.Iter : c.Ifs[^1];

    private void NonparenGenexpInCall(Call args, List<Comprehension> gens)
    {
        var n = args.Args.Count;
        if (n <= 1)
        {
            return;
        }

        throw RaiseRange(args.Args[n - 1], LastComprehensionItem(gens[^1]), "Generator expression must be parenthesized");
    }
}
