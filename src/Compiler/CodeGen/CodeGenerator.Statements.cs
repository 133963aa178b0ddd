using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Symtable;
using Attribute = ProtoPython.Compiler.Ast.Attribute;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void ModuleBody(SourceLocation loc, List<StmtNode> stmts, bool isInteractive)
    {
        if (Ste.HasConditionalAnnotations)
        {
            AddopI(loc, Opcode.BuildSet, 0);
            AddopNameRaw(loc, Opcode.StoreName, "__conditional_annotations__");
        }

        Body(loc, stmts, isInteractive);
    }

    /// <summary>A module or class body: docstring, statements, deferred annotations (PEP 649).</summary>
    private void Body(SourceLocation loc, List<StmtNode> stmts, bool isInteractive)
    {
        if (FutureAnnotations && Ste.AnnotationsUsed)
        {
            Addop(loc, Opcode.SetupAnnotations);
        }

        if (stmts.Count == 0)
        {
            return;
        }

        int first = 0;
        if (!isInteractive && Ste.HasDocstring)
        {
            var doc = Docstrings.Get(stmts)!;
            first = 1;
            var st = (Expr)stmts[0];
            AddopLoadConst(Loc(st.Value), DocstringCleaner.Clean((StrConstant)doc.Value));
            NameOp(SourceLocation.None, "__doc__", ExprContext.Store);
        }

        for (int i = first; i < stmts.Count; i++)
        {
            VisitStmt(stmts[i]);
        }

        if (!FutureAnnotations)
        {
            ProcessDeferredAnnotations(loc);
        }
    }

    private void VisitStmts(List<StmtNode> stmts)
    {
        foreach (var s in stmts)
        {
            VisitStmt(s);
        }
    }

    private void ConditionalBlock(Action body)
    {
        _u.InConditionalBlock++;
        body();
        _u.InConditionalBlock--;
    }

    private void VisitStmt(StmtNode s)
    {
        EnterRecursive();
        switch (s)
        {
            case FunctionDef f:
                Function(f, isAsync: false);
                break;
            case AsyncFunctionDef f:
                Function(f, isAsync: true);
                break;
            case ClassDef c:
                Class(c);
                break;
            case TypeAlias t:
                TypeAliasStmt(t);
                break;
            case Return r:
                ReturnStmt(r);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                    {
                        AddopI(Loc(s), Opcode.Copy, 1);
                    }

                    VisitExpr(a.Targets[i]);
                }

                break;
            case AugAssign a:
                AugAssignStmt(a);
                break;
            case AnnAssign a:
                AnnAssignStmt(a);
                break;
            case For f:
                ConditionalBlock(() => ForStmt(f));
                break;
            case While w:
                ConditionalBlock(() => WhileStmt(w));
                break;
            case If i:
                ConditionalBlock(() => IfStmt(i));
                break;
            case Match m:
                ConditionalBlock(() => MatchStmt(m));
                break;
            case Raise r:
                {
                    int n = 0;
                    if (r.Exc is not null)
                    {
                        VisitExpr(r.Exc);
                        n++;
                        if (r.Cause is not null)
                        {
                            VisitExpr(r.Cause);
                            n++;
                        }
                    }

                    AddopI(Loc(s), Opcode.RaiseVarargs, n);
                    break;
                }

            case Try t:
                ConditionalBlock(() =>
                {
                    if (t.Finalbody.Count > 0)
                    {
                        TryFinally(t, t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                    }
                    else
                    {
                        TryExcept(t, t.Body, t.Handlers, t.Orelse);
                    }
                });
                break;
            case TryStar t:
                ConditionalBlock(() =>
                {
                    if (t.Finalbody.Count > 0)
                    {
                        TryFinally(t, t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                    }
                    else
                    {
                        TryStarExcept(t, t.Body, t.Handlers, t.Orelse);
                    }
                });
                break;
            case Assert a:
                AssertStmt(a);
                break;
            case Import i:
                ImportStmt(i);
                break;
            case ImportFrom i:
                FromImport(i);
                break;
            case Global or Nonlocal:
                break;
            case Expr e:
                StmtExpr(Loc(s), e.Value);
                break;
            case Pass:
                Addop(Loc(s), Opcode.Nop);
                break;
            case Break:
                BreakStmt(Loc(s));
                break;
            case Continue:
                ContinueStmt(Loc(s));
                break;
            case With w:
                ConditionalBlock(() => WithStmt(w, 0));
                break;
            case AsyncWith w:
                ConditionalBlock(() => AsyncWithStmt(w, 0));
                break;
            case AsyncFor f:
                ConditionalBlock(() => AsyncForStmt(f));
                break;
        }

        LeaveRecursive();
    }

    private void StmtExpr(SourceLocation loc, ExprNode value)
    {
        if (_interactive && _stack.Count == 0)
        {
            VisitExpr(value);
            AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.Print);
            Addop(SourceLocation.None, Opcode.PopTop);
            return;
        }

        if (value is Constant)
        {
            Addop(loc, Opcode.Nop); // a constant statement: only its line
            return;
        }

        VisitExpr(value);
        Addop(SourceLocation.None, Opcode.PopTop);
    }

    private void AugAssignStmt(AugAssign s)
    {
        var e = s.Target;
        var loc = Loc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddopI(loc, Opcode.Copy, 1);
                loc = UpdateStartLocationToMatchAttr(loc, a);
                AddopName(loc, (int)Opcode.LoadAttr, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                if (ShouldApplyTwoElementSliceOptimization(sub.Slice))
                {
                    SliceTwoParts((Slice)sub.Slice);
                    AddopI(loc, Opcode.Copy, 3);
                    AddopI(loc, Opcode.Copy, 3);
                    AddopI(loc, Opcode.Copy, 3);
                    Addop(loc, Opcode.BinarySlice);
                }
                else
                {
                    VisitExpr(sub.Slice);
                    AddopI(loc, Opcode.Copy, 2);
                    AddopI(loc, Opcode.Copy, 2);
                    AddopI(loc, Opcode.BinaryOp, BinaryOps.Subscr);
                }

                break;
            case Name n:
                NameOp(loc, n.Id, ExprContext.Load);
                break;
            default:
                throw new InvalidOperationException("invalid node type for augmented assignment");
        }

        VisitExpr(s.Value);
        AddopI(Loc(s), Opcode.BinaryOp, BinaryOpArg(s.Op, inplace: true));
        loc = Loc(e);
        switch (e)
        {
            case Attribute a:
                loc = UpdateStartLocationToMatchAttr(loc, a);
                AddopI(loc, Opcode.Swap, 2);
                AddopName(loc, (int)Opcode.StoreAttr, a.Attr);
                break;
            case Subscript sub:
                if (ShouldApplyTwoElementSliceOptimization(sub.Slice))
                {
                    AddopI(loc, Opcode.Swap, 4);
                    AddopI(loc, Opcode.Swap, 3);
                    AddopI(loc, Opcode.Swap, 2);
                    Addop(loc, Opcode.StoreSlice);
                }
                else
                {
                    AddopI(loc, Opcode.Swap, 3);
                    AddopI(loc, Opcode.Swap, 2);
                    Addop(loc, Opcode.StoreSubscr);
                }

                break;
            case Name n:
                NameOp(loc, n.Id, ExprContext.Store);
                break;
        }
    }

    private void CheckAnnExpr(ExprNode e)
    {
        VisitExpr(e);
        Addop(Loc(e), Opcode.PopTop);
    }

    private void CheckAnnSubscr(ExprNode e)
    {
        switch (e)
        {
            case Slice s:
                if (s.Lower is not null)
                {
                    CheckAnnExpr(s.Lower);
                }

                if (s.Upper is not null)
                {
                    CheckAnnExpr(s.Upper);
                }

                if (s.Step is not null)
                {
                    CheckAnnExpr(s.Step);
                }

                break;
            case Ast.Tuple t:
                foreach (var elt in t.Elts)
                {
                    CheckAnnSubscr(elt);
                }

                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    private void AnnAssignStmt(AnnAssign s)
    {
        var loc = Loc(s);
        var targ = s.Target;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(targ);
        }

        switch (targ)
        {
            case Name n:
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    if (FutureAnnotations)
                    {
                        AddopLoadConst(Loc(s.Annotation), Str(AnnotationUnparser.Unparse(s.Annotation)));
                        AddopNameRaw(loc, Opcode.LoadName, "__annotations__");
                        AddopLoadConst(loc, Str(MaybeMangle(n.Id)));
                        Addop(loc, Opcode.StoreSubscr);
                    }
                    else
                    {
                        int? conditionalIndex = AddDeferredAnnotation(s);
                        if (conditionalIndex is { } index)
                        {
                            if (_u.ScopeType == ScopeType.Class)
                            {
                                AddopI(loc, Opcode.LoadDeref, Md.CellVars.Add("__conditional_annotations__"));
                            }
                            else
                            {
                                AddopNameRaw(loc, Opcode.LoadName, "__conditional_annotations__");
                            }

                            AddopLoadConst(loc, ConstantValue.FromInt(index));
                            AddopI(loc, Opcode.SetAdd, 1);
                            Addop(loc, Opcode.PopTop);
                        }
                    }
                }

                break;
            case Attribute a:
                if (s.Value is null)
                {
                    CheckAnnExpr(a.Value);
                }

                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }

                break;
            default:
                throw new InvalidOperationException("invalid node type for annotated assignment");
        }
    }

    private int? AddDeferredAnnotation(AnnAssign s)
    {
        _u.DeferredAnnotations ??= [];
        _u.ConditionalAnnotationIndices ??= [];
        _u.DeferredAnnotations.Add(s);
        if (_u.ScopeType == ScopeType.Module || _u.InConditionalBlock > 0)
        {
            int index = _u.NextConditionalAnnotationIndex++;
            _u.ConditionalAnnotationIndices.Add(index);
            return index;
        }

        _u.ConditionalAnnotationIndices.Add(-1);
        return null;
    }

    private void AssertStmt(Assert s)
    {
        if ((s.Test is Ast.Tuple { Elts.Count: > 0 }) || (s.Test is Constant { Value: TupleConstant { Items.Length: > 0 } }))
        {
            Warn(Loc(s), "assertion is always true, perhaps remove parentheses?");
        }

        if (_optimize > 0)
        {
            return;
        }

        var end = NewLabel();
        JumpIf(Loc(s), s.Test, end, cond: true);
        AddopI(Loc(s), Opcode.LoadCommonConstant, CommonConstants.AssertionError);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            AddopI(Loc(s), Opcode.Call, 0);
        }

        AddopI(Loc(s.Test), Opcode.RaiseVarargs, 1);
        UseLabel(end);
    }

    private void ImportAs(SourceLocation loc, string name, string asname)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            // import a.b.c as d: IMPORT_FROM each component after the first.
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                var attr = dot >= 0 ? name[pos..dot] : name[pos..];
                AddopNameRaw(loc, Opcode.ImportFrom, attr);
                if (dot < 0)
                {
                    break;
                }

                AddopI(loc, Opcode.Swap, 2);
                Addop(loc, Opcode.PopTop);
            }

            NameOp(loc, asname, ExprContext.Store);
            Addop(loc, Opcode.PopTop);
            return;
        }

        NameOp(loc, asname, ExprContext.Store);
    }

    private void ImportStmt(Import s)
    {
        var loc = Loc(s);
        foreach (var alias in s.Names)
        {
            AddopLoadConst(loc, ConstantValue.FromInt(0));
            AddopLoadConst(loc, ConstantValue.None);
            AddopName(loc, (int)Opcode.ImportName, alias.Name);
            if (alias.Asname is not null)
            {
                ImportAs(loc, alias.Name, alias.Asname);
            }
            else
            {
                int dot = alias.Name.IndexOf('.', StringComparison.Ordinal);
                NameOp(loc, dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
            }
        }
    }

    private void FromImport(ImportFrom s)
    {
        var loc = Loc(s);
        AddopLoadConst(loc, ConstantValue.FromInt(s.Level ?? 0));
        AddopLoadConst(loc, ConstantValue.Tuple(s.Names.Select(a => (ConstantValue)Str(a.Name)).ToArray()));
        AddopName(loc, (int)Opcode.ImportName, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name.StartsWith('*'))
            {
                AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.ImportStar);
                Addop(SourceLocation.None, Opcode.PopTop);
                return;
            }

            AddopName(loc, (int)Opcode.ImportFrom, alias.Name);
            NameOp(loc, alias.Asname ?? alias.Name, ExprContext.Store);
        }

        Addop(loc, Opcode.PopTop);
    }
}
