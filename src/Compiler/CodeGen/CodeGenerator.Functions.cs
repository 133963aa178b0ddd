using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Symtable;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>annotationlib.Format.VALUE_WITH_FAKE_GLOBALS: larger formats raise NotImplementedError.</summary>
    private const int AnnotateFormatValueWithFakeGlobals = 2;

    private void Decorators(List<ExprNode> decorators) => VisitExprs(decorators);

    private void ApplyDecorators(List<ExprNode> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            AddopI(Loc(decorators[i]), Opcode.Call, 0);
        }
    }

    /// <summary>Pushes the dict of keyword-only defaults; false if there are none.</summary>
    private bool KwOnlyDefaults(SourceLocation loc, List<Arg> kwonlyargs, List<ExprNode?> kwDefaults)
    {
        int count = 0;
        for (int i = 0; i < kwonlyargs.Count; i++)
        {
            if (i < kwDefaults.Count && kwDefaults[i] is { } def)
            {
                count++;
                AddopLoadConst(loc, Str(MaybeMangle(kwonlyargs[i].ArgName)));
                VisitExpr(def);
            }
        }

        if (count > 0)
        {
            AddopI(loc, Opcode.BuildMap, count);
            return true;
        }

        return false;
    }

    private int DefaultArguments(SourceLocation loc, Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            VisitExprs(args.Defaults);
            AddopI(loc, Opcode.BuildTuple, args.Defaults.Count);
            flags |= MakeFunctionFlags.Defaults;
        }

        if (KwOnlyDefaults(loc, args.Kwonlyargs, args.KwDefaults))
        {
            flags |= MakeFunctionFlags.KwDefaults;
        }

        return flags;
    }

    /// <summary>Opens an <c>__annotate__</c>-style scope whose body starts with the format check.</summary>
    private void SetupAnnotationsScope(SourceLocation loc, object key, int variant, string name)
    {
        EnterScope(name, ScopeType.Annotations, key, variant, loc.Lineno, null, 0, 1, 0);

        // if format > VALUE_WITH_FAKE_GLOBALS: raise NotImplementedError
        AddopI(loc, Opcode.LoadFast, 0);
        AddopLoadConst(loc, ConstantValue.FromInt(AnnotateFormatValueWithFakeGlobals));
        AddopI(loc, Opcode.CompareOp, (4 << 5) | 4);
        var body = NewLabel();
        AddopJump(loc, Opcode.PopJumpIfFalse, body);
        AddopI(loc, Opcode.LoadCommonConstant, CommonConstants.NotImplementedError);
        AddopI(loc, Opcode.RaiseVarargs, 1);
        UseLabel(body);
    }

    private void LeaveAnnotationsScope(SourceLocation loc)
    {
        Addop(loc, Opcode.ReturnValue);
        var co = OptimizeAndAssemble(addNone: true);

        // The parameter is ".format" in the symtable but "format" in the signature.
        co = CodeObjects.WithFirstLocalName(co, "format");
        ExitScope();
        MakeClosure(loc, co, 0);
    }

    private void ArgAnnotation(string id, ExprNode? annotation, ref int count, SourceLocation loc)
    {
        if (annotation is null)
        {
            return;
        }

        AddopLoadConst(loc, Str(MaybeMangle(id)));
        if (FutureAnnotations)
        {
            AddopLoadConst(Loc(annotation), Str(AnnotationUnparser.Unparse(annotation)));
        }
        else if (annotation is Starred starred)
        {
            // *args: *Ts — [annotation] = [*Ts]
            VisitExpr(starred.Value);
            AddopI(loc, Opcode.UnpackSequence, 1);
        }
        else
        {
            VisitExpr(annotation);
        }

        count++;
    }

    private void AnnotationsInScope(SourceLocation loc, Arguments args, ExprNode? returns, ref int count)
    {
        foreach (var a in args.Args)
        {
            ArgAnnotation(a.ArgName, a.Annotation, ref count, loc);
        }

        foreach (var a in args.Posonlyargs)
        {
            ArgAnnotation(a.ArgName, a.Annotation, ref count, loc);
        }

        if (args.Vararg is { Annotation: not null } va)
        {
            ArgAnnotation(va.ArgName, va.Annotation, ref count, loc);
        }

        foreach (var a in args.Kwonlyargs)
        {
            ArgAnnotation(a.ArgName, a.Annotation, ref count, loc);
        }

        if (args.Kwarg is { Annotation: not null } ka)
        {
            ArgAnnotation(ka.ArgName, ka.Annotation, ref count, loc);
        }

        ArgAnnotation("return", returns, ref count, loc);
    }

    /// <summary>Creates the function's <c>__annotate__</c> if it has annotations.</summary>
    private int FunctionAnnotations(SourceLocation loc, Arguments args, ExprNode? returns)
    {
        if (!_st.TryLookup(args, 0, out var ste) || ste is null || !ste.AnnotationsUsed)
        {
            return 0;
        }

        SetupAnnotationsScope(loc, args, 0, ste.Name);
        int count = 0;
        AnnotationsInScope(loc, args, returns, ref count);
        AddopI(loc, Opcode.BuildMap, count);
        LeaveAnnotationsScope(loc);
        return MakeFunctionFlags.Annotate;
    }

    private void WrapInStopIterationHandler()
    {
        var handler = NewLabel();
        Seq.Insert(0, new Instruction(Opcode.SetupCleanup, handler.Id, SourceLocation.None));
        AddopLoadConst(SourceLocation.None, ConstantValue.None);
        Addop(SourceLocation.None, Opcode.ReturnValue);
        UseLabel(handler);
        AddopI(SourceLocation.None, Opcode.CallIntrinsic1, Intrinsics.StopIterationError);
        AddopI(SourceLocation.None, Opcode.Reraise, 1);
    }

    private void TypeParamBoundOrDefault(ExprNode e, string name, object key, int variant, bool allowStarred)
    {
        AddopLoadConst(Loc(e), ConstantValue.Tuple(ConstantValue.FromInt(1)));
        SetupAnnotationsScope(Loc(e), key, variant, name);
        if (allowStarred && e is Starred s)
        {
            VisitExpr(s.Value);
            AddopI(Loc(e), Opcode.UnpackSequence, 1);
        }
        else
        {
            VisitExpr(e);
        }

        Addop(Loc(e), Opcode.ReturnValue);
        var co = OptimizeAndAssemble(addNone: true);
        ExitScope();
        MakeClosure(Loc(e), co, MakeFunctionFlags.Defaults);
    }

    private void TypeParams(List<TypeParamNode> typeParams)
    {
        bool seenDefault = false;
        foreach (var tp in typeParams)
        {
            var loc = Loc(tp);
            string name;
            ExprNode? defaultValue;
            switch (tp)
            {
                case TypeVar tv:
                    name = tv.Name;
                    defaultValue = tv.DefaultValue;
                    AddopLoadConst(loc, Str(name));
                    if (tv.Bound is { } bound)
                    {
                        TypeParamBoundOrDefault(bound, name, tp, 0, false);
                        AddopI(loc, Opcode.CallIntrinsic2, bound is Tuple ? Intrinsics.TypeVarWithConstraints : Intrinsics.TypeVarWithBound);
                    }
                    else
                    {
                        AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.TypeVar);
                    }

                    if (defaultValue is not null)
                    {
                        seenDefault = true;
                        TypeParamBoundOrDefault(defaultValue, name, tp, 1, false);
                        AddopI(loc, Opcode.CallIntrinsic2, Intrinsics.SetTypeParamDefault);
                    }
                    else if (seenDefault)
                    {
                        throw Error(loc, $"non-default type parameter '{name}' follows default type parameter");
                    }

                    break;
                case TypeVarTuple tvt:
                    name = tvt.Name;
                    AddopLoadConst(loc, Str(name));
                    AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.TypeVarTuple);
                    if (tvt.DefaultValue is { } d1)
                    {
                        TypeParamBoundOrDefault(d1, name, tp, 0, true);
                        AddopI(loc, Opcode.CallIntrinsic2, Intrinsics.SetTypeParamDefault);
                        seenDefault = true;
                    }
                    else if (seenDefault)
                    {
                        throw Error(loc, $"non-default type parameter '{name}' follows default type parameter");
                    }

                    break;
                case ParamSpec ps:
                    name = ps.Name;
                    AddopLoadConst(loc, Str(name));
                    AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.ParamSpec);
                    if (ps.DefaultValue is { } d2)
                    {
                        TypeParamBoundOrDefault(d2, name, tp, 0, false);
                        AddopI(loc, Opcode.CallIntrinsic2, Intrinsics.SetTypeParamDefault);
                        seenDefault = true;
                    }
                    else if (seenDefault)
                    {
                        throw Error(loc, $"non-default type parameter '{name}' follows default type parameter");
                    }

                    break;
                default:
                    continue;
            }

            AddopI(loc, Opcode.Copy, 1);
            NameOp(loc, name, ExprContext.Store);
        }

        AddopI(Loc(typeParams[0]), Opcode.BuildTuple, typeParams.Count);
    }

    private void FunctionBody(StmtNode s, string name, Arguments args, List<StmtNode> body, bool isAsync, int funcflags, int firstlineno)
    {
        EnterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, 0, firstlineno, null,
            args.Args.Count, args.Posonlyargs.Count, args.Kwonlyargs.Count);
        int first = 0;
        if (Ste.HasDocstring)
        {
            first = 1;
            AddConst(DocstringCleaner.Clean((StrConstant)Docstrings.Get(body)!.Value));
        }

        var start = NewLabel();
        UseLabel(start);
        bool addStopIterationHandler = Ste.IsCoroutine || Ste.IsGenerator;
        if (addStopIterationHandler)
        {
            PushFBlock(SourceLocation.None, FBlockType.StopIteration, start, Label.None, null);
        }

        for (int i = first; i < body.Count; i++)
        {
            VisitStmt(body[i]);
        }

        if (addStopIterationHandler)
        {
            WrapInStopIterationHandler();
            PopFBlock(FBlockType.StopIteration);
        }

        var co = OptimizeAndAssemble(addNone: true);
        ExitScope();
        MakeClosure(Loc(s), co, funcflags);
    }

    private void Function(StmtNode s, bool isAsync)
    {
        string name;
        Arguments args;
        List<StmtNode> body;
        List<ExprNode> decos;
        ExprNode? returns;
        List<TypeParamNode> typeParams;
        if (s is FunctionDef f)
        {
            (name, args, body, decos, returns, typeParams) = (f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams);
        }
        else
        {
            var af = (AsyncFunctionDef)s;
            (name, args, body, decos, returns, typeParams) = (af.Name, af.Args, af.Body, af.DecoratorList, af.Returns, af.TypeParams);
        }

        Decorators(decos);
        int firstlineno = decos.Count > 0 ? decos[0].Lineno : s.Lineno;
        var loc = Loc(s);
        bool isGeneric = typeParams.Count > 0;
        int funcflags = DefaultArguments(loc, args);
        int numTypeParamArgs = 0;
        if (isGeneric)
        {
            if ((funcflags & MakeFunctionFlags.Defaults) != 0)
            {
                numTypeParamArgs++;
            }

            if ((funcflags & MakeFunctionFlags.KwDefaults) != 0)
            {
                numTypeParamArgs++;
            }

            if (numTypeParamArgs == 2)
            {
                AddopI(loc, Opcode.Swap, 2);
            }

            EnterScope($"<generic parameters of {name}>", ScopeType.Annotations, typeParams, 0, firstlineno, null, numTypeParamArgs, 0, 0);
            TypeParams(typeParams);
            for (int i = 0; i < numTypeParamArgs; i++)
            {
                AddopI(loc, Opcode.LoadFast, i);
            }
        }

        funcflags |= FunctionAnnotations(loc, args, returns);
        FunctionBody(s, name, args, body, isAsync, funcflags, firstlineno);
        if (isGeneric)
        {
            AddopI(loc, Opcode.Swap, 2);
            AddopI(loc, Opcode.CallIntrinsic2, Intrinsics.SetFunctionTypeParams);
            var co = OptimizeAndAssemble(addNone: false);
            ExitScope();
            MakeClosure(loc, co, 0);
            if (numTypeParamArgs > 0)
            {
                AddopI(loc, Opcode.Swap, numTypeParamArgs + 1);
                AddopI(loc, Opcode.Call, numTypeParamArgs - 1);
            }
            else
            {
                Addop(loc, Opcode.PushNull);
                AddopI(loc, Opcode.Call, 0);
            }
        }

        ApplyDecorators(decos);
        NameOp(loc, name, ExprContext.Store);
    }

    private void LambdaExpr(Lambda e)
    {
        var loc = Loc(e);
        var args = e.Args;
        int funcflags = DefaultArguments(loc, args);
        EnterScope("<lambda>", ScopeType.Lambda, e, 0, e.Lineno, null, args.Args.Count, args.Posonlyargs.Count, args.Kwonlyargs.Count);
        VisitExpr(e.Body);
        CodeObject co;
        if (Ste.IsGenerator)
        {
            co = OptimizeAndAssemble(addNone: false);
        }
        else
        {
            Addop(Loc(e.Body), Opcode.ReturnValue);
            co = OptimizeAndAssemble(addNone: true);
        }

        ExitScope();
        MakeClosure(loc, co, funcflags);
    }

    private void ClassBody(ClassDef s, int firstlineno)
    {
        EnterScope(s.Name, ScopeType.Class, s, 0, firstlineno, s.Name, 0, 0, 0);
        var loc = new SourceLocation(firstlineno, 0, firstlineno, 0);
        NameOp(loc, "__name__", ExprContext.Load);
        NameOp(loc, "__module__", ExprContext.Store);
        AddopLoadConst(loc, Str(Md.QualName));
        NameOp(loc, "__qualname__", ExprContext.Store);
        AddopLoadConst(loc, ConstantValue.FromInt(Md.FirstLineno));
        NameOp(loc, "__firstlineno__", ExprContext.Store);
        if (s.TypeParams.Count > 0)
        {
            NameOp(loc, ".type_params", ExprContext.Load);
            NameOp(loc, "__type_params__", ExprContext.Store);
        }

        if (Ste.NeedsClassDict)
        {
            Addop(loc, Opcode.LoadLocals);
            AddopI(loc, Opcode.StoreDeref, Md.CellVars.Add("__classdict__"));
        }

        if (Ste.HasConditionalAnnotations)
        {
            AddopI(loc, Opcode.BuildSet, 0);
            AddopI(loc, Opcode.StoreDeref, Md.CellVars.Add("__conditional_annotations__"));
        }

        Body(loc, s.Body, isInteractive: false);
        var staticAttributes = _u.StaticAttributes!.Select(a => (ConstantValue)Str(a)).ToArray();
        AddopLoadConst(SourceLocation.None, ConstantValue.Tuple(staticAttributes));
        NameOp(SourceLocation.None, "__static_attributes__", ExprContext.Store);
        if (Ste.NeedsClassDict)
        {
            AddopI(SourceLocation.None, Opcode.LoadClosure, Md.CellVars.Add("__classdict__"));
            NameOp(SourceLocation.None, "__classdictcell__", ExprContext.Store);
        }

        if (Ste.NeedsClassClosure)
        {
            AddopI(SourceLocation.None, Opcode.LoadClosure, Md.CellVars.Add("__class__"));
            AddopI(SourceLocation.None, Opcode.Copy, 1);
            NameOp(SourceLocation.None, "__classcell__", ExprContext.Store);
        }
        else
        {
            AddopLoadConst(SourceLocation.None, ConstantValue.None);
        }

        Addop(SourceLocation.None, Opcode.ReturnValue);
        var co = OptimizeAndAssemble(addNone: true);
        ExitScope();

        // These belong to the class line, not a decorator's.
        loc = Loc(s);
        Addop(loc, Opcode.LoadBuildClass);
        Addop(loc, Opcode.PushNull);
        MakeClosure(loc, co, 0);
        AddopLoadConst(loc, Str(s.Name));
    }

    private void Class(ClassDef s)
    {
        Decorators(s.DecoratorList);
        int firstlineno = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        var loc = Loc(s);
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterScope($"<generic parameters of {s.Name}>", ScopeType.Annotations, s.TypeParams, 0, firstlineno, s.Name, 0, 0, 0);
            TypeParams(s.TypeParams);
            NameOp(loc, ".type_params", ExprContext.Store);
        }

        ClassBody(s, firstlineno);
        if (isGeneric)
        {
            NameOp(loc, ".type_params", ExprContext.Load);
            AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.SubscriptGeneric);
            NameOp(loc, ".generic_base", ExprContext.Store);
            CallHelper(loc, 2, s.Bases, ".generic_base", s.Keywords);
            var co = OptimizeAndAssemble(addNone: false);
            ExitScope();
            MakeClosure(loc, co, 0);
            Addop(loc, Opcode.PushNull);
            AddopI(loc, Opcode.Call, 0);
        }
        else
        {
            CallHelper(loc, 2, s.Bases, null, s.Keywords);
        }

        ApplyDecorators(s.DecoratorList);
        NameOp(loc, s.Name, ExprContext.Store);
    }

    private void TypeAliasBody(TypeAlias s)
    {
        var loc = Loc(s);
        var name = ((Name)s.Name).Id;
        AddopLoadConst(loc, ConstantValue.Tuple(ConstantValue.FromInt(1)));
        SetupAnnotationsScope(loc, s, 0, name);
        VisitExpr(s.Value);
        Addop(loc, Opcode.ReturnValue);
        var co = OptimizeAndAssemble(addNone: false);
        ExitScope();
        MakeClosure(loc, co, MakeFunctionFlags.Defaults);
        AddopI(loc, Opcode.BuildTuple, 3);
        AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.TypeAlias);
    }

    private void TypeAliasStmt(TypeAlias s)
    {
        var loc = Loc(s);
        var name = ((Name)s.Name).Id;
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterScope($"<generic parameters of {name}>", ScopeType.Annotations, s.TypeParams, 0, loc.Lineno, null, 0, 0, 0);
            AddopLoadConst(loc, Str(name));
            TypeParams(s.TypeParams);
        }
        else
        {
            AddopLoadConst(loc, Str(name));
            AddopLoadConst(loc, ConstantValue.None);
        }

        TypeAliasBody(s);
        if (isGeneric)
        {
            var co = OptimizeAndAssemble(addNone: false);
            ExitScope();
            MakeClosure(loc, co, 0);
            Addop(loc, Opcode.PushNull);
            AddopI(loc, Opcode.Call, 0);
        }

        NameOp(loc, name, ExprContext.Store);
    }

    // ---- deferred annotations (PEP 649) ----------------------------------------------

    private void DeferredAnnotationsBody(SourceLocation loc, List<AnnAssign> annotations, List<int> conditionalIndices, ScopeType scopeType)
    {
        AddopI(loc, Opcode.BuildMap, 0);
        for (int i = 0; i < annotations.Count; i++)
        {
            var st = annotations[i];
            var mangled = Mangle(((Name)st.Target).Id);
            int idx = conditionalIndices[i];
            var notSet = NewLabel();
            if (idx != -1)
            {
                AddopLoadConst(Loc(st), ConstantValue.FromInt(idx));
                if (scopeType == ScopeType.Class)
                {
                    AddopI(Loc(st), Opcode.LoadDeref, FreeVarIndex("__conditional_annotations__"));
                }
                else
                {
                    // CPython emits this LOAD_GLOBAL through ADDOP_NAME, which does not shift the
                    // index: the oparg is the plain names index.
                    AddopI(Loc(st), Opcode.LoadGlobal, Md.Names.Add("__conditional_annotations__"));
                }

                AddopI(Loc(st), Opcode.ContainsOp, 0);
                AddopJump(Loc(st), Opcode.PopJumpIfFalse, notSet);
            }

            VisitExpr(st.Annotation);
            AddopI(Loc(st), Opcode.Copy, 2);
            AddopLoadConst(Loc(st), Str(mangled));
            Addop(loc, Opcode.StoreSubscr);
            UseLabel(notSet);
        }
    }

    private void ProcessDeferredAnnotations(SourceLocation loc)
    {
        var deferred = _u.DeferredAnnotations;
        if (deferred is null)
        {
            return;
        }

        var conditional = _u.ConditionalAnnotationIndices!;
        var scopeType = _u.ScopeType;
        bool needSeparateBlock = scopeType == ScopeType.Module;
        if (needSeparateBlock)
        {
            _u.StashedSeq = _u.Seq;
            _u.Seq = new InstructionSequence();
        }

        var ste = Ste;
        SetupAnnotationsScope(loc, ste.Key.Node, ste.Key.Variant + 1, ste.AnnotationBlock!.Name);
        DeferredAnnotationsBody(loc, deferred, conditional, scopeType);
        LeaveAnnotationsScope(loc);
        NameOp(loc, ste.Type == BlockType.Class ? "__annotate_func__" : "__annotate__", ExprContext.Store);
        if (needSeparateBlock)
        {
            var annotations = _u.Seq;
            _u.Seq = _u.StashedSeq!;
            _u.StashedSeq = null;
            _u.Seq.Annotations = annotations;
        }
    }
}
