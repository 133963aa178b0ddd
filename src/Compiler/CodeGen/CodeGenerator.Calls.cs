using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Symtable;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void CheckCaller(ExprNode e)
    {
        if (e is Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp
            or JoinedStr or TemplateStr or FormattedValue or Interpolation)
        {
            Warn(Loc(e), $"'{InferTypeName(e)}' object is not callable; perhaps you missed a comma?");
        }
    }

    private bool IsImportOriginated(ExprNode e) =>
        e is Name n && (_st.Top.GetFlags(n.Id) & SymbolFlags.DefImport) != 0;

    private bool CanOptimizeSuperCall(Attribute attr)
    {
        if (attr.Value is not Call { Func: Name { Id: "super" } superName } call || attr.Attr == "__class__" || call.Keywords.Count != 0)
        {
            return false;
        }

        // Statically visible shadowing of 'super' disables the optimization.
        if (Ste.GetScope(superName.Id) != SymbolScope.GlobalImplicit || _st.Top.GetScope(superName.Id) != SymbolScope.Unknown)
        {
            return false;
        }

        if (call.Args.Count == 2)
        {
            return !call.Args.Any(a => a is Starred);
        }

        if (call.Args.Count != 0)
        {
            return false;
        }

        // Zero-argument super(): needs a first argument and the __class__ cell.
        if (Md.ArgCount == 0 && Md.PosOnlyArgCount == 0)
        {
            return false;
        }

        return GetRefType("__class__") == SymbolScope.Free;
    }

    private void LoadArgsForSuper(Call e)
    {
        var loc = Loc(e);
        NameOp(Loc(e.Func), ((Name)e.Func).Id, ExprContext.Load);
        if (e.Args.Count == 2)
        {
            VisitExpr(e.Args[0]);
            VisitExpr(e.Args[1]);
            return;
        }

        NameOp(loc, "__class__", ExprContext.Load);
        NameOp(loc, Md.VarNames.Names[0], ExprContext.Load);
    }

    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i];
            if (key.Arg is null)
            {
                continue;
            }

            for (int j = i + 1; j < keywords.Count; j++)
            {
                var other = keywords[j];
                if (other.Arg is not null && other.Arg == key.Arg)
                {
                    throw Error(Loc(other), $"keyword argument repeated: {key.Arg}");
                }
            }
        }
    }

    private void CallExpr(Call e)
    {
        ValidateKeywords(e.Keywords);
        if (MaybeOptimizeMethodCall(e))
        {
            return;
        }

        var skipNormalCall = NewLabel();
        CheckCaller(e.Func);
        VisitExpr(e.Func);
        MaybeOptimizeFunctionCall(e, skipNormalCall);
        Addop(Loc(e.Func), Opcode.PushNull);
        CallHelper(Loc(e), 0, e.Args, null, e.Keywords);
        UseLabel(skipNormalCall);
    }

    /// <summary>
    /// <c>all(genexp)</c>, <c>any(genexp)</c> and <c>tuple(genexp)</c> get an inlined loop,
    /// guarded by a check that the name really is the builtin.
    /// </summary>
    private void MaybeOptimizeFunctionCall(Call e, Label end)
    {
        if (e.Func is not Name func || e.Args.Count != 1 || e.Keywords.Count != 0 || e.Args[0] is not GeneratorExp genexp)
        {
            return;
        }

        // An async generator expression cannot be iterated by FOR_ITER: CPython calls the builtin.
        if (_st.Lookup(genexp).IsCoroutine)
        {
            return;
        }

        var loc = Loc(func);
        var skipOptimization = NewLabel();
        int constOparg;
        ConstantValue? initialRes = null;
        var continueJump = Opcode.Nop;
        switch (func.Id)
        {
            case "all":
                constOparg = CommonConstants.BuiltinAll;
                initialRes = ConstantValue.True;
                continueJump = Opcode.PopJumpIfTrue;
                break;
            case "any":
                constOparg = CommonConstants.BuiltinAny;
                initialRes = ConstantValue.False;
                continueJump = Opcode.PopJumpIfFalse;
                break;
            case "tuple":
                constOparg = CommonConstants.BuiltinTuple;
                break;
            default:
                UseLabel(skipOptimization);
                return;
        }

        bool isTuple = constOparg == CommonConstants.BuiltinTuple;
        AddopI(loc, Opcode.Copy, 1);
        AddopI(loc, Opcode.LoadCommonConstant, constOparg);
        AddCompare(loc, CmpOperator.Is);
        AddopJump(loc, Opcode.PopJumpIfFalse, skipOptimization);
        Addop(loc, Opcode.PopTop);
        if (isTuple)
        {
            AddopI(loc, Opcode.BuildList, 0);
        }

        VisitExpr(e.Args[0]);
        var loop = NewLabel();
        var cleanup = NewLabel();
        UseLabel(loop);
        AddopJump(loc, Opcode.ForIter, cleanup);
        if (isTuple)
        {
            AddopI(loc, Opcode.ListAppend, 2);
            AddopJump(loc, Opcode.Jump, loop);
        }
        else
        {
            Addop(loc, Opcode.ToBool);
            AddopJump(loc, continueJump, loop);
        }

        Addop(SourceLocation.None, Opcode.PopIter);
        if (!isTuple)
        {
            AddopLoadConst(loc, initialRes == ConstantValue.True ? ConstantValue.False : ConstantValue.True);
        }

        AddopJump(loc, Opcode.Jump, end);
        UseLabel(cleanup);
        Addop(SourceLocation.None, Opcode.EndFor);
        Addop(SourceLocation.None, Opcode.PopIter);
        if (isTuple)
        {
            AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.ListToTuple);
        }
        else
        {
            AddopLoadConst(loc, initialRes!);
        }

        AddopJump(loc, Opcode.Jump, end);
        UseLabel(skipOptimization);
    }

    /// <summary><c>obj.meth(args)</c> loads the method and self together (LOAD_ATTR with the method bit).</summary>
    private bool MaybeOptimizeMethodCall(Call e)
    {
        if (e.Func is not Attribute meth || meth.Ctx != ExprContext.Load)
        {
            return false;
        }

        if (IsImportOriginated(meth.Value))
        {
            return false;
        }

        int argsl = e.Args.Count;
        int kwdsl = e.Keywords.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline)
        {
            return false;
        }

        if (e.Args.Any(a => a is Starred) || e.Keywords.Any(k => k.Arg is null))
        {
            return false;
        }

        var loc = Loc(meth);
        if (CanOptimizeSuperCall(meth))
        {
            var superCall = (Call)meth.Value;
            LoadArgsForSuper(superCall);
            AddopName(loc, superCall.Args.Count > 0 ? LoadSuperMethod : LoadZeroSuperMethod, meth.Attr);
            loc = UpdateStartLocationToMatchAttr(loc, meth);
            Addop(loc, Opcode.Nop);
        }
        else
        {
            VisitExpr(meth.Value);
            loc = UpdateStartLocationToMatchAttr(loc, meth);
            AddopName(loc, LoadMethod, meth.Attr);
        }

        VisitExprs(e.Args);
        if (kwdsl > 0)
        {
            foreach (var k in e.Keywords)
            {
                VisitExpr(k.Value);
            }

            CallSimpleKwHelper(loc, e.Keywords);
            loc = UpdateStartLocationToMatchAttr(Loc(e), meth);
            AddopI(loc, Opcode.CallKw, argsl + kwdsl);
        }
        else
        {
            loc = UpdateStartLocationToMatchAttr(Loc(e), meth);
            AddopI(loc, Opcode.Call, argsl);
        }

        return true;
    }

    private void CallSimpleKwHelper(SourceLocation loc, List<Keyword> keywords) =>
        AddopLoadConst(loc, ConstantValue.Tuple(keywords.Select(k => (ConstantValue)Str(k.Arg!)).ToArray()));

    private void SubKwargs(SourceLocation loc, List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (big)
        {
            AddopI(SourceLocation.None, Opcode.BuildMap, 0);
        }

        for (int i = begin; i < end; i++)
        {
            var kw = keywords[i];
            AddopLoadConst(loc, Str(kw.Arg!));
            VisitExpr(kw.Value);
            if (big)
            {
                AddopI(SourceLocation.None, Opcode.MapAdd, 1);
            }
        }

        if (!big)
        {
            AddopI(loc, Opcode.BuildMap, n);
        }
    }

    /// <summary>Arguments and the call (shared by calls and class creation); n args already pushed.</summary>
    private void CallHelper(SourceLocation loc, int n, List<ExprNode> args, string? injectedArg, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Count;
        int nkwelts = keywords.Count;
        bool exCall = nelts + (nkwelts * 2) > StackUseGuideline
            || args.Any(a => a is Starred) || keywords.Any(k => k.Arg is null);
        if (!exCall)
        {
            VisitExprs(args);
            if (injectedArg is not null)
            {
                NameOp(loc, injectedArg, ExprContext.Load);
                nelts++;
            }

            if (nkwelts > 0)
            {
                foreach (var k in keywords)
                {
                    VisitExpr(k.Value);
                }

                CallSimpleKwHelper(loc, keywords);
                AddopI(loc, Opcode.CallKw, n + nelts + nkwelts);
            }
            else
            {
                AddopI(loc, Opcode.Call, n + nelts);
            }

            return;
        }

        // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
        if (n == 0 && nelts == 1 && args[0] is Starred onlyStar)
        {
            VisitExpr(onlyStar.Value);
        }
        else
        {
            StarUnpackHelper(loc, args, injectedArg, n, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: true);
        }

        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(loc, keywords, i - nseen, i);
                        if (haveDict)
                        {
                            AddopI(loc, Opcode.DictMerge, 1);
                        }

                        haveDict = true;
                        nseen = 0;
                    }

                    if (!haveDict)
                    {
                        AddopI(loc, Opcode.BuildMap, 0);
                        haveDict = true;
                    }

                    VisitExpr(kw.Value);
                    AddopI(loc, Opcode.DictMerge, 1);
                }
                else
                {
                    nseen++;
                }
            }

            if (nseen > 0)
            {
                SubKwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict)
                {
                    AddopI(loc, Opcode.DictMerge, 1);
                }
            }
        }
        else
        {
            Addop(loc, Opcode.PushNull);
        }

        Addop(loc, Opcode.CallFunctionEx);
    }

    private void JoinedStrExpr(JoinedStr e)
    {
        var loc = Loc(e);
        int count = e.Values.Count;
        if (count > StackUseGuideline)
        {
            AddopLoadConst(loc, StrConstant.Empty);
            AddopName(loc, LoadMethod, "join");
            AddopI(loc, Opcode.BuildList, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddopI(loc, Opcode.ListAppend, 1);
            }

            AddopI(loc, Opcode.Call, 1);
            return;
        }

        VisitExprs(e.Values);
        if (count > 1)
        {
            AddopI(loc, Opcode.BuildString, count);
        }
        else if (count == 0)
        {
            AddopLoadConst(loc, StrConstant.Empty);
        }
    }

    private void TemplateStrExpr(TemplateStr e)
    {
        var loc = Loc(e);
        bool lastWasInterpolation = true;
        int stringsLen = 0;
        foreach (var value in e.Values)
        {
            if (value is Interpolation)
            {
                if (lastWasInterpolation)
                {
                    AddopLoadConst(loc, StrConstant.Empty);
                    stringsLen++;
                }

                lastWasInterpolation = true;
            }
            else
            {
                VisitExpr(value);
                stringsLen++;
                lastWasInterpolation = false;
            }
        }

        if (lastWasInterpolation)
        {
            AddopLoadConst(loc, StrConstant.Empty);
            stringsLen++;
        }

        AddopI(loc, Opcode.BuildTuple, stringsLen);
        int interpolations = 0;
        foreach (var value in e.Values)
        {
            if (value is Interpolation)
            {
                VisitExpr(value);
                interpolations++;
            }
        }

        AddopI(loc, Opcode.BuildTuple, interpolations);
        Addop(loc, Opcode.BuildTemplate);
    }

    private static int ConversionArg(int conversion) => conversion switch
    {
        's' => FormatConversions.Str,
        'r' => FormatConversions.Repr,
        'a' => FormatConversions.Ascii,
        _ => throw new InvalidOperationException($"Unrecognized conversion character {conversion}"),
    };

    private void InterpolationExpr(Interpolation e)
    {
        var loc = Loc(e);
        VisitExpr(e.Value);
        AddopLoadConst(loc, e.Str);
        int oparg = 2;
        if (e.FormatSpec is not null)
        {
            oparg++;
            VisitExpr(e.FormatSpec);
        }

        if (e.Conversion != -1)
        {
            oparg |= ConversionArg(e.Conversion) << 2;
        }

        AddopI(loc, Opcode.BuildInterpolation, oparg);
    }

    private void FormattedValueExpr(FormattedValue e)
    {
        VisitExpr(e.Value);
        var loc = Loc(e);
        if (e.Conversion != -1)
        {
            AddopI(loc, Opcode.ConvertValue, ConversionArg(e.Conversion));
        }

        if (e.FormatSpec is not null)
        {
            VisitExpr(e.FormatSpec);
            Addop(loc, Opcode.FormatWithSpec);
        }
        else
        {
            Addop(loc, Opcode.FormatSimple);
        }
    }
}
