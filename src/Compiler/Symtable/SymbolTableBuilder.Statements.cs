using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Symtable;

internal sealed partial class SymbolTableBuilder
{
    private void VisitStatements(List<StmtNode> body)
    {
        foreach (var s in body)
        {
            VisitStmt(s);
        }
    }

    private void VisitExprs(List<ExprNode> exprs)
    {
        foreach (var e in exprs)
        {
            VisitExpr(e);
        }
    }

    private void VisitOptionalExprs(List<ExprNode?> exprs)
    {
        foreach (var e in exprs)
        {
            if (e is not null)
            {
                VisitExpr(e);
            }
        }
    }

    private void VisitConditional(Action body)
    {
        bool saved = _cur.InConditionalBlock;
        _cur.InConditionalBlock = true;
        body();
        _cur.InConditionalBlock = saved;
    }

    private void VisitStmt(StmtNode s)
    {
        Enter();
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: true);
                break;
            case ClassDef c:
                VisitClass(c);
                break;
            case TypeAlias t:
                VisitTypeAlias(t);
                break;
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }

                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                VisitAnnAssign(a);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitConditional(() =>
                {
                    VisitStatements(f.Body);
                    VisitStatements(f.Orelse);
                });
                break;
            case While w:
                VisitExpr(w.Test);
                VisitConditional(() =>
                {
                    VisitStatements(w.Body);
                    VisitStatements(w.Orelse);
                });
                break;
            case If i:
                VisitExpr(i.Test);
                VisitConditional(() =>
                {
                    VisitStatements(i.Body);
                    VisitStatements(i.Orelse);
                });
                break;
            case Match m:
                VisitExpr(m.Subject);
                VisitConditional(() =>
                {
                    foreach (var c in m.Cases)
                    {
                        VisitPattern(c.Pattern);
                        if (c.Guard is not null)
                        {
                            VisitExpr(c.Guard);
                        }

                        VisitStatements(c.Body);
                    }
                });
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null)
                    {
                        VisitExpr(r.Cause);
                    }
                }

                break;
            case Try t:
                VisitConditional(() => VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody));
                break;
            case TryStar t:
                VisitConditional(() => VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody));
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null)
                {
                    VisitExpr(a.Msg);
                }

                break;
            case Import i:
                foreach (var alias in i.Names)
                {
                    VisitAlias(alias);
                }

                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    VisitAlias(alias);
                }

                CheckImportFrom(i);
                break;
            case Global g:
                VisitDirective(g, g.Names, isGlobal: true);
                break;
            case Nonlocal n:
                VisitDirective(n, n.Names, isGlobal: false);
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
            case With w:
                VisitConditional(() =>
                {
                    VisitWithItems(w.Items);
                    VisitStatements(w.Body);
                });
                break;
            case AsyncWith w:
                MaybeSetCoroutineForModule();
                RaiseIfNotCoroutine("'async with' outside async function", Loc(w));
                VisitConditional(() =>
                {
                    VisitWithItems(w.Items);
                    VisitStatements(w.Body);
                });
                break;
            case AsyncFor f:
                MaybeSetCoroutineForModule();
                RaiseIfNotCoroutine("'async for' outside async function", Loc(f));
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitConditional(() =>
                {
                    VisitStatements(f.Body);
                    VisitStatements(f.Orelse);
                });
                break;
            default:
                throw new InvalidOperationException("unexpected statement " + s.GetType().Name);
        }

        Leave();
    }

    private void MaybeSetCoroutineForModule()
    {
        if (AllowsTopLevelAwait)
        {
            _cur.IsCoroutine = true;
        }
    }

    private void RaiseIfNotCoroutine(string msg, SourceLocation loc)
    {
        if (!_cur.IsCoroutine)
        {
            throw Error(msg, loc);
        }
    }

    private void VisitWithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            if (item.OptionalVars is not null)
            {
                VisitExpr(item.OptionalVars);
            }
        }
    }

    private void VisitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody)
    {
        VisitStatements(body);
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            if (eh.Type is not null)
            {
                VisitExpr(eh.Type);
            }

            if (eh.Name is not null)
            {
                AddDef(eh.Name, SymbolFlags.DefLocal, Loc(eh));
            }

            VisitStatements(eh.Body);
        }

        VisitStatements(orelse);
        VisitStatements(finalbody);
    }

    private void VisitFunction(
        StmtNode s, string name, Arguments args, List<StmtNode> body, List<ExprNode> decorators,
        ExprNode? returns, List<TypeParamNode> typeParams, bool isAsync)
    {
        var loc = Loc(s);
        AddDef(name, SymbolFlags.DefLocal, loc);
        VisitExprs(args.Defaults);
        VisitOptionalExprs(args.KwDefaults);
        VisitExprs(decorators);
        if (typeParams.Count > 0)
        {
            bool hasKwDefaults = false;
            for (int i = 0; i < args.Kwonlyargs.Count; i++)
            {
                hasKwDefaults |= i < args.KwDefaults.Count && args.KwDefaults[i] is not null;
            }

            // CPython tests the defaults sequence pointer, which the parser always sets.
            EnterTypeParamBlock(name, typeParams, hasDefaults: true, hasKwDefaults, isClass: false, loc);
            foreach (var tp in typeParams)
            {
                VisitTypeParam(tp);
            }
        }

        var entry = NewEntry(name, BlockType.Function, s, 0, loc);
        if (Docstrings.Get(body) is not null)
        {
            entry.HasDocstring = true;
        }

        VisitAnnotations(s, args, returns);
        EnterExistingBlock(entry);
        if (isAsync)
        {
            _cur.IsCoroutine = true;
        }

        VisitArguments(args);
        VisitStatements(body);
        ExitBlock();
        if (typeParams.Count > 0)
        {
            ExitBlock();
        }
    }

    private void VisitClass(ClassDef c)
    {
        var loc = Loc(c);
        AddDef(c.Name, SymbolFlags.DefLocal, loc);
        VisitExprs(c.DecoratorList);
        var savedPrivate = _private;
        if (c.TypeParams.Count > 0)
        {
            EnterTypeParamBlock(c.Name, c.TypeParams, hasDefaults: false, hasKwDefaults: false, isClass: true, loc);
            _private = c.Name;
            _cur.MangledNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tp in c.TypeParams)
            {
                VisitTypeParam(tp);
            }
        }

        VisitExprs(c.Bases);
        CheckKeywords(c.Keywords);
        foreach (var k in c.Keywords)
        {
            VisitExpr(k.Value);
        }

        EnterBlock(c.Name, BlockType.Class, c, 0, loc);
        _private = c.Name;
        if (c.TypeParams.Count > 0)
        {
            AddDef("__type_params__", SymbolFlags.DefLocal, loc);
            AddDef(".type_params", SymbolFlags.Use, loc);
        }

        if (Docstrings.Get(c.Body) is not null)
        {
            _cur.HasDocstring = true;
        }

        VisitStatements(c.Body);
        ExitBlock();
        if (c.TypeParams.Count > 0)
        {
            ExitBlock();
        }

        _private = savedPrivate;
    }

    private void VisitTypeAlias(TypeAlias t)
    {
        VisitExpr(t.Name);
        var name = ((Name)t.Name).Id;
        bool isInClass = _cur.Type == BlockType.Class;
        bool isGeneric = t.TypeParams.Count > 0;
        var loc = Loc(t);
        if (isGeneric)
        {
            EnterTypeParamBlock(name, t.TypeParams, hasDefaults: false, hasKwDefaults: false, isClass: false, loc);
            foreach (var tp in t.TypeParams)
            {
                VisitTypeParam(tp);
            }
        }

        EnterBlock(name, BlockType.TypeAlias, t, 0, loc);
        _cur.CanSeeClassScope = isInClass;
        if (isInClass)
        {
            AddDef("__classdict__", SymbolFlags.Use, Loc(t.Value));
        }

        VisitExpr(t.Value);
        ExitBlock();
        if (isGeneric)
        {
            ExitBlock();
        }
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        _cur.AnnotationsUsed = true;
        if (a.Target is Name target)
        {
            var cur = Lookup(_cur, target.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _top && a.Simple != 0)
            {
                var msg = (cur & SymbolFlags.DefGlobal) != 0
                    ? $"annotated name '{target.Id}' can't be global"
                    : $"annotated name '{target.Id}' can't be nonlocal";
                throw Error(msg, Loc(a));
            }

            if (a.Simple != 0)
            {
                AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, Loc(target));
            }
            else if (a.Value is not null)
            {
                AddDef(target.Id, SymbolFlags.DefLocal, Loc(target));
            }
        }
        else
        {
            VisitExpr(a.Target);
        }

        VisitAnnotation(a.Annotation, _cur.Key.Node, _cur.Key.Variant + 1);
        if (a.Value is not null)
        {
            VisitExpr(a.Value);
        }
    }

    private void VisitDirective(StmtNode s, List<string> names, bool isGlobal)
    {
        var loc = Loc(s);
        foreach (var name in names)
        {
            var cur = Lookup(_cur, name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string kind = isGlobal ? "global" : "nonlocal";
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0)
                {
                    msg = $"name '{name}' is parameter and {kind}";
                }
                else if ((cur & SymbolFlags.Use) != 0)
                {
                    msg = $"name '{name}' is used prior to {kind} declaration";
                }
                else if ((cur & SymbolFlags.DefAnnot) != 0)
                {
                    msg = $"annotated name '{name}' can't be {kind}";
                }
                else
                {
                    msg = $"name '{name}' is assigned to before {kind} declaration";
                }

                throw Error(msg, loc);
            }

            AddDef(name, isGlobal ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, loc);
            RecordDirective(name, loc);
        }
    }

    private void VisitAlias(Alias a)
    {
        var name = a.Asname ?? a.Name;
        if (name == "*")
        {
            if (_cur.Type != BlockType.Module)
            {
                throw Error("import * only allowed at module level", Loc(a));
            }

            return;
        }

        int dot = name.IndexOf('.', StringComparison.Ordinal);
        AddDef(dot >= 0 ? name[..dot] : name, SymbolFlags.DefImport, Loc(a));
    }

    private void CheckImportFrom(ImportFrom s)
    {
        var fut = Future.Location;
        if (s.Module == "__future__" && (s.Level ?? 0) == 0
            && (s.Lineno > fut.Lineno || (s.Lineno == fut.EndLineno && s.ColOffset > fut.EndColOffset)))
        {
            throw Error("from __future__ imports must occur at the beginning of the file", Loc(s));
        }
    }

    private void CheckKeywords(List<Keyword> keywords)
    {
        foreach (var k in keywords)
        {
            if (k.Arg is not null)
            {
                CheckName(k.Arg, Loc(k), ExprContext.Store);
            }
        }
    }
}
