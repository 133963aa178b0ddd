using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Symtable;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private const int StackUseGuideline = 30;

    private void VisitExprs(List<ExprNode> exprs)
    {
        foreach (var e in exprs)
        {
            VisitExpr(e);
        }
    }

    private void VisitExpr(ExprNode e)
    {
        EnterRecursive();
        var loc = Loc(e);
        switch (e)
        {
            case NamedExpr n:
                VisitExpr(n.Value);
                AddopI(loc, Opcode.Copy, 1);
                VisitExpr(n.Target);
                break;
            case BoolOp b:
                BoolOpExpr(b);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddopI(loc, Opcode.BinaryOp, BinaryOpArg(b.Op, inplace: false));
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                switch (u.Op)
                {
                    case UnaryOperator.UAdd:
                        AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.UnaryPositive);
                        break;
                    case UnaryOperator.Not:
                        Addop(loc, Opcode.ToBool);
                        Addop(loc, Opcode.UnaryNot);
                        break;
                    case UnaryOperator.Invert:
                        Addop(loc, Opcode.UnaryInvert);
                        break;
                    default:
                        Addop(loc, Opcode.UnaryNegative);
                        break;
                }

                break;
            case Lambda l:
                LambdaExpr(l);
                break;
            case IfExp i:
                {
                    var end = NewLabel();
                    var next = NewLabel();
                    JumpIf(loc, i.Test, next, cond: false);
                    VisitExpr(i.Body);
                    AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
                    UseLabel(next);
                    VisitExpr(i.Orelse);
                    UseLabel(end);
                    break;
                }

            case Dict d:
                DictExpr(d);
                break;
            case Set s:
                StarUnpackHelper(loc, s.Elts, null, 0, Opcode.BuildSet, Opcode.SetAdd, Opcode.SetUpdate, tuple: false);
                break;
            case GeneratorExp g:
                Comprehension(g, ComprehensionKind.Generator, "<genexpr>", g.Generators, g.Elt, null);
                break;
            case ListComp l:
                Comprehension(l, ComprehensionKind.List, "<listcomp>", l.Generators, l.Elt, null);
                break;
            case SetComp s:
                Comprehension(s, ComprehensionKind.Set, "<setcomp>", s.Generators, s.Elt, null);
                break;
            case DictComp d:
                Comprehension(d, ComprehensionKind.Dict, "<dictcomp>", d.Generators, d.Key, d.Value);
                break;
            case Yield y:
                if (!Ste.IsFunctionLike)
                {
                    throw Error(loc, "'yield' outside function");
                }

                if (y.Value is not null)
                {
                    VisitExpr(y.Value);
                }
                else
                {
                    AddopLoadConst(loc, ConstantValue.None);
                }

                AddopYield(loc);
                break;
            case YieldFrom y:
                if (!Ste.IsFunctionLike)
                {
                    throw Error(loc, "'yield from' outside function");
                }

                if (_u.ScopeType == ScopeType.AsyncFunction)
                {
                    throw Error(loc, "'yield from' inside async function");
                }

                VisitExpr(y.Value);
                Addop(loc, Opcode.GetYieldFromIter);
                AddopLoadConst(loc, ConstantValue.None);
                AddYieldFrom(loc, isAwait: false);
                break;
            case Await a:
                VisitExpr(a.Value);
                AddopI(loc, Opcode.GetAwaitable, 0);
                AddopLoadConst(loc, ConstantValue.None);
                AddYieldFrom(loc, isAwait: true);
                break;
            case Compare c:
                CompareExpr(c);
                break;
            case Call c:
                CallExpr(c);
                break;
            case Constant c:
                AddopLoadConst(loc, c.Value);
                break;
            case JoinedStr j:
                JoinedStrExpr(j);
                break;
            case TemplateStr t:
                TemplateStrExpr(t);
                break;
            case FormattedValue f:
                FormattedValueExpr(f);
                break;
            case Interpolation i:
                InterpolationExpr(i);
                break;
            case Attribute a:
                AttributeExpr(a);
                break;
            case Subscript s:
                SubscriptExpr(s);
                break;
            case Starred s:
                throw Error(loc, s.Ctx == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Slice s:
                SliceExpr(s);
                break;
            case Name n:
                NameOp(loc, n.Id, n.Ctx);
                break;
            case List l:
                if (l.Ctx == ExprContext.Store)
                {
                    AssignmentHelper(loc, l.Elts);
                }
                else if (l.Ctx == ExprContext.Load)
                {
                    StarUnpackHelper(loc, l.Elts, null, 0, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: false);
                }
                else
                {
                    VisitExprs(l.Elts);
                }

                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store)
                {
                    AssignmentHelper(loc, t.Elts);
                }
                else if (t.Ctx == ExprContext.Load)
                {
                    StarUnpackHelper(loc, t.Elts, null, 0, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: true);
                }
                else
                {
                    VisitExprs(t.Elts);
                }

                break;
        }

        LeaveRecursive();
    }

    private static int BinaryOpArg(Operator op, bool inplace)
    {
        int arg = op switch
        {
            Operator.Add => BinaryOps.Add,
            Operator.Sub => BinaryOps.Subtract,
            Operator.Mult => BinaryOps.Multiply,
            Operator.MatMult => BinaryOps.MatrixMultiply,
            Operator.Div => BinaryOps.TrueDivide,
            Operator.Mod => BinaryOps.Remainder,
            Operator.Pow => BinaryOps.Power,
            Operator.LShift => BinaryOps.LShift,
            Operator.RShift => BinaryOps.RShift,
            Operator.BitOr => BinaryOps.Or,
            Operator.BitXor => BinaryOps.Xor,
            Operator.BitAnd => BinaryOps.And,
            _ => BinaryOps.FloorDivide,
        };
        return inplace ? arg + BinaryOps.InplaceOffset : arg;
    }

    private void AddopYield(SourceLocation loc)
    {
        if (Ste.IsGenerator && Ste.IsCoroutine)
        {
            AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.AsyncGenWrap);
        }

        AddopI(loc, Opcode.YieldValue, 0);
        AddopI(loc, Opcode.Resume, ResumeKinds.AfterYield);
    }

    private void BoolOpExpr(BoolOp e)
    {
        var loc = Loc(e);
        var jump = e.Op == BoolOperator.And ? Opcode.JumpIfFalse : Opcode.JumpIfTrue;
        var end = NewLabel();
        int n = e.Values.Count - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Values[i]);
            AddopJump(loc, jump, end);
            Addop(loc, Opcode.PopTop);
        }

        VisitExpr(e.Values[n]);
        UseLabel(end);
    }

    private void StarUnpackHelper(SourceLocation loc, List<ExprNode> elts, string? injectedArg, int pushed,
        Opcode build, Opcode add, Opcode extend, bool tuple)
    {
        int n = elts.Count;
        bool big = n + pushed + (injectedArg is not null ? 1 : 0) > StackUseGuideline;
        bool seenStar = elts.Any(x => x is Starred);
        if (!seenStar && !big)
        {
            VisitExprs(elts);
            if (injectedArg is not null)
            {
                NameOp(loc, injectedArg, ExprContext.Load);
                n++;
            }

            AddopI(loc, tuple ? Opcode.BuildTuple : build, n + pushed);
            return;
        }

        bool sequenceBuilt = false;
        if (big)
        {
            AddopI(loc, build, pushed);
            sequenceBuilt = true;
        }

        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!sequenceBuilt)
                {
                    AddopI(loc, build, i + pushed);
                    sequenceBuilt = true;
                }

                VisitExpr(st.Value);
                AddopI(loc, extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (sequenceBuilt)
                {
                    AddopI(loc, add, 1);
                }
            }
        }

        if (injectedArg is not null)
        {
            NameOp(loc, injectedArg, ExprContext.Load);
            AddopI(loc, add, 1);
        }

        if (tuple)
        {
            AddopI(loc, Opcode.CallIntrinsic1, Intrinsics.ListToTuple);
        }
    }

    private void UnpackHelper(SourceLocation loc, List<ExprNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred)
            {
                if (seenStar)
                {
                    throw Error(loc, "multiple starred expressions in assignment");
                }

                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                {
                    throw Error(loc, "too many expressions in star-unpacking assignment");
                }

                AddopI(loc, Opcode.UnpackEx, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }

        if (!seenStar)
        {
            AddopI(loc, Opcode.UnpackSequence, n);
        }
    }

    private void AssignmentHelper(SourceLocation loc, List<ExprNode> elts)
    {
        UnpackHelper(loc, elts);
        foreach (var elt in elts)
        {
            VisitExpr(elt is Starred s ? s.Value : elt);
        }
    }

    private void SubDict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        var loc = Loc(e);
        if (big)
        {
            AddopI(loc, Opcode.BuildMap, 0);
        }

        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big)
            {
                AddopI(loc, Opcode.MapAdd, 1);
            }
        }

        if (!big)
        {
            AddopI(loc, Opcode.BuildMap, n);
        }
    }

    private void DictExpr(Dict e)
    {
        var loc = Loc(e);
        int n = e.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            bool isUnpacking = e.Keys[i] is null;
            if (isUnpacking)
            {
                if (elements > 0)
                {
                    SubDict(e, i - elements, i);
                    if (haveDict)
                    {
                        AddopI(loc, Opcode.DictUpdate, 1);
                    }

                    haveDict = true;
                    elements = 0;
                }

                if (!haveDict)
                {
                    AddopI(loc, Opcode.BuildMap, 0);
                    haveDict = true;
                }

                VisitExpr(e.Values[i]);
                AddopI(loc, Opcode.DictUpdate, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(e, i - elements, i + 1);
                if (haveDict)
                {
                    AddopI(loc, Opcode.DictUpdate, 1);
                }

                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }

        if (elements > 0)
        {
            SubDict(e, n - elements, n);
            if (haveDict)
            {
                AddopI(loc, Opcode.DictUpdate, 1);
            }

            haveDict = true;
        }

        if (!haveDict)
        {
            AddopI(loc, Opcode.BuildMap, 0);
        }
    }

    private static readonly int[] s_compareMasks = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

    private void AddCompare(SourceLocation loc, CmpOperator op)
    {
        int cmp;
        switch (op)
        {
            case CmpOperator.Eq:
                cmp = 2;
                break;
            case CmpOperator.NotEq:
                cmp = 3;
                break;
            case CmpOperator.Lt:
                cmp = 0;
                break;
            case CmpOperator.LtE:
                cmp = 1;
                break;
            case CmpOperator.Gt:
                cmp = 4;
                break;
            case CmpOperator.GtE:
                cmp = 5;
                break;
            case CmpOperator.Is:
                AddopI(loc, Opcode.IsOp, 0);
                return;
            case CmpOperator.IsNot:
                AddopI(loc, Opcode.IsOp, 1);
                return;
            case CmpOperator.In:
                AddopI(loc, Opcode.ContainsOp, 0);
                return;
            default:
                AddopI(loc, Opcode.ContainsOp, 1);
                return;
        }

        // The comparison in the top bits; the low bits are the mask quickened forms use.
        AddopI(loc, Opcode.CompareOp, (cmp << 5) | s_compareMasks[cmp]);
    }

    private void CompareExpr(Compare e)
    {
        var loc = Loc(e);
        CheckCompare(e);
        VisitExpr(e.Left);
        int n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(loc, e.Ops[0]);
            return;
        }

        var cleanup = NewLabel();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddopI(loc, Opcode.Swap, 2);
            AddopI(loc, Opcode.Copy, 2);
            AddCompare(loc, e.Ops[i]);
            AddopI(loc, Opcode.Copy, 1);
            Addop(loc, Opcode.ToBool);
            AddopJump(loc, Opcode.PopJumpIfFalse, cleanup);
            Addop(loc, Opcode.PopTop);
        }

        VisitExpr(e.Comparators[n]);
        AddCompare(loc, e.Ops[n]);
        var end = NewLabel();
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
        UseLabel(cleanup);
        AddopI(loc, Opcode.Swap, 2);
        Addop(loc, Opcode.PopTop);
        UseLabel(end);
    }

    /// <summary>Jumps to <paramref name="next"/> when the truth of <paramref name="e"/> equals <paramref name="cond"/>.</summary>
    private void JumpIf(SourceLocation loc, ExprNode e, Label next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                JumpIf(loc, u.Operand, next, !cond);
                return;
            case BoolOp b:
                {
                    int n = b.Values.Count - 1;
                    bool cond2 = b.Op == BoolOperator.Or;
                    var next2 = next;
                    if (cond2 != cond)
                    {
                        next2 = NewLabel();
                    }

                    for (int i = 0; i < n; i++)
                    {
                        JumpIf(loc, b.Values[i], next2, cond2);
                    }

                    JumpIf(loc, b.Values[n], next, cond);
                    if (next2 != next)
                    {
                        UseLabel(next2);
                    }

                    return;
                }

            case IfExp i:
                {
                    var end = NewLabel();
                    var next2 = NewLabel();
                    JumpIf(loc, i.Test, next2, false);
                    JumpIf(loc, i.Body, next, cond);
                    AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
                    UseLabel(next2);
                    JumpIf(loc, i.Orelse, next, cond);
                    UseLabel(end);
                    return;
                }

            case Compare c when c.Ops.Count > 1:
                {
                    int n = c.Ops.Count - 1;
                    CheckCompare(c);
                    var cleanup = NewLabel();
                    var cloc = Loc(c);
                    VisitExpr(c.Left);
                    for (int i = 0; i < n; i++)
                    {
                        VisitExpr(c.Comparators[i]);
                        AddopI(cloc, Opcode.Swap, 2);
                        AddopI(cloc, Opcode.Copy, 2);
                        AddCompare(cloc, c.Ops[i]);
                        Addop(cloc, Opcode.ToBool);
                        AddopJump(cloc, Opcode.PopJumpIfFalse, cleanup);
                    }

                    VisitExpr(c.Comparators[n]);
                    AddCompare(cloc, c.Ops[n]);
                    Addop(cloc, Opcode.ToBool);
                    AddopJump(cloc, cond ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, next);
                    var end = NewLabel();
                    AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
                    UseLabel(cleanup);
                    Addop(cloc, Opcode.PopTop);
                    if (!cond)
                    {
                        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, next);
                    }

                    UseLabel(end);
                    return;
                }
        }

        VisitExpr(e);
        Addop(Loc(e), Opcode.ToBool);
        AddopJump(Loc(e), cond ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, next);
    }

    private static bool IsConstTuple(List<ExprNode> elts) => elts.All(x => x is Constant);

    /// <summary>False for a constant other than None/True/False/Ellipsis (a literal).</summary>
    private static bool CheckIsArg(ExprNode e)
    {
        if (e is Tuple t)
        {
            return !IsConstTuple(t.Elts);
        }

        if (e is not Constant c)
        {
            return true;
        }

        return c.Value.Kind is ConstantKind.None or ConstantKind.Bool or ConstantKind.Ellipsis;
    }

    /// <summary>SyntaxWarning for <c>is</c>/<c>is not</c> with a literal operand.</summary>
    private void CheckCompare(Compare e)
    {
        bool left = CheckIsArg(e.Left);
        var leftExpr = e.Left;
        for (int i = 0; i < e.Ops.Count; i++)
        {
            var op = e.Ops[i];
            var rightExpr = e.Comparators[i];
            bool right = CheckIsArg(rightExpr);
            if (op is CmpOperator.Is or CmpOperator.IsNot && (!right || !left))
            {
                var literal = !left ? leftExpr : rightExpr;
                var msg = op == CmpOperator.Is
                    ? $"\"is\" with '{InferTypeName(literal)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{InferTypeName(literal)}' literal. Did you mean \"!=\"?";
                Warn(Loc(e), msg);
                return;
            }

            left = right;
            leftExpr = rightExpr;
        }
    }

    private static string? InferTypeName(ExprNode e) => e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        TemplateStr or Interpolation => "string.templatelib.Template",
        JoinedStr or FormattedValue => "str",
        Constant c => c.Value.TypeName,
        _ => null,
    };

    private void AttributeExpr(Attribute e)
    {
        var loc = Loc(e);
        if (e.Ctx == ExprContext.Load && CanOptimizeSuperCall(e))
        {
            LoadArgsForSuper((Call)e.Value);
            AddopName(loc, ((Call)e.Value).Args.Count > 0 ? (int)Opcode.LoadSuperAttr : LoadZeroSuperAttr, e.Attr);
            loc = UpdateStartLocationToMatchAttr(loc, e);
            Addop(loc, Opcode.Nop);
            return;
        }

        MaybeAddStaticAttributeToClass(e);
        VisitExpr(e.Value);
        loc = UpdateStartLocationToMatchAttr(Loc(e), e);
        switch (e.Ctx)
        {
            case ExprContext.Load:
                AddopName(loc, (int)Opcode.LoadAttr, e.Attr);
                break;
            case ExprContext.Store:
                AddopName(loc, (int)Opcode.StoreAttr, e.Attr);
                break;
            default:
                AddopName(loc, (int)Opcode.DeleteAttr, e.Attr);
                break;
        }
    }

    private void MaybeAddStaticAttributeToClass(Attribute e)
    {
        if (e.Value is not Name { Id: "self" } || e.Ctx != ExprContext.Store)
        {
            return;
        }

        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].ScopeType == ScopeType.Class)
            {
                _stack[i].StaticAttributes!.Add(e.Attr);
                break;
            }
        }
    }

    /// <summary>For an attribute spanning lines, the location starts at the attribute name.</summary>
    private static SourceLocation UpdateStartLocationToMatchAttr(SourceLocation loc, Attribute attr)
    {
        if (loc.Lineno != attr.EndLineno)
        {
            int lineno = attr.EndLineno;
            int col = loc.ColOffset;
            int endCol = loc.EndColOffset;
            int len = attr.Attr.Length;
            if (len <= attr.EndColOffset)
            {
                col = attr.EndColOffset - len;
            }
            else
            {
                col = -1;
                endCol = -1;
            }

            int endLineno = Math.Max(lineno, loc.EndLineno);
            if (lineno == endLineno)
            {
                endCol = Math.Max(col, endCol);
            }

            return new SourceLocation(lineno, col, endLineno, endCol);
        }

        return loc;
    }

    private static bool IsConstantSlice(ExprNode s) =>
        s is Slice sl && (sl.Lower is null or Constant) && (sl.Upper is null or Constant) && (sl.Step is null or Constant);

    private static bool ShouldApplyTwoElementSliceOptimization(ExprNode s) =>
        !IsConstantSlice(s) && s is Slice { Step: null };

    private void SubscriptExpr(Subscript e)
    {
        var loc = Loc(e);
        if (e.Ctx == ExprContext.Load)
        {
            CheckSubscripter(e.Value);
            CheckIndex(e.Value, e.Slice);
        }

        VisitExpr(e.Value);
        if (ShouldApplyTwoElementSliceOptimization(e.Slice) && e.Ctx != ExprContext.Del)
        {
            SliceTwoParts((Slice)e.Slice);
            Addop(loc, e.Ctx == ExprContext.Load ? Opcode.BinarySlice : Opcode.StoreSlice);
            return;
        }

        VisitExpr(e.Slice);
        switch (e.Ctx)
        {
            case ExprContext.Load:
                AddopI(loc, Opcode.BinaryOp, BinaryOps.Subscr);
                break;
            case ExprContext.Store:
                Addop(loc, Opcode.StoreSubscr);
                break;
            default:
                Addop(loc, Opcode.DeleteSubscr);
                break;
        }
    }

    private void SliceTwoParts(Slice s)
    {
        if (s.Lower is not null)
        {
            VisitExpr(s.Lower);
        }
        else
        {
            AddopLoadConst(Loc(s), ConstantValue.None);
        }

        if (s.Upper is not null)
        {
            VisitExpr(s.Upper);
        }
        else
        {
            AddopLoadConst(Loc(s), ConstantValue.None);
        }
    }

    private void SliceExpr(Slice s)
    {
        if (IsConstantSlice(s))
        {
            static ConstantValue Bound(ExprNode? e) => e is Constant c ? c.Value : ConstantValue.None;
            AddopLoadConst(Loc(s), new SliceConstant(Bound(s.Lower), Bound(s.Upper), Bound(s.Step)));
            return;
        }

        SliceTwoParts(s);
        int n = 2;
        if (s.Step is not null)
        {
            n++;
            VisitExpr(s.Step);
        }

        AddopI(Loc(s), Opcode.BuildSlice, n);
    }

    private void CheckSubscripter(ExprNode e)
    {
        switch (e)
        {
            case Constant c when c.Value.Kind is not (ConstantKind.None or ConstantKind.Ellipsis or ConstantKind.Int or ConstantKind.Bool
                or ConstantKind.Float or ConstantKind.Complex or ConstantKind.FrozenSet):
                return;
            case Constant or Set or SetComp or GeneratorExp or TemplateStr or Interpolation or Lambda:
                Warn(Loc(e), $"'{InferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?");
                return;
        }
    }

    private void CheckIndex(ExprNode e, ExprNode s)
    {
        var indexType = InferTypeName(s);
        if (indexType is null || indexType is "int" or "bool" || s is Slice)
        {
            return;
        }

        switch (e)
        {
            case Constant c when c.Value.Kind is not (ConstantKind.Str or ConstantKind.Bytes or ConstantKind.Tuple):
                return;
            case Constant or Tuple or List or ListComp or JoinedStr or FormattedValue:
                Warn(Loc(e), $"{InferTypeName(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
                return;
        }
    }
}
