using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.Symtable;

internal sealed partial class SymbolTableBuilder
{
    private void VisitExpr(ExprNode e)
    {
        Enter();
        switch (e)
        {
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", e);
                HandleNamedExpr(n);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                VisitOptionalExprs(l.Args.KwDefaults);
                EnterBlock("lambda", BlockType.Function, l, 0, Loc(l));
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                VisitOptionalExprs(d.Keys);
                VisitExprs(d.Values);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case GeneratorExp g:
                HandleComprehension(g, "genexpr", ComprehensionKind.Generator, g.Generators, g.Elt, null);
                break;
            case ListComp l:
                HandleComprehension(l, "listcomp", ComprehensionKind.List, l.Generators, l.Elt, null);
                break;
            case SetComp s:
                HandleComprehension(s, "setcomp", ComprehensionKind.Set, s.Generators, s.Elt, null);
                break;
            case DictComp d:
                HandleComprehension(d, "dictcomp", ComprehensionKind.Dict, d.Generators, d.Key, d.Value);
                break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", e);
                if (y.Value is not null)
                {
                    VisitExpr(y.Value);
                }

                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(e);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", e);
                VisitExpr(y.Value);
                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(e);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", e);
                if (!AllowsTopLevelAwait)
                {
                    if (!_cur.IsFunctionLike)
                    {
                        throw Error("'await' outside function", Loc(e));
                    }

                    if (!IsAsyncDef && _cur.Comprehension == ComprehensionKind.None)
                    {
                        throw Error("'await' outside async function", Loc(e));
                    }
                }

                VisitExpr(a.Value);
                _cur.IsCoroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                CheckKeywords(c.Keywords);
                foreach (var k in c.Keywords)
                {
                    VisitExpr(k.Value);
                }

                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null)
                {
                    VisitExpr(f.FormatSpec);
                }

                break;
            case Interpolation i:
                VisitExpr(i.Value);
                if (i.FormatSpec is not null)
                {
                    VisitExpr(i.FormatSpec);
                }

                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case TemplateStr t:
                VisitExprs(t.Values);
                break;
            case Constant:
                break;
            case Attribute a:
                CheckName(a.Attr, Loc(a), a.Ctx);
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case Slice s:
                if (s.Lower is not null)
                {
                    VisitExpr(s.Lower);
                }

                if (s.Upper is not null)
                {
                    VisitExpr(s.Upper);
                }

                if (s.Step is not null)
                {
                    VisitExpr(s.Step);
                }

                break;
            case Name n:
                if (!_cur.InUnevaluatedAnnotation)
                {
                    AddDefCtx(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, Loc(n), n.Ctx);

                    // super() needs the __class__ cell.
                    if (n.Ctx == ExprContext.Load && _cur.IsFunctionLike && n.Id == "super")
                    {
                        AddDef("__class__", SymbolFlags.Use, Loc(n));
                    }
                }

                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
            default:
                throw new InvalidOperationException("unexpected expression " + e.GetType().Name);
        }

