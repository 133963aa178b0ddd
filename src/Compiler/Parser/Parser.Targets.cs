using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>Assignment and del targets (python.gram: ASSIGNMENT TARGETS).</summary>
internal sealed partial class PegParser
{
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    private ExprNode? StarTargets()
    {
        var start = _mark;
        if (StarTarget() is not { } first)
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
            if (Eat(Tok.Comma) && StarTarget() is { } next)
            {
                elts.Add(next);
                continue;
            }

            _mark = mark;
            break;
        }

        Eat(Tok.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Store }, start);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    private List<ExprNode>? StarTargetsListSeq()
    {
        if (StarTarget() is not { } first)
        {
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && StarTarget() is { } next)
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

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    private List<ExprNode>? StarTargetsTupleSeq()
    {
        var start = _mark;
        if (StarTarget() is not { } first || !At(Tok.Comma))
        {
            _mark = start;
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && StarTarget() is { } next)
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

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    private ExprNode? StarTarget()
    {
        if (TryMemo<ExprNode>(MemoRule.StarTarget, out var memo))
        {
            return memo;
        }

        Enter();
        var start = _mark;
        ExprNode? result = null;
        if (Eat(Tok.Star))
        {
            if (!At(Tok.Star) && StarTarget() is { } inner)
            {
                result = Loc(new Starred { Value = SetContext(inner, ExprContext.Store), Ctx = ExprContext.Store }, start);
            }
        }
        else
        {
            result = TargetWithStarAtom();
        }

        if (result is null)
        {
            _mark = start;
        }

        Leave();
        StoreMemo(start, MemoRule.StarTarget, result);
        return result;
    }

    // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    private ExprNode? TargetWithStarAtom()
    {
        if (TryMemo<ExprNode>(MemoRule.TargetWithStarAtom, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = SubscriptAttributeTarget(ExprContext.Store);
        if (result is null)
        {
            _mark = start;
            result = StarAtom();
            if (result is null)
            {
                _mark = start;
            }
        }

        StoreMemo(start, MemoRule.TargetWithStarAtom, result);
        return result;
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given context.</summary>
    private ExprNode? SubscriptAttributeTarget(ExprContext ctx)
    {
        var start = _mark;
        if (TPrimary() is not { } value)
        {
            _mark = start;
            return null;
        }

        var afterPrimary = _mark;
        if (Eat(Tok.Dot) && NameToken() is { } name && !AtTLookahead())
        {
            return Loc(new Attribute { Value = value, Attr = name.Id, Ctx = ctx }, start);
        }

        _mark = afterPrimary;
        if (Eat(Tok.LSqb) && Slices() is { } slice && Eat(Tok.RSqb) && !AtTLookahead())
        {
            return Loc(new Subscript { Value = value, Slice = slice, Ctx = ctx }, start);
        }

        _mark = start;
        return null;
    }

    // star_atom
    private ExprNode? StarAtom()
    {
        var start = _mark;
        if (NameToken() is { } name)
        {
            return SetContext(name, ExprContext.Store);
        }

        if (Eat(Tok.LPar))
        {
            if (TargetWithStarAtom() is { } inner && Eat(Tok.RPar))
            {
                return SetContext(inner, ExprContext.Store);
            }

            _mark = start + 1;
            var elts = StarTargetsTupleSeq();
            if (elts is null)
            {
                _mark = start + 1;
            }

            if (Eat(Tok.RPar))
            {
                return Loc(new Tuple { Elts = elts ?? [], Ctx = ExprContext.Store }, start);
            }
        }
        else if (Eat(Tok.LSqb))
        {
            var elts = StarTargetsListSeq();
            if (elts is null)
            {
                _mark = start + 1;
            }

            if (Eat(Tok.RSqb))
            {
                return Loc(new List { Elts = elts ?? [], Ctx = ExprContext.Store }, start);
            }
        }

        _mark = start;
        return null;
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    private ExprNode? SingleTarget()
    {
        var start = _mark;
        if (SingleSubscriptAttributeTarget() is { } a)
        {
            return a;
        }

        _mark = start;
        if (NameToken() is { } name)
        {
            return SetContext(name, ExprContext.Store);
        }

        if (Eat(Tok.LPar) && SingleTarget() is { } inner && Eat(Tok.RPar))
        {
            return inner;
        }

        _mark = start;
        return null;
    }

    private ExprNode? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(ExprContext.Store);

    // t_lookahead: '(' | '[' | '.'
    private bool AtTLookahead()
    {
        var t = Peek();
        return t == Tok.LPar || t == Tok.LSqb || t == Tok.Dot;
    }

    // t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead | atom &t_lookahead
    private ExprNode? TPrimary()
    {
        if (TryMemo<ExprNode>(MemoRule.TPrimary, out var memo))
        {
            return memo;
        }

        var start = _mark;
        var result = Atom();
        if (result is null || !AtTLookahead())
        {
            _mark = start;
            result = null;
        }
        else
        {
            while (true)
            {
                var mark = _mark;
                var next = TPrimarySuffix(result, start);
                if (next is null)
                {
                    _mark = mark;
                    break;
                }

                result = next;
            }
        }

        StoreMemo(start, MemoRule.TPrimary, result);
        return result;
    }

    private ExprNode? TPrimarySuffix(ExprNode value, int start)
    {
        var mark = _mark;

        // t_primary '.' NAME &t_lookahead
        if (Eat(Tok.Dot) && NameToken() is { } name && AtTLookahead())
        {
            return Loc(new Attribute { Value = value, Attr = name.Id, Ctx = ExprContext.Load }, start);
        }

        // t_primary '[' slices ']' &t_lookahead
        _mark = mark;
        if (Eat(Tok.LSqb) && Slices() is { } slice && Eat(Tok.RSqb) && AtTLookahead())
        {
            return Loc(new Subscript { Value = value, Slice = slice, Ctx = ExprContext.Load }, start);
        }

        // t_primary genexp &t_lookahead
        _mark = mark;
        if ((_callInvalidRules || At(Tok.LPar)) && Genexp() is { } g && AtTLookahead())
        {
            return Loc(new Call { Func = value, Args = [g] }, start);
        }

        // t_primary '(' [arguments] ')' &t_lookahead
        _mark = mark;
        if (Eat(Tok.LPar))
        {
            var args = ArgumentsOpt();
            if (Eat(Tok.RPar) && AtTLookahead())
            {
                return Loc(new Call { Func = value, Args = args?.Args ?? [], Keywords = args?.Keywords ?? [] }, start);
            }
        }

        _mark = mark;
        return null;
    }

    // del_targets: ','.del_target+ [',']
    private List<ExprNode>? DelTargets()
    {
        if (DelTarget() is not { } first)
        {
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && DelTarget() is { } next)
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

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    private ExprNode? DelTarget()
    {
        if (TryMemo<ExprNode>(MemoRule.DelTarget, out var memo))
        {
            return memo;
        }

        Enter();
        var start = _mark;
        var result = SubscriptAttributeTarget(ExprContext.Del);
        if (result is null)
        {
            _mark = start;
            result = DelTAtom();
            if (result is null)
            {
                _mark = start;
            }
        }

        Leave();
        StoreMemo(start, MemoRule.DelTarget, result);
        return result;
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private ExprNode? DelTAtom()
    {
        var start = _mark;
        if (NameToken() is { } name)
        {
            return SetContext(name, ExprContext.Del);
        }

        if (Eat(Tok.LPar))
        {
            if (DelTarget() is { } inner && Eat(Tok.RPar))
            {
                return SetContext(inner, ExprContext.Del);
            }

            _mark = start + 1;
            var elts = DelTargets();
            if (elts is null)
            {
                _mark = start + 1;
            }

            if (Eat(Tok.RPar))
            {
                return Loc(new Tuple { Elts = elts ?? [], Ctx = ExprContext.Del }, start);
            }
        }
        else if (Eat(Tok.LSqb))
        {
            var elts = DelTargets();
            if (elts is null)
            {
                _mark = start + 1;
            }

            if (Eat(Tok.RSqb))
            {
                return Loc(new List { Elts = elts ?? [], Ctx = ExprContext.Del }, start);
            }
        }

        _mark = start;
        return null;
    }

    /// <summary>_PyPegen_set_expr_context: a copy of the target with the context set, recursively
    /// for Tuple, List and Starred (nodes may be shared through the memo, so never mutate).</summary>
    private static ExprNode SetContext(ExprNode e, ExprContext ctx) => e switch
    {
        Name n => Span(new Name { Id = n.Id, Ctx = ctx }, n, n),
        Tuple t => Span(new Tuple { Elts = SetContextAll(t.Elts, ctx), Ctx = ctx }, t, t),
        List l => Span(new List { Elts = SetContextAll(l.Elts, ctx), Ctx = ctx }, l, l),
        Subscript s => Span(new Subscript { Value = s.Value, Slice = s.Slice, Ctx = ctx }, s, s),
        Attribute a => Span(new Attribute { Value = a.Value, Attr = a.Attr, Ctx = ctx }, a, a),
        Starred s => Span(new Starred { Value = SetContext(s.Value, ctx), Ctx = ctx }, s, s),
        _ => e,
    };

    private static List<ExprNode> SetContextAll(List<ExprNode> elts, ExprContext ctx)
    {
        var result = new List<ExprNode>(elts.Count);
        foreach (var e in elts)
        {
            result.Add(SetContext(e, ctx));
        }

        return result;
    }

    private static Name SetContext(Name n, ExprContext ctx) => Span(new Name { Id = n.Id, Ctx = ctx }, n, n);
}
