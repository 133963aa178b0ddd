using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Specializer;

namespace ProtoPython.Interpreter;

internal static partial class EvalLoop
{
    // The dispatch loop. Locals cache the running frame's state; they are written back to the
    // frame (Sp, Ip, LastI) whenever control can leave it: calls, returns, yields, errors.
    // Two compiled copies (docs/internals/startup.md): this method, precompiled by the ReadyToRun
    // publish so a program starts at once, and ExecuteOptimized, the same text generated with
    // OptimizedCopy = true and left to the JIT (fully optimized, with PGO: 15-25% faster than R2R code).
    // Once that copy is compiled (in the background), this one saves its frame at the next RESUME or
    // JUMP_BACKWARD and returns; Run continues in the copy. R2R code does not fold static readonly fields, so
    // the tables and flags read per instruction are locals there.
    private static PyValue Execute(ThreadState ts, InterpreterFrame entry, bool pendingError)
    {
        const bool OptimizedCopy = false;
        var frame = ts.CurrentFrame!;
        // R2R code reads static readonly fields through indirections: the precompiled copy keeps the
        // flags read per instruction in locals; in the JIT's copy they fold to constants.
        var specializing = !OptimizedCopy && EvalTables.Specializing;
        var slowDispatch = !OptimizedCopy && EvalTables.SlowDispatch;
        // ReadyToRun code calls the span constructor and GetReference (CoreLib generics it may not
        // inline) at each use of the constant table: the precompiled copy reads it once.
        ref byte units0 = ref OptimizedCopy ? ref Unsafe.NullRef<byte>() : ref MemoryMarshal.GetReference(Bytecode.OpcodeInfo.CacheEntryCounts);
        // The stack and the code are read through references to their first elements: no bounds
        // checks (the compiler's co_stacksize bounds the stack; jumps stay inside the code).
        ref PyValue s0 = ref Unsafe.NullRef<PyValue>();
        ref ushort c0 = ref Unsafe.NullRef<ushort>();
        PyValue[] consts;
        PyStr[] names;
        int sp, ip, locals, instr;
        PyValue v, w, res;

        // pendingError is read here only, so it is dead inside the loop and takes no register there.
        if (pendingError)
        {
            goto LoadFrameAndRaise;
        }

    LoadFrame:
        if ((OptimizedCopy ? EvalTables.Specializing : specializing) && !frame.Code.IsQuickened)
        {
            Quickener.Quicken(frame.Code);
        }

        c0 = ref MemoryMarshal.GetArrayDataReference(frame.Code.Instructions);
        s0 = ref MemoryMarshal.GetArrayDataReference(frame.Stack);
        consts = frame.Code.Consts;
        names = frame.Code.Names;
        locals = frame.Base;
        sp = frame.Sp;
        ip = frame.Ip;
        instr = frame.LastI;

    Next:
        instr = ip;
        int word = Unsafe.Add(ref c0, ip);
        int op = word & 0xFF;
        int oparg = word >> 8;
        ip += 1 + (OptimizedCopy ? CacheUnits(op) : Unsafe.Add(ref units0, op));
        if ((OptimizedCopy ? EvalTables.SlowDispatch : slowDispatch) && EvalTables.Trace)
        {
            Trace(frame, instr, op, oparg, sp);
        }

    Dispatch:
        if ((OptimizedCopy ? EvalTables.SlowDispatch : slowDispatch) && EvalTables.Stats)
        {
            SpecializerStats.Executions[op]++;
        }

        switch (op)
        {
            case (int)Opcode.Nop:
            case (int)Opcode.NotTaken:
            case (int)Opcode.Cache:
                goto Next;
            case (int)Opcode.ExtendedArg:
                // The prefix widens the next instruction's oparg; that instruction is the one running.
                word = Unsafe.Add(ref c0, ip);
                op = word & 0xFF;
                oparg = (oparg << 8) | (word >> 8);
                instr = ip;
                ip += 1 + (OptimizedCopy ? CacheUnits(op) : Unsafe.Add(ref units0, op));
                goto Dispatch;
            case (int)Opcode.Resume:
                if (ts.EvalBreaker != 0 && !HandleEvalBreaker(ts))
                {
                    goto Error;
                }

                // Only in the precompiled copy: move to the JIT's copy once it is ready.
                if (!OptimizedCopy && EvalTables.OptimizedLoopReady)
                {
                    return SaveForLoopSwitch(ts, frame, ip, sp, instr);
                }

                goto Next;

            // ---- locals and constants
            case (int)Opcode.LoadConst:
                Put(ref Unsafe.Add(ref s0, sp++), consts[oparg]);
                goto Next;
            case (int)Opcode.LoadSmallInt:
                Put(ref Unsafe.Add(ref s0, sp++), PyValue.FromInt64(oparg));
                goto Next;
            case (int)Opcode.LoadFast:
            case (int)Opcode.LoadFastBorrow:
                Put(ref Unsafe.Add(ref s0, sp++), Unsafe.Add(ref s0, locals + oparg));
                goto Next;
            case (int)Opcode.LoadFastLoadFast:
            case (int)Opcode.LoadFastBorrowLoadFastBorrow:
                Put(ref Unsafe.Add(ref s0, sp++), Unsafe.Add(ref s0, locals + (oparg >> 4)));
                Put(ref Unsafe.Add(ref s0, sp++), Unsafe.Add(ref s0, locals + (oparg & 15)));
                goto Next;
            case (int)Opcode.LoadFastCheck:
                v = Unsafe.Add(ref s0, locals + oparg);
                if (v.IsNull)
                {
                    RaiseUnboundLocal(ts, frame.Code, oparg);
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = v;
                goto Next;
            case (int)Opcode.LoadFastAndClear:
                Unsafe.Add(ref s0, sp++) = Unsafe.Add(ref s0, locals + oparg);
                Unsafe.Add(ref s0, locals + oparg) = PyValue.Null;
                goto Next;
            case (int)Opcode.StoreFast:
                v = Unsafe.Add(ref s0, --sp);
                Put(ref Unsafe.Add(ref s0, locals + oparg), v);
                PopSlot(ref Unsafe.Add(ref s0, sp), v);
                goto Next;
            case (int)Opcode.StoreFastLoadFast:
                Put(ref Unsafe.Add(ref s0, locals + (oparg >> 4)), Unsafe.Add(ref s0, sp - 1));
                Put(ref Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, locals + (oparg & 15)));
                goto Next;
            case (int)Opcode.StoreFastStoreFast:
                v = Unsafe.Add(ref s0, sp - 1);
                w = Unsafe.Add(ref s0, sp - 2);
                Put(ref Unsafe.Add(ref s0, locals + (oparg >> 4)), v);
                Put(ref Unsafe.Add(ref s0, locals + (oparg & 15)), w);
                sp -= 2;
                PopSlot(ref Unsafe.Add(ref s0, sp), w);
                PopSlot(ref Unsafe.Add(ref s0, sp + 1), v);
                goto Next;
            case (int)Opcode.MakeCell:
                Unsafe.Add(ref s0, locals + oparg) = PyValue.FromObject(new PyCell(Unsafe.Add(ref s0, locals + oparg)));
                goto Next;
            case (int)Opcode.CopyFreeVars:
                CopyFreeVars(frame, oparg);
                goto Next;
            case (int)Opcode.LoadDeref:
                v = ((PyCell)Unsafe.Add(ref s0, locals + oparg)._ref).Value;
                if (v.IsNull)
                {
                    RaiseUnboundDeref(ts, frame.Code, oparg);
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = v;
                goto Next;
            case (int)Opcode.StoreDeref:
                ((PyCell)Unsafe.Add(ref s0, locals + oparg)._ref).Value = Unsafe.Add(ref s0, --sp);
                Unsafe.Add(ref s0, sp) = default;
                goto Next;
            case (int)Opcode.PopTop:
            case (int)Opcode.PopIter:
                v = Unsafe.Add(ref s0, --sp);
                PopSlot(ref Unsafe.Add(ref s0, sp), v);
                goto Next;
            case (int)Opcode.PushNull:
                Unsafe.Add(ref s0, sp++) = PyValue.Null;
                goto Next;
            case (int)Opcode.EndFor:
                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.Copy:
                Put(ref Unsafe.Add(ref s0, sp), Unsafe.Add(ref s0, sp - oparg));
                sp++;
                goto Next;
            case (int)Opcode.Swap:
                (Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - oparg)) = (Unsafe.Add(ref s0, sp - oparg), Unsafe.Add(ref s0, sp - 1));
                goto Next;

            // ---- names
            case (int)Opcode.LoadGlobal:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.LoadGlobal(frame.Code.Instructions, instr, frame.Globals, frame.Builtins, names[oparg >> 1]);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                res = Names.LoadGlobal(ts, frame, names[oparg >> 1]);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                if ((oparg & 1) != 0)
                {
                    Unsafe.Add(ref s0, sp++) = PyValue.Null;
                }

                goto Next;
            case (int)Opcode.LoadAttr:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.LoadAttr(frame.Code, instr, Unsafe.Add(ref s0, sp - 1), names[oparg >> 1], (oparg & 1) != 0);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                {
                    var owner = Unsafe.Add(ref s0, sp - 1);
                    var name = names[oparg >> 1];
                    if ((oparg & 1) != 0)
                    {
                        if (Attributes.TryLoadMethod(ts, owner, name, out res))
                        {
                            Unsafe.Add(ref s0, sp - 1) = res;
                            Unsafe.Add(ref s0, sp++) = owner;
                            goto Next;
                        }

                        if (res.IsError)
                        {
                            goto Error;
                        }

                        Unsafe.Add(ref s0, sp - 1) = res;
                        Unsafe.Add(ref s0, sp++) = PyValue.Null;
                        goto Next;
                    }

                    res = PyOps.GetAttr(ts, owner, name);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp - 1) = res;
                    goto Next;
                }

            case (int)Opcode.StoreAttr:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.StoreAttr(frame.Code, instr, Unsafe.Add(ref s0, sp - 1), names[oparg]);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                if (!PyOps.SetAttr(ts, Unsafe.Add(ref s0, sp - 1), names[oparg], Unsafe.Add(ref s0, sp - 2)))
                {
                    goto Error;
                }

                sp -= 2;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                goto Next;
            case (int)Opcode.LoadSuperAttr:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.LoadSuperAttr(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 3), Unsafe.Add(ref s0, sp - 2), oparg);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                if (!Attributes.LoadSuperAttr(ts, frame, frame.Stack, sp, names[oparg >> 2], oparg))
                {
                    goto Error;
                }

