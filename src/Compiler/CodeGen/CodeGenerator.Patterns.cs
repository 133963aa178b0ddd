using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// PEP 634 code generation state. Every pattern routine consumes the subject on top of the
    /// stack and jumps to a fail_pop label on failure; fail_pop[i] pops i items.
    /// </summary>
    private sealed class PatternContext
    {
        public List<string> Stores = [];
        public bool AllowIrrefutable;
        public List<Label> FailPop = [];
        public int OnTop;
    }

    private static bool IsWildcard(PatternNode p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsWildcardStar(PatternNode p) => p is MatchStar { Name: null };

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1)
        {
            pc.FailPop.Add(NewLabel());
        }
    }

    private void JumpToFailPop(SourceLocation loc, PatternContext pc, Opcode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        AddopJump(loc, op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(SourceLocation loc, PatternContext pc)
    {
        if (pc.FailPop.Count == 0)
        {
            return;
        }

        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseLabel(pc.FailPop[i]);
            Addop(loc, Opcode.PopTop);
        }

        UseLabel(pc.FailPop[0]);
        pc.FailPop = [];
    }

    private void PatternRotate(SourceLocation loc, int count)
    {
        while (count > 1)
        {
            AddopI(loc, Opcode.Swap, count--);
        }
    }

    private void PatternStoreName(SourceLocation loc, string? n, PatternContext pc)
    {
        if (n is null)
        {
            Addop(loc, Opcode.PopTop);
            return;
        }

        if (pc.Stores.Contains(n))
        {
            throw Error(loc, $"multiple assignments to name '{n}' in pattern");
        }

        // Rotate the capture under the items that must stay on top.
        PatternRotate(loc, pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(n);
    }

    private void PatternUnpackHelper(SourceLocation loc, List<PatternNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is MatchStar)
            {
                if (seenStar)
                {
                    throw Error(loc, "multiple starred expressions in sequence pattern");
                }

                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                {
                    throw Error(loc, "too many expressions in star-unpacking sequence pattern");
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

    private void PatternSequenceUnpack(SourceLocation loc, List<PatternNode> patterns, PatternContext pc)
    {
        PatternUnpackHelper(loc, patterns);
        int size = patterns.Count;
        pc.OnTop += size;
        foreach (var p in patterns)
        {
            pc.OnTop--;
            PatternSubpattern(p, pc);
        }
    }

    /// <summary>Subscripts instead of unpacking, for patterns with a starred wildcard.</summary>
    private void PatternSequenceSubscr(SourceLocation loc, List<PatternNode> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern) || i == star)
            {
                continue;
            }

            AddopI(loc, Opcode.Copy, 1);
            if (i < star)
            {
                AddopLoadConst(loc, ConstantValue.FromInt(i));
            }
            else
            {
                // The subject may not support negative indexes.
                Addop(loc, Opcode.GetLen);
                AddopLoadConst(loc, ConstantValue.FromInt(size - i));
                AddopI(loc, Opcode.BinaryOp, BinaryOps.Subtract);
            }

            AddopI(loc, Opcode.BinaryOp, BinaryOps.Subscr);
            PatternSubpattern(pattern, pc);
        }

        pc.OnTop--;
        Addop(loc, Opcode.PopTop);
    }

    private void PatternSubpattern(PatternNode p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        Pattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void Pattern(PatternNode p, PatternContext pc)
    {
        EnterRecursive();
        var loc = Loc(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not (Constant or Attribute))
                {
                    throw Error(loc, "patterns may only match literals and attribute lookups");
                }

                VisitExpr(v.Value);
                AddCompare(loc, CmpOperator.Eq);
                Addop(loc, Opcode.ToBool);
                JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
                break;
            case MatchSingleton s:
                AddopLoadConst(loc, s.Value);
                AddCompare(loc, CmpOperator.Is);
                JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
                break;
            case MatchSequence s:
                PatternSequence(s, pc);
                break;
            case MatchMapping m:
                PatternMapping(m, pc);
                break;
            case MatchClass c:
                PatternClass(c, pc);
                break;
            case MatchStar s:
                PatternStoreName(loc, s.Name, pc);
                break;
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        throw Error(loc, a.Name is not null
                            ? $"name capture '{a.Name}' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable");
                    }

                    PatternStoreName(loc, a.Name, pc);
                    break;
                }

                pc.OnTop++;
                AddopI(loc, Opcode.Copy, 1);
                Pattern(a.Pattern, pc);
                pc.OnTop--;
                PatternStoreName(loc, a.Name, pc);
                break;
            case MatchOr o:
                PatternOr(o, pc);
                break;
        }

        LeaveRecursive();
    }

    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var loc = Loc(p);
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true;
        bool starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0)
                {
                    throw Error(loc, "multiple starred names in sequence pattern");
                }

                starWildcard = IsWildcardStar(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }

            onlyWildcard &= IsWildcard(pattern);
        }

        pc.OnTop++;
        Addop(loc, Opcode.MatchSequence);
        JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        if (star < 0)
        {
            Addop(loc, Opcode.GetLen);
            AddopLoadConst(loc, ConstantValue.FromInt(size));
            AddCompare(loc, CmpOperator.Eq);
            JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        }
        else if (size > 1)
        {
            Addop(loc, Opcode.GetLen);
            AddopLoadConst(loc, ConstantValue.FromInt(size - 1));
            AddCompare(loc, CmpOperator.GtE);
            JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        }

        pc.OnTop--;
        if (onlyWildcard)
        {
            Addop(loc, Opcode.PopTop);
        }
        else if (starWildcard)
        {
            PatternSequenceSubscr(loc, patterns, star, pc);
        }
        else
        {
            PatternSequenceUnpack(loc, patterns, pc);
        }
    }

    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var loc = Loc(p);
        var keys = p.Keys;
        int size = keys.Count;
        if (size != p.Patterns.Count)
        {
            throw Error(loc, $"keys ({size}) / patterns ({p.Patterns.Count}) length mismatch in mapping pattern");
        }

        var starTarget = p.Rest;
        pc.OnTop++;
        Addop(loc, Opcode.MatchMapping);
        JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        if (size == 0 && starTarget is null)
        {
            // "{}": done; pop the subject.
            pc.OnTop--;
            Addop(loc, Opcode.PopTop);
            return;
        }

        if (size > 0)
        {
            Addop(loc, Opcode.GetLen);
            AddopLoadConst(loc, ConstantValue.FromInt(size));
            AddCompare(loc, CmpOperator.GtE);
            JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        }

        var seen = new HashSet<ConstantValue>();
        for (int i = 0; i < size; i++)
        {
            var key = keys[i];
            if (key is Constant c)
            {
                if (!seen.Add(PatternKey(c.Value)))
                {
                    throw Error(loc, $"mapping pattern checks duplicate key ({c.Value.Repr()})");
                }
            }
            else if (key is not Attribute)
            {
                throw Error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }

            VisitExpr(key);
        }

        AddopI(loc, Opcode.BuildTuple, size);
        Addop(loc, Opcode.MatchKeys);
        pc.OnTop += 2;
        AddopI(loc, Opcode.Copy, 1);
        AddopLoadConst(loc, ConstantValue.None);
        AddopI(loc, Opcode.IsOp, 1);
        JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        AddopI(loc, Opcode.UnpackSequence, size);
        pc.OnTop += size - 1;
        foreach (var pattern in p.Patterns)
        {
            pc.OnTop--;
            PatternSubpattern(pattern, pc);
        }

        pc.OnTop -= 2;
        if (starTarget is not null)
        {
            // rest = dict(subject); del rest[k] for each key
            AddopI(loc, Opcode.BuildMap, 0);
            AddopI(loc, Opcode.Swap, 3);
            AddopI(loc, Opcode.DictUpdate, 2);
            AddopI(loc, Opcode.UnpackSequence, size);
            while (size > 0)
            {
                AddopI(loc, Opcode.Copy, 1 + size--);
                AddopI(loc, Opcode.Swap, 2);
                Addop(loc, Opcode.DeleteSubscr);
            }

            PatternStoreName(loc, starTarget, pc);
        }
        else
        {
            Addop(loc, Opcode.PopTop);
            Addop(loc, Opcode.PopTop);
        }
    }

    /// <summary>Python equality for duplicate-key detection: 1, 1.0 and True are the same key.</summary>
    private static ConstantValue PatternKey(ConstantValue v) => v switch
    {
        BoolConstant b => ConstantValue.FromInt(b.Value ? 1 : 0),
        FloatConstant f when f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 1e18 => ConstantValue.FromInt((long)f.Value),
        FloatConstant { Value: 0.0 } => ConstantValue.FromInt(0),
        _ => v,
    };

    private void PatternClass(MatchClass p, PatternContext pc)
    {
        var loc = Loc(p);
        int nargs = p.Patterns.Count;
        int nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count)
        {
            throw Error(loc, $"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Count}) length mismatch in class pattern");
        }

        for (int i = 0; i < nattrs; i++)
        {
            for (int j = i + 1; j < nattrs; j++)
            {
                if (p.KwdAttrs[i] == p.KwdAttrs[j])
                {
                    throw Error(Loc(p.KwdPatterns[j]), $"attribute name repeated in class pattern: {p.KwdAttrs[i]}");
                }
            }
        }

        VisitExpr(p.Cls);
        AddopLoadConst(loc, ConstantValue.Tuple(p.KwdAttrs.Select(a => (ConstantValue)Str(a)).ToArray()));
        AddopI(loc, Opcode.MatchClass, nargs);
        AddopI(loc, Opcode.Copy, 1);
        AddopLoadConst(loc, ConstantValue.None);
        AddopI(loc, Opcode.IsOp, 1);
        pc.OnTop++;
        JumpToFailPop(loc, pc, Opcode.PopJumpIfFalse);
        AddopI(loc, Opcode.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pattern))
            {
                Addop(loc, Opcode.PopTop);
                continue;
            }

            PatternSubpattern(pattern, pc);
        }
    }

    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var loc = Loc(p);
        var end = NewLabel();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        bool oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            pc.Stores = [];
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = [];
            pc.OnTop = 0;
            AddopI(Loc(alt), Opcode.Copy, 1);
            Pattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0)
            {
                control = pc.Stores;
            }
            else if (nstores != control!.Count)
            {
                throw Error(loc, "alternative patterns bind different names");
            }
            else if (nstores > 0)
            {
                // Reorder the captures on the stack to match the first alternative's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    var name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0)
                    {
                        throw Error(loc, "alternative patterns bind different names");
                    }

                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0)
                        {
                            PatternRotate(Loc(alt), icontrol + 1);
                        }
                    }
                }
            }

            AddopJump(Loc(alt), Opcode.Jump, end);
            EmitAndResetFailPop(Loc(alt), pc);
        }

        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;

        // No alternative matched: pop the subject copy and fail.
        Addop(loc, Opcode.PopTop);
        JumpToFailPop(loc, pc, Opcode.Jump);
        UseLabel(end);
        int nstoresTotal = control!.Count;
        int nrots = nstoresTotal + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nstoresTotal; i++)
        {
            PatternRotate(loc, nrots);
            var name = control[i];
            if (pc.Stores.Contains(name))
            {
                throw Error(loc, $"multiple assignments to name '{name}' in pattern");
            }

            pc.Stores.Add(name);
        }

        Addop(loc, Opcode.PopTop);
    }

    private void MatchStmt(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = NewLabel();
        int cases = s.Cases.Count;
        var last = s.Cases[cases - 1];
        bool hasDefault = IsWildcard(last.Pattern) && cases > 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            bool notLast = i != cases - (hasDefault ? 1 : 0) - 1;
            if (notLast)
            {
                AddopI(Loc(m.Pattern), Opcode.Copy, 1);
            }

            pc.Stores = [];
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = [];
            pc.OnTop = 0;
            Pattern(m.Pattern, pc);
            foreach (var name in pc.Stores)
            {
                NameOp(Loc(m.Pattern), name, ExprContext.Store);
            }

            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(Loc(m.Pattern), m.Guard, pc.FailPop[0], cond: false);
            }

            if (notLast)
            {
                // The next location, for better branch events.
                Addop(SourceLocation.Next, Opcode.PopTop);
            }

            VisitStmts(m.Body);
            AddopJump(SourceLocation.None, Opcode.Jump, end);

            // A failed pattern's cleanup belongs to the pattern's line.
            EmitAndResetFailPop(Loc(m.Pattern), pc);
        }

        if (hasDefault)
        {
            var m = last;
            Addop(Loc(m.Pattern), cases == 1 ? Opcode.PopTop : Opcode.Nop);
            if (m.Guard is not null)
            {
                JumpIf(Loc(m.Pattern), m.Guard, end, cond: false);
            }

            VisitStmts(m.Body);
        }

        UseLabel(end);
    }
}
