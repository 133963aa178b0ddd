using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>Start rules and simple statements (python.gram: STARTING RULES, GENERAL and SIMPLE STATEMENTS).</summary>
internal sealed partial class PegParser
{
    // file: a=[statements] ENDMARKER
    private ModNode? FileRule()
    {
        var start = _mark;
        var body = Statements() ?? [];
        if (Eat(Tok.EndMarker))
        {
            return new Module { Body = body, TypeIgnores = _typeIgnores };
        }

        _mark = start;
        return null;
    }

    // interactive: statement_newline
    private ModNode? InteractiveRule()
    {
        var body = StatementNewline();
        return body is null ? null : new Interactive { Body = body };
    }

    // eval: expressions NEWLINE* ENDMARKER
    private ModNode? EvalRule()
    {
        var start = _mark;
        var e = Expressions();
        if (e is not null)
        {
            while (Eat(Tok.Newline))
            {
            }

            if (Eat(Tok.EndMarker))
            {
                return new Expression { Body = e };
            }
        }

        _mark = start;
        return null;
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    private ModNode? FuncTypeRule()
    {
        var start = _mark;
        if (Eat(Tok.LPar))
        {
            var types = TypeExpressions() ?? [];
            if (Eat(Tok.RPar) && Eat(Tok.RArrow) && ExpressionRule() is { } returns)
            {
                while (Eat(Tok.Newline))
                {
                }

                if (Eat(Tok.EndMarker))
                {
                    return new FunctionType { Argtypes = types, Returns = returns };
                }
            }
        }

        _mark = start;
        return null;
    }

    // statements: statement+
    private List<StmtNode>? Statements()
    {
        List<StmtNode>? result = null;
        while (true)
        {
            var mark = _mark;
            var s = Statement();
            if (s is null)
            {
                _mark = mark;
                break;
            }

            result ??= [];
            result.AddRange(s);
        }

        return result;
    }

    // statement: compound_stmt | simple_stmts
    private List<StmtNode>? Statement()
    {
        Enter();
        var start = _mark;
        List<StmtNode>? result = null;
        if (CompoundStmt() is { } c)
        {
            result = [c];
        }
        else
        {
            _mark = start;
            result = SimpleStmts();
            if (result is null)
            {
                _mark = start;
            }
        }

        Leave();
        return result;
    }

    // statement_newline: single_compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    private List<StmtNode>? StatementNewline()
    {
        var start = _mark;
        if (CompoundStmt() is { } c && Eat(Tok.Newline))
        {
            return [c];
        }

        _mark = start;
        if (SimpleStmts() is { } s)
        {
            return s;
        }

        _mark = start;
        if (Eat(Tok.Newline))
        {
            return [Loc(new Pass(), start)];
        }

        // ENDMARKER: _PyPegen_interactive_exit returns NULL.
        _mark = start;
        return null;
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    private List<StmtNode>? SimpleStmts()
    {
        var start = _mark;
        if (SimpleStmt() is { } single && !At(Tok.Semi) && Eat(Tok.Newline))
        {
            return [single];
        }

        _mark = start;
        var first = SimpleStmt();
        if (first is null)
        {
            _mark = start;
            return null;
        }

        var list = new List<StmtNode> { first };
        while (true)
        {
            var mark = _mark;
            if (!Eat(Tok.Semi) || SimpleStmt() is not { } next)
            {
                _mark = mark;
                break;
            }

            list.Add(next);
        }

        Eat(Tok.Semi);
        if (Eat(Tok.Newline))
        {
            return list;
        }

        _mark = start;
        return null;
    }

    // simple_stmt (memo)
    private StmtNode? SimpleStmt()
    {
        if (TryMemo<StmtNode>(MemoRule.SimpleStmt, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = SimpleStmtRaw(start);
        if (result is null)
        {
            _mark = start;
        }

        StoreMemo(start, MemoRule.SimpleStmt, result);
        return result;
    }

    private StmtNode? SimpleStmtRaw(int start)
    {
        if (Assignment() is { } a)
        {
            return a;
        }

        _mark = start;
        var t = Peek();
        if (t == Tok.Name && _tokens[_mark].Text == "type")
        {
            if (TypeAliasStmt() is { } ta)
            {
                return ta;
            }

            _mark = start;
        }

        if (StarExpressions() is { } e)
        {
            return Loc(new Expr { Value = e }, start);
        }

        _mark = start;
        StmtNode? s = t switch
        {
            Tok.Return => ReturnStmt(),
            Tok.Import or Tok.From => ImportStmt(),
            Tok.Raise => RaiseStmt(),
            Tok.Pass => PassLike(new Pass()),
            Tok.Del => DelStmt(),
            Tok.Yield => YieldStmt(),
            Tok.Assert => AssertStmt(),
            Tok.Break => PassLike(new Break()),
            Tok.Continue => PassLike(new Continue()),
            Tok.Global => GlobalStmt(),
            Tok.Nonlocal => NonlocalStmt(),
            _ => null,
        };
        return s;
    }

    private StmtNode PassLike(StmtNode node)
    {
        var start = _mark++;
        return Loc(node, start);
    }

    // assignment
    private StmtNode? Assignment()
    {
        var start = _mark;

        // NAME ':' expression ['=' annotated_rhs]
        if (NameToken() is { } name && Eat(Tok.Colon) && ExpressionRule() is { } ann)
        {
            var value = OptionalAssignedValue();
            return Loc(new AnnAssign { Target = SetContext(name, ExprContext.Store), Annotation = ann, Value = value, Simple = 1 }, start);
        }

        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        _mark = start;
        ExprNode? target = null;
        if (Eat(Tok.LPar) && SingleTarget() is { } inner && Eat(Tok.RPar))
        {
            target = inner;
        }
        else
        {
            _mark = start;
            target = SingleSubscriptAttributeTarget();
        }

        if (target is not null && Eat(Tok.Colon) && ExpressionRule() is { } ann2)
        {
            var value = OptionalAssignedValue();
            return Loc(new AnnAssign { Target = target, Annotation = ann2, Value = value, Simple = 0 }, start);
        }

        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        _mark = start;
        List<ExprNode>? targets = null;
        while (true)
        {
            var mark = _mark;
            if (StarTargets() is { } st && Eat(Tok.Equal))
            {
                (targets ??= []).Add(st);
                continue;
            }

            _mark = mark;
            break;
        }

        if (targets is not null)
        {
            var rhsMark = _mark;
            if (AnnotatedRhs() is { } rhs && !At(Tok.Equal))
            {
                var tc = Expect(Tok.TypeComment);
                return Loc(new Assign { Targets = targets, Value = rhs, TypeComment = tc >= 0 ? _tokens[tc].Text : null }, start);
            }

            _mark = rhsMark;
        }

        // single_target augassign ~ annotated_rhs
        _mark = start;
        if (SingleTarget() is { } augTarget && AugAssignOp() is { } op)
        {
            if (AnnotatedRhs() is { } rhs)
            {
                return Loc(new AugAssign { Target = augTarget, Op = op, Value = rhs }, start);
            }

            // The cut: no other alternative of this rule is tried.
            _mark = start;
            return null;
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidAssignment();
            _mark = start;
        }

        return null;
    }

    private ExprNode? OptionalAssignedValue()
    {
        var mark = _mark;
        if (Eat(Tok.Equal) && AnnotatedRhs() is { } value)
        {
            return value;
        }

        _mark = mark;
        return null;
    }

    // annotated_rhs: yield_expr | star_expressions
    private ExprNode? AnnotatedRhs()
    {
        var start = _mark;
        if (YieldExpr() is { } y)
        {
            return y;
        }

        _mark = start;
        var e = StarExpressions();
        if (e is null)
        {
            _mark = start;
        }

        return e;
    }

    // augassign
    private Operator? AugAssignOp()
    {
        Operator? op = Peek() switch
        {
            Tok.PlusEqual => Operator.Add,
            Tok.MinEqual => Operator.Sub,
            Tok.StarEqual => Operator.Mult,
            Tok.AtEqual => Operator.MatMult,
            Tok.SlashEqual => Operator.Div,
            Tok.PercentEqual => Operator.Mod,
            Tok.AmperEqual => Operator.BitAnd,
            Tok.VBarEqual => Operator.BitOr,
            Tok.CircumflexEqual => Operator.BitXor,
            Tok.LeftShiftEqual => Operator.LShift,
            Tok.RightShiftEqual => Operator.RShift,
            Tok.DoubleStarEqual => Operator.Pow,
            Tok.DoubleSlashEqual => Operator.FloorDiv,
            _ => null,
        };
        if (op is not null)
        {
            _mark++;
        }

        return op;
    }

    // return_stmt: 'return' [star_expressions]
    private StmtNode? ReturnStmt()
    {
        var start = _mark;
        if (!Eat(Tok.Return))
        {
            return null;
        }

        var value = StarExpressionsOpt();
        return Loc(new Return { Value = value }, start);
    }

    private ExprNode? StarExpressionsOpt()
    {
        var mark = _mark;
        var e = StarExpressions();
        if (e is null)
        {
            _mark = mark;
        }

        return e;
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private StmtNode? RaiseStmt()
    {
        var start = _mark;
        if (!Eat(Tok.Raise))
        {
            return null;
        }

        var afterRaise = _mark;
        if (ExpressionRule() is { } exc)
        {
            var mark = _mark;
            ExprNode? cause = null;
            if (Eat(Tok.From) && ExpressionRule() is { } c)
            {
                cause = c;
            }
            else
            {
                _mark = mark;
            }

            return Loc(new Raise { Exc = exc, Cause = cause }, start);
        }

        _mark = afterRaise;
        return Loc(new Raise(), start);
    }

    // global_stmt: 'global' ','.NAME+
    private StmtNode? GlobalStmt()
    {
        var start = _mark;
        if (Eat(Tok.Global) && NameList() is { } names)
        {
            return Loc(new Global { Names = names }, start);
        }

        _mark = start;
        return null;
    }

    private StmtNode? NonlocalStmt()
    {
        var start = _mark;
        if (Eat(Tok.Nonlocal) && NameList() is { } names)
        {
            return Loc(new Nonlocal { Names = names }, start);
        }

        _mark = start;
        return null;
    }

    private List<string>? NameList()
    {
        if (NameToken() is not { } first)
        {
            return null;
        }

        var names = new List<string> { first.Id };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && NameToken() is { } next)
            {
                names.Add(next.Id);
                continue;
            }

            _mark = mark;
            return names;
        }
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private StmtNode? DelStmt()
    {
        var start = _mark;
        if (Eat(Tok.Del) && DelTargets() is { } targets && (At(Tok.Semi) || At(Tok.Newline)))
        {
            return Loc(new Delete { Targets = targets }, start);
        }

        _mark = start;
        if (_callInvalidRules)
        {
            // invalid_del_stmt: 'del' star_expressions
            if (Eat(Tok.Del) && StarExpressions() is { } a)
            {
                RaiseInvalidTarget(TargetsType.Del, a);
            }

            _mark = start;
        }

        return null;
    }

    // yield_stmt: yield_expr
    private StmtNode? YieldStmt()
    {
        var start = _mark;
        if (YieldExpr() is { } y)
        {
            return Loc(new Expr { Value = y }, start);
        }

        _mark = start;
        return null;
    }

    // assert_stmt: 'assert' expression [',' expression]
    private StmtNode? AssertStmt()
    {
        var start = _mark;
        if (Eat(Tok.Assert) && ExpressionRule() is { } test)
        {
            var mark = _mark;
            ExprNode? msg = null;
            if (Eat(Tok.Comma) && ExpressionRule() is { } m)
            {
                msg = m;
            }
            else
            {
                _mark = mark;
            }

            return Loc(new Assert { Test = test, Msg = msg }, start);
        }

        _mark = start;
        return null;
    }

    // type_alias: "type" NAME [type_params] '=' expression
    private StmtNode? TypeAliasStmt()
    {
        var start = _mark;
        if (ExpectSoftKeyword("type") is not null && NameToken() is { } name)
        {
            var typeParams = TypeParamsOpt();
            if (Eat(Tok.Equal) && ExpressionRule() is { } value)
            {
                return Loc(new TypeAlias { Name = SetContext(name, ExprContext.Store), TypeParams = typeParams ?? [], Value = value }, start);
            }
        }

        _mark = start;
        return null;
    }
}
