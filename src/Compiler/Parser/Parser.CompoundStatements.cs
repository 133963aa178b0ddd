using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>Compound statements (python.gram: COMPOUND STATEMENTS) with their invalid_* rules inline,
/// each guarded by <see cref="_callInvalidRules"/> at the position the grammar lists it.</summary>
internal sealed partial class PegParser
{
    // compound_stmt
    private StmtNode? CompoundStmt()
    {
        var start = _mark;
        var t = Peek();
        StmtNode? s;
        switch (t)
        {
            case Tok.Def:
                s = FunctionDef();
                break;
            case Tok.At:
                s = FunctionDef();
                if (s is null)
                {
                    _mark = start;
                    s = ClassDef();
                }

                break;
            case Tok.Async:
                s = FunctionDef();
                if (s is null)
                {
                    _mark = start;
                    s = WithStmt();
                }

                if (s is null)
                {
                    _mark = start;
                    s = ForStmt();
                }

                break;
            case Tok.If:
                s = IfStmt();
                break;
            case Tok.Class:
                s = ClassDef();
                break;
            case Tok.With:
                s = WithStmt();
                break;
            case Tok.For:
                s = ForStmt();
                break;
            case Tok.Try:
                s = TryStmt();
                break;
            case Tok.While:
                s = WhileStmt();
                break;
            default:
                s = MatchStmt();
                break;
        }

        if (s is null)
        {
            _mark = start;
        }

        return s;
    }

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    private List<StmtNode>? Block()
    {
        if (TryMemo<List<StmtNode>>(MemoRule.Block, out var memo))
        {
            return memo;
        }

        var start = _mark;
        List<StmtNode>? result = null;
        if (Eat(Tok.Newline) && Eat(Tok.Indent) && Statements() is { } body && Eat(Tok.Dedent))
        {
            result = body;
        }
        else
        {
            _mark = start;
            result = SimpleStmts();
            if (result is null)
            {
                _mark = start;
                if (_callInvalidRules && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError("expected an indented block");
                }

                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.Block, result);
        return result;
    }

    // decorators: ('@' named_expression NEWLINE)+
    private List<ExprNode>? Decorators()
    {
        List<ExprNode>? list = null;
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.At) && NamedExpression() is { } d && Eat(Tok.Newline))
            {
                (list ??= []).Add(d);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // class_def: decorators class_def_raw | class_def_raw
    private StmtNode? ClassDef()
    {
        var start = _mark;
        if (Decorators() is { } decorators)
        {
            if (ClassDefRaw() is { } c)
            {
                c.DecoratorList = decorators;
                return c;
            }

            _mark = start;
            return null;
        }

        return ClassDefRaw();
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    private ClassDef? ClassDefRaw()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidClassDefRaw();
            _mark = start;
        }

        if (Eat(Tok.Class) && NameToken() is { } name)
        {
            var typeParams = TypeParamsOpt();
            var mark = _mark;
            Call? args = null;
            if (Eat(Tok.LPar))
            {
                args = ArgumentsOpt();
                if (!Eat(Tok.RPar))
                {
                    _mark = mark;
                    args = null;
                }
            }

            if (Eat(Tok.Colon) && Block() is { } body)
            {
                return Loc(
                    new ClassDef
                    {
                        Name = name.Id,
                        Bases = args?.Args ?? [],
                        Keywords = args?.Keywords ?? [],
                        Body = body,
                        TypeParams = typeParams ?? [],
                    },
                    start);
            }
        }

        _mark = start;
        return null;
    }

    private void InvalidClassDefRaw()
    {
        // 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE  -> "expected ':'"
        // a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
        var classTok = Expect(Tok.Class);
        if (classTok < 0 || NameToken() is null)
        {
            return;
        }

        TypeParamsOpt();
        var mark = _mark;
        if (Eat(Tok.LPar))
        {
            ArgumentsOpt();
            if (!Eat(Tok.RPar))
            {
                _mark = mark;
            }
        }

        if (At(Tok.Newline))
        {
            _mark++;
            throw RaiseSyntaxError("expected ':'");
        }

        if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
        {
            throw RaiseIndentationError($"expected an indented block after class definition on line {_tokens[classTok].Lineno}");
        }
    }

