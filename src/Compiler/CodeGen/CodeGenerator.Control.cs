using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void IfStmt(If s)
    {
        var end = NewLabel();
        var next = s.Orelse.Count > 0 ? NewLabel() : end;
        JumpIf(Loc(s), s.Test, next, cond: false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
            UseLabel(next);
            VisitStmts(s.Orelse);
        }

        UseLabel(end);
    }

    private void ForStmt(For s)
    {
        var loc = Loc(s);
        var start = NewLabel();
        var body = NewLabel();
        var cleanup = NewLabel();
        var end = NewLabel();
        PushFBlock(loc, FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        loc = Loc(s.Iter);
        Addop(loc, Opcode.GetIter);
        UseLabel(start);
        AddopJump(loc, Opcode.ForIter, cleanup);

        // A NOP with the target's line keeps line tracing right for multi-line for statements.
        Addop(Loc(s.Target), Opcode.Nop);
        UseLabel(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddopJump(SourceLocation.None, Opcode.Jump, start);
        UseLabel(cleanup);

        // END_FOR first: iteration over a generator jumps to it, other iterators past it.
        Addop(SourceLocation.None, Opcode.EndFor);
        Addop(SourceLocation.None, Opcode.PopIter);
        PopFBlock(FBlockType.ForLoop);
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    private void AsyncForStmt(AsyncFor s)
    {
        var loc = Loc(s);
        var start = NewLabel();
        var send = NewLabel();
        var except = NewLabel();
        var end = NewLabel();
        VisitExpr(s.Iter);
        Addop(Loc(s.Iter), Opcode.GetAiter);
        UseLabel(start);
        PushFBlock(loc, FBlockType.AsyncForLoop, start, end, null);

        // SETUP_FINALLY guards the __anext__ call.
        AddopJump(loc, Opcode.SetupFinally, except);
        Addop(loc, Opcode.GetAnext);
        AddopLoadConst(loc, ConstantValue.None);
        UseLabel(send);
        AddYieldFrom(loc, isAwait: true);
        Addop(loc, Opcode.PopBlock);
        Addop(loc, Opcode.NotTaken);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddopJump(SourceLocation.None, Opcode.Jump, start);
        PopFBlock(FBlockType.AsyncForLoop);
        UseLabel(except);

        // END_ASYNC_FOR belongs to the 'for' line, as the iterator does.
        AddopJump(Loc(s.Iter), Opcode.EndAsyncFor, send);
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    private void WhileStmt(While s)
    {
        var loop = NewLabel();
        var end = NewLabel();
        var anchor = NewLabel();
        UseLabel(loop);
        PushFBlock(Loc(s), FBlockType.WhileLoop, loop, end, null);
        JumpIf(Loc(s), s.Test, anchor, cond: false);
        VisitStmts(s.Body);
        AddopJump(SourceLocation.None, Opcode.Jump, loop);
        PopFBlock(FBlockType.WhileLoop);
        UseLabel(anchor);
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    private void ReturnStmt(Return s)
    {
        var loc = Loc(s);
        bool preserveTos = s.Value is not null and not Constant;
        if (!Ste.IsFunctionLike)
        {
            throw Error(loc, "'return' outside function");
        }

        if (s.Value is not null && Ste.IsCoroutine && Ste.IsGenerator)
        {
            throw Error(loc, "'return' with value in async generator");
        }

        if (preserveTos)
        {
            VisitExpr(s.Value!);
        }
        else if (s.Value is not null)
        {
            // An instruction carrying the line of the returned constant.
            loc = Loc(s.Value);
            Addop(loc, Opcode.Nop);
        }

        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            loc = Loc(s);
            Addop(loc, Opcode.Nop);
        }

        UnwindFBlockStack(ref loc, preserveTos, out _, stopAtLoop: false);
        if (s.Value is null)
        {
            AddopLoadConst(loc, ConstantValue.None);
        }
        else if (!preserveTos)
        {
            AddopLoadConst(loc, ((Constant)s.Value).Value);
        }

        Addop(loc, Opcode.ReturnValue);
    }

    private void BreakStmt(SourceLocation loc)
    {
        var origin = loc;
        Addop(loc, Opcode.Nop);
        UnwindFBlockStack(ref loc, false, out var loop, stopAtLoop: true);
        if (loop is null)
        {
            throw Error(origin, "'break' outside loop");
        }

        UnwindFBlock(ref loc, loop, false);
        AddopJump(loc, Opcode.Jump, loop.Exit);
    }

    private void ContinueStmt(SourceLocation loc)
    {
        var origin = loc;
        Addop(loc, Opcode.Nop);
        UnwindFBlockStack(ref loc, false, out var loop, stopAtLoop: true);
        if (loop is null)
        {
            throw Error(origin, "'continue' not properly in loop");
        }

        AddopJump(loc, Opcode.Jump, loop.Block);
    }

    private void CallExitWithNones(SourceLocation loc)
    {
        AddopLoadConst(loc, ConstantValue.None);
        AddopLoadConst(loc, ConstantValue.None);
        AddopLoadConst(loc, ConstantValue.None);
        AddopI(loc, Opcode.Call, 3);
    }

    private void AddYieldFrom(SourceLocation loc, bool isAwait)
    {
        var send = NewLabel();
        var fail = NewLabel();
        var exit = NewLabel();
        UseLabel(send);
        AddopJump(loc, Opcode.Send, exit);

        // A virtual try/except for StopIteration raised by close() or throw().
        AddopJump(loc, Opcode.SetupFinally, fail);
        AddopI(loc, Opcode.YieldValue, 1);
        Addop(SourceLocation.None, Opcode.PopBlock);
        AddopI(loc, Opcode.Resume, isAwait ? ResumeKinds.AfterAwait : ResumeKinds.AfterYieldFrom);
        AddopJump(loc, Opcode.JumpNoInterrupt, send);
        UseLabel(fail);
        Addop(loc, Opcode.CleanupThrow);
        UseLabel(exit);
        Addop(loc, Opcode.EndSend);
    }

    private void PopExceptAndReraise(SourceLocation loc)
    {
        AddopI(loc, Opcode.Copy, 3);
        Addop(loc, Opcode.PopExcept);
        AddopI(loc, Opcode.Reraise, 1);
    }

    /// <summary>Emits the cleanup of one frame block for a return/break/continue leaving it.</summary>
    private void UnwindFBlock(ref SourceLocation loc, FBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop or FBlockType.ExceptionHandler or FBlockType.ExceptionGroupHandler
                or FBlockType.AsyncComprehensionGenerator or FBlockType.StopIteration:
                return;
            case FBlockType.ForLoop:
                // Pop the iterator.
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 2);
                }

                Addop(loc, Opcode.PopTop);
                return;
            case FBlockType.AsyncForLoop:
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 2);
                }

                Addop(loc, Opcode.PopTop);
                return;
            case FBlockType.TryExcept:
                Addop(loc, Opcode.PopBlock);
                return;
            case FBlockType.FinallyTry:
                // The POP_BLOCK gets the line of the unwinding statement.
                Addop(loc, Opcode.PopBlock);
                if (preserveTos)
                {
                    PushFBlock(loc, FBlockType.PopValue, Label.None, Label.None, null);
                }

                VisitStmts((List<StmtNode>)info.Datum!);
                if (preserveTos)
                {
                    PopFBlock(FBlockType.PopValue);
                }

                // The finally body appears to run after the unwinding statement.
                loc = SourceLocation.None;
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 2);
                }

                Addop(loc, Opcode.PopTop);
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 2);
                }

                Addop(loc, Opcode.PopBlock);
                Addop(loc, Opcode.PopExcept);
                return;
            case FBlockType.With or FBlockType.AsyncWith:
                loc = info.Loc;
                Addop(loc, Opcode.PopBlock);
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 3);
                    AddopI(loc, Opcode.Swap, 2);
                }

                CallExitWithNones(loc);
                if (info.Type == FBlockType.AsyncWith)
                {
                    AddopI(loc, Opcode.GetAwaitable, 2);
                    AddopLoadConst(loc, ConstantValue.None);
                    AddYieldFrom(loc, isAwait: true);
                }

                Addop(loc, Opcode.PopTop);
                loc = SourceLocation.None;
                return;
            case FBlockType.HandlerCleanup:
                {
                    var name = info.Datum as string;
                    if (name is not null)
                    {
                        Addop(loc, Opcode.PopBlock);
                    }

                    if (preserveTos)
                    {
                        AddopI(loc, Opcode.Swap, 2);
                    }

                    Addop(loc, Opcode.PopBlock);
                    Addop(loc, Opcode.PopExcept);
                    if (name is not null)
                    {
                        AddopLoadConst(loc, ConstantValue.None);
                        NameOp(loc, name, ExprContext.Store);
                        NameOp(loc, name, ExprContext.Del);
                    }

                    return;
                }

            case FBlockType.PopValue:
                if (preserveTos)
                {
                    AddopI(loc, Opcode.Swap, 2);
                }

                Addop(loc, Opcode.PopTop);
                return;
        }
    }

    /// <summary>Unwinds the frame blocks, innermost first; with stopAtLoop, up to the first loop.</summary>
    private void UnwindFBlockStack(ref SourceLocation loc, bool preserveTos, out FBlock? loop, bool stopAtLoop)
    {
        loop = null;
        var top = TopFBlock;
        if (top is null)
        {
            return;
        }

        if (top.Type == FBlockType.ExceptionGroupHandler)
        {
            throw Error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }

        if (stopAtLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop or FBlockType.AsyncForLoop)
        {
            loop = top;
            return;
        }

        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        if (top.Type == FBlockType.FinallyEnd)
        {
            _disableWarning--;
        }

        UnwindFBlock(ref loc, top, preserveTos);
        UnwindFBlockStack(ref loc, preserveTos, out loop, stopAtLoop);
        PushFBlock(top.Loc, top.Type, top.Block, top.Exit, top.Datum);
    }

    private void TryFinally(StmtNode s, List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
        List<StmtNode> finalbody, bool star)
    {
        var loc = Loc(s);
        var bodyLabel = NewLabel();
        var end = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        AddopJump(loc, Opcode.SetupFinally, end);
        UseLabel(bodyLabel);
        PushFBlock(loc, FBlockType.FinallyTry, bodyLabel, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star)
            {
                TryStarExcept(s, body, handlers, orelse);
            }
            else
            {
                TryExcept(s, body, handlers, orelse);
            }
        }
        else
        {
            VisitStmts(body);
        }

        Addop(SourceLocation.None, Opcode.PopBlock);
        PopFBlock(FBlockType.FinallyTry);
        VisitStmts(finalbody);
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, exit);

        // The finally block for the exceptional path.
        UseLabel(end);
        loc = SourceLocation.None;
        AddopJump(loc, Opcode.SetupCleanup, cleanup);
        Addop(loc, Opcode.PushExcInfo);
        PushFBlock(loc, FBlockType.FinallyEnd, end, Label.None, null);
        VisitStmts(finalbody);
        PopFBlock(FBlockType.FinallyEnd);
        AddopI(loc, Opcode.Reraise, 0);
        UseLabel(cleanup);
        PopExceptAndReraise(loc);
        UseLabel(exit);
    }

    private void TryExcept(StmtNode s, List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var loc = Loc(s);
        var bodyLabel = NewLabel();
        var except = NewLabel();
        var end = NewLabel();
        var cleanup = NewLabel();
        AddopJump(loc, Opcode.SetupFinally, except);
        UseLabel(bodyLabel);
        PushFBlock(loc, FBlockType.TryExcept, bodyLabel, Label.None, null);
        VisitStmts(body);
        PopFBlock(FBlockType.TryExcept);
        Addop(SourceLocation.None, Opcode.PopBlock);
        VisitStmts(orelse);
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
        int n = handlers.Count;
        UseLabel(except);
        AddopJump(SourceLocation.None, Opcode.SetupCleanup, cleanup);
        Addop(SourceLocation.None, Opcode.PushExcInfo);

        // The runtime pushes a block here.
        PushFBlock(loc, FBlockType.ExceptionHandler, Label.None, Label.None, null);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            var hloc = Loc(handler);
            if (handler.Type is null && i < n - 1)
            {
                throw Error(hloc, "default 'except:' must be last");
            }

            except = NewLabel();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Addop(hloc, Opcode.CheckExcMatch);
                AddopJump(hloc, Opcode.PopJumpIfFalse, except);
            }

            if (handler.Name is not null)
            {
                var cleanupEnd = NewLabel();
                var cleanupBody = NewLabel();
                NameOp(hloc, handler.Name, ExprContext.Store);

                // try: body finally: name = None; del name
                AddopJump(hloc, Opcode.SetupCleanup, cleanupEnd);
                UseLabel(cleanupBody);
                PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, Label.None, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                Addop(SourceLocation.None, Opcode.PopBlock);
                Addop(SourceLocation.None, Opcode.PopBlock);
                Addop(SourceLocation.None, Opcode.PopExcept);
                AddopLoadConst(SourceLocation.None, ConstantValue.None);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Store);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Del);
                AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);

                UseLabel(cleanupEnd);
                AddopLoadConst(SourceLocation.None, ConstantValue.None);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Store);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Del);
                AddopI(SourceLocation.None, Opcode.Reraise, 1);
            }
            else
            {
                var cleanupBody = NewLabel();
                Addop(hloc, Opcode.PopTop);
                UseLabel(cleanupBody);
                PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, Label.None, null);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                Addop(SourceLocation.None, Opcode.PopBlock);
                Addop(SourceLocation.None, Opcode.PopExcept);
                AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
            }

            UseLabel(except);
        }

        PopFBlock(FBlockType.ExceptionHandler);
        AddopI(SourceLocation.None, Opcode.Reraise, 0);
        UseLabel(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseLabel(end);
    }

    private void TryStarExcept(StmtNode s, List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var loc = Loc(s);
        var bodyLabel = NewLabel();
        var except = NewLabel();
        var orelseLabel = NewLabel();
        var end = NewLabel();
        var cleanup = NewLabel();
        var reraiseStar = NewLabel();
        AddopJump(loc, Opcode.SetupFinally, except);
        UseLabel(bodyLabel);
        PushFBlock(loc, FBlockType.TryExcept, bodyLabel, Label.None, null);
        VisitStmts(body);
        PopFBlock(FBlockType.TryExcept);
        Addop(SourceLocation.None, Opcode.PopBlock);
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, orelseLabel);
        int n = handlers.Count;
        UseLabel(except);
        AddopJump(SourceLocation.None, Opcode.SetupCleanup, cleanup);
        Addop(SourceLocation.None, Opcode.PushExcInfo);
        PushFBlock(loc, FBlockType.ExceptionGroupHandler, Label.None, Label.None, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            var hloc = Loc(handler);
            except = NewLabel();
            var exceptWithError = NewLabel();
            var noMatch = NewLabel();
            if (i == 0)
            {
                // [orig] → [orig, []] → [orig, [], exc]: the list collects raised exceptions.
                AddopI(hloc, Opcode.BuildList, 0);
                AddopI(hloc, Opcode.Copy, 2);
            }

            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Addop(hloc, Opcode.CheckEgMatch);
                AddopI(hloc, Opcode.Copy, 1);
                AddopJump(hloc, Opcode.PopJumpIfNone, noMatch);
            }

            var cleanupEnd = NewLabel();
            var cleanupBody = NewLabel();
            if (handler.Name is not null)
            {
                NameOp(hloc, handler.Name, ExprContext.Store);
            }
            else
            {
                Addop(hloc, Opcode.PopTop);
            }

            AddopJump(hloc, Opcode.SetupCleanup, cleanupEnd);
            UseLabel(cleanupBody);
            PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, Label.None, handler.Name);
            VisitStmts(handler.Body);
            PopFBlock(FBlockType.HandlerCleanup);
            Addop(SourceLocation.None, Opcode.PopBlock);
            if (handler.Name is not null)
            {
                AddopLoadConst(SourceLocation.None, ConstantValue.None);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Store);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Del);
            }

            AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, except);
            UseLabel(cleanupEnd);
            if (handler.Name is not null)
            {
                AddopLoadConst(SourceLocation.None, ConstantValue.None);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Store);
                NameOp(SourceLocation.None, handler.Name, ExprContext.Del);
            }

            // An exception raised in the except* body joins the result list.
            AddopI(SourceLocation.None, Opcode.ListAppend, 3);
            Addop(SourceLocation.None, Opcode.PopTop);
            AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, exceptWithError);
            UseLabel(except);
            Addop(SourceLocation.None, Opcode.Nop); // holds a propagated location
            AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, exceptWithError);
            UseLabel(noMatch);
            Addop(hloc, Opcode.PopTop);
            UseLabel(exceptWithError);
            if (i == n - 1)
            {
                // The unhandled rest of the group (or None) joins the list too.
                AddopI(SourceLocation.None, Opcode.ListAppend, 1);
                AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, reraiseStar);
            }
        }

        PopFBlock(FBlockType.ExceptionGroupHandler);
        var reraise = NewLabel();
        UseLabel(reraiseStar);
        AddopI(SourceLocation.None, Opcode.CallIntrinsic2, Intrinsics.PrepReraiseStar);
        AddopI(SourceLocation.None, Opcode.Copy, 1);
        AddopJump(SourceLocation.None, Opcode.PopJumpIfNotNone, reraise);
        Addop(SourceLocation.None, Opcode.PopTop);
        Addop(SourceLocation.None, Opcode.PopBlock);
        Addop(SourceLocation.None, Opcode.PopExcept);
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, end);
        UseLabel(reraise);
        Addop(SourceLocation.None, Opcode.PopBlock);
        AddopI(SourceLocation.None, Opcode.Swap, 2);
        Addop(SourceLocation.None, Opcode.PopExcept);
        AddopI(SourceLocation.None, Opcode.Reraise, 0);
        UseLabel(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseLabel(orelseLabel);
        VisitStmts(orelse);
        UseLabel(end);
    }

    private void WithExceptFinish(Label cleanup)
    {
        var suppress = NewLabel();
        Addop(SourceLocation.None, Opcode.ToBool);
        AddopJump(SourceLocation.None, Opcode.PopJumpIfTrue, suppress);
        AddopI(SourceLocation.None, Opcode.Reraise, 2);
        UseLabel(suppress);
        Addop(SourceLocation.None, Opcode.PopTop);
        Addop(SourceLocation.None, Opcode.PopBlock);
        Addop(SourceLocation.None, Opcode.PopExcept);
        Addop(SourceLocation.None, Opcode.PopTop);
        Addop(SourceLocation.None, Opcode.PopTop);
        Addop(SourceLocation.None, Opcode.PopTop);
        var exit = NewLabel();
        AddopJump(SourceLocation.None, Opcode.JumpNoInterrupt, exit);
        UseLabel(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseLabel(exit);
    }

    private void WithStmt(With s, int pos)
    {
        var item = s.Items[pos];
        var block = NewLabel();
        var final = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var loc = Loc(item.ContextExpr);
        AddopI(loc, Opcode.Copy, 1);
        AddopI(loc, Opcode.LoadSpecial, SpecialMethods.Exit);
        AddopI(loc, Opcode.Swap, 2);
        AddopI(loc, Opcode.Swap, 3);
        AddopI(loc, Opcode.LoadSpecial, SpecialMethods.Enter);
        AddopI(loc, Opcode.Call, 0);
        AddopJump(loc, Opcode.SetupWith, final);
        UseLabel(block);
        PushFBlock(loc, FBlockType.With, block, final, s);
        if (item.OptionalVars is not null)
        {
            VisitExpr(item.OptionalVars);
        }
        else
        {
            Addop(loc, Opcode.PopTop);
        }

        pos++;
        if (pos == s.Items.Count)
        {
            VisitStmts(s.Body);
        }
        else
        {
            WithStmt(s, pos);
        }

        Addop(SourceLocation.None, Opcode.PopBlock);
        PopFBlock(FBlockType.With);
        CallExitWithNones(loc);
        Addop(loc, Opcode.PopTop);
        AddopJump(loc, Opcode.Jump, exit);
        UseLabel(final);
        AddopJump(loc, Opcode.SetupCleanup, cleanup);
        Addop(loc, Opcode.PushExcInfo);
        Addop(loc, Opcode.WithExceptStart);
        WithExceptFinish(cleanup);
        UseLabel(exit);
    }

    private void AsyncWithStmt(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        var block = NewLabel();
        var final = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var loc = Loc(item.ContextExpr);
        AddopI(loc, Opcode.Copy, 1);
        AddopI(loc, Opcode.LoadSpecial, SpecialMethods.AExit);
        AddopI(loc, Opcode.Swap, 2);
        AddopI(loc, Opcode.Swap, 3);
        AddopI(loc, Opcode.LoadSpecial, SpecialMethods.AEnter);
        AddopI(loc, Opcode.Call, 0);
        AddopI(loc, Opcode.GetAwaitable, 1);
        AddopLoadConst(loc, ConstantValue.None);
        AddYieldFrom(loc, isAwait: true);
        AddopJump(loc, Opcode.SetupWith, final);
        UseLabel(block);
        PushFBlock(loc, FBlockType.AsyncWith, block, final, s);
        if (item.OptionalVars is not null)
        {
            VisitExpr(item.OptionalVars);
        }
        else
        {
            Addop(loc, Opcode.PopTop);
        }

        pos++;
        if (pos == s.Items.Count)
        {
            VisitStmts(s.Body);
        }
        else
        {
            AsyncWithStmt(s, pos);
        }

        PopFBlock(FBlockType.AsyncWith);
        Addop(loc, Opcode.PopBlock);
        CallExitWithNones(loc);
        AddopI(loc, Opcode.GetAwaitable, 2);
        AddopLoadConst(loc, ConstantValue.None);
        AddYieldFrom(loc, isAwait: true);
        Addop(loc, Opcode.PopTop);
        AddopJump(loc, Opcode.Jump, exit);
        UseLabel(final);
        AddopJump(loc, Opcode.SetupCleanup, cleanup);
        Addop(loc, Opcode.PushExcInfo);
        Addop(loc, Opcode.WithExceptStart);
        AddopI(loc, Opcode.GetAwaitable, 2);
        AddopLoadConst(loc, ConstantValue.None);
        AddYieldFrom(loc, isAwait: true);
        WithExceptFinish(cleanup);
        UseLabel(exit);
    }
}
