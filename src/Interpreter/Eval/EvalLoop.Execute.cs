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
    // the tables and flags read per instruction are locals.
    private static PyValue Execute(ThreadState ts, InterpreterFrame entry, bool pendingError)
    {
        const bool OptimizedCopy = false;
        var frame = ts.CurrentFrame!;
        var caches = EvalTables.Caches;
        var specializing = EvalTables.Specializing;
        var slowDispatch = EvalTables.Trace || EvalTables.Stats;
        ushort[] code;
        PyValue[] stack;
        PyValue[] consts;
        PyStr[] names;
        int sp, ip, locals, instr;
        PyValue v, w, res;

    LoadFrame:
        if (specializing && !frame.Code.IsQuickened)
        {
            Quickener.Quicken(frame.Code);
        }

        code = frame.Code.Instructions;
        stack = frame.Stack;
        consts = frame.Code.Consts;
        names = frame.Code.Names;
        locals = frame.Base;
        sp = frame.Sp;
        ip = frame.Ip;
        instr = frame.LastI;
        while (true)
        {
            if (pendingError)
            {
                pendingError = false;
                goto Error;
            }

            instr = ip;
            int word = code[ip++];
            int op = word & 0xFF;
            int oparg = word >> 8;
            while (op == (int)Opcode.ExtendedArg)
            {
                word = code[ip++];
                op = word & 0xFF;
                oparg = (oparg << 8) | (word >> 8);
                instr = ip - 1;
            }

            ip += Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(caches), op); // op < 256 = caches.Length
            if (slowDispatch && EvalTables.Trace)
            {
                Trace(frame, instr, op, oparg, sp);
            }

        Dispatch:
            if (slowDispatch && EvalTables.Stats)
            {
                SpecializerStats.Executions[op]++;
            }

            switch (op)
            {
                case (int)Opcode.Nop:
                case (int)Opcode.NotTaken:
                case (int)Opcode.Cache:
                    continue;
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

                    continue;

                // ---- locals and constants
                case (int)Opcode.LoadConst:
                    stack[sp++] = consts[oparg];
                    continue;
                case (int)Opcode.LoadSmallInt:
                    stack[sp++] = PyValue.FromInt64(oparg);
                    continue;
                case (int)Opcode.LoadFast:
                case (int)Opcode.LoadFastBorrow:
                    stack[sp++] = stack[locals + oparg];
                    continue;
                case (int)Opcode.LoadFastLoadFast:
                case (int)Opcode.LoadFastBorrowLoadFastBorrow:
                    stack[sp++] = stack[locals + (oparg >> 4)];
                    stack[sp++] = stack[locals + (oparg & 15)];
                    continue;
                case (int)Opcode.LoadFastCheck:
                    v = stack[locals + oparg];
                    if (v.IsNull)
                    {
                        RaiseUnboundLocal(ts, frame.Code, oparg);
                        goto Error;
                    }

                    stack[sp++] = v;
                    continue;
                case (int)Opcode.LoadFastAndClear:
                    stack[sp++] = stack[locals + oparg];
                    stack[locals + oparg] = PyValue.Null;
                    continue;
                case (int)Opcode.StoreFast:
                    stack[locals + oparg] = stack[--sp];
                    stack[sp] = default;
                    continue;
                case (int)Opcode.StoreFastLoadFast:
                    stack[locals + (oparg >> 4)] = stack[sp - 1];
                    stack[sp - 1] = stack[locals + (oparg & 15)];
                    continue;
                case (int)Opcode.StoreFastStoreFast:
                    stack[locals + (oparg >> 4)] = stack[sp - 1];
                    stack[locals + (oparg & 15)] = stack[sp - 2];
                    sp -= 2;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    continue;
                case (int)Opcode.DeleteFast:
                    if (stack[locals + oparg].IsNull)
                    {
                        RaiseUnboundLocal(ts, frame.Code, oparg);
                        goto Error;
                    }

                    stack[locals + oparg] = PyValue.Null;
                    continue;
                case (int)Opcode.MakeCell:
                    stack[locals + oparg] = PyValue.FromObject(new PyCell(stack[locals + oparg]));
                    continue;
                case (int)Opcode.CopyFreeVars:
                    CopyFreeVars(frame, oparg);
                    continue;
                case (int)Opcode.LoadDeref:
                    v = ((PyCell)stack[locals + oparg].AsObject).Value;
                    if (v.IsNull)
                    {
                        RaiseUnboundDeref(ts, frame.Code, oparg);
                        goto Error;
                    }

                    stack[sp++] = v;
                    continue;
                case (int)Opcode.StoreDeref:
                    ((PyCell)stack[locals + oparg].AsObject).Value = stack[--sp];
                    stack[sp] = default;
                    continue;
                case (int)Opcode.DeleteDeref:
                    {
                        var cell = (PyCell)stack[locals + oparg].AsObject;
                        if (cell.Value.IsNull)
                        {
                            RaiseUnboundDeref(ts, frame.Code, oparg);
                            goto Error;
                        }

                        cell.Value = PyValue.Null;
                        continue;
                    }

                case (int)Opcode.LoadFromDictOrDeref:
                    res = Names.LoadFromDictOrDeref(ts, frame, stack[sp - 1], oparg);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;

                // ---- stack manipulation
                case (int)Opcode.PopTop:
                case (int)Opcode.PopIter:
                    stack[--sp] = default;
                    continue;
                case (int)Opcode.PushNull:
                    stack[sp++] = PyValue.Null;
                    continue;
                case (int)Opcode.EndFor:
                    stack[--sp] = default;
                    continue;
                case (int)Opcode.Copy:
                    stack[sp] = stack[sp - oparg];
                    sp++;
                    continue;
                case (int)Opcode.Swap:
                    (stack[sp - 1], stack[sp - oparg]) = (stack[sp - oparg], stack[sp - 1]);
                    continue;

                // ---- names
                case (int)Opcode.LoadGlobal:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.LoadGlobal(code, instr, frame.Globals, frame.Builtins, names[oparg >> 1]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    res = Names.LoadGlobal(ts, frame, names[oparg >> 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    if ((oparg & 1) != 0)
                    {
                        stack[sp++] = PyValue.Null;
                    }

                    continue;
                case (int)Opcode.LoadName:
                    res = Names.LoadName(ts, frame, names[oparg]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;
                case (int)Opcode.LoadFromDictOrGlobals:
                    res = Names.LoadFromDictOrGlobals(ts, frame, stack[sp - 1], names[oparg]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.StoreName:
                    if (!Names.StoreName(ts, frame, names[oparg], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.DeleteName:
                    if (!Names.DeleteName(ts, frame, names[oparg]))
                    {
                        goto Error;
                    }

                    continue;
                case (int)Opcode.StoreGlobal:
                    frame.Globals.SetStr(names[oparg], stack[--sp]);
                    stack[sp] = default;
                    continue;
                case (int)Opcode.DeleteGlobal:
                    if (!frame.Globals.RemoveStr(names[oparg]))
                    {
                        Names.RaiseNameError(ts, names[oparg]);
                        goto Error;
                    }

                    continue;
                case (int)Opcode.LoadLocals:
                    if (frame.Locals.IsNull)
                    {
                        ts.SetError(PyExc.SystemError, "no locals found");
                        goto Error;
                    }

                    stack[sp++] = frame.Locals;
                    continue;
                case (int)Opcode.LoadBuildClass:
                    if (!frame.Builtins.TryGetStr(Objects.Names.Build_class, out v))
                    {
                        ts.SetError(PyExc.NameError, "__build_class__ not found");
                        goto Error;
                    }

                    stack[sp++] = v;
                    continue;
                case (int)Opcode.LoadCommonConstant:
                    stack[sp++] = Names.CommonConstant(frame, oparg);
                    continue;
                case (int)Opcode.SetupAnnotations:
                    if (!Names.SetupAnnotations(ts, frame))
                    {
                        goto Error;
                    }

                    continue;

                // ---- attributes
                case (int)Opcode.LoadAttr:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.LoadAttr(frame.Code, instr, stack[sp - 1], names[oparg >> 1], (oparg & 1) != 0);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    {
                        var owner = stack[sp - 1];
                        var name = names[oparg >> 1];
                        if ((oparg & 1) != 0)
                        {
                            if (Attributes.TryLoadMethod(ts, owner, name, out res))
                            {
                                stack[sp - 1] = res;
                                stack[sp++] = owner;
                                continue;
                            }

                            if (res.IsError)
                            {
                                goto Error;
                            }

                            stack[sp - 1] = res;
                            stack[sp++] = PyValue.Null;
                            continue;
                        }

                        res = PyOps.GetAttr(ts, owner, name);
                        if (res.IsError)
                        {
                            goto Error;
                        }

                        stack[sp - 1] = res;
                        continue;
                    }

                case (int)Opcode.StoreAttr:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.StoreAttr(frame.Code, instr, stack[sp - 1], names[oparg]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    if (!PyOps.SetAttr(ts, stack[sp - 1], names[oparg], stack[sp - 2]))
                    {
                        goto Error;
                    }

                    sp -= 2;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    continue;
                case (int)Opcode.DeleteAttr:
                    if (!PyOps.SetAttr(ts, stack[sp - 1], names[oparg], PyValue.Null))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.LoadSuperAttr:
                    if (!Attributes.LoadSuperAttr(ts, frame, stack, sp, names[oparg >> 2], oparg))
                    {
                        goto Error;
                    }

                    sp -= 3;
                    sp += (oparg & 1) != 0 ? 2 : 1;
                    continue;
                case (int)Opcode.LoadSpecial:
                    if (!Attributes.LoadSpecial(ts, stack, sp, oparg))
                    {
                        goto Error;
                    }

                    sp++;
                    continue;

                // ---- operators
                case (int)Opcode.BinaryOp:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.BinaryOp(code, instr, stack[sp - 2], stack[sp - 1], oparg);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    res = Operators.BinaryOp(ts, v, w, oparg);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.CompareOp:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.CompareOp(code, instr, stack[sp - 2], stack[sp - 1], oparg);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    res = Operators.Compare(ts, v, w, oparg);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.IsOp:
                    res = PyValue.FromBool(PyValue.Is(stack[sp - 2], stack[sp - 1]) ^ (oparg != 0));
                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.ContainsOp:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.ContainsOp(code, instr, stack[sp - 1]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    {
                        var r = PyOps.Contains(ts, stack[sp - 1], stack[sp - 2]);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        stack[--sp] = default;
                        stack[sp - 1] = PyValue.FromBool((r > 0) ^ (oparg != 0));
                        continue;
                    }

                case (int)Opcode.ToBool:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.ToBool(code, instr, stack[sp - 1]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    v = stack[sp - 1];
                    if (!v.IsBool)
                    {
                        var r = PyOps.IsTrue(ts, v);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        stack[sp - 1] = PyValue.FromBool(r > 0);
                    }

                    continue;
                case (int)Opcode.UnaryNot:
                    stack[sp - 1] = PyValue.FromBool(stack[sp - 1].RawBits == 0);
                    continue;
                case (int)Opcode.UnaryNegative:
                    res = PyOps.Negative(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.UnaryInvert:
                    res = PyOps.Invert(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.BinarySlice:
                    res = Collections.BinarySlice(ts, stack[sp - 3], stack[sp - 2], stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    sp -= 2;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.StoreSlice:
                    if (!Collections.StoreSlice(ts, stack[sp - 4], stack[sp - 3], stack[sp - 2], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    sp -= 4;
                    Array.Clear(stack, sp, 4);
                    continue;
                case (int)Opcode.StoreSubscr:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.StoreSubscr(code, instr, stack[sp - 2], stack[sp - 1]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    if (!PyOps.SetItem(ts, stack[sp - 2], stack[sp - 1], stack[sp - 3]))
                    {
                        goto Error;
                    }

                    sp -= 3;
                    Array.Clear(stack, sp, 3);
                    continue;
                case (int)Opcode.DeleteSubscr:
                    if (!PyOps.DelItem(ts, stack[sp - 2], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    sp -= 2;
                    Array.Clear(stack, sp, 2);
                    continue;

                // ---- jumps (ip is already past the caches: offsets count from there)
                case (int)Opcode.JumpForward:
                    ip += oparg;
                    continue;
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

                    continue;
                case (int)Opcode.JumpBackwardNoInterrupt:
                    ip -= oparg;
                    continue;
                case (int)Opcode.PopJumpIfFalse:
                case (int)Opcode.PopJumpIfTrue:
                    {
                        v = stack[--sp];
                        stack[sp] = default;
                        int truth;
                        if (v.IsBool)
                        {
                            truth = (int)v.RawBits;
                        }
                        else if ((truth = PyOps.IsTrue(ts, v)) < 0)
                        {
                            goto Error;
                        }

                        if ((truth != 0) == (op == (int)Opcode.PopJumpIfTrue))
                        {
                            ip += oparg;
                        }
                        else if ((code[ip] & 0xFF) == (int)Opcode.NotTaken)
                        {
                            ip++; // a no-op for instrumentation: skip its dispatch
                        }

                        continue;
                    }

                case (int)Opcode.PopJumpIfNone:
                    v = stack[--sp];
                    stack[sp] = default;
                    if (v.IsNone)
                    {
                        ip += oparg;
                    }
                    else if ((code[ip] & 0xFF) == (int)Opcode.NotTaken)
                    {
                        ip++;
                    }

                    continue;
                case (int)Opcode.PopJumpIfNotNone:
                    v = stack[--sp];
                    stack[sp] = default;
                    if (!v.IsNone)
                    {
                        ip += oparg;
                    }
                    else if ((code[ip] & 0xFF) == (int)Opcode.NotTaken)
                    {
                        ip++;
                    }

                    continue;

                // ---- iteration
                case (int)Opcode.GetIter:
                    res = PyOps.GetIter(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.ForIter:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.ForIter(code, instr, stack[sp - 1]);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    {
                        var it = stack[sp - 1];
                        var r = it.Type.IterNext is { } next ? next(ts, it, out res) : PyOps.Next(ts, it, out res);
                        if (r > 0)
                        {
                            stack[sp++] = res;
                            continue;
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
                        continue;
                    }

                case (int)Opcode.GetLen:
                    {
                        var n = PyOps.Length(ts, stack[sp - 1]);
                        if (n < 0)
                        {
                            goto Error;
                        }

                        stack[sp++] = PyValue.FromInt64(n);
                        continue;
                    }

                // ---- building
                case (int)Opcode.BuildTuple:
                    res = PyValue.FromObject(oparg == 0 ? PyTuple.Empty : new PyTuple(stack.AsSpan(sp - oparg, oparg).ToArray()));
                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildList:
                    res = PyValue.FromObject(PyList.FromValues(stack.AsSpan(sp - oparg, oparg)));
                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildSet:
                    res = Collections.BuildSet(ts, stack.AsSpan(sp - oparg, oparg));
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildMap:
                    res = Collections.BuildMap(ts, stack.AsSpan(sp - (2 * oparg), 2 * oparg));
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    sp -= 2 * oparg;
                    Array.Clear(stack, sp, 2 * oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildString:
                    res = Collections.BuildString(stack.AsSpan(sp - oparg, oparg));
                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildInterpolation:
                    {
                        var count = 2 + (oparg & 1);
                        res = Collections.BuildInterpolation(stack.AsSpan(sp - count, count), oparg);
                        sp -= count;
                        Array.Clear(stack, sp, count);
                        stack[sp++] = res;
                        continue;
                    }

                case (int)Opcode.BuildTemplate:
                    res = Collections.BuildTemplate(stack[sp - 2], stack[sp - 1]);
                    sp -= 2;
                    stack[sp + 1] = default;
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.BuildSlice:
                    res = Collections.BuildSlice(ts, stack.AsSpan(sp - oparg, oparg));
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    stack[sp++] = res;
                    continue;
                case (int)Opcode.ListAppend:
                    ((PyList)stack[sp - 1 - oparg].AsObject).Append(stack[sp - 1]);
                    stack[--sp] = default;
                    continue;
                case (int)Opcode.ListExtend:
                    if (!Collections.ListExtend(ts, (PyList)stack[sp - 1 - oparg].AsObject, stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.SetAdd:
                    if (!Collections.SetAdd(ts, stack[sp - 1 - oparg], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.SetUpdate:
                    if (!Collections.SetUpdate(ts, stack[sp - 1 - oparg], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.MapAdd:
                    if (!((PyDict)stack[sp - 2 - oparg].AsObject).SetItem(ts, stack[sp - 2], stack[sp - 1]))
                    {
                        goto Error;
                    }

                    sp -= 2;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    continue;
                case (int)Opcode.DictUpdate:
                    if (!Collections.DictUpdate(ts, (PyDict)stack[sp - 1 - oparg].AsObject, stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.DictMerge:
                    if (!Collections.DictMerge(ts, stack[sp - 4 - oparg], (PyDict)stack[sp - 1 - oparg].AsObject, stack[sp - 1]))
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;
                case (int)Opcode.UnpackSequence:
                    if (specializing && CounterTriggers(code, instr, op))
                    {
                        Specialize.UnpackSequence(code, instr, stack[sp - 1], oparg);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    if (!Collections.UnpackSequence(ts, stack, sp - 1, oparg))
                    {
                        goto Error;
                    }

                    sp += oparg - 1;
                    continue;
                case (int)Opcode.UnpackEx:
                    if (!Collections.UnpackEx(ts, stack, sp - 1, oparg & 0xFF, oparg >> 8))
                    {
                        goto Error;
                    }

                    sp += (oparg & 0xFF) + (oparg >> 8);
                    continue;

                // ---- formatting
                case (int)Opcode.FormatSimple:
                    res = Formatting.FormatSimple(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.FormatWithSpec:
                    res = Formatting.Format(ts, stack[sp - 2], stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.ConvertValue:
                    res = Formatting.Convert(ts, stack[sp - 1], oparg);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;

                // ---- functions and calls
                case (int)Opcode.MakeFunction:
                    stack[sp - 1] = PyValue.FromObject(new PyFunction((PyCode)stack[sp - 1].AsObject, frame.Globals, frame.Builtins));
                    continue;
                case (int)Opcode.SetFunctionAttribute:
                    Functions.SetAttribute((PyFunction)stack[sp - 1].AsObject, oparg, stack[sp - 2]);
                    stack[sp - 2] = stack[sp - 1];
                    stack[--sp] = default;
                    continue;
                case (int)Opcode.Call:
                case (int)Opcode.CallKw:
                    if (specializing && op == (int)Opcode.Call && CounterTriggers(code, instr, op))
                    {
                        Specialize.Call(frame.Code, instr, stack[sp - oparg - 2], stack[sp - oparg - 1], oparg);
                        op = code[instr] & 0xFF;
                        goto Dispatch;
                    }

                    {
                        PyTuple? kwnames = null;
                        var top = sp;
                        if (op == (int)Opcode.CallKw)
                        {
                            kwnames = (PyTuple)stack[sp - 1].AsObject;
                            top = sp - 1;
                        }

                        var callableIndex = top - oparg - 2;
                        var callable = stack[callableIndex];
                        var self = stack[callableIndex + 1];
                        var argStart = callableIndex + 2;
                        var argCount = oparg;
                        if (self.IsNull && callable.AsObject is PyMethod bound)
                        {
                            callable = bound.Function;
                            stack[callableIndex] = callable;
                            stack[callableIndex + 1] = bound.Self;
                            self = bound.Self;
                        }

                        if (!self.IsNull)
                        {
                            argStart--;
                            argCount++;
                        }

                        if (callable.AsObject is PyFunction pyFunc && !pyFunc.Code.IsGenerator)
                        {
                            frame.LastI = instr;
                            frame.Ip = ip;
                            var callee = Frames.PushFunctionFrame(ts, pyFunc, new ReadOnlySpan<PyValue>(stack, argStart, argCount), kwnames, frame);
                            // The call's operands leave the caller's stack either way.
                            Array.Clear(stack, callableIndex, sp - callableIndex);
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
                        res = PyOps.Call(ts, callable, new ReadOnlySpan<PyValue>(stack, argStart, argCount), kwnames);
                        Array.Clear(stack, callableIndex, sp - callableIndex);
                        sp = callableIndex;
                        if (res.IsError)
                        {
                            goto Error;
                        }

                        stack[sp++] = res;
                        continue;
                    }

                case (int)Opcode.CallFunctionEx:
                    frame.LastI = instr;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    res = Functions.CallEx(ts, stack[sp - 4], stack[sp - 3], stack[sp - 2], stack[sp - 1]);
                    sp -= 4;
                    Array.Clear(stack, sp, 4);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;
                case (int)Opcode.CallIntrinsic1:
                    frame.LastI = instr;
                    res = Intrinsics.Call1(ts, frame, oparg, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.CallIntrinsic2:
                    res = Intrinsics.Call2(ts, frame, oparg, stack[sp - 2], stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.ExitInitCheck:
                    if (!stack[sp - 1].IsNone)
                    {
                        ts.SetError(PyExc.TypeError, "__init__() should return None, not '" + stack[sp - 1].Type.Name + "'");
                        goto Error;
                    }

                    stack[--sp] = default;
                    continue;

                // ---- returns and generators
                case (int)Opcode.ReturnValue:
                    {
                        res = stack[--sp];
                        stack[sp] = default;
                        var finished = frame;
                        if (finished.Owner is not null)
                        {
                            Generators.OnReturn(finished);
                        }

                        PopFrame(ts, finished);
                        if (finished.IsEntry)
                        {
                            finished.IsEntry = false;
                            return res;
                        }

                        frame = finished.Previous!;
                        finished.Previous = null;
                        frame.Stack[frame.Sp++] = res;
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
                        res = stack[--sp];
                        stack[sp] = default;
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
                    {
                        frame.LastI = instr;
                        frame.Sp = sp;
                        frame.Ip = ip;
                        var r = Generators.Send(ts, stack[sp - 2], stack[sp - 1], out res);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        stack[sp - 1] = res;
                        if (r == 0)
                        {
                            // The sub-iterator returned: its value goes to END_SEND's target.
                            ip += oparg;
                        }

                        continue;
                    }

                case (int)Opcode.EndSend:
                    stack[sp - 2] = stack[sp - 1];
                    stack[--sp] = default;
                    continue;
                case (int)Opcode.GetYieldFromIter:
                    res = Generators.GetYieldFromIter(ts, frame, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.GetAwaitable:
                    res = Generators.GetAwaitable(ts, stack[sp - 1], oparg);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.GetAiter:
                    res = Generators.GetAIter(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.GetAnext:
                    res = Generators.GetANext(ts, stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;
                case (int)Opcode.EndAsyncFor:
                    {
                        var exc = (PyBaseException)stack[sp - 1].AsObject;
                        if (!exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                        {
                            frame.LastI = instr;
                            ts.SetError(exc);
                            goto Reraise;
                        }

                        sp -= 2;
                        stack[sp] = default;
                        stack[sp + 1] = default;
                        continue;
                    }

                case (int)Opcode.CleanupThrow:
                    {
                        var exc = (PyBaseException)stack[sp - 1].AsObject;
                        if (!exc.Type.IsSubtypeOf(PyExc.StopIteration))
                        {
                            frame.LastI = instr;
                            ts.SetError(exc);
                            goto Reraise;
                        }

                        res = exc.Args.Length > 0 ? exc.Args[0] : PyValue.None;
                        stack[sp - 3] = PyValue.None;
                        stack[sp - 2] = res;
                        stack[--sp] = default;
                        continue;
                    }

                // ---- exceptions
                case (int)Opcode.RaiseVarargs:
                    frame.LastI = instr;
                    if (Exceptions.Raise(ts, oparg, stack, sp))
                    {
                        sp -= oparg;
                        Array.Clear(stack, sp, oparg);
                        goto Reraise;
                    }

                    sp -= oparg;
                    Array.Clear(stack, sp, oparg);
                    goto Error;
                case (int)Opcode.Reraise:
                    {
                        var exc = (PyBaseException)stack[--sp].AsObject;
                        stack[sp] = default;

                        // The saved lasti is where the frame "is" for f_lineno; the handler search
                        // still starts from this RERAISE (CPython's exception_unwind uses next_instr).
                        frame.LastI = oparg != 0 ? (int)stack[sp - oparg].RawBits : instr;
                        ts.SetError(exc);
                        goto Reraise;
                    }

                case (int)Opcode.PushExcInfo:
                    v = stack[sp - 1];
                    stack[sp - 1] = ts.HandledException is { } prev ? PyValue.FromObject(prev) : PyValue.None;
                    stack[sp++] = v;
                    ts.HandledException = v.AsObject as PyBaseException;
                    continue;
                case (int)Opcode.PopExcept:
                    v = stack[--sp];
                    stack[sp] = default;
                    ts.HandledException = v.AsObject as PyBaseException;
                    continue;
                case (int)Opcode.CheckExcMatch:
                    {
                        var r = Exceptions.Matches(ts, stack[sp - 2], stack[sp - 1]);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        stack[sp - 1] = PyValue.FromBool(r > 0);
                        continue;
                    }

                case (int)Opcode.CheckEgMatch:
                    if (!Exceptions.CheckEgMatch(ts, stack, sp))
                    {
                        goto Error;
                    }

                    continue;
                case (int)Opcode.WithExceptStart:
                    frame.LastI = instr;
                    frame.Sp = sp;
                    res = Exceptions.WithExceptStart(ts, stack, sp);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;

                // ---- imports
                case (int)Opcode.ImportName:
                    frame.LastI = instr;
                    frame.Sp = sp;
                    res = Imports.ImportName(ts, frame, names[oparg], stack[sp - 1], stack[sp - 2]);
                    stack[--sp] = default;
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.ImportFrom:
                    res = Imports.ImportFrom(ts, stack[sp - 1], names[oparg]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;

                // ---- pattern matching
                case (int)Opcode.MatchMapping:
                    stack[sp] = PyValue.FromBool(stack[sp - 1].Type.HasFlag(TypeFlags.Mapping));
                    sp++;
                    continue;
                case (int)Opcode.MatchSequence:
                    stack[sp] = PyValue.FromBool(stack[sp - 1].Type.HasFlag(TypeFlags.Sequence));
                    sp++;
                    continue;
                case (int)Opcode.MatchKeys:
                    res = Matching.MatchKeys(ts, stack[sp - 2], stack[sp - 1]);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[sp++] = res;
                    continue;
                case (int)Opcode.MatchClass:
                    res = Matching.MatchClass(ts, stack[sp - 3], stack[sp - 2], oparg, (PyTuple)stack[sp - 1].AsObject);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    sp -= 2;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    stack[sp - 1] = res;
                    continue;

                case (int)Opcode.InterpreterExit:
                    res = stack[--sp];
                    stack[sp] = default;
                    PopFrame(ts, frame);
                    return res;

                // ---- specialized forms (issue 5; src/Specializer writes them). A failed guard goes
                // to Deopt, which runs the family's generic body.
                case (int)Opcode.LoadGlobalModule:
                    {
                        var globals = frame.Globals;
                        if (globals.Keys.VersionTag != code[instr + 3])
                        {
                            goto Deopt;
                        }

                        res = globals.ValueAt(code[instr + 2]);
                        if (res.IsNull)
                        {
                            goto Deopt;
                        }

                        stack[sp++] = res;
                        if ((oparg & 1) != 0)
                        {
                            stack[sp++] = PyValue.Null;
                        }

                        continue;
                    }

                case (int)Opcode.LoadGlobalBuiltin:
                    {
                        var builtins = frame.Builtins;
                        if (frame.Globals.Keys.VersionTag != code[instr + 3] || builtins.Keys.VersionTag != code[instr + 4])
                        {
                            goto Deopt;
                        }

                        res = builtins.ValueAt(code[instr + 2]);
                        if (res.IsNull)
                        {
                            goto Deopt;
                        }

                        stack[sp++] = res;
                        if ((oparg & 1) != 0)
                        {
                            stack[sp++] = PyValue.Null;
                        }

                        continue;
                    }

                case (int)Opcode.BinaryOpAddInt:
                case (int)Opcode.BinaryOpSubtractInt:
                case (int)Opcode.BinaryOpMultiplyInt:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (!v.IsInt64 || !w.IsInt64)
                    {
                        goto Deopt;
                    }

                    res = op == (int)Opcode.BinaryOpAddInt ? Specialized.AddInt(v.AsInt64, w.AsInt64)
                        : op == (int)Opcode.BinaryOpSubtractInt ? Specialized.SubtractInt(v.AsInt64, w.AsInt64)
                        : Specialized.MultiplyInt(v.AsInt64, w.AsInt64);
                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.BinaryOpAddFloat:
                case (int)Opcode.BinaryOpSubtractFloat:
                case (int)Opcode.BinaryOpMultiplyFloat:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (!v.IsFloat || !w.IsFloat)
                    {
                        goto Deopt;
                    }

                    res = PyValue.FromDouble(op == (int)Opcode.BinaryOpAddFloat ? v.AsDouble + w.AsDouble
                        : op == (int)Opcode.BinaryOpSubtractFloat ? v.AsDouble - w.AsDouble
                        : v.AsDouble * w.AsDouble);
                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.BinaryOpAddUnicode:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (v.AsObject is not PyStr ls || w.AsObject is not PyStr rs || !ReferenceEquals(ls.Type, PyType.Str) || !ReferenceEquals(rs.Type, PyType.Str))
                    {
                        goto Deopt;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = PyValue.FromObject(PyStr.Concat(ls, rs));
                    continue;
                case (int)Opcode.BinaryOpSubscrListInt:
                    {
                        w = stack[sp - 1];
                        if (stack[sp - 2].AsObject is not PyList list || !ReferenceEquals(list.Type, PyType.List) || !w.IsInt64)
                        {
                            goto Deopt;
                        }

                        var index = Specialized.ListIndex(w.AsInt64, list.Count);
                        if (index < 0)
                        {
                            goto Deopt;
                        }

                        stack[--sp] = default;
                        stack[sp - 1] = list.ItemAt(index);
                        continue;
                    }

                case (int)Opcode.BinaryOpSubscrTupleInt:
                    {
                        w = stack[sp - 1];
                        if (stack[sp - 2].AsObject is not PyTuple tuple || !ReferenceEquals(tuple.Type, PyType.Tuple) || !w.IsInt64)
                        {
                            goto Deopt;
                        }

                        var index = Specialized.ListIndex(w.AsInt64, tuple.Length);
                        if (index < 0)
                        {
                            goto Deopt;
                        }

                        stack[--sp] = default;
                        stack[sp - 1] = tuple[index];
                        continue;
                    }

                case (int)Opcode.BinaryOpSubscrStrInt:
                case (int)Opcode.BinaryOpSubscrDict:
                    v = stack[sp - 2];
                    w = stack[sp - 1];
                    if (op == (int)Opcode.BinaryOpSubscrDict
                        ? !ReferenceEquals(v.Type, PyType.Dict)
                        : !ReferenceEquals(v.Type, PyType.Str) || !w.IsInt64)
                    {
                        goto Deopt;
                    }

                    res = PyOps.GetItem(ts, v, w);
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = res;
                    continue;
                case (int)Opcode.CompareOpInt:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (!v.IsInt64 || !w.IsInt64)
                    {
                        goto Deopt;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = PyValue.FromBool(Specialized.CompareInt(v.AsInt64, w.AsInt64, oparg));
                    continue;
                case (int)Opcode.CompareOpFloat:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (!v.IsFloat || !w.IsFloat)
                    {
                        goto Deopt;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = PyValue.FromBool(Specialized.CompareFloat(v.AsDouble, w.AsDouble, oparg));
                    continue;
                case (int)Opcode.CompareOpStr:
                    w = stack[sp - 1];
                    v = stack[sp - 2];
                    if (v.AsObject is not PyStr cl || w.AsObject is not PyStr cr || !ReferenceEquals(cl.Type, PyType.Str) || !ReferenceEquals(cr.Type, PyType.Str))
                    {
                        goto Deopt;
                    }

                    stack[--sp] = default;
                    stack[sp - 1] = PyValue.FromBool(Specialized.CompareStr(cl, cr, oparg));
                    continue;
                case (int)Opcode.ToBoolBool:
                    if (!stack[sp - 1].IsBool)
                    {
                        goto Deopt;
                    }

                    continue;
                case (int)Opcode.ToBoolInt:
                    v = stack[sp - 1];
                    if (v.IsInt64)
                    {
                        stack[sp - 1] = PyValue.FromBool(v.AsInt64 != 0);
                        continue;
                    }

                    if (!v.IsBigInt)
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = PyValue.True; // normalized: a big int is never 0
                    continue;
                case (int)Opcode.ToBoolNone:
                    if (!stack[sp - 1].IsNone)
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = PyValue.False;
                    continue;
                case (int)Opcode.ToBoolList:
                    if (stack[sp - 1].AsObject is not PyList boolList || !ReferenceEquals(boolList.Type, PyType.List))
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = PyValue.FromBool(boolList.Count != 0);
                    continue;
                case (int)Opcode.ToBoolStr:
                    if (stack[sp - 1].AsObject is not PyStr boolStr || !ReferenceEquals(boolStr.Type, PyType.Str))
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = PyValue.FromBool(boolStr.Length != 0);
                    continue;
                case (int)Opcode.ForIterRange:
                    {
                        if (stack[sp - 1].AsObject is not PyRangeIterator rangeIt)
                        {
                            goto Deopt;
                        }

                        if (rangeIt.TryNext(out var n))
                        {
                            stack[sp++] = PyValue.FromInt64(n);
                            continue;
                        }

                        ip += oparg + 1;
                        continue;
                    }

                case (int)Opcode.ForIterList:
                    if (stack[sp - 1].AsObject is not PyListIterator listIt)
                    {
                        goto Deopt;
                    }

                    if (listIt.TryNext(out res))
                    {
                        stack[sp++] = res;
                        continue;
                    }

                    ip += oparg + 1;
                    continue;
                case (int)Opcode.ForIterTuple:
                    if (stack[sp - 1].AsObject is not PyTupleIterator tupleIt)
                    {
                        goto Deopt;
                    }

                    if (tupleIt.TryNext(out res))
                    {
                        stack[sp++] = res;
                        continue;
                    }

                    ip += oparg + 1;
                    continue;
                case (int)Opcode.CallPyExactArgs:
                case (int)Opcode.CallPyGeneral:
                case (int)Opcode.CallBoundMethodExactArgs:
                case (int)Opcode.CallBoundMethodGeneral:
                    {
                        var callableIndex = sp - oparg - 2;
                        var callable = stack[callableIndex];
                        var bound = op is (int)Opcode.CallBoundMethodExactArgs or (int)Opcode.CallBoundMethodGeneral;
                        if (bound)
                        {
                            if (callable.AsObject is not PyMethod method || !stack[callableIndex + 1].IsNull)
                            {
                                goto Deopt;
                            }

                            callable = method.Function;
                            if (callable.AsObject is not PyFunction boundFunc || boundFunc.Version != Specialize.ReadU32(code, instr + 2))
                            {
                                goto Deopt;
                            }

                            stack[callableIndex] = callable;
                            stack[callableIndex + 1] = method.Self;
                        }

                        if (callable.AsObject is not PyFunction func || func.Version != Specialize.ReadU32(code, instr + 2))
                        {
                            goto Deopt;
                        }

                        var argStart = stack[callableIndex + 1].IsNull ? callableIndex + 2 : callableIndex + 1;
                        var argCount = sp - argStart;
                        frame.LastI = instr;
                        frame.Ip = ip;
                        var callee = Frames.PushFunctionFrame(ts, func, new ReadOnlySpan<PyValue>(stack, argStart, argCount), null, frame);
                        ClearSlots(stack, callableIndex, sp);

                        sp = callableIndex;
                        frame.Sp = sp;
                        if (callee is null)
                        {
                            goto Error;
                        }

                        frame = callee;
                        goto LoadFrame;
                    }

                case (int)Opcode.CallNonPyGeneral:
                    {
                        var callableIndex = sp - oparg - 2;
                        var callable = stack[callableIndex];
                        if (callable.AsObject is PyFunction or PyMethod)
                        {
                            goto Deopt;
                        }

                        var argStart = stack[callableIndex + 1].IsNull ? callableIndex + 2 : callableIndex + 1;
                        frame.LastI = instr;
                        frame.Sp = sp;
                        frame.Ip = ip;
                        res = PyOps.Call(ts, callable, new ReadOnlySpan<PyValue>(stack, argStart, sp - argStart), null);
                        ClearSlots(stack, callableIndex, sp);

                        sp = callableIndex;
                        if (res.IsError)
                        {
                            goto Error;
                        }

                        stack[sp++] = res;
                        continue;
                    }

                case (int)Opcode.LoadAttrInstanceValue:
                case (int)Opcode.LoadAttrMethodWithValues:
                case (int)Opcode.LoadAttrNondescriptorWithValues:
                    {
                        v = stack[sp - 1];
                        if (v.Type.Version != Specialize.ReadU32(code, instr + 2))
                        {
                            goto Deopt;
                        }

                        if (v.AsObject is not PyInstance inst || inst.Shape is not { } shape || (uint)shape.Id != Specialize.ReadU32(code, instr + 4))
                        {
                            goto Deopt;
                        }

                        if (op == (int)Opcode.LoadAttrInstanceValue)
                        {
                            stack[sp - 1] = inst.Values[code[instr + 6]];
                            if ((oparg & 1) != 0)
                            {
                                stack[sp++] = PyValue.Null;
                            }
                        }
                        else
                        {
                            stack[sp - 1] = frame.Code.CacheValues![instr];
                            if (op == (int)Opcode.LoadAttrMethodWithValues)
                            {
                                stack[sp++] = v;
                            }
                        }

                        continue;
                    }

                case (int)Opcode.LoadAttrMethodNoDict:
                    v = stack[sp - 1];
                    if (v.Type.Version != Specialize.ReadU32(code, instr + 2))
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = frame.Code.CacheValues![instr];
                    stack[sp++] = v;
                    continue;
                case (int)Opcode.LoadAttrSlot:
                    v = stack[sp - 1];
                    if (v.Type.Version != Specialize.ReadU32(code, instr + 2))
                    {
                        goto Deopt;
                    }

                    if (v.AsObject is not PyInstance slotOwner || (res = slotOwner.Slots[code[instr + 6]]).IsNull)
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = res;
                    if ((oparg & 1) != 0)
                    {
                        stack[sp++] = PyValue.Null;
                    }

                    continue;
                case (int)Opcode.LoadAttrClass:
                    if (stack[sp - 1].AsObject is not PyType attrClass || attrClass.Version != Specialize.ReadU32(code, instr + 2))
                    {
                        goto Deopt;
                    }

                    stack[sp - 1] = frame.Code.CacheValues![instr];
                    if ((oparg & 1) != 0)
                    {
                        stack[sp++] = PyValue.Null;
                    }

                    continue;
                case (int)Opcode.LoadAttrModule:
                    {
                        if (stack[sp - 1].AsObject is not PyModule attrModule)
                        {
                            goto Deopt;
                        }

                        var moduleDict = attrModule.Dict;
                        if (moduleDict.Keys.VersionTag != Specialize.ReadU32(code, instr + 4))
                        {
                            goto Deopt;
                        }

                        res = moduleDict.ValueAt(code[instr + 6]);
                        if (res.IsNull)
                        {
                            goto Deopt;
                        }

                        stack[sp - 1] = res;
                        if ((oparg & 1) != 0)
                        {
                            stack[sp++] = PyValue.Null;
                        }

                        continue;
                    }

                case (int)Opcode.StoreAttrInstanceValue:
                    {
                        v = stack[sp - 1];
                        if (v.Type.Version != Specialize.ReadU32(code, instr + 2))
                        {
                            goto Deopt;
                        }

                        if (v.AsObject is not PyInstance inst || !ReferenceEquals(inst.Shape, frame.Code.CacheShapes![instr]))
                        {
                            goto Deopt;
                        }

                        inst.Values[code[instr + 4]] = stack[sp - 2];
                        sp -= 2;
                        stack[sp] = default;
                        stack[sp + 1] = default;
                        continue;
                    }

                case (int)Opcode.CallBuiltinO:
                case (int)Opcode.CallBuiltinFast:
                case (int)Opcode.CallLen:
                case (int)Opcode.CallType1:
                case (int)Opcode.CallStr1:
                    {
                        var callableIndex = sp - oparg - 2;
                        var callable = stack[callableIndex];
                        if (!ReferenceEquals(callable.AsObject, frame.Code.CacheValues![instr].AsObject) || !stack[callableIndex + 1].IsNull)
                        {
                            goto Deopt;
                        }

                        frame.LastI = instr;
                        frame.Sp = sp;
                        frame.Ip = ip;
                        switch (op)
                        {
                            case (int)Opcode.CallLen:
                                var n = PyOps.Length(ts, stack[sp - 1]);
                                res = n < 0 ? PyValue.Error : PyValue.FromInt64(n);
                                break;
                            case (int)Opcode.CallType1:
                                res = PyValue.FromObject(stack[sp - 1].Type);
                                break;
                            case (int)Opcode.CallStr1:
                                res = PyOps.Str(ts, stack[sp - 1]) is { } text ? PyValue.FromObject(text) : PyValue.Error;
                                break;
                            default:
                                res = ((PyBuiltinFunction)callable.AsObject).Impl(ts, new ReadOnlySpan<PyValue>(stack, callableIndex + 2, oparg), null);
                                break;
                        }

                        ClearSlots(stack, callableIndex, sp);

                        sp = callableIndex;
                        if (res.IsError)
                        {
                            goto Error;
                        }

                        stack[sp++] = res;
                        continue;
                    }

                case (int)Opcode.CallMethodDescriptorNoargs:
                case (int)Opcode.CallMethodDescriptorO:
                case (int)Opcode.CallMethodDescriptorFast:
                case (int)Opcode.CallListAppend:
                    {
                        var callableIndex = sp - oparg - 2;
                        var callable = stack[callableIndex];
                        var self = stack[callableIndex + 1];
                        if (!ReferenceEquals(callable.AsObject, frame.Code.CacheValues![instr].AsObject) || self.IsNull
                            || !ReferenceEquals(self.Type, ((PyMethodDescriptor)callable.AsObject).Owner))
                        {
                            goto Deopt;
                        }

                        if (op == (int)Opcode.CallListAppend)
                        {
                            ((PyList)self.AsObject).Append(stack[sp - 1]);
                            res = PyValue.None;
                        }
                        else
                        {
                            frame.LastI = instr;
                            frame.Sp = sp;
                            frame.Ip = ip;
                            res = ((PyMethodDescriptor)callable.AsObject).Impl(ts, new ReadOnlySpan<PyValue>(stack, callableIndex + 1, oparg + 1), null);
                        }

                        ClearSlots(stack, callableIndex, sp);

                        sp = callableIndex;
                        if (res.IsError)
                        {
                            goto Error;
                        }

                        stack[sp++] = res;
                        continue;
                    }

                case (int)Opcode.UnpackSequenceTwoTuple:
                case (int)Opcode.UnpackSequenceTuple:
                    {
                        v = stack[sp - 1];
                        if (v.AsObject is not PyTuple unpackTuple || !ReferenceEquals(unpackTuple.Type, PyType.Tuple) || unpackTuple.Length != oparg)
                        {
                            goto Deopt;
                        }

                        sp--;
                        for (var i = oparg - 1; i >= 0; i--)
                        {
                            stack[sp++] = unpackTuple[i];
                        }

                        continue;
                    }

                case (int)Opcode.UnpackSequenceList:
                    {
                        v = stack[sp - 1];
                        if (v.AsObject is not PyList unpackList || !ReferenceEquals(unpackList.Type, PyType.List) || unpackList.Count != oparg)
                        {
                            goto Deopt;
                        }

                        sp--;
                        for (var i = oparg - 1; i >= 0; i--)
                        {
                            stack[sp++] = unpackList.ItemAt(i);
                        }

                        continue;
                    }

                case (int)Opcode.StoreSubscrListInt:
                    {
                        w = stack[sp - 1];
                        if (stack[sp - 2].AsObject is not PyList storeList || !ReferenceEquals(storeList.Type, PyType.List) || !w.IsInt64
                            || Specialized.ListIndex(w.AsInt64, storeList.Count) < 0)
                        {
                            goto Deopt;
                        }

                        storeList.SetItem(ts, w.AsInt64, stack[sp - 3]);
                        sp -= 3;
                        stack[sp] = default;
                        stack[sp + 1] = default;
                        stack[sp + 2] = default;
                        continue;
                    }

                case (int)Opcode.StoreSubscrDict:
                    if (stack[sp - 2].AsObject is not PyDict storeDict || !ReferenceEquals(storeDict.Type, PyType.Dict))
                    {
                        goto Deopt;
                    }

                    if (!storeDict.SetItem(ts, stack[sp - 1], stack[sp - 3]))
                    {
                        goto Error;
                    }

                    sp -= 3;
                    stack[sp] = default;
                    stack[sp + 1] = default;
                    stack[sp + 2] = default;
                    continue;
                case (int)Opcode.ContainsOpSet:
                case (int)Opcode.ContainsOpDict:
                    {
                        w = stack[sp - 1];
                        int found;
                        if (op == (int)Opcode.ContainsOpSet && (ReferenceEquals(w.Type, PyType.Set) || ReferenceEquals(w.Type, PyType.FrozenSet)))
                        {
                            // The type's slot: an unhashable set operand is retried as a frozenset.
                            found = w.Type.Contains!(ts, w, stack[sp - 2]);
                        }
                        else if (w.AsObject is PyDict containsDict && op == (int)Opcode.ContainsOpDict && ReferenceEquals(w.Type, PyType.Dict))
                        {
                            var lookup = containsDict.TryGetValue(ts, stack[sp - 2], out _);
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

                        stack[--sp] = default;
                        stack[sp - 1] = PyValue.FromBool((found > 0) ^ (oparg != 0));
                        continue;
                    }

                default:
                    frame.LastI = instr;
                    ts.SetError(PyExc.SystemError, "unknown opcode " + OpcodeInfo.Name((Opcode)op) + " (" + op + ")");
                    goto Error;
            }

        // Reached only by goto: a specialized instruction's guard failed. Its family's generic body
        // runs with the same oparg and counts the miss (ARCHITECTURE §5.3).
        Deopt:
            if (slowDispatch && EvalTables.Stats)
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
                Array.Clear(stack, depth, sp - depth);
                sp = depth;
                if (handler.Lasti)
                {
                    stack[sp++] = PyValue.FromInt64(frame.LastI);
                }

                var exc = ts.FetchError()!;
                stack[sp++] = PyValue.FromObject(exc);
                ip = handler.Target;
                continue;
            }

            // No handler here: the frame ends and the exception moves to the caller.
            {
                var failed = frame;
                if (failed.Owner is not null)
                {
                    Generators.OnUnwound(ts, failed);
                }

                Array.Clear(stack, failed.StackBottom, Math.Max(0, sp - failed.StackBottom));
                PopFrame(ts, failed);
                if (failed.IsEntry)
                {
                    failed.IsEntry = false;
                    failed.Previous = null;
                    return PyValue.Error;
                }

                frame = failed.Previous!;
                failed.Previous = null;
                pendingError = true;
                goto LoadFrame;
            }
        }
    }
}