    // function_def: decorators function_def_raw | function_def_raw
    private StmtNode? FunctionDef()
    {
        var start = _mark;
        if (Decorators() is { } decorators)
        {
            switch (FunctionDefRaw())
            {
                case FunctionDef f:
                    f.DecoratorList = decorators;
                    return f;
                case AsyncFunctionDef af:
                    af.DecoratorList = decorators;
                    return af;
            }

            _mark = start;
            return null;
        }

        return FunctionDefRaw();
    }

    // function_def_raw:
    //   | invalid_def_raw
    //   | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    private StmtNode? FunctionDefRaw()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidDefRaw();
            _mark = start;
        }

        var isAsync = Eat(Tok.Async);
        if (Eat(Tok.Def) && NameToken() is { } name)
        {
            var typeParams = TypeParamsOpt();
            if (Eat(Tok.LPar))
            {
                var parameters = ParamsOpt();
                if (Eat(Tok.RPar))
                {
                    var returns = OptionalReturns();
                    if (Eat(Tok.Colon))
                    {
                        var tc = FuncTypeComment();
                        if (Block() is { } body)
                        {
                            var args = parameters ?? EmptyArguments();
                            StmtNode node = isAsync
                                ? new AsyncFunctionDef { Name = name.Id, Args = args, Body = body, Returns = returns, TypeComment = tc, TypeParams = typeParams ?? [] }
                                : new FunctionDef { Name = name.Id, Args = args, Body = body, Returns = returns, TypeComment = tc, TypeParams = typeParams ?? [] };
                            return Loc(node, start);
                        }
                    }
                }
            }
        }

        _mark = start;
        return null;
    }

    private ExprNode? OptionalReturns()
    {
        var mark = _mark;
        if (Eat(Tok.RArrow) && ExpressionRule() is { } e)
        {
            return e;
        }

        _mark = mark;
        return null;
    }

    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    private string? FuncTypeComment()
    {
        var mark = _mark;
        if (Eat(Tok.Newline) && Expect(Tok.TypeComment) is var tc and >= 0 && At(Tok.Newline) && PeekAt(1) == Tok.Indent)
        {
            return _tokens[tc].Text;
        }

        _mark = mark;
        if (Expect(Tok.TypeComment) is var tc2 and >= 0)
        {
            return _tokens[tc2].Text;
        }

        return null;
    }

    private void InvalidDefRaw()
    {
        // ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
        var start = _mark;
        Eat(Tok.Async);
        var defTok = Expect(Tok.Def);
        if (defTok < 0 || NameToken() is null)
        {
            _mark = start;
            return;
        }

        var afterName = _mark;
        TypeParamsOpt();
        if (Eat(Tok.LPar))
        {
            ParamsOpt();
            if (Eat(Tok.RPar))
            {
                OptionalReturns();
                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after function definition on line {_tokens[defTok].Lineno}");
                }
            }
        }

        // ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        _mark = afterName;
        TypeParamsOpt();
        ExpectForced(Tok.LPar, "(");
        ParamsOpt();
        if (Eat(Tok.RPar))
        {
            OptionalReturns();
            ExpectForced(Tok.Colon, ":");
        }

        _mark = start;
    }

    // if_stmt / elif_stmt
    private StmtNode? IfStmt() => IfLike(Tok.If, "if");

    private StmtNode? IfLike(int keyword, string word)
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            // 'if' named_expression NEWLINE | a='if' named_expression ':' NEWLINE !INDENT
            var kw = Expect(keyword);
            if (kw >= 0 && NamedExpression() is not null)
            {
                if (At(Tok.Newline))
                {
                    _mark++;
                    throw RaiseSyntaxError("expected ':'");
                }

                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after '{word}' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        if (Eat(keyword) && NamedExpression() is { } test && Eat(Tok.Colon) && Block() is { } body)
        {
            var afterBody = _mark;
            if (At(Tok.Elif) && IfLike(Tok.Elif, "elif") is { } elif)
            {
                return Loc(new If { Test = test, Body = body, Orelse = [elif] }, start);
            }

            _mark = afterBody;
            var orelse = ElseBlockOpt();
            return Loc(new If { Test = test, Body = body, Orelse = orelse ?? [] }, start);
        }

        _mark = start;
        return null;
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    private List<StmtNode>? ElseBlockOpt()
    {
        var start = _mark;
        if (!At(Tok.Else))
        {
            return null;
        }

        if (_callInvalidRules)
        {
            // a='else' ':' NEWLINE !INDENT | 'else' ':' block 'elif'
            var kw = Expect(Tok.Else);
            if (Eat(Tok.Colon))
            {
                var mark = _mark;
                if (Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'else' statement on line {_tokens[kw].Lineno}");
                }

                _mark = mark;
                if (Block() is not null && At(Tok.Elif))
                {
                    _mark++;
                    throw RaiseSyntaxError("'elif' block follows an 'else' block");
                }
            }

            _mark = start;
        }

        if (Eat(Tok.Else))
        {
            ExpectForced(Tok.Colon, ":");
            if (Block() is { } b)
            {
                return b;
            }
        }

        _mark = start;
        return null;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    private StmtNode? WhileStmt()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            var kw = Expect(Tok.While);
            if (kw >= 0 && NamedExpression() is not null)
            {
                if (At(Tok.Newline))
                {
                    _mark++;
                    throw RaiseSyntaxError("expected ':'");
                }

                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'while' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        if (Eat(Tok.While) && NamedExpression() is { } test && Eat(Tok.Colon) && Block() is { } body)
        {
            var orelse = ElseBlockOpt();
            return Loc(new While { Test = test, Body = body, Orelse = orelse ?? [] }, start);
        }

        _mark = start;
        return null;
    }

    // for_stmt:
    //   | invalid_for_stmt
    //   | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //   | invalid_for_target
    private StmtNode? ForStmt()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            Eat(Tok.Async);
            var kw = Expect(Tok.For);
            if (kw >= 0 && StarTargets() is not null && Eat(Tok.In) && StarExpressions() is not null)
            {
                if (At(Tok.Newline))
                {
                    _mark++;
                    throw RaiseSyntaxError("expected ':'");
                }

                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'for' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        var isAsync = Eat(Tok.Async);
        if (Eat(Tok.For) && StarTargets() is { } target && Eat(Tok.In))
        {
            // Cut: past 'in', failure fails the whole rule.
            if (StarExpressions() is { } iter && Eat(Tok.Colon))
            {
                var tc = Expect(Tok.TypeComment);
                if (Block() is { } body)
                {
                    var orelse = ElseBlockOpt() ?? [];
                    var typeComment = tc >= 0 ? _tokens[tc].Text : null;
                    StmtNode node = isAsync
                        ? new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }
                        : new For { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment };
                    return Loc(node, start);
                }
            }

            _mark = start;
            return null;
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidForTarget();
            _mark = start;
        }

        return null;
    }

    // invalid_for_target: 'async'? 'for' a=star_expressions
    private void InvalidForTarget()
    {
        Eat(Tok.Async);
        if (Eat(Tok.For) && StarExpressions() is { } a)
        {
            RaiseInvalidTarget(TargetsType.For, a);
        }
    }

    // with_stmt
    private StmtNode? WithStmt()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidWithStmtIndent();
            _mark = start;
        }

        var isAsync = Eat(Tok.Async);
        if (!Eat(Tok.With))
        {
            _mark = start;
            return null;
        }

        var afterWith = _mark;

        // 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
        if (Eat(Tok.LPar) && WithItems() is { } items && (Eat(Tok.Comma) || true) && Eat(Tok.RPar) && Eat(Tok.Colon))
        {
            var tc = isAsync ? -1 : Expect(Tok.TypeComment);
            if (Block() is { } body)
            {
                return MakeWith(isAsync, items, body, tc, start);
            }
        }

        // 'with' ','.with_item+ ':' [TYPE_COMMENT] block
        _mark = afterWith;
        if (WithItems() is { } items2 && Eat(Tok.Colon))
        {
            var tc = Expect(Tok.TypeComment);
            if (Block() is { } body)
            {
                return MakeWith(isAsync, items2, body, tc, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidWithStmt();
            _mark = start;
        }

        return null;
    }

    private StmtNode MakeWith(bool isAsync, List<WithItem> items, List<StmtNode> body, int tc, int start)
    {
        var typeComment = tc >= 0 ? _tokens[tc].Text : null;
        StmtNode node = isAsync
            ? new AsyncWith { Items = items, Body = body, TypeComment = typeComment }
            : new With { Items = items, Body = body, TypeComment = typeComment };
        return Loc(node, start);
    }

    private List<WithItem>? WithItems()
    {
        if (WithItemRule() is not { } first)
        {
            return null;
        }

        var list = new List<WithItem> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && WithItemRule() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    private WithItem? WithItemRule()
    {
        var start = _mark;
        if (ExpressionRule() is { } e)
        {
            var afterExpr = _mark;
            if (Eat(Tok.As) && StarTarget() is { } t && (At(Tok.Comma) || At(Tok.RPar) || At(Tok.Colon)))
            {
                return new WithItem { ContextExpr = e, OptionalVars = t };
            }

            if (_callInvalidRules)
            {
                // expression 'as' a=expression &(',' | ')' | ':')
                _mark = afterExpr;
                if (Eat(Tok.As) && ExpressionRule() is { } a && (At(Tok.Comma) || At(Tok.RPar) || At(Tok.Colon)))
                {
                    RaiseInvalidTarget(TargetsType.Star, a);
                }
            }

            _mark = afterExpr;
            return new WithItem { ContextExpr = e };
        }

        _mark = start;
        return null;
    }

    /// <summary>','.(expression ['as' star_target])+ (or expressions inside parentheses).</summary>
    private bool LooseWithItems(bool parenthesized)
    {
        var any = false;
        while (true)
        {
            var mark = _mark;
            if (any && !Eat(Tok.Comma))
            {
                return true;
            }

            var e = parenthesized ? Expressions() : ExpressionRule();
            if (e is null)
            {
                _mark = mark;
                return any;
            }

            var afterExpr = _mark;
            if (!(Eat(Tok.As) && StarTarget() is not null))
            {
                _mark = afterExpr;
            }

            any = true;
        }
    }

    private void InvalidWithStmt()
    {
        // ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
        // ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        var start = _mark;
        Eat(Tok.Async);
        if (!Eat(Tok.With))
        {
            return;
        }

        var afterWith = _mark;
        if (LooseWithItems(false) && At(Tok.Newline))
        {
            _mark++;
            throw RaiseSyntaxError("expected ':'");
        }

        _mark = afterWith;
        if (Eat(Tok.LPar) && LooseWithItems(true))
        {
            Eat(Tok.Comma);
            if (Eat(Tok.RPar) && At(Tok.Newline))
            {
                _mark++;
                throw RaiseSyntaxError("expected ':'");
            }
        }

        _mark = start;
    }

    private void InvalidWithStmtIndent()
    {
        var start = _mark;
        Eat(Tok.Async);
        var kw = Expect(Tok.With);
        if (kw < 0)
        {
            return;
        }

        var afterWith = _mark;
        if (LooseWithItems(false) && Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
        {
            throw RaiseIndentationError($"expected an indented block after 'with' statement on line {_tokens[kw].Lineno}");
        }

        _mark = afterWith;
        if (Eat(Tok.LPar) && LooseWithItems(true))
        {
            Eat(Tok.Comma);
            if (Eat(Tok.RPar) && Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
            {
                throw RaiseIndentationError($"expected an indented block after 'with' statement on line {_tokens[kw].Lineno}");
            }
        }

        _mark = start;
    }
}