        Leave();
    }

    private void HandleNamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
        {
            throw Error("assignment expression cannot be used in a comprehension iterable expression", Loc(e));
        }

        if (_cur.Comprehension != ComprehensionKind.None)
        {
            ExtendNamedExprScope((Name)e.Target);
        }

        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.</summary>
    private void ExtendNamedExprScope(Name target)
    {
        var name = target.Id;
        var loc = Loc(target);
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var entry = _stack[i];
            if (entry.Comprehension != ComprehensionKind.None)
            {
                var flags = Lookup(entry, name);
                if ((flags & SymbolFlags.DefCompIter) != 0 && (flags & SymbolFlags.DefLocal) != 0)
                {
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", loc);
                }

                continue;
            }

            switch (entry.Type)
            {
                case BlockType.Function:
                    AddDef(name, (Lookup(entry, name) & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, loc);
                    RecordDirective(name, loc);
                    AddDefHelper(name, SymbolFlags.DefLocal, entry, loc);
                    return;
                case BlockType.Module:
                    AddDef(name, SymbolFlags.DefGlobal, loc);
                    RecordDirective(name, loc);
                    AddDefHelper(name, SymbolFlags.DefGlobal, entry, loc);
                    return;
                case BlockType.Class:
                    throw Error("assignment expression within a comprehension cannot be used in a class body", loc);
                case BlockType.TypeParameters:
                    throw Error("assignment expression within a comprehension cannot be used within the definition of a generic", loc);
                case BlockType.TypeAlias:
                    throw Error("assignment expression within a comprehension cannot be used in a type alias", loc);
                case BlockType.TypeVariable:
                    throw Error("assignment expression within a comprehension cannot be used in a TypeVar bound", loc);
            }
        }

        throw new InvalidOperationException("named expression without an enclosing scope");
    }

    private void RaiseIfAnnotationBlock(string what, ExprNode e)
    {
        string? msg = _cur.Type switch
        {
            BlockType.Annotation => $"{what} cannot be used within an annotation",
            BlockType.TypeVariable => $"{what} cannot be used within {_cur.ScopeInfo}",
            BlockType.TypeAlias => $"{what} cannot be used within a type alias",
            BlockType.TypeParameters => $"{what} cannot be used within the definition of a generic",
            _ => null,
        };
        if (msg is not null)
        {
            throw Error(msg, Loc(e));
        }
    }

    private void RaiseIfComprehensionBlock(ExprNode e)
    {
        var msg = _cur.Comprehension switch
        {
            ComprehensionKind.None => null,
            ComprehensionKind.List => "'yield' inside list comprehension",
            ComprehensionKind.Set => "'yield' inside set comprehension",
            ComprehensionKind.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        if (msg is not null)
        {
            throw Error(msg, Loc(e));
        }
    }

    private void HandleComprehension(
        ExprNode e, string scopeName, ComprehensionKind kind, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        bool isGenerator = kind == ComprehensionKind.Generator;
        var outermost = generators[0];

        // The outermost iterable is evaluated in the enclosing scope.
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;

        EnterBlock(scopeName, BlockType.Function, e, 0, Loc(e));
        _cur.Comprehension = kind;
        if (outermost.IsAsync != 0)
        {
            _cur.IsCoroutine = true;
        }

        // The outermost iterator arrives as the implicit argument ".0".
        AddDef(".0", SymbolFlags.DefParam, _cur.Location);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            VisitComprehension(generators[i]);
        }

        if (value is not null)
        {
            VisitExpr(value);
        }

        VisitExpr(elt);
        _cur.IsGenerator = isGenerator;
        bool isAsync = _cur.IsCoroutine && !isGenerator;
        ExitBlock();
        if (isAsync && !IsAsyncDef && _cur.Comprehension == ComprehensionKind.None && !AllowsTopLevelAwait)
        {
            throw Error("asynchronous comprehension outside of an asynchronous function", Loc(e));
        }

        if (isAsync)
        {
            _cur.IsCoroutine = true;
        }
    }

    private void VisitComprehension(Comprehension c)
    {
        _cur.CompIterTarget = true;
        VisitExpr(c.Target);
        _cur.CompIterTarget = false;
        _cur.CompIterExpr++;
        VisitExpr(c.Iter);
        _cur.CompIterExpr--;
        VisitExprs(c.Ifs);
        if (c.IsAsync != 0)
        {
            _cur.IsCoroutine = true;
        }
    }

    private void VisitArguments(Arguments a)
    {
        foreach (var arg in a.Posonlyargs)
        {
            AddDef(arg.ArgName, SymbolFlags.DefParam, Loc(arg));
        }

        foreach (var arg in a.Args)
        {
            AddDef(arg.ArgName, SymbolFlags.DefParam, Loc(arg));
        }

        foreach (var arg in a.Kwonlyargs)
        {
            AddDef(arg.ArgName, SymbolFlags.DefParam, Loc(arg));
        }

        if (a.Vararg is not null)
        {
            AddDef(a.Vararg.ArgName, SymbolFlags.DefParam, Loc(a.Vararg));
            _cur.HasVarArgs = true;
        }

        if (a.Kwarg is not null)
        {
            AddDef(a.Kwarg.ArgName, SymbolFlags.DefParam, Loc(a.Kwarg));
            _cur.HasVarKeywords = true;
        }
    }

    /// <summary>The annotation scope of a function: always created, keyed by its arguments node.</summary>
    private void VisitAnnotations(StmtNode s, Arguments a, ExprNode? returns)
    {
        bool isInClass = _cur.CanSeeClassScope;
        var currentType = _cur.Type;
        EnterBlock("__annotate__", BlockType.Annotation, a, 0, Loc(s));
        if (isInClass || currentType == BlockType.Class)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, Loc(s));
        }

        VisitArgAnnotations(a.Posonlyargs);
        VisitArgAnnotations(a.Args);
        if (a.Vararg?.Annotation is { } va)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(va);
        }

        if (a.Kwarg?.Annotation is { } ka)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(ka);
        }

        VisitArgAnnotations(a.Kwonlyargs);
        if (returns is not null)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(returns);
        }

        ExitBlock();
    }

    private void VisitArgAnnotations(List<Arg> args)
    {
        foreach (var arg in args)
        {
            if (arg.Annotation is not null)
            {
                _cur.AnnotationsUsed = true;
                VisitExpr(arg.Annotation);
            }
        }
    }

    /// <summary>An annotated assignment's annotation goes to the block's shared <c>__annotate__</c> scope.</summary>
    private void VisitAnnotation(ExprNode annotation, object key, int variant)
    {
        // Annotations of local variables are never evaluated.
        bool isUnevaluated = _cur.Type == BlockType.Function;
        // Module annotations always count as conditional; class ones only inside if/for/while/try/with/match.
        if ((_cur.Type == BlockType.Module || (_cur.Type == BlockType.Class && _cur.InConditionalBlock)) && !_cur.HasConditionalAnnotations)
        {
            _cur.HasConditionalAnnotations = true;
            AddDef("__conditional_annotations__", SymbolFlags.Use, Loc(annotation));
        }

        var parent = _cur;
        if (parent.AnnotationBlock is null)
        {
            var currentType = parent.Type;
            EnterBlock("__annotate__", BlockType.Annotation, key, variant, Loc(annotation));
            parent.AnnotationBlock = _cur;
            if (currentType == BlockType.Class && !Future.Annotations)
            {
                _cur.CanSeeClassScope = true;
                AddDef("__classdict__", SymbolFlags.Use, Loc(annotation));
            }
        }
        else
        {
            EnterExistingBlock(parent.AnnotationBlock);
        }

        if (isUnevaluated)
        {
            _cur.InUnevaluatedAnnotation = true;
        }

        VisitExpr(annotation);
        if (isUnevaluated)
        {
            _cur.InUnevaluatedAnnotation = false;
        }

        ExitBlock();
    }

    private void VisitTypeParam(TypeParamNode tp)
    {
        Enter();
        switch (tp)
        {
            case TypeVar tv:
                AddDef(tv.Name, SymbolFlags.DefTypeParam | SymbolFlags.DefLocal, Loc(tp));
                string? info = tv.Bound is null ? null : tv.Bound is Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                VisitTypeParamBoundOrDefault(tv.Bound, tv.Name, tp, 0, info);
                VisitTypeParamBoundOrDefault(tv.DefaultValue, tv.Name, tp, 1, "a TypeVar default");
                break;
            case TypeVarTuple tvt:
                AddDef(tvt.Name, SymbolFlags.DefTypeParam | SymbolFlags.DefLocal, Loc(tp));
                VisitTypeParamBoundOrDefault(tvt.DefaultValue, tvt.Name, tp, 0, "a TypeVarTuple default");
                break;
            case ParamSpec ps:
                AddDef(ps.Name, SymbolFlags.DefTypeParam | SymbolFlags.DefLocal, Loc(tp));
                VisitTypeParamBoundOrDefault(ps.DefaultValue, ps.Name, tp, 0, "a ParamSpec default");
                break;
        }

        Leave();
    }

    private void VisitTypeParamBoundOrDefault(ExprNode? e, string name, TypeParamNode tp, int variant, string? info)
    {
        if (name == "__classdict__")
        {
            throw Error("reserved name '__classdict__' cannot be used for type parameter", Loc(tp));
        }

        if (e is null)
        {
            return;
        }

        bool isInClass = _cur.CanSeeClassScope;
        EnterBlock(name, BlockType.TypeVariable, tp, variant, Loc(e));
        _cur.CanSeeClassScope = isInClass;
        if (isInClass)
        {
            AddDef("__classdict__", SymbolFlags.Use, Loc(e));
        }

        _cur.ScopeInfo = info;
        VisitExpr(e);
        ExitBlock();
    }

    private void VisitPattern(PatternNode p)
    {
        Enter();
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence s:
                foreach (var q in s.Patterns)
                {
                    VisitPattern(q);
                }

                break;
            case MatchStar s:
                if (s.Name is not null)
                {
                    AddDef(s.Name, SymbolFlags.DefLocal, Loc(p));
                }

                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var q in m.Patterns)
                {
                    VisitPattern(q);
                }

                if (m.Rest is not null)
                {
                    AddDef(m.Rest, SymbolFlags.DefLocal, Loc(p));
                }

                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var q in c.Patterns)
                {
                    VisitPattern(q);
                }

                for (int i = 0; i < c.KwdAttrs.Count; i++)
                {
                    CheckName(c.KwdAttrs[i], Loc(c.KwdPatterns[i]), ExprContext.Store);
                }

                foreach (var q in c.KwdPatterns)
                {
                    VisitPattern(q);
                }

                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    VisitPattern(a.Pattern);
                }

                if (a.Name is not null)
                {
                    AddDef(a.Name, SymbolFlags.DefLocal, Loc(p));
                }

                break;
            case MatchOr o:
                foreach (var q in o.Patterns)
                {
                    VisitPattern(q);
                }

                break;
        }

        Leave();
    }
}
