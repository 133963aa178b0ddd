using ProtoPython.Compiler.Ast;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Parser;

/// <summary>Type parameter lists (python.gram: Type parameter declaration) and type_expressions.</summary>
internal sealed partial class PegParser
{
    private List<TypeParamNode>? TypeParamsOpt()
    {
        var mark = _mark;
        var t = TypeParams();
        if (t is null)
        {
            _mark = mark;
        }

        return t;
    }

    // type_params: invalid_type_params | '[' type_param_seq ']'
    private List<TypeParamNode>? TypeParams()
    {
        var start = _mark;
        if (!At(Tok.LSqb))
        {
            return null;
        }

        if (_callInvalidRules && PeekAt(1) == Tok.RSqb)
        {
            _mark++;
            var token = _mark++;
            throw RaiseStartingFromToken(token, "Type parameter list cannot be empty");
        }

        _mark++;
        if (TypeParamRule() is { } first)
        {
            var list = new List<TypeParamNode> { first };
            while (true)
            {
                var mark = _mark;
                if (Eat(Tok.Comma) && TypeParamRule() is { } next)
                {
                    list.Add(next);
                    continue;
                }

                _mark = mark;
                break;
            }

            Eat(Tok.Comma);
            if (Eat(Tok.RSqb))
            {
                return list;
            }
        }

        _mark = start;
        return null;
    }

    // type_param (memo)
    private TypeParamNode? TypeParamRule()
    {
        if (TryMemo<TypeParamNode>(MemoRule.TypeParam, out var memo))
        {
            return memo;
        }

        var start = _mark;
        TypeParamNode? result = null;
        if (NameToken() is { } name)
        {
            ExprNode? bound = null;
            var mark = _mark;
            if (Eat(Tok.Colon))
            {
                bound = ExpressionRule();
            }

            if (bound is null)
            {
                _mark = mark;
            }

            var defaultValue = TypeParamDefault(starred: false);
            result = Loc(new TypeVar { Name = name.Id, Bound = bound, DefaultValue = defaultValue }, start);
        }
        else
        {
            _mark = start;
            if (_callInvalidRules && (At(Tok.Star) || At(Tok.DoubleStar)))
            {
                var doubleStar = At(Tok.DoubleStar);
                _mark++;
                if (NameToken() is not null && Expect(Tok.Colon) is var colon and >= 0 && ExpressionRule() is { } e)
                {
                    var what = doubleStar ? "ParamSpec" : "TypeVarTuple";
                    throw RaiseStartingFromToken(colon, (e is Tuple ? "cannot use constraints with " : "cannot use bound with ") + what);
                }

                _mark = start;
            }

            if (Eat(Tok.Star) && NameToken() is { } tupleName)
            {
                var defaultValue = TypeParamDefault(starred: true);
                result = Loc(new TypeVarTuple { Name = tupleName.Id, DefaultValue = defaultValue }, start);
            }
            else
            {
                _mark = start;
                if (Eat(Tok.DoubleStar) && NameToken() is { } specName)
                {
                    var defaultValue = TypeParamDefault(starred: false);
                    result = Loc(new ParamSpec { Name = specName.Id, DefaultValue = defaultValue }, start);
                }
                else
                {
                    _mark = start;
                }
            }
        }

        StoreMemo(start, MemoRule.TypeParam, result);
        return result;
    }

    // type_param_default: '=' expression ; type_param_starred_default: '=' star_expression
    private ExprNode? TypeParamDefault(bool starred)
    {
        var mark = _mark;
        if (Eat(Tok.Equal) && (starred ? StarExpression() : ExpressionRule()) is { } e)
        {
            return e;
        }

        _mark = mark;
        return null;
    }

    // type_expressions (func_type mode)
    private List<ExprNode>? TypeExpressions()
    {
        var start = _mark;
        var list = new List<ExprNode>();
        while (true)
        {
            var mark = _mark;
            if (list.Count > 0 && !Eat(Tok.Comma))
            {
                break;
            }

            if (ExpressionRule() is not { } e)
            {
                _mark = mark;
                break;
            }

            list.Add(e);
        }

        var afterList = _mark;
        if (list.Count > 0)
        {
            // ',' '*' expression [',' '**' expression] | ',' '**' expression
            if (Eat(Tok.Comma))
            {
                if (Eat(Tok.Star) && ExpressionRule() is { } star)
                {
                    list.Add(star);
                    var mark = _mark;
                    if (Eat(Tok.Comma) && Eat(Tok.DoubleStar) && ExpressionRule() is { } kw)
                    {
                        list.Add(kw);
                    }
                    else
                    {
                        _mark = mark;
                    }

                    return list;
                }

                _mark = afterList + 1;
                if (Eat(Tok.DoubleStar) && ExpressionRule() is { } kw2)
                {
                    list.Add(kw2);
                    return list;
                }
            }

            _mark = afterList;
            return list;
        }

        _mark = start;
        if (Eat(Tok.Star) && ExpressionRule() is { } onlyStar)
        {
            var result = new List<ExprNode> { onlyStar };
            var mark = _mark;
            if (Eat(Tok.Comma) && Eat(Tok.DoubleStar) && ExpressionRule() is { } kw)
            {
                result.Add(kw);
            }
            else
            {
                _mark = mark;
            }

            return result;
        }

        _mark = start;
        if (Eat(Tok.DoubleStar) && ExpressionRule() is { } onlyKw)
        {
            return [onlyKw];
        }

        _mark = start;
        return null;
    }
}
