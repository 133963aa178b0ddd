using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>try statements: try_stmt, except_block, except_star_block, finally_block and their invalid rules.</summary>
internal sealed partial class PegParser
{
    // try_stmt
    private StmtNode? TryStmt()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidTryStmt();
            _mark = start;
        }

        if (!Eat(Tok.Try))
        {
            return null;
        }

        ExpectForced(Tok.Colon, ":");
        if (Block() is not { } body)
        {
            _mark = start;
            return null;
        }

        var afterBody = _mark;

        // 'try' &&':' block finally_block
        if (FinallyBlockOpt() is { } fin)
        {
            return Loc(new Try { Body = body, Finalbody = fin }, start);
        }

        _mark = afterBody;
        var handlers = new List<ExceptHandlerNode>();
        while (ExceptBlock() is { } h)
        {
            handlers.Add(h);
        }

        if (handlers.Count > 0)
        {
            var orelse = ElseBlockOpt() ?? [];
            var finalbody = FinallyBlockOpt() ?? [];
            return Loc(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        }

        _mark = afterBody;
        while (ExceptStarBlock() is { } h)
        {
            handlers.Add(h);
        }

        if (handlers.Count > 0)
        {
            var orelse = ElseBlockOpt() ?? [];
            var finalbody = FinallyBlockOpt() ?? [];
            return Loc(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        }

        _mark = start;
        return null;
    }

    private void InvalidTryStmt()
    {
        var start = _mark;
        var kw = Expect(Tok.Try);
        if (kw < 0 || !Eat(Tok.Colon))
        {
            _mark = start;
            return;
        }

        var afterColon = _mark;

        // a='try' ':' NEWLINE !INDENT
        if (Eat(Tok.Newline) && !At(Tok.Indent))
        {
            throw RaiseIndentationError($"expected an indented block after 'try' statement on line {_tokens[kw].Lineno}");
        }

        // 'try' ':' block !('except' | 'finally')
        _mark = afterColon;
        if (Block() is not null && !At(Tok.Except) && !At(Tok.Finally))
        {
            throw RaiseSyntaxError("expected 'except' or 'finally' block");
        }

        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        _mark = afterColon;
        while (Block() is not null)
        {
        }

        var afterBlocks = _mark;
        var count = 0;
        while (ExceptBlock() is not null)
        {
            count++;
        }

        if (count > 0)
        {
            var a = Expect(Tok.Except);
            var b = a >= 0 ? Expect(Tok.Star) : -1;
            if (b >= 0 && ExpressionRule() is not null)
            {
                OptionalAsName();
                if (At(Tok.Colon))
                {
                    throw RaiseRangeTokens(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }

        // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        _mark = afterBlocks;
        count = 0;
        while (ExceptStarBlock() is not null)
        {
            count++;
        }

        if (count > 0)
        {
            var a = Expect(Tok.Except);
            if (a >= 0)
            {
                var mark = _mark;
                if (ExpressionRule() is not null)
                {
                    OptionalAsName();
                }
                else
                {
                    _mark = mark;
                }

                if (At(Tok.Colon))
                {
                    throw RaiseToken(a, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }

        _mark = start;
    }

    // except_block
    private ExceptHandlerNode? ExceptBlock()
    {
        var start = _mark;
        if (!At(Tok.Except))
        {
            return null;
        }

        if (_callInvalidRules)
        {
            // invalid_except_stmt_indent
            var kw = Expect(Tok.Except);
            var afterKw = _mark;
            if (ExpressionRule() is not null)
            {
                OptionalAsName();
                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'except' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = afterKw;
            if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
            {
                throw RaiseIndentationError($"expected an indented block after 'except' statement on line {_tokens[kw].Lineno}");
            }

            _mark = start;
        }

        _mark++;
        var afterExcept = _mark;

        // 'except' expression ':' block | 'except' expression 'as' NAME ':' block
        if (ExpressionRule() is { } type)
        {
            var afterType = _mark;
            if (Eat(Tok.Colon) && Block() is { } body)
            {
                return Loc(new ExceptHandler { Type = type, Body = body }, start);
            }

            _mark = afterType;
            if (Eat(Tok.As) && NameToken() is { } name && Eat(Tok.Colon) && Block() is { } body2)
            {
                return Loc(new ExceptHandler { Type = type, Name = name.Id, Body = body2 }, start);
            }
        }

        // 'except' expressions ':' block
        _mark = afterExcept;
        if (Expressions() is { } types && Eat(Tok.Colon) && Block() is { } body3)
        {
            return Loc(new ExceptHandler { Type = types, Body = body3 }, start);
        }

        // 'except' ':' block
        _mark = afterExcept;
        if (Eat(Tok.Colon) && Block() is { } body4)
        {
            return Loc(new ExceptHandler { Body = body4 }, start);
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidExceptStmt(star: false);
            _mark = start;
        }

        return null;
    }

    // except_star_block
    private ExceptHandlerNode? ExceptStarBlock()
    {
        var start = _mark;
        if (!At(Tok.Except))
        {
            return null;
        }

        if (_callInvalidRules)
        {
            // a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
            var kw = Expect(Tok.Except);
            if (Eat(Tok.Star) && ExpressionRule() is not null)
            {
                OptionalAsName();
                if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
                {
                    throw RaiseIndentationError($"expected an indented block after 'except*' statement on line {_tokens[kw].Lineno}");
                }
            }

            _mark = start;
        }

        _mark++;
        if (Eat(Tok.Star))
        {
            var afterStar = _mark;
            if (ExpressionRule() is { } type)
            {
                var afterType = _mark;
                if (Eat(Tok.Colon) && Block() is { } body)
                {
                    return Loc(new ExceptHandler { Type = type, Body = body }, start);
                }

                _mark = afterType;
                if (Eat(Tok.As) && NameToken() is { } name && Eat(Tok.Colon) && Block() is { } body2)
                {
                    return Loc(new ExceptHandler { Type = type, Name = name.Id, Body = body2 }, start);
                }
            }

            _mark = afterStar;
            if (Expressions() is { } types && Eat(Tok.Colon) && Block() is { } body3)
            {
                return Loc(new ExceptHandler { Type = types, Body = body3 }, start);
            }
        }

        _mark = start;
        if (_callInvalidRules)
        {
            InvalidExceptStmt(star: true);
            _mark = start;
        }

        return null;
    }

    private void InvalidExceptStmt(bool star)
    {
        var start = _mark;
        var kw = Expect(Tok.Except);
        if (kw < 0 || (star && !Eat(Tok.Star)))
        {
            _mark = start;
            return;
        }

        var afterKw = _mark;

        // 'except' ['*'] a=expression ',' expressions 'as' NAME ':'
        if (ExpressionRule() is { } a && Eat(Tok.Comma) && Expressions() is not null && Eat(Tok.As) && NameToken() is not null && At(Tok.Colon))
        {
            _mark++;
            throw RaiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
        }

        // a='except' ['*'] expression ['as' NAME ] NEWLINE
        _mark = afterKw;
        if (ExpressionRule() is not null)
        {
            OptionalAsName();
            if (At(Tok.Newline))
            {
                _mark++;
                throw RaiseSyntaxError("expected ':'");
            }
        }

        _mark = afterKw;
        if (star)
        {
            // a='except' '*' (NEWLINE | ':')
            if (At(Tok.Newline) || At(Tok.Colon))
            {
                _mark++;
                throw RaiseSyntaxError("expected one or more exception types");
            }
        }
        else if (At(Tok.Newline))
        {
            // a='except' NEWLINE
            _mark++;
            throw RaiseSyntaxError("expected ':'");
        }

        // 'except' ['*'] expression 'as' a=expression ':' block
        _mark = afterKw;
        if (ExpressionRule() is not null && Eat(Tok.As) && ExpressionRule() is { } target && Eat(Tok.Colon) && Block() is not null)
        {
            throw RaiseNode(target, (star ? "cannot use except* statement with " : "cannot use except statement with ") + ExprName(target));
        }

        _mark = start;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private List<StmtNode>? FinallyBlockOpt()
    {
        var start = _mark;
        if (!At(Tok.Finally))
        {
            return null;
        }

        if (_callInvalidRules)
        {
            var kw = Expect(Tok.Finally);
            if (Eat(Tok.Colon) && Eat(Tok.Newline) && !At(Tok.Indent))
            {
                throw RaiseIndentationError($"expected an indented block after 'finally' statement on line {_tokens[kw].Lineno}");
            }

            _mark = start;
        }

        _mark++;
        ExpectForced(Tok.Colon, ":");
        if (Block() is { } b)
        {
            return b;
        }

        _mark = start;
        return null;
    }
}
