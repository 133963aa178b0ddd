using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// Function and lambda parameters (python.gram: Function parameters, lambda_parameters). The
/// two families differ only in the closing token (')' or ':'), annotations and type
/// comments, so one set of methods serves both, selected by <c>lambda</c>.
/// </summary>
internal sealed partial class PegParser
{
    private Arguments? ParamsOpt()
    {
        var mark = _mark;
        var p = Params(lambda: false);
        if (p is null)
        {
            _mark = mark;
        }

        return p;
    }

    private Arguments? LambdaParams() => Params(lambda: true);

    private static Arguments EmptyArguments() => new();

    // params: invalid_parameters | parameters
    private Arguments? Params(bool lambda)
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidParameters(lambda);
            _mark = start;
        }

        var result = Parameters(lambda);
        if (result is null)
        {
            _mark = start;
        }

        return result;
    }

    // parameters:
    //   | slash_no_default param_no_default* param_with_default* [star_etc]
    //   | slash_with_default param_with_default* [star_etc]
    //   | param_no_default+ param_with_default* [star_etc]
    //   | param_with_default+ [star_etc]
    //   | star_etc
    private Arguments? Parameters(bool lambda)
    {
        var start = _mark;
        if (SlashNoDefault(lambda) is { } posOnly)
        {
            var plain = ParamNoDefaultStar(lambda);
            var withDefault = ParamWithDefaultStar(lambda);
            var star = StarEtcOpt(lambda);
            return MakeArguments(posOnly, null, plain, withDefault, star);
        }

        _mark = start;
        if (SlashWithDefault(lambda) is { } slashWith)
        {
            var withDefault = ParamWithDefaultStar(lambda);
            var star = StarEtcOpt(lambda);
            return MakeArguments(null, slashWith, [], withDefault, star);
        }

        _mark = start;
        if (ParamNoDefaultStar(lambda) is { Count: > 0 } plain2)
        {
            var withDefault = ParamWithDefaultStar(lambda);
            var star = StarEtcOpt(lambda);
            return MakeArguments(null, null, plain2, withDefault, star);
        }

        _mark = start;
        if (ParamWithDefaultStar(lambda) is { Count: > 0 } withDefault2)
        {
            var star = StarEtcOpt(lambda);
            return MakeArguments(null, null, [], withDefault2, star);
        }

        _mark = start;
        if (StarEtc(lambda) is { } onlyStar)
        {
            return MakeArguments(null, null, [], [], onlyStar);
        }

        _mark = start;
        return null;
    }

    private sealed record StarEtcResult(Arg? Vararg, List<(Arg Arg, ExprNode? Default)> Kwonly, Arg? Kwarg);

    private sealed record SlashWithDefaultResult(List<Arg> Plain, List<(Arg Arg, ExprNode? Default)> WithDefault);

    /// <summary>_PyPegen_make_arguments.</summary>
    private static Arguments MakeArguments(
        List<Arg>? slashNoDefault,
        SlashWithDefaultResult? slashWithDefault,
        List<Arg> plain,
        List<(Arg Arg, ExprNode? Default)> withDefault,
        StarEtcResult? star)
    {
        var posonly = slashNoDefault ?? [];
        var defaults = new List<ExprNode>();
        if (slashWithDefault is not null)
        {
            posonly = new List<Arg>(slashWithDefault.Plain);
            foreach (var (arg, def) in slashWithDefault.WithDefault)
            {
                posonly.Add(arg);
                defaults.Add(def!);
            }
        }

        var args = new List<Arg>(plain);
        foreach (var (arg, def) in withDefault)
        {
            args.Add(arg);
            defaults.Add(def!);
        }

        var kwonly = new List<Arg>();
        var kwDefaults = new List<ExprNode?>();
        if (star is not null)
        {
            foreach (var (arg, def) in star.Kwonly)
            {
                kwonly.Add(arg);
                kwDefaults.Add(def);
            }
        }

        return new Arguments
        {
            Posonlyargs = posonly,
            Args = args,
            Vararg = star?.Vararg,
            Kwonlyargs = kwonly,
            KwDefaults = kwDefaults,
            Kwarg = star?.Kwarg,
            Defaults = defaults,
        };
    }

    private int Closer(bool lambda) => lambda ? Tok.Colon : Tok.RPar;

    // slash_no_default: param_no_default+ '/' (',' | &')')
    private List<Arg>? SlashNoDefault(bool lambda)
    {
        var start = _mark;
        var a = ParamNoDefaultStar(lambda);
        if (a.Count > 0 && Eat(Tok.Slash) && (Eat(Tok.Comma) || At(Closer(lambda))))
        {
            return a;
        }

        _mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
    private SlashWithDefaultResult? SlashWithDefault(bool lambda)
    {
        var start = _mark;
        var a = ParamNoDefaultStar(lambda);
        var b = ParamWithDefaultStar(lambda);
        if (b.Count > 0 && Eat(Tok.Slash) && (Eat(Tok.Comma) || At(Closer(lambda))))
        {
            return new SlashWithDefaultResult(a, b);
        }

        _mark = start;
        return null;
    }

    private StarEtcResult? StarEtcOpt(bool lambda)
    {
        var mark = _mark;
        var s = StarEtc(lambda);
        if (s is null)
        {
            _mark = mark;
        }

        return s;
    }

    // star_etc:
    //   | invalid_star_etc
    //   | '*' param_no_default param_maybe_default* [kwds]
    //   | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (functions only)
    //   | '*' ',' param_maybe_default+ [kwds]
    //   | kwds
    private StarEtcResult? StarEtc(bool lambda)
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidStarEtc(lambda);
            _mark = start;
        }

        if (Eat(Tok.Star))
        {
            var afterStar = _mark;
            if (ParamNoDefault(lambda) is { } vararg)
            {
                var kwonly = ParamMaybeDefaultStar(lambda);
                var kwarg = KwdsOpt(lambda);
                return new StarEtcResult(vararg, kwonly, kwarg);
            }

            _mark = afterStar;
            if (!lambda && ParamNoDefault(lambda, starAnnotation: true) is { } vararg2)
            {
                var kwonly = ParamMaybeDefaultStar(lambda);
                var kwarg = KwdsOpt(lambda);
                return new StarEtcResult(vararg2, kwonly, kwarg);
            }

            _mark = afterStar;
            if (Eat(Tok.Comma) && ParamMaybeDefaultStar(lambda) is { Count: > 0 } kwonly2)
            {
                var kwarg = KwdsOpt(lambda);
                return new StarEtcResult(null, kwonly2, kwarg);
            }
        }

        _mark = start;
        if (Kwds(lambda) is { } onlyKwarg)
        {
            return new StarEtcResult(null, [], onlyKwarg);
        }

        _mark = start;
        return null;
    }

    private Arg? KwdsOpt(bool lambda)
    {
        var mark = _mark;
        var k = Kwds(lambda);
        if (k is null)
        {
            _mark = mark;
        }

        return k;
    }

    // kwds: invalid_kwds | '**' param_no_default
    private Arg? Kwds(bool lambda)
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwds(lambda);
            _mark = start;
        }

        if (Eat(Tok.DoubleStar) && ParamNoDefault(lambda) is { } a)
        {
            return a;
        }

        _mark = start;
        return null;
    }

    private List<Arg> ParamNoDefaultStar(bool lambda)
    {
        var list = new List<Arg>();
        while (ParamNoDefault(lambda) is { } a)
        {
            list.Add(a);
        }

        return list;
    }

    private List<(Arg Arg, ExprNode? Default)> ParamWithDefaultStar(bool lambda)
    {
        var list = new List<(Arg, ExprNode?)>();
        while (ParamWithDefault(lambda) is { } a)
        {
            list.Add(a);
        }

        return list;
    }

    private List<(Arg Arg, ExprNode? Default)> ParamMaybeDefaultStar(bool lambda)
    {
        var list = new List<(Arg, ExprNode?)>();
        while (ParamMaybeDefault(lambda) is { } a)
        {
            list.Add(a);
        }

        return list;
    }

    /// <summary>After a parameter: ',' [TYPE_COMMENT] or [TYPE_COMMENT] &amp;closer.</summary>
    private bool ParamEnd(bool lambda, Arg a)
    {
        if (Eat(Tok.Comma))
        {
            if (!lambda && Expect(Tok.TypeComment) is var tc and >= 0)
            {
                a.TypeComment = _tokens[tc].Text;
            }

            return true;
        }

        var mark = _mark;
        var typeComment = lambda ? -1 : Expect(Tok.TypeComment);
        if (At(Closer(lambda)))
        {
            if (typeComment >= 0)
            {
                a.TypeComment = _tokens[typeComment].Text;
            }

            return true;
        }

        _mark = mark;
        return false;
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    private Arg? ParamNoDefault(bool lambda, bool starAnnotation = false)
    {
        var start = _mark;
        if (ParamRule(lambda, starAnnotation) is { } a && ParamEnd(lambda, a))
        {
            return a;
        }

        _mark = start;
        return null;
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    private (Arg Arg, ExprNode? Default)? ParamWithDefault(bool lambda)
    {
        var start = _mark;
        if (ParamRule(lambda, false) is { } a && Default() is { } d && ParamEnd(lambda, a))
        {
            return (a, d);
        }

        _mark = start;
        return null;
    }

    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    private (Arg Arg, ExprNode? Default)? ParamMaybeDefault(bool lambda)
    {
        var start = _mark;
        if (ParamRule(lambda, false) is { } a)
        {
            var mark = _mark;
            var d = Default();
            if (d is null)
            {
                _mark = mark;
            }

            if (ParamEnd(lambda, a))
            {
                return (a, d);
            }
        }

        _mark = start;
        return null;
    }

    // param: NAME annotation? ; param_star_annotation: NAME star_annotation ; lambda_param: NAME
    private Arg? ParamRule(bool lambda, bool starAnnotation)
    {
        var start = _mark;
        if (NameToken() is not { } name)
        {
            return null;
        }

        ExprNode? annotation = null;
        if (!lambda)
        {
            var mark = _mark;
            if (Eat(Tok.Colon))
            {
                annotation = starAnnotation ? StarExpression() : ExpressionRule();
            }

            if (annotation is null)
            {
                _mark = mark;
                if (starAnnotation)
                {
                    _mark = start;
                    return null;
                }
            }
        }

        return Loc(new Arg { ArgName = name.Id, Annotation = annotation }, start);
    }

    // default: '=' expression | invalid_default
    private ExprNode? Default()
    {
        var start = _mark;
        if (Eat(Tok.Equal) && ExpressionRule() is { } e)
        {
            return e;
        }

        _mark = start;
        if (_callInvalidRules && At(Tok.Equal) && PeekAt(1) is Tok.RPar or Tok.Comma)
        {
            throw RaiseToken(_mark, "expected default value expression");
        }

        return null;
    }

    private void InvalidParameters(bool lambda)
    {
        var start = _mark;

        // a="/" ','
        if (At(Tok.Slash) && PeekAt(1) == Tok.Comma)
        {
            throw RaiseToken(_mark, "at least one argument must precede /");
        }

        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (SlashNoDefault(lambda) is not null || ResetTo(start) && SlashWithDefault(lambda) is not null)
        {
            ParamMaybeDefaultStar(lambda);
            if (At(Tok.Slash))
            {
                throw RaiseToken(_mark, "/ may appear only once");
            }
        }

        // slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
        _mark = start;
        if (SlashNoDefault(lambda) is null)
        {
            _mark = start;
        }

        ParamNoDefaultStar(lambda);
        var helperMark = _mark;
        if (SlashWithDefault(lambda) is null)
        {
            _mark = helperMark;
            if (ParamWithDefaultStar(lambda).Count == 0)
            {
                _mark = helperMark;
                goto Parenthesized;
            }
        }

        if (ParamNoDefault(lambda) is { } bad)
        {
            throw RaiseNode(bad, "parameter without a default follows parameter with a default");
        }

    Parenthesized:
        // param_no_default* a='(' param_no_default+ ','? b=')'   (lambda: ','.lambda_param+)
        _mark = start;
        ParamNoDefaultStar(lambda);
        if (Expect(Tok.LPar) is var lpar and >= 0)
        {
            var any = false;
            if (lambda)
            {
                while (true)
                {
                    var mark = _mark;
                    if (any && !Eat(Tok.Comma))
                    {
                        break;
                    }

                    if (NameToken() is null)
                    {
                        _mark = mark;
                        break;
                    }

                    any = true;
                }
            }
            else
            {
                any = ParamNoDefaultStar(lambda).Count > 0;
            }

            if (any)
            {
                Eat(Tok.Comma);
                if (Expect(Tok.RPar) is var rpar and >= 0)
                {
                    throw RaiseRangeTokens(lpar, rpar, lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
                }
            }
        }

        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
        _mark = start;
        if (SlashNoDefault(lambda) is null)
        {
            _mark = start;
            if (SlashWithDefault(lambda) is null)
            {
                _mark = start;
            }
        }

        ParamMaybeDefaultStar(lambda);
        if (Eat(Tok.Star) && (Eat(Tok.Comma) || ParamNoDefault(lambda) is not null))
        {
            ParamMaybeDefaultStar(lambda);
            if (At(Tok.Slash))
            {
                throw RaiseToken(_mark, "/ must be ahead of *");
            }
        }

        // param_maybe_default+ '/' a='*'
        _mark = start;
        if (ParamMaybeDefaultStar(lambda).Count > 0 && Eat(Tok.Slash) && At(Tok.Star))
        {
            throw RaiseToken(_mark, "expected comma between / and *");
        }

        _mark = start;
    }

    private bool ResetTo(int mark)
    {
        _mark = mark;
        return true;
    }

    private void InvalidStarEtc(bool lambda)
    {
        var start = _mark;
        if (!At(Tok.Star))
        {
            return;
        }

        var star = _mark;
        var closer = Closer(lambda);

        // a='*' (')' | ',' (')' | '**'))      lambda: '*' (':' | ',' (':' | '**'))
        _mark++;
        if (At(closer) || (At(Tok.Comma) && PeekAt(1) is var n && (n == closer || n == Tok.DoubleStar)))
        {
            if (lambda)
            {
                _mark += At(closer) ? 1 : 2;
                throw RaiseSyntaxError("named arguments must follow bare *");
            }

            throw RaiseToken(star, "named arguments must follow bare *");
        }

        // '*' ',' TYPE_COMMENT
        if (!lambda && At(Tok.Comma) && PeekAt(1) == Tok.TypeComment)
        {
            _mark += 2;
            throw RaiseSyntaxError("bare * has associated type comment");
        }

        // '*' param a='='
        _mark = star + 1;
        if (ParamRule(lambda, false) is not null && At(Tok.Equal))
        {
            throw RaiseToken(_mark, "var-positional argument cannot have default value");
        }

        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        _mark = star + 1;
        if (ParamNoDefault(lambda) is not null || ResetTo(star + 1) && Eat(Tok.Comma))
        {
            ParamMaybeDefaultStar(lambda);
            if (Expect(Tok.Star) is var second and >= 0 && (ParamNoDefault(lambda) is not null || Eat(Tok.Comma)))
            {
                throw RaiseToken(second, "* argument may appear only once");
            }
        }

        _mark = start;
    }

    private void InvalidKwds(bool lambda)
    {
        var start = _mark;
        if (!Eat(Tok.DoubleStar) || ParamRule(lambda, false) is null)
        {
            _mark = start;
            return;
        }

        // '**' param a='='
        if (At(Tok.Equal))
        {
            throw RaiseToken(_mark, "var-keyword argument cannot have default value");
        }

        // '**' param ',' a=param | '**' param ',' a=('*'|'**'|'/')
        if (Eat(Tok.Comma))
        {
            var mark = _mark;
            if (ParamRule(lambda, false) is { } a)
            {
                throw RaiseNode(a, "arguments cannot follow var-keyword argument");
            }

            _mark = mark;
            if (Peek() is Tok.Star or Tok.DoubleStar or Tok.Slash)
            {
                throw RaiseToken(_mark, "arguments cannot follow var-keyword argument");
            }
        }

        _mark = start;
    }
}