                sp -= 3;
                sp += (oparg & 1) != 0 ? 2 : 1;
                goto Next;
            case (int)Opcode.BinaryOp:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.BinaryOp(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1), oparg);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                res = Operators.BinaryOp(ts, v, w, oparg);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.CompareOp:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.CompareOp(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1), oparg);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                res = Operators.Compare(ts, v, w, oparg);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.IsOp:
                res = PyValue.FromBool(PyValue.Is(Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1)) ^ (oparg != 0));
                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.ContainsOp:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.ContainsOp(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 1));
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                {
                    var r = PyOps.Contains(ts, Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - 2));
                    if (r < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool((r > 0) ^ (oparg != 0));
                    goto Next;
                }

            case (int)Opcode.ToBool:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.ToBool(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 1));
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                v = Unsafe.Add(ref s0, sp - 1);
                if (!v.IsBool)
                {
                    var r = PyOps.IsTrue(ts, v);
                    if (r < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(r > 0);
                }

                goto Next;
            case (int)Opcode.UnaryNot:
                Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(Unsafe.Add(ref s0, sp - 1)._bits == 0);
                goto Next;
            case (int)Opcode.BinarySlice:
                res = Collections.BinarySlice(ts, Unsafe.Add(ref s0, sp - 3), Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                sp -= 2;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.StoreSlice:
                if (!Collections.StoreSlice(ts, Unsafe.Add(ref s0, sp - 4), Unsafe.Add(ref s0, sp - 3), Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                sp -= 4;
                ClearCount(ref s0, sp, 4);
                goto Next;
            case (int)Opcode.StoreSubscr:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.StoreSubscr(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                if (!PyOps.SetItem(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - 3)))
                {
                    goto Error;
                }

                sp -= 3;
                ClearCount(ref s0, sp, 3);
                goto Next;
            case (int)Opcode.JumpForward:
                ip += oparg;
                goto Next;
            case (int)Opcode.JumpBackward:
                ip -= oparg;
                if (ts.EvalBreaker != 0)
                {
                    frame.LastI = instr;
                    if (!HandleEvalBreaker(ts))
                    {
                        goto Error;
                    }
                }

                if (!OptimizedCopy && EvalTables.OptimizedLoopReady)
                {
                    return SaveForLoopSwitch(ts, frame, ip, sp, instr);
                }

                goto Next;
            case (int)Opcode.JumpBackwardNoInterrupt:
                ip -= oparg;
                goto Next;
            case (int)Opcode.PopJumpIfFalse:
            case (int)Opcode.PopJumpIfTrue:
                {
                    v = Unsafe.Add(ref s0, --sp);
                    PopSlot(ref Unsafe.Add(ref s0, sp), v);
                    int truth;
                    if (v.IsBool)
                    {
                        truth = (int)v._bits;
                    }
                    else if ((truth = PyOps.IsTrue(ts, v)) < 0)
                    {
                        goto Error;
                    }

                    if ((truth != 0) == (op == (int)Opcode.PopJumpIfTrue))
                    {
                        ip += oparg;
                    }
                    else if ((Unsafe.Add(ref c0, ip) & 0xFF) == (int)Opcode.NotTaken)
                    {
                        ip++; // a no-op for instrumentation: skip its dispatch
                    }

                    goto Next;
                }

            case (int)Opcode.PopJumpIfNone:
                v = Unsafe.Add(ref s0, --sp);
                Unsafe.Add(ref s0, sp) = default;
                if (v.IsNone)
                {
                    ip += oparg;
                }
                else if ((Unsafe.Add(ref c0, ip) & 0xFF) == (int)Opcode.NotTaken)
                {
                    ip++;
                }

                goto Next;
            case (int)Opcode.PopJumpIfNotNone:
                v = Unsafe.Add(ref s0, --sp);
                Unsafe.Add(ref s0, sp) = default;
                if (!v.IsNone)
                {
                    ip += oparg;
                }
                else if ((Unsafe.Add(ref c0, ip) & 0xFF) == (int)Opcode.NotTaken)
                {
                    ip++;
                }

                goto Next;

            // ---- iteration
            case (int)Opcode.GetIter:
                res = PyOps.GetIter(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.ForIter:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.ForIter(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 1));
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                {
                    var it = Unsafe.Add(ref s0, sp - 1);
                    var r = it.Type.IterNext is { } next ? next(ts, it, out res) : PyOps.Next(ts, it, out res);
                    if (r > 0)
                    {
                        Unsafe.Add(ref s0, sp++) = res;
                        goto Next;
                    }

                    if (r < 0)
                    {
                        if (!ts.ErrorMatches(PyExc.StopIteration))
                        {
                            goto Error;
                        }

                        ts.ClearError();
                    }

                    // Exhausted: the iterator stays for POP_ITER; END_FOR is skipped.
                    ip += oparg + 1;
                    goto Next;
                }

            case (int)Opcode.BuildTuple:
                res = PyValue.FromObject(oparg == 0 ? PyTuple.Empty : new PyTuple(Slots(ref s0, sp - oparg, oparg).ToArray()));
                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.BuildList:
                res = PyValue.FromObject(PyList.FromValues(Slots(ref s0, sp - oparg, oparg)));
                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.BuildSlice:
                res = Collections.BuildSlice(ts, Slots(ref s0, sp - oparg, oparg));
                if (res.IsError)
                {
                    goto Error;
                }

                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.ListAppend:
                ((PyList)Unsafe.Add(ref s0, sp - 1 - oparg)._ref).Append(Unsafe.Add(ref s0, sp - 1));
                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.UnpackSequence:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.UnpackSequence(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 1), oparg);
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                if (!Collections.UnpackSequence(ts, frame.Stack, sp - 1, oparg))
                {
                    goto Error;
                }

                sp += oparg - 1;
                goto Next;
            case (int)Opcode.Call:
            case (int)Opcode.CallKw:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    if (op == (int)Opcode.Call)
                    {
                        Specialize.Call(frame.Code, instr, Unsafe.Add(ref s0, sp - oparg - 2), Unsafe.Add(ref s0, sp - oparg - 1), oparg);
                    }
                    else
                    {
                        Specialize.CallKw(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - oparg - 3), Unsafe.Add(ref s0, sp - oparg - 2));
                    }

                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

            CallGeneric:
                {
                    PyTuple? kwnames = null;
                    var top = sp;
                    if (op == (int)Opcode.CallKw)
                    {
                        kwnames = (PyTuple)Unsafe.Add(ref s0, sp - 1)._ref;
                        top = sp - 1;
                    }

                    var callableIndex = top - oparg - 2;
                    var callable = Unsafe.Add(ref s0, callableIndex);
                    var self = Unsafe.Add(ref s0, callableIndex + 1);
                    var argStart = callableIndex + 2;
                    var argCount = oparg;
                    if (self.IsNull && callable._ref is PyMethod bound)
                    {
                        callable = bound.Function;
                        Unsafe.Add(ref s0, callableIndex) = callable;
                        Unsafe.Add(ref s0, callableIndex + 1) = bound.Self;
                        self = bound.Self;
                    }

                    if (!self.IsNull)
                    {
                        argStart--;
                        argCount++;
                    }

                    if (callable._ref is PyFunction pyFunc)
                    {
                        frame.LastI = instr;
                        frame.Ip = ip;
                        var callee = Frames.PushFunctionFrame(ts, pyFunc, Slots(ref s0, argStart, argCount), kwnames, frame);
                        // The call's operands leave the caller's stack either way.
                        ClearCount(ref s0, callableIndex, sp - callableIndex);
                        sp = callableIndex;
                        frame.Sp = sp;
                        if (callee is null)
                        {
                            goto Error;
                        }

                        frame = callee;
                        goto LoadFrame;
                    }

                    frame.LastI = instr;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    res = PyOps.Call(ts, callable, Slots(ref s0, argStart, argCount), kwnames);
                    ClearCount(ref s0, callableIndex, sp - callableIndex);
                    sp = callableIndex;
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    goto Next;
                }

            case (int)Opcode.CallKwPy:
            case (int)Opcode.CallKwBoundMethod:
            case (int)Opcode.CallKwNonPy:
                {
                    // Guards, then CALL_KW's body: binding keywords is the general binder's work either way.
                    var kwCallable = Unsafe.Add(ref s0, sp - oparg - 3);
                    var guarded = op switch
                    {
                        (int)Opcode.CallKwPy => kwCallable._ref is PyFunction kwFunc && kwFunc.Version == Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))),
                        (int)Opcode.CallKwBoundMethod => kwCallable._ref is PyMethod { Function._ref: PyFunction kwBound } && kwBound.Version == Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2)))
                            && Unsafe.Add(ref s0, sp - oparg - 2).IsNull,
                        _ => kwCallable._ref is not (PyFunction or PyMethod),
                    };
                    if (!guarded)
                    {
                        goto Deopt;
                    }

                    op = (int)Opcode.CallKw;
                    goto CallGeneric;
                }

            case (int)Opcode.ExitInitCheck:
                if (!Unsafe.Add(ref s0, sp - 1).IsNone)
                {
                    ts.SetError(PyExc.TypeError, "__init__() should return None, not '" + Unsafe.Add(ref s0, sp - 1).Type.Name + "'");
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;

            // ---- returns and generators
            case (int)Opcode.ReturnValue:
                {
                    res = Unsafe.Add(ref s0, --sp);
                    Unsafe.Add(ref s0, sp) = default;
                    var finished = frame;
                    if (finished.Owner is null && finished.FrameObject is null && !finished.IsEntry && !finished.IsInit && finished.OnDataStack
                        && finished.Base > 0 && ReferenceEquals(finished.Stack, ts._chunk) && ReferenceEquals(finished.Previous!.Stack, finished.Stack)
                        && ts._framePoolCount < ts._framePool.Length)
                    {
                        // The common return, inline: a plain call's frame (no generator, no frame object,
                        // not the entry or an __init__) returning to a caller in the same data-stack chunk.
                        // EvalLoop.PopFrame and ThreadState.ReleaseWindow are the general path. The stack
                        // above the locals is empty here, and the locals are cleared for the GC.
                        ClearSlots(ref s0, locals, locals + finished.Code.NLocalsPlus);
                        ts._top = locals;
                        ts.CurrentFrame = finished.Previous;
                        ts.Depth--;
                        finished.OnDataStack = false;
                        finished.Locals = default;
                        ts._framePool[ts._framePoolCount++] = finished;
                        frame = finished.Previous;
                        sp = frame.Sp;
                        Unsafe.Add(ref s0, sp++) = res;
                        c0 = ref MemoryMarshal.GetArrayDataReference(frame.Code.Instructions);
                        consts = frame.Code.Consts;
                        names = frame.Code.Names;
                        locals = frame.Base;
                        ip = frame.Ip;
                        instr = frame.LastI;
                        goto Next;
                    }

                    if (finished.Owner is not null)
                    {
                        Generators.OnReturn(ts, finished);
                        if (!finished.IsEntry)
                        {
                            // Resumed by FOR_ITER_GEN or SEND_GEN: the value goes to END_FOR or SEND's target.
                            finished.Previous!.Ip += finished.Previous.ReturnOffset;
                        }
                    }

                    PopFrame(ts, finished);
                    if (finished.IsEntry)
                    {
                        finished.IsEntry = false;
                        return res;
                    }

                    frame = finished.Previous!;
                    if (finished.FrameObject is not null || finished.Owner is not null)
                    {
                        // A frame that outlives its call shows no f_back. A pooled one keeps the
                        // link: its next push usually stores the same caller (no write barrier).
                        finished.Previous = null;
                    }

                    if (!finished.IsInit)
                    {
                        frame.Stack[frame.Sp++] = res;
                    }
                    else if (!res.IsNone)
                    {
                        // CALL_ALLOC_AND_ENTER_INIT's check (CPython's EXIT_INIT_CHECK), raised in the caller.
                        ts.SetError(PyExc.TypeError, "__init__() should return None, not '" + res._ref.Type.Name + "'");
                        goto LoadFrameAndRaise;
                    }

                    goto LoadFrame;
                }

            case (int)Opcode.ReturnGenerator:
                frame.LastI = instr;
                frame.Ip = ip;
                frame.Sp = sp;
                res = Generators.Create(ts, frame);
                {
                    // The frame now belongs to the generator; the call returns the generator.
                    var creator = frame;
                    ts.CurrentFrame = creator.Previous;
                    ts.Depth--;
                    if (creator.IsEntry)
                    {
                        creator.IsEntry = false;
                        creator.Previous = null;
                        return res;
                    }

                    frame = creator.Previous!;
                    creator.Previous = null;
                    frame.Stack[frame.Sp++] = res;
                    goto LoadFrame;
                }

            case (int)Opcode.YieldValue:
                {
                    res = Unsafe.Add(ref s0, --sp);
                    Unsafe.Add(ref s0, sp) = default;
                    frame.LastI = instr;
                    frame.Ip = ip;
                    frame.Sp = sp;
                    var suspended = frame;
                    Generators.OnYield(ts, suspended, oparg);
                    ts.CurrentFrame = suspended.Previous;
                    ts.Depth--;
                    if (suspended.IsEntry)
                    {
                        suspended.IsEntry = false;
                        suspended.Previous = null;
                        return res;
                    }

                    frame = suspended.Previous!;
                    suspended.Previous = null;
                    frame.Stack[frame.Sp++] = res;
                    goto LoadFrame;
                }

            case (int)Opcode.Send:
                if ((OptimizedCopy ? EvalTables.Specializing : specializing) && CounterTriggers(frame.Code.Instructions, instr, op))
                {
                    Specialize.Send(frame.Code.Instructions, instr, Unsafe.Add(ref s0, sp - 2));
                    op = Unsafe.Add(ref c0, instr) & 0xFF;
                    goto Dispatch;
                }

                {
                    frame.LastI = instr;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    var r = Generators.Send(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1), out res);
                    if (r < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp - 1) = res;
                    if (r == 0)
                    {
                        // The sub-iterator returned: its value goes to END_SEND's target.
                        ip += oparg;
                    }

                    goto Next;
                }

            case (int)Opcode.EndSend:
                Unsafe.Add(ref s0, sp - 2) = Unsafe.Add(ref s0, sp - 1);
                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.InterpreterExit:
                res = Unsafe.Add(ref s0, --sp);
                Unsafe.Add(ref s0, sp) = default;
                PopFrame(ts, frame);
                return res;

            // ---- specialized forms (issue 5; src/Specializer writes them). A failed guard goes
            // to Deopt, which runs the family's generic body.
            case (int)Opcode.LoadGlobalModule:
                {
                    var globals = frame.Globals;
                    if (globals.Keys.VersionTag != Unsafe.Add(ref c0, instr + 3))
                    {
                        goto Deopt;
                    }

                    res = globals.ValueAt(Unsafe.Add(ref c0, instr + 2));
                    if (res.IsNull)
                    {
                        goto Deopt;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    if ((oparg & 1) != 0)
                    {
                        Unsafe.Add(ref s0, sp++) = PyValue.Null;
                    }

                    goto Next;
                }

            case (int)Opcode.LoadGlobalBuiltin:
                {
                    var builtins = frame.Builtins;
                    if (frame.Globals.Keys.VersionTag != Unsafe.Add(ref c0, instr + 3) || builtins.Keys.VersionTag != Unsafe.Add(ref c0, instr + 4))
                    {
                        goto Deopt;
                    }

                    res = builtins.ValueAt(Unsafe.Add(ref c0, instr + 2));
                    if (res.IsNull)
                    {
                        goto Deopt;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    if ((oparg & 1) != 0)
                    {
                        Unsafe.Add(ref s0, sp++) = PyValue.Null;
                    }

                    goto Next;
                }

            case (int)Opcode.BinaryOpAddInt:
            case (int)Opcode.BinaryOpSubtractInt:
            case (int)Opcode.BinaryOpMultiplyInt:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (!ReferenceEquals(v._ref, ImmediateTag.Int) || !ReferenceEquals(w._ref, ImmediateTag.Int))
                {
                    goto Deopt;
                }

                res = op == (int)Opcode.BinaryOpAddInt ? Specialized.AddInt(v._bits, w._bits)
                    : op == (int)Opcode.BinaryOpSubtractInt ? Specialized.SubtractInt(v._bits, w._bits)
                    : Specialized.MultiplyInt(v._bits, w._bits);

                // The popped slot keeps its int tag (immortal, so nothing is kept alive) and an int
                // result over the int there stores its payload only: no GC write barrier.
                Put(ref Unsafe.Add(ref s0, --sp - 1), res);
                goto Next;
            case (int)Opcode.BinaryOpExtend:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    v = Unsafe.Add(ref s0, sp - 2);
                    int kinds = Unsafe.Add(ref c0, instr + 2);
                    if (Specialize.ExtendKinds(v, w) != kinds)
                    {
                        goto Deopt;
                    }

                    // Two ints use int's slot; any float makes it float's, which takes int operands too.
                    var numberType = kinds == (Specialize.ExtendInt * 3) + Specialize.ExtendInt ? PyType.Int : PyType.Float;
                    res = numberType.Number[Unsafe.Add(ref c0, instr + 3)]!(ts, v, w);
                    if (res.IsError)
                    {
                        frame.LastI = instr;
                        goto Error;
                    }

                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = res;
                    goto Next;
                }

            case (int)Opcode.BinaryOpAddFloat:
            case (int)Opcode.BinaryOpSubtractFloat:
            case (int)Opcode.BinaryOpMultiplyFloat:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (!ReferenceEquals(v._ref, ImmediateTag.Float) || !ReferenceEquals(w._ref, ImmediateTag.Float))
                {
                    goto Deopt;
                }

                res = PyValue.FromDouble(op == (int)Opcode.BinaryOpAddFloat ? BitConverter.Int64BitsToDouble(v._bits) + BitConverter.Int64BitsToDouble(w._bits)
                    : op == (int)Opcode.BinaryOpSubtractFloat ? BitConverter.Int64BitsToDouble(v._bits) - BitConverter.Int64BitsToDouble(w._bits)
                    : BitConverter.Int64BitsToDouble(v._bits) * BitConverter.Int64BitsToDouble(w._bits));
                Put(ref Unsafe.Add(ref s0, --sp - 1), res);
                goto Next;
            case (int)Opcode.BinaryOpAddUnicode:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (v._ref is not PyStr ls || w._ref is not PyStr rs || !ReferenceEquals(ls.Type, PyType.Str) || !ReferenceEquals(rs.Type, PyType.Str))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = PyValue.FromObject(PyStr.Concat(ls, rs));
                goto Next;
            case (int)Opcode.BinaryOpSubscrListInt:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    if (Unsafe.Add(ref s0, sp - 2)._ref is not PyList list || !ReferenceEquals(list.Type, PyType.List) || !ReferenceEquals(w._ref, ImmediateTag.Int))
                    {
                        goto Deopt;
                    }

                    var index = Specialized.ListIndex(w._bits, list.Count);
                    if (index < 0)
                    {
                        goto Deopt;
                    }

                    // The index slot keeps its int tag (see Put).
                    Unsafe.Add(ref s0, --sp - 1) = list.ItemAt(index);
                    goto Next;
                }

            case (int)Opcode.BinaryOpSubscrTupleInt:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    if (Unsafe.Add(ref s0, sp - 2)._ref is not PyTuple tuple || !ReferenceEquals(tuple.Type, PyType.Tuple) || !ReferenceEquals(w._ref, ImmediateTag.Int))
                    {
                        goto Deopt;
                    }

                    var index = Specialized.ListIndex(w._bits, tuple.Length);
                    if (index < 0)
                    {
                        goto Deopt;
                    }

                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = tuple[index];
                    goto Next;
                }

            case (int)Opcode.BinaryOpSubscrStrInt:
            case (int)Opcode.BinaryOpSubscrDict:
                v = Unsafe.Add(ref s0, sp - 2);
                w = Unsafe.Add(ref s0, sp - 1);
                if (op == (int)Opcode.BinaryOpSubscrDict
                    ? !ReferenceEquals(v._ref.Type, PyType.Dict)
                    : !ReferenceEquals(v._ref.Type, PyType.Str) || !ReferenceEquals(w._ref, ImmediateTag.Int))
                {
                    goto Deopt;
                }

                // An exact dict has no __missing__: look the key up directly; a missing key takes the
                // general path, which raises the KeyError.
                res = PyValue.Null;
                var subscrFound = op == (int)Opcode.BinaryOpSubscrDict ? Unsafe.As<PyDict>(v._ref).TryGetValue(ts, w, out res) : DictLookup.NotFound;
                if (subscrFound == DictLookup.NotFound)
                {
                    res = PyOps.GetItem(ts, v, w);
                }

                if (subscrFound == DictLookup.Error || res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.CompareOpInt:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (!ReferenceEquals(v._ref, ImmediateTag.Int) || !ReferenceEquals(w._ref, ImmediateTag.Int))
                {
                    goto Deopt;
                }

                Put(ref Unsafe.Add(ref s0, --sp - 1), PyValue.FromBool(Specialized.CompareInt(v._bits, w._bits, oparg)));
                goto Next;
            case (int)Opcode.CompareOpFloat:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (!ReferenceEquals(v._ref, ImmediateTag.Float) || !ReferenceEquals(w._ref, ImmediateTag.Float))
                {
                    goto Deopt;
                }

                Put(ref Unsafe.Add(ref s0, --sp - 1), PyValue.FromBool(Specialized.CompareFloat(BitConverter.Int64BitsToDouble(v._bits), BitConverter.Int64BitsToDouble(w._bits), oparg)));
                goto Next;
            case (int)Opcode.CompareOpStr:
                w = Unsafe.Add(ref s0, sp - 1);
                v = Unsafe.Add(ref s0, sp - 2);
                if (v._ref is not PyStr cl || w._ref is not PyStr cr || !ReferenceEquals(cl.Type, PyType.Str) || !ReferenceEquals(cr.Type, PyType.Str))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(Specialized.CompareStr(cl, cr, oparg));
                goto Next;
            case (int)Opcode.ToBoolBool:
                if (!Unsafe.Add(ref s0, sp - 1).IsBool)
                {
                    goto Deopt;
                }

                goto Next;
            case (int)Opcode.ToBoolInt:
                v = Unsafe.Add(ref s0, sp - 1);
                if (ReferenceEquals(v._ref, ImmediateTag.Int))
                {
                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(v._bits != 0);
                    goto Next;
                }

                if (!v.IsBigInt)
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = PyValue.True; // normalized: a big int is never 0
                goto Next;
            case (int)Opcode.ToBoolAlwaysTrue:
                if (Unsafe.Add(ref s0, sp - 1).Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = PyValue.True;
                goto Next;
            case (int)Opcode.ToBoolNone:
                if (!Unsafe.Add(ref s0, sp - 1).IsNone)
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = PyValue.False;
                goto Next;
            case (int)Opcode.ToBoolList:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyList boolList || !ReferenceEquals(boolList.Type, PyType.List))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(boolList.Count != 0);
                goto Next;
            case (int)Opcode.ToBoolStr:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyStr boolStr || !ReferenceEquals(boolStr.Type, PyType.Str))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(boolStr.Length != 0);
                goto Next;
            case (int)Opcode.ForIterGen:
                {
                    if (Unsafe.Add(ref s0, sp - 1)._ref is not PyGenerator gen || !ReferenceEquals(gen.Type, PyType.Generator)
                        || gen.State >= GeneratorState.Running || ts.Depth >= ThreadState.RecursionLimit)
                    {
                        goto Deopt;
                    }

                    // The generator runs here; it yields to the loop body or returns to END_FOR.
                    frame.LastI = instr;
                    frame.Ip = ip;
                    frame.Sp = sp;
                    frame.ReturnOffset = oparg;
                    frame = Generators.EnterInline(ts, gen, frame, PyValue.None);
                    goto LoadFrame;
                }

            case (int)Opcode.SendGen:
                {
                    if (Unsafe.Add(ref s0, sp - 2)._ref is not PyGenerator gen
                        || !(ReferenceEquals(gen.Type, PyType.Generator) || ReferenceEquals(gen.Type, PyType.Coroutine))
                        || gen.State >= GeneratorState.Running || ts.Depth >= ThreadState.RecursionLimit
                        || (gen.State == GeneratorState.Created && !Unsafe.Add(ref s0, sp - 1).IsNone))
                    {
                        goto Deopt;
                    }

                    // The value moves to the generator's stack; a yield comes back as the value, a return
                    // as SEND's result at its target.
                    v = Unsafe.Add(ref s0, --sp);
                    Unsafe.Add(ref s0, sp) = default;
                    frame.LastI = instr;
                    frame.Ip = ip;
                    frame.Sp = sp;
                    frame.ReturnOffset = oparg;
                    frame = Generators.EnterInline(ts, gen, frame, v);
                    goto LoadFrame;
                }

            case (int)Opcode.ForIterRange:
                {
                    if (Unsafe.Add(ref s0, sp - 1)._ref is not PyRangeIterator rangeIt)
                    {
                        goto Deopt;
                    }

                    if (rangeIt.TryNext(out var n))
                    {
                        Put(ref Unsafe.Add(ref s0, sp++), PyValue.FromInt64(n));
                        goto Next;
                    }

                    ip += oparg + 1;
                    goto Next;
                }

            case (int)Opcode.ForIterList:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyListIterator listIt)
                {
                    goto Deopt;
                }

                if (listIt.TryNext(out res))
                {
                    Put(ref Unsafe.Add(ref s0, sp++), res);
                    goto Next;
                }

                ip += oparg + 1;
                goto Next;
            case (int)Opcode.ForIterTuple:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyTupleIterator tupleIt)
                {
                    goto Deopt;
                }

                if (tupleIt.TryNext(out res))
                {
                    Put(ref Unsafe.Add(ref s0, sp++), res);
                    goto Next;
                }

                ip += oparg + 1;
                goto Next;
            case (int)Opcode.CallPyExactArgs:
            case (int)Opcode.CallPyGeneral:
            case (int)Opcode.CallBoundMethodExactArgs:
            case (int)Opcode.CallBoundMethodGeneral:
                {
                    var callableIndex = sp - oparg - 2;
                    var callable = Unsafe.Add(ref s0, callableIndex);
                    var bound = op is (int)Opcode.CallBoundMethodExactArgs or (int)Opcode.CallBoundMethodGeneral;
                    if (bound)
                    {
                        if (callable._ref is not PyMethod method || !Unsafe.Add(ref s0, callableIndex + 1).IsNull)
                        {
                            goto Deopt;
                        }

                        callable = method.Function;
                        if (callable._ref is not PyFunction boundFunc || boundFunc.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                        {
                            goto Deopt;
                        }

                        Unsafe.Add(ref s0, callableIndex) = callable;
                        Unsafe.Add(ref s0, callableIndex + 1) = method.Self;
                    }

                    if (callable._ref is not PyFunction func || func.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                    {
                        goto Deopt;
                    }

                    var argStart = Unsafe.Add(ref s0, callableIndex + 1).IsNull ? callableIndex + 2 : callableIndex + 1;
                    var argCount = sp - argStart;
                    frame.LastI = instr;
                    frame.Ip = ip;
                    var calleeCode = func.Code;
                    var newBase = ts._top;
                    if ((op == (int)Opcode.CallPyExactArgs || op == (int)Opcode.CallBoundMethodExactArgs)
                        && argCount == calleeCode.ArgCount // positional-only code: checked when specialized, pinned by the version
                        && ts.Depth < ThreadState.RecursionLimit && ts._framePoolCount > 0
                        && ReferenceEquals(ts._chunk, frame.Stack) && newBase + calleeCode.FrameSize <= frame.Stack.Length
                        && (!(OptimizedCopy ? EvalTables.Specializing : specializing) || calleeCode.IsQuickened))
                    {
                        // The common call, inline: exact arguments, a window in the caller's data-stack
                        // chunk and a pooled frame. Frames.PushFunctionFrame is the general path; both
                        // fill the frame with Frames.FillFunctionFrame.
                        var nlocals = calleeCode.NLocalsPlus;
                        ts._top = newBase + calleeCode.FrameSize;
                        for (var i = 0; i < argCount; i++)
                        {
                            Unsafe.Add(ref s0, newBase + i) = Unsafe.Add(ref s0, argStart + i);
                        }

                        for (var i = argCount; i < nlocals; i++)
                        {
                            Unsafe.Add(ref s0, newBase + i) = default;
                        }

                        ClearSlots(ref s0, callableIndex, sp);
                        frame.Sp = callableIndex;
                        var pushed = ts._framePool[--ts._framePoolCount]!;
                        ts._framePool[ts._framePoolCount] = null;
                        Frames.FillFunctionFrame(pushed, func, calleeCode, frame.Stack, newBase, nlocals, frame);
                        ts.Depth++;
                        ts.CurrentFrame = pushed;
                        if ((OptimizedCopy ? EvalTables.SlowDispatch : slowDispatch) && EvalTables.Stats)
                        {
                            SpecializerStats.Frames++;
                        }

                        frame = pushed;
                        c0 = ref MemoryMarshal.GetArrayDataReference(calleeCode.Instructions);
                        consts = calleeCode.Consts;
                        names = calleeCode.Names;
                        locals = newBase;
                        sp = newBase + nlocals;
                        ip = 0;
                        goto Next;
                    }

                    var callee = Frames.PushFunctionFrame(ts, func, Slots(ref s0, argStart, argCount), null, frame);
                    ClearSlots(ref s0, callableIndex, sp);

                    sp = callableIndex;
                    frame.Sp = sp;
                    if (callee is null)
                    {
                        goto Error;
                    }

                    frame = callee;
                    goto LoadFrame;
                }

            case (int)Opcode.LoadAttrInstanceValue:
            case (int)Opcode.LoadAttrMethodWithValues:
            case (int)Opcode.LoadAttrNondescriptorWithValues:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                    {
                        goto Deopt;
                    }

                    if (v._ref is not PyInstance inst || inst.Shape is not { } shape || (uint)shape.Id != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 4))))
                    {
                        goto Deopt;
                    }

                    if (op == (int)Opcode.LoadAttrInstanceValue)
                    {
                        Unsafe.Add(ref s0, sp - 1) = inst.Values[Unsafe.Add(ref c0, instr + 6)];
                        if ((oparg & 1) != 0)
                        {
                            Unsafe.Add(ref s0, sp++) = PyValue.Null;
                        }
                    }
                    else
                    {
                        Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                        if (op == (int)Opcode.LoadAttrMethodWithValues)
                        {
                            Unsafe.Add(ref s0, sp++) = v;
                        }
                    }

                    goto Next;
                }

            case (int)Opcode.LoadAttrMethodNoDict:
                v = Unsafe.Add(ref s0, sp - 1);
                if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                Unsafe.Add(ref s0, sp++) = v;
                goto Next;
            case (int)Opcode.LoadAttrProperty:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    var cached = frame.Code.CacheValues!;
                    if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) ||
                        ((PyProperty)cached[instr]._ref).Getter._ref is not PyFunction getter || getter.Version != (uint)cached[instr + 1]._bits)
                    {
                        goto Deopt;
                    }

                    // The owner becomes the getter's argument; the getter's return value replaces it.
                    frame.LastI = instr;
                    frame.Ip = ip;
                    var callee = Frames.PushFunctionFrame(ts, getter, Slots(ref s0, sp - 1, 1), null, frame);
                    Unsafe.Add(ref s0, --sp) = default;
                    frame.Sp = sp;
                    if (callee is null)
                    {
                        goto Error;
                    }

                    frame = callee;
                    goto LoadFrame;
                }

            case (int)Opcode.LoadAttrSlot:
                v = Unsafe.Add(ref s0, sp - 1);
                if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                {
                    goto Deopt;
                }

                if (v._ref is not PyInstance slotOwner || Unsafe.Add(ref c0, instr + 6) >= slotOwner.Slots.Length || (res = slotOwner.Slots[Unsafe.Add(ref c0, instr + 6)]).IsNull)
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                if ((oparg & 1) != 0)
                {
                    Unsafe.Add(ref s0, sp++) = PyValue.Null;
                }

                goto Next;
            case (int)Opcode.LoadAttrClass:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyType attrClass || attrClass.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                if ((oparg & 1) != 0)
                {
                    Unsafe.Add(ref s0, sp++) = PyValue.Null;
                }

                goto Next;
            case (int)Opcode.LoadAttrModule:
                {
                    if (Unsafe.Add(ref s0, sp - 1)._ref is not PyModule attrModule)
                    {
                        goto Deopt;
                    }

                    var moduleDict = attrModule.Dict;
                    if (moduleDict.Keys.VersionTag != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 4))))
                    {
                        goto Deopt;
                    }

                    res = moduleDict.ValueAt(Unsafe.Add(ref c0, instr + 6));
                    if (res.IsNull)
                    {
                        goto Deopt;
                    }

                    Unsafe.Add(ref s0, sp - 1) = res;
                    if ((oparg & 1) != 0)
                    {
                        Unsafe.Add(ref s0, sp++) = PyValue.Null;
                    }

                    goto Next;
                }

            case (int)Opcode.StoreAttrInstanceValue:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                    {
                        goto Deopt;
                    }

                    if (v._ref is not PyInstance inst || !ReferenceEquals(inst.Shape, frame.Code.CacheShapes![instr]))
                    {
                        goto Deopt;
                    }

                    int valueIndex = Unsafe.Add(ref c0, instr + 4);
                    if (valueIndex < Specialize.AddsAttribute)
                    {
                        inst.Values[valueIndex] = Unsafe.Add(ref s0, sp - 2);
                    }
                    else
                    {
                        inst.AddValue(frame.Code.CacheShapes[instr + 1]!, Unsafe.Add(ref s0, sp - 2));
                    }

                    sp -= 2;
                    Unsafe.Add(ref s0, sp) = default;
                    Unsafe.Add(ref s0, sp + 1) = default;
                    goto Next;
                }

            case (int)Opcode.StoreAttrSlot:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    int slotIndex = Unsafe.Add(ref c0, instr + 4);
                    if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) || v._ref is not PyInstance slotted || (uint)slotIndex >= (uint)slotted.Slots.Length)
                    {
                        goto Deopt;
                    }

                    slotted.Slots[slotIndex] = Unsafe.Add(ref s0, sp - 2);
                    sp -= 2;
                    Unsafe.Add(ref s0, sp) = default;
                    Unsafe.Add(ref s0, sp + 1) = default;
                    goto Next;
                }

            case (int)Opcode.CallBuiltinO:
            case (int)Opcode.CallBuiltinFast:
            case (int)Opcode.CallLen:
            case (int)Opcode.CallType1:
            case (int)Opcode.CallStr1:
            case (int)Opcode.CallTuple1:
            case (int)Opcode.CallBuiltinClass:
            case (int)Opcode.CallIsinstance:
                {
                    var callableIndex = sp - oparg - 2;
                    var callable = Unsafe.Add(ref s0, callableIndex);
                    if (!ReferenceEquals(callable._ref, frame.Code.CacheValues![instr]._ref) || !Unsafe.Add(ref s0, callableIndex + 1).IsNull)
                    {
                        goto Deopt;
                    }

                    frame.LastI = instr;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    switch (op)
                    {
                        case (int)Opcode.CallLen:
                            var n = PyOps.Length(ts, Unsafe.Add(ref s0, sp - 1));
                            res = n < 0 ? PyValue.Error : PyValue.FromInt64(n);
                            break;
                        case (int)Opcode.CallType1:
                            res = PyValue.FromObject(Unsafe.Add(ref s0, sp - 1).Type);
                            break;
                        case (int)Opcode.CallStr1:
                            res = PyOps.Str(ts, Unsafe.Add(ref s0, sp - 1)) is { } text ? PyValue.FromObject(text) : PyValue.Error;
                            break;
                        case (int)Opcode.CallTuple1:
                        case (int)Opcode.CallBuiltinClass:
                            res = PyOps.Call(ts, callable, Slots(ref s0, callableIndex + 2, oparg));
                            break;
                        default:
                            res = ((PyBuiltinFunction)callable._ref).Impl(ts, Slots(ref s0, callableIndex + 2, oparg), null);
                            break;
                    }

                    ClearSlots(ref s0, callableIndex, sp);

                    sp = callableIndex;
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    goto Next;
                }

            case (int)Opcode.CallMethodDescriptorNoargs:
            case (int)Opcode.CallMethodDescriptorO:
            case (int)Opcode.CallMethodDescriptorFast:
            case (int)Opcode.CallListAppend:
                {
                    var callableIndex = sp - oparg - 2;
                    var callable = Unsafe.Add(ref s0, callableIndex);
                    var self = Unsafe.Add(ref s0, callableIndex + 1);
                    if (!ReferenceEquals(callable._ref, frame.Code.CacheValues![instr]._ref) || self.IsNull
                        || !ReferenceEquals(self._ref.Type, ((PyMethodDescriptor)callable._ref).Owner))
                    {
                        goto Deopt;
                    }

                    if (op == (int)Opcode.CallListAppend)
                    {
                        ((PyList)self._ref).Append(Unsafe.Add(ref s0, sp - 1));
                        res = PyValue.None;
                    }
                    else
                    {
                        frame.LastI = instr;
                        frame.Sp = sp;
                        frame.Ip = ip;
                        res = ((PyMethodDescriptor)callable._ref).Impl(ts, Slots(ref s0, callableIndex + 1, oparg + 1), null);
                    }

                    ClearSlots(ref s0, callableIndex, sp);

                    sp = callableIndex;
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    goto Next;
                }

            case (int)Opcode.UnpackSequenceTwoTuple:
            case (int)Opcode.UnpackSequenceTuple:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    if (v._ref is not PyTuple unpackTuple || !ReferenceEquals(unpackTuple.Type, PyType.Tuple) || unpackTuple.Length != oparg)
                    {
                        goto Deopt;
                    }

                    sp--;
                    for (var i = oparg - 1; i >= 0; i--)
                    {
                        Unsafe.Add(ref s0, sp++) = unpackTuple[i];
                    }

                    goto Next;
                }

            case (int)Opcode.UnpackSequenceList:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    if (v._ref is not PyList unpackList || !ReferenceEquals(unpackList.Type, PyType.List) || unpackList.Count != oparg)
                    {
                        goto Deopt;
                    }

                    sp--;
                    for (var i = oparg - 1; i >= 0; i--)
                    {
                        Unsafe.Add(ref s0, sp++) = unpackList.ItemAt(i);
                    }

                    goto Next;
                }

            case (int)Opcode.StoreSubscrListInt:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    if (Unsafe.Add(ref s0, sp - 2)._ref is not PyList storeList || !ReferenceEquals(storeList.Type, PyType.List) || !ReferenceEquals(w._ref, ImmediateTag.Int)
                        || Specialized.ListIndex(w._bits, storeList.Count) < 0)
                    {
                        goto Deopt;
                    }

                    storeList.SetItem(ts, w._bits, Unsafe.Add(ref s0, sp - 3));
                    sp -= 3;
                    Unsafe.Add(ref s0, sp) = default;
                    Unsafe.Add(ref s0, sp + 1) = default;
                    Unsafe.Add(ref s0, sp + 2) = default;
                    goto Next;
                }

            case (int)Opcode.StoreSubscrDict:
                if (Unsafe.Add(ref s0, sp - 2)._ref is not PyDict storeDict || !ReferenceEquals(storeDict.Type, PyType.Dict))
                {
                    goto Deopt;
                }

                if (!storeDict.SetItem(ts, Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - 3)))
                {
                    goto Error;
                }

                sp -= 3;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                Unsafe.Add(ref s0, sp + 2) = default;
                goto Next;
            case (int)Opcode.ContainsOpSet:
            case (int)Opcode.ContainsOpDict:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    int found;
                    if (op == (int)Opcode.ContainsOpSet && (ReferenceEquals(w._ref.Type, PyType.Set) || ReferenceEquals(w._ref.Type, PyType.FrozenSet)))
                    {
                        // The type's slot: an unhashable set operand is retried as a frozenset.
                        found = w._ref.Type.Contains!(ts, w, Unsafe.Add(ref s0, sp - 2));
                    }
                    else if (w._ref is PyDict containsDict && op == (int)Opcode.ContainsOpDict && ReferenceEquals(w._ref.Type, PyType.Dict))
                    {
                        var lookup = containsDict.TryGetValue(ts, Unsafe.Add(ref s0, sp - 2), out _);
                        found = lookup == DictLookup.Found ? 1 : lookup == DictLookup.NotFound ? 0 : -1;
                    }
                    else
                    {
                        goto Deopt;
                    }

                    if (found < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool((found > 0) ^ (oparg != 0));
                    goto Next;
                }

            case (int)Opcode.LoadAttrWithHint:
                v = Unsafe.Add(ref s0, sp - 1);
                if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) || v._ref is not PyInstance { Dict: { } hintDict }
                    || !hintDict.TryGetStrAt(Unsafe.Add(ref c0, instr + 6), names[oparg >> 1], out res))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                if ((oparg & 1) != 0)
                {
                    Unsafe.Add(ref s0, sp++) = PyValue.Null;
                }

                goto Next;
            case (int)Opcode.StoreAttrWithHint:
                v = Unsafe.Add(ref s0, sp - 1);
                if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) || v._ref is not PyInstance { Dict: { } storeHintDict }
                    || !storeHintDict.TrySetStrAt(Unsafe.Add(ref c0, instr + 4), names[oparg], Unsafe.Add(ref s0, sp - 2)))
                {
                    goto Deopt;
                }

                sp -= 2;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                goto Next;
            case (int)Opcode.LoadAttrNondescriptorNoDict:
                if (Unsafe.Add(ref s0, sp - 1).Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                goto Next;
            case (int)Opcode.BinaryOpSubscrListI64:
            case (int)Opcode.BinaryOpSubscrListF64:
                if (!Specialized.TryLoadFlat(Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1),
                    op == (int)Opcode.BinaryOpSubscrListI64 ? ListStrategy.Int64 : ListStrategy.Float64, out res))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, --sp - 1) = res;
                goto Next;
            case (int)Opcode.StoreSubscrListI64:
            case (int)Opcode.StoreSubscrListF64:
                if (!Specialized.TryStoreFlat(Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - 3),
                    op == (int)Opcode.StoreSubscrListI64 ? ListStrategy.Int64 : ListStrategy.Float64))
                {
                    goto Deopt;
                }

                // The value and index slots keep their tags (see PopSlot); the list's is cleared.
                sp -= 3;
                Unsafe.Add(ref s0, sp + 1) = default;
                goto Next;
            case (int)Opcode.ForIterListI64:
            case (int)Opcode.ForIterListF64:
                {
                    if (Unsafe.Add(ref s0, sp - 1)._ref is not PyListIterator flatIt)
                    {
                        goto Deopt;
                    }

                    var got = flatIt.NextOfStrategy(op == (int)Opcode.ForIterListI64 ? ListStrategy.Int64 : ListStrategy.Float64, out res);
                    if (got < 0)
                    {
                        goto Deopt;
                    }

                    if (got > 0)
                    {
                        Put(ref Unsafe.Add(ref s0, sp++), res);
                        goto Next;
                    }

                    ip += oparg + 1;
                    goto Next;
                }

            case (int)Opcode.ContainsOpListI64:
                v = Unsafe.Add(ref s0, sp - 2);
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyList intList || !ReferenceEquals(intList.Type, PyType.List) || !ReferenceEquals(v._ref, ImmediateTag.Int)
                    || intList.ContainsInt64(v._bits) is not { } hasInt)
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(hasInt ^ (oparg != 0));
                goto Next;
            case (int)Opcode.ContainsOpStr:
                {
                    w = Unsafe.Add(ref s0, sp - 1);
                    v = Unsafe.Add(ref s0, sp - 2);
                    if (!ReferenceEquals(w._ref.Type, PyType.Str) || !ReferenceEquals(v._ref.Type, PyType.Str))
                    {
                        goto Deopt;
                    }

                    // str's own slot: with two str operands it cannot fail.
                    var inStr = PyType.Str.Contains!(ts, w, v);
                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool((inStr > 0) ^ (oparg != 0));
                    goto Next;
                }

            case (int)Opcode.BinaryOpInplaceAddUnicode:
                {
                    // s += t where the next instruction is STORE_FAST s: store the result and skip it.
                    w = Unsafe.Add(ref s0, sp - 1);
                    v = Unsafe.Add(ref s0, sp - 2);
                    var target = locals + (Unsafe.Add(ref c0, ip) >> 8);
                    if (v._ref is not PyStr head || w._ref is not PyStr tail || !ReferenceEquals(head.Type, PyType.Str) || !ReferenceEquals(tail.Type, PyType.Str)
                        || !ReferenceEquals(Unsafe.Add(ref s0, target)._ref, head))
                    {
                        goto Deopt;
                    }

                    Unsafe.Add(ref s0, target) = PyValue.FromObject(PyStr.Concat(head, tail));
                    sp -= 2;
                    Unsafe.Add(ref s0, sp) = default;
                    Unsafe.Add(ref s0, sp + 1) = default;
                    ip++;
                    goto Next;
                }

            default:
                // The rarer instructions run out of line (EvalLoop.Cold.cs), which keeps this method's
                // frame, and the stack it zeroes at every activation, small.
                frame.Sp = sp;
                frame.Ip = ip;
                frame.LastI = instr;
                switch (ExecuteCold(ts, frame, op, oparg, instr))
                {
                    case ColdOutcome.Next:
                        sp = frame.Sp;
                        ip = frame.Ip;
                        goto Next;
                    case ColdOutcome.Error:
                        sp = frame.Sp;
                        ip = frame.Ip;
                        goto Error;
                    case ColdOutcome.Reraise:
                        sp = frame.Sp;
                        ip = frame.Ip;
                        goto Reraise;
                    case ColdOutcome.Deopt:
                        sp = frame.Sp;
                        ip = frame.Ip;
                        goto Deopt;
                    case ColdOutcome.LoadFrame:
                        frame = ts.CurrentFrame!;
                        goto LoadFrame;
                }

                ts.SetError(PyExc.SystemError, "unknown opcode " + OpcodeInfo.Name((Opcode)op) + " (" + op + ")");
                goto Error;
        }

    // Reached only by goto: a specialized instruction's guard failed. Its family's generic body
    // runs with the same oparg and counts the miss (ARCHITECTURE §5.3).
    Deopt:
        // The opcode is read again from the code rather than kept: op then need not stay live
        // through every instruction body (it took a stack slot, stored at each dispatch).
        op = Unsafe.Add(ref c0, instr) & 0xFF;
        if ((OptimizedCopy ? EvalTables.SlowDispatch : slowDispatch) && EvalTables.Stats)
        {
            SpecializerStats.Misses[op]++;
        }

        op = EvalTables.DeoptTarget[op];
        goto Dispatch;

    Error:
        // A new failure in this frame: record where, chain the implicit context, add a traceback entry.
        frame.LastI = instr;
        Exceptions.OnRaised(ts, frame, instr);
    Reraise:
        if (frame.Code.TryFindHandler(instr, out var handler))
        {
            var depth = frame.StackBottom + handler.Depth;
            ClearCount(ref s0, depth, sp - depth);
            sp = depth;
            if (handler.Lasti)
            {
                Unsafe.Add(ref s0, sp++) = PyValue.FromInt64(frame.LastI);
            }

            var exc = ts.FetchError()!;
            Unsafe.Add(ref s0, sp++) = PyValue.FromObject(exc);
            ip = handler.Target;
            goto Next;
        }

        // No handler here: the frame ends and the exception moves to the caller.
        {
            var failed = frame;
            if (failed.Owner is not null)
            {
                Generators.OnUnwound(ts, failed);
            }

            ClearCount(ref s0, failed.StackBottom, Math.Max(0, sp - failed.StackBottom));
            PopFrame(ts, failed);
            if (failed.IsEntry)
            {
                failed.IsEntry = false;
                failed.Previous = null;
                return PyValue.Error;
            }

            frame = failed.Previous!;
            failed.Previous = null;
        }

    // The exception continues in the frame now current (a caller, or the entry frame re-entered
    // with an error pending): its state is loaded as at LoadFrame, then it unwinds.
    LoadFrameAndRaise:
        if ((OptimizedCopy ? EvalTables.Specializing : specializing) && !frame.Code.IsQuickened)
        {
            Quickener.Quicken(frame.Code);
        }

        c0 = ref MemoryMarshal.GetArrayDataReference(frame.Code.Instructions);
        s0 = ref MemoryMarshal.GetArrayDataReference(frame.Stack);
        consts = frame.Code.Consts;
        names = frame.Code.Names;
        locals = frame.Base;
        sp = frame.Sp;
        ip = frame.Ip;
        instr = frame.LastI;
        goto Error;
    }
}
