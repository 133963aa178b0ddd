using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Symtable;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>State saved around an inlined comprehension (PEP 709).</summary>
    private sealed class InlinedComprehensionState
    {
        public List<string>? PushedLocals;
        public Dictionary<string, (SymbolFlags Flags, SymbolScope Scope)>? TempSymbols;
        public List<string>? FastHidden;
        public Label Cleanup = Label.None;
    }

    private void Comprehension(ExprNode e, ComprehensionKind type, string name, List<Comprehension> generators, ExprNode elt, ExprNode? val)
    {
        var entry = _st.Lookup(e);
        bool isInlined = entry.IsInlinedComprehension;
        bool isAsyncComprehension = entry.IsCoroutine;
        var loc = Loc(e);
        var outermost = generators[0];
        var state = new InlinedComprehensionState();
        if (isInlined)
        {
            VisitExpr(outermost.Iter);
            Addop(Loc(outermost.Iter), outermost.IsAsync != 0 ? Opcode.GetAiter : Opcode.GetIter);
            PushInlinedComprehensionState(loc, entry, state);
        }
        else
        {
            EnterScope(name, ScopeType.Comprehension, e, 0, e.Lineno, null, 1, 0, 0);
        }

        if (type != ComprehensionKind.Generator)
        {
            var op = type switch
            {
                ComprehensionKind.List => Opcode.BuildList,
                ComprehensionKind.Set => Opcode.BuildSet,
                _ => Opcode.BuildMap,
            };
            AddopI(loc, op, 0);
            if (isInlined)
            {
                AddopI(loc, Opcode.Swap, 2);
            }
        }

        ComprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
        if (isInlined)
        {
            PopInlinedComprehensionState(loc, state);
            return;
        }

        if (type != ComprehensionKind.Generator)
        {
            Addop(Loc(e), Opcode.ReturnValue);
        }
        else
        {
            WrapInStopIterationHandler();
        }

        var co = OptimizeAndAssemble(addNone: true);
        ExitScope();
        MakeClosure(loc, co, 0);
        VisitExpr(outermost.Iter);
        Addop(Loc(outermost.Iter), outermost.IsAsync != 0 ? Opcode.GetAiter : Opcode.GetIter);
        AddopI(loc, Opcode.Call, 0);
        if (isAsyncComprehension && type != ComprehensionKind.Generator)
        {
            AddopI(loc, Opcode.GetAwaitable, 0);
            AddopLoadConst(loc, ConstantValue.None);
            AddYieldFrom(loc, isAwait: true);
        }
    }

    private void ComprehensionGenerator(SourceLocation loc, List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type, bool iterOnStack)
    {
        if (generators[genIndex].IsAsync != 0)
        {
            AsyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
        else
        {
            SyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    private void ComprehensionElement(ComprehensionKind type, ExprNode elt, ExprNode? val, int depth, out SourceLocation eltLoc)
    {
        eltLoc = Loc(elt);
        switch (type)
        {
            case ComprehensionKind.Generator:
                VisitExpr(elt);
                AddopYield(eltLoc);
                Addop(eltLoc, Opcode.PopTop);
                break;
            case ComprehensionKind.List:
                VisitExpr(elt);
                AddopI(eltLoc, Opcode.ListAppend, depth + 1);
                break;
            case ComprehensionKind.Set:
                VisitExpr(elt);
                AddopI(eltLoc, Opcode.SetAdd, depth + 1);
                break;
            default:
                // {k: v}: the key is evaluated first.
                VisitExpr(elt);
                VisitExpr(val!);
                eltLoc = new SourceLocation(elt.Lineno, elt.ColOffset, val!.EndLineno, val.EndColOffset);
                AddopI(eltLoc, Opcode.MapAdd, depth + 1);
                break;
        }
    }

    private void SyncComprehensionGenerator(SourceLocation loc, List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type, bool iterOnStack)
    {
        var start = NewLabel();
        var ifCleanup = NewLabel();
        var anchor = NewLabel();
        var gen = generators[genIndex];
        bool hasLoop = true;
        if (!iterOnStack)
        {
            if (genIndex == 0)
            {
                AddopI(loc, Opcode.LoadFast, 0);
            }
            else
            {
                // "for y in [f(x)]": the one element is assigned without a loop.
                var elts = gen.Iter switch
                {
                    List l => l.Elts,
                    Tuple t => t.Elts,
                    _ => null,
                };
                if (elts is { Count: 1 } && elts[0] is not Starred)
                {
                    VisitExpr(elts[0]);
                    hasLoop = false;
                }
                else
                {
                    VisitExpr(gen.Iter);
                }
            }
        }

        if (hasLoop)
        {
            // The outermost iterable arrives as an iterator already.
            depth++;
            if (genIndex > 0)
            {
                Addop(Loc(gen.Iter), Opcode.GetIter);
            }

            UseLabel(start);
            AddopJump(Loc(gen.Iter), Opcode.ForIter, anchor);
        }

        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(loc, cond, ifCleanup, cond: false);
        }

        if (++genIndex < generators.Count)
        {
            ComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }

        var eltLoc = Loc(elt);
        if (genIndex >= generators.Count)
        {
            ComprehensionElement(type, elt, val, depth, out eltLoc);
        }

        UseLabel(ifCleanup);
        if (hasLoop)
        {
            AddopJump(eltLoc, Opcode.Jump, start);
            UseLabel(anchor);
            Addop(SourceLocation.None, Opcode.EndFor);
            Addop(SourceLocation.None, Opcode.PopIter);
        }
    }

    private void AsyncComprehensionGenerator(SourceLocation loc, List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type, bool iterOnStack)
    {
        var start = NewLabel();
        var send = NewLabel();
        var except = NewLabel();
        var ifCleanup = NewLabel();
        var gen = generators[genIndex];
        if (!iterOnStack)
        {
            if (genIndex == 0)
            {
                AddopI(loc, Opcode.LoadFast, 0);
            }
            else
            {
                VisitExpr(gen.Iter);
            }
        }

        if (genIndex > 0)
        {
            Addop(Loc(gen.Iter), Opcode.GetAiter);
        }

        UseLabel(start);
        PushFBlock(loc, FBlockType.AsyncComprehensionGenerator, start, Label.None, null);
        AddopJump(loc, Opcode.SetupFinally, except);
        Addop(loc, Opcode.GetAnext);
        AddopLoadConst(loc, ConstantValue.None);
        UseLabel(send);
        AddYieldFrom(loc, isAwait: true);
        Addop(loc, Opcode.PopBlock);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(loc, cond, ifCleanup, cond: false);
        }

        depth++;
        if (++genIndex < generators.Count)
        {
            ComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }

        var eltLoc = Loc(elt);
        if (genIndex >= generators.Count)
        {
            ComprehensionElement(type, elt, val, depth, out eltLoc);
        }

        UseLabel(ifCleanup);
        AddopJump(eltLoc, Opcode.Jump, start);
        PopFBlock(FBlockType.AsyncComprehensionGenerator);
        UseLabel(except);
        AddopJump(loc, Opcode.EndAsyncFor, send);
    }

    private void PushInlinedComprehensionState(SourceLocation loc, SymbolTableEntry comp, InlinedComprehensionState state)
    {
        // _PyCompile_TweakInlinedComprehensionScopes
        bool inClassBlock = Ste.Type == BlockType.Class && !IsInInlinedComp;
        _u.InInlinedComp++;
        foreach (var sym in comp.Symbols.Values.ToList())
        {
            var k = sym.Name;
            var scope = sym.Scope;
            var outer = Ste.Symbols.TryGetValue(k, out var outerSym) ? outerSym : null;
            var outsc = outer?.Scope ?? SymbolScope.Unknown;
            if ((scope != outsc && scope != SymbolScope.Free && !(scope == SymbolScope.Cell && outsc == SymbolScope.Free)) || inClassBlock)
            {
                // Use the comprehension's view of the name while compiling it.
                state.TempSymbols ??= [];
                state.TempSymbols[k] = (outer?.Flags ?? SymbolFlags.None, outsc);
                if (outer is null)
                {
                    Ste.Symbols[k] = new Symbol(k, sym.Flags) { Scope = scope };
                }
                else
                {
                    outer.Flags = sym.Flags;
                    outer.Scope = scope;
                }
            }

            if ((sym.Flags & SymbolFlags.DefLocal) != 0 && (sym.Flags & SymbolFlags.DefNonlocal) == 0)
            {
                if (!Ste.IsFunctionLike)
                {
                    // Non-function scope: the name becomes a hidden fast local.
                    if (!(Md.FastHidden.TryGetValue(k, out bool orig) && orig))
                    {
                        Md.FastHidden[k] = true;
                        state.FastHidden ??= [];
                        state.FastHidden.Add(k);
                    }
                }
            }
        }

        // codegen_push_inlined_comprehension_locals
        foreach (var sym in comp.Symbols.Values)
        {
            var k = sym.Name;
            var scope = sym.Scope;
            var outsc = Ste.GetScope(k);
            if ((sym.Flags & SymbolFlags.DefLocal) != 0 && (sym.Flags & SymbolFlags.DefNonlocal) == 0)
            {
                // Isolate the comprehension's locals: save the outer value (maybe unbound).
                state.PushedLocals ??= [];
                AddopI(loc, Opcode.LoadFastAndClear, Md.VarNames.Add(MaybeMangle(k)));
                if (scope == SymbolScope.Cell)
                {
                    AddopI(loc, Opcode.MakeCell, outsc == SymbolScope.Free ? FreeVarIndex(MaybeMangle(k)) : Md.CellVars.Add(MaybeMangle(k)));
                }

                state.PushedLocals.Add(k);
            }
        }

        if (state.PushedLocals is not null)
        {
            // The outermost iterable goes back on top.
            AddopI(loc, Opcode.Swap, state.PushedLocals.Count + 1);

            // Restore the locals on an exception too.
            state.Cleanup = NewLabel();
            AddopJump(loc, Opcode.SetupFinally, state.Cleanup);
        }
    }

    private void RestoreInlinedComprehensionLocals(SourceLocation loc, InlinedComprehensionState state)
    {
        int npops = state.PushedLocals!.Count;
        AddopI(loc, Opcode.Swap, npops + 1);
        for (int i = npops - 1; i >= 0; i--)
        {
            AddopI(loc, Opcode.StoreFastMaybeNull, Md.VarNames.Add(MaybeMangle(state.PushedLocals[i])));
        }
    }

    private void PopInlinedComprehensionState(SourceLocation loc, InlinedComprehensionState state)
    {
        if (state.PushedLocals is not null)
        {
            Addop(SourceLocation.None, Opcode.PopBlock);
            var end = NewLabel();
            AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
            UseLabel(state.Cleanup);

            // Drop the incomplete result under the exception.
            AddopI(SourceLocation.None, Opcode.Swap, 2);
            Addop(SourceLocation.None, Opcode.PopTop);
            RestoreInlinedComprehensionLocals(loc, state);
            AddopI(SourceLocation.None, Opcode.Reraise, 0);
            UseLabel(end);
            RestoreInlinedComprehensionLocals(loc, state);
        }

        // _PyCompile_RevertInlinedComprehensionScopes
        _u.InInlinedComp--;
        if (state.TempSymbols is not null)
        {
            foreach (var (k, (flags, scope)) in state.TempSymbols)
            {
                if (scope == SymbolScope.Unknown && flags == SymbolFlags.None)
                {
                    // The name did not exist outside: CPython stores a 0 symbol, which reads as unknown.
                    Ste.Symbols[k] = new Symbol(k, SymbolFlags.None);
                }
                else
                {
                    var sym = Ste.Symbols[k];
                    sym.Flags = flags;
                    sym.Scope = scope;
                }
            }
        }

        if (state.FastHidden is not null)
        {
            // False rather than removed: these names keep the hidden kind.
            foreach (var k in state.FastHidden)
            {
                Md.FastHidden[k] = false;
            }
        }
    }
}
