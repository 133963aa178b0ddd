using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Specializer;

namespace ProtoPython.Interpreter;

internal static partial class EvalLoop
{
    /// <summary>Where the loop goes on after <see cref="ExecuteCold"/>.</summary>
    private enum ColdOutcome
    {
        Next,
        Error,
        Reraise,
        Deopt,
        LoadFrame,
        Unknown,
    }

    /// <summary>
    /// The rarer instructions, out of <c>Execute</c>: every temporary of an instruction body in the
    /// loop takes its own slot in the loop's frame, and those slots are zeroed at each activation
    /// (each call from C# into Python). The frame's state comes in through <paramref name="frame"/>
    /// (Sp, Ip) and goes back the same way; the bodies are written as in the loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ColdOutcome ExecuteCold(ThreadState ts, InterpreterFrame frame, int op, int oparg, int instr)
    {
        ref PyValue s0 = ref MemoryMarshal.GetArrayDataReference(frame.Stack);
        ref ushort c0 = ref MemoryMarshal.GetArrayDataReference(frame.Code.Instructions);
        var names = frame.Code.Names;
        var locals = frame.Base;
        var sp = frame.Sp;
        var ip = frame.Ip;
        PyValue v, res;
        switch (op)
        {
            case (int)Opcode.DeleteFast:
                if (Unsafe.Add(ref s0, locals + oparg).IsNull)
                {
                    RaiseUnboundLocal(ts, frame.Code, oparg);
                    goto Error;
                }

                Unsafe.Add(ref s0, locals + oparg) = PyValue.Null;
                goto Next;
            case (int)Opcode.DeleteDeref:
                {
                    var cell = (PyCell)Unsafe.Add(ref s0, locals + oparg)._ref;
                    if (cell.Value.IsNull)
                    {
                        RaiseUnboundDeref(ts, frame.Code, oparg);
                        goto Error;
                    }

                    cell.Value = PyValue.Null;
                    goto Next;
                }

            case (int)Opcode.LoadFromDictOrDeref:
                res = Names.LoadFromDictOrDeref(ts, frame, Unsafe.Add(ref s0, sp - 1), oparg);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;

            // ---- stack manipulation
            case (int)Opcode.LoadName:
                res = Names.LoadName(ts, frame, names[oparg]);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.LoadFromDictOrGlobals:
                res = Names.LoadFromDictOrGlobals(ts, frame, Unsafe.Add(ref s0, sp - 1), names[oparg]);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.StoreName:
                if (!Names.StoreName(ts, frame, names[oparg], Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.DeleteName:
                if (!Names.DeleteName(ts, frame, names[oparg]))
                {
                    goto Error;
                }

                goto Next;
            case (int)Opcode.StoreGlobal:
                frame.Globals.SetStr(names[oparg], Unsafe.Add(ref s0, --sp));
                Unsafe.Add(ref s0, sp) = default;
                goto Next;
            case (int)Opcode.DeleteGlobal:
                if (!frame.Globals.RemoveStr(names[oparg]))
                {
                    Names.RaiseNameError(ts, names[oparg]);
                    goto Error;
                }

                goto Next;
            case (int)Opcode.LoadLocals:
                if (frame.Locals.IsNull)
                {
                    ts.SetError(PyExc.SystemError, "no locals found");
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = frame.Locals;
                goto Next;
            case (int)Opcode.LoadBuildClass:
                if (!frame.Builtins.TryGetStr(Objects.Names.Build_class, out v))
                {
                    ts.SetError(PyExc.NameError, "__build_class__ not found");
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = v;
                goto Next;
            case (int)Opcode.LoadCommonConstant:
                Unsafe.Add(ref s0, sp++) = Names.CommonConstant(frame, oparg);
                goto Next;
            case (int)Opcode.SetupAnnotations:
                if (!Names.SetupAnnotations(ts, frame))
                {
                    goto Error;
                }

                goto Next;

            // ---- attributes
            case (int)Opcode.DeleteAttr:
                if (!PyOps.SetAttr(ts, Unsafe.Add(ref s0, sp - 1), names[oparg], PyValue.Null))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.LoadSpecial:
                if (!Attributes.LoadSpecial(ts, frame.Stack, sp, oparg))
                {
                    goto Error;
                }

                sp++;
                goto Next;

            // ---- operators
            case (int)Opcode.UnaryNegative:
                res = PyOps.Negative(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.UnaryInvert:
                res = PyOps.Invert(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.DeleteSubscr:
                if (!PyOps.DelItem(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                sp -= 2;
                ClearCount(ref s0, sp, 2);
                goto Next;

            // ---- jumps (ip is already past the caches: offsets count from there)
            case (int)Opcode.GetLen:
                {
                    var n = PyOps.Length(ts, Unsafe.Add(ref s0, sp - 1));
                    if (n < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp++) = PyValue.FromInt64(n);
                    goto Next;
                }

            // ---- building
            case (int)Opcode.BuildSet:
                res = Collections.BuildSet(ts, Slots(ref s0, sp - oparg, oparg));
                if (res.IsError)
                {
                    goto Error;
                }

                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.BuildMap:
                res = Collections.BuildMap(ts, Slots(ref s0, sp - (2 * oparg), 2 * oparg));
                if (res.IsError)
                {
                    goto Error;
                }

                sp -= 2 * oparg;
                ClearCount(ref s0, sp, 2 * oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.BuildString:
                res = Collections.BuildString(Slots(ref s0, sp - oparg, oparg));
                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.BuildInterpolation:
                {
                    var count = 2 + (oparg & 1);
                    res = Collections.BuildInterpolation(Slots(ref s0, sp - count, count), oparg);
                    sp -= count;
                    ClearCount(ref s0, sp, count);
                    Unsafe.Add(ref s0, sp++) = res;
                    goto Next;
                }

            case (int)Opcode.BuildTemplate:
                res = Collections.BuildTemplate(Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                sp -= 2;
                Unsafe.Add(ref s0, sp + 1) = default;
                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.ListExtend:
                if (!Collections.ListExtend(ts, (PyList)Unsafe.Add(ref s0, sp - 1 - oparg)._ref, Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.SetAdd:
                if (!Collections.SetAdd(ts, Unsafe.Add(ref s0, sp - 1 - oparg), Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.SetUpdate:
                if (!Collections.SetUpdate(ts, Unsafe.Add(ref s0, sp - 1 - oparg), Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.MapAdd:
                if (!((PyDict)Unsafe.Add(ref s0, sp - 2 - oparg)._ref).SetItem(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                sp -= 2;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                goto Next;
            case (int)Opcode.DictUpdate:
                if (!Collections.DictUpdate(ts, (PyDict)Unsafe.Add(ref s0, sp - 1 - oparg)._ref, Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.DictMerge:
                if (!Collections.DictMerge(ts, Unsafe.Add(ref s0, sp - 4 - oparg), (PyDict)Unsafe.Add(ref s0, sp - 1 - oparg)._ref, Unsafe.Add(ref s0, sp - 1)))
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.UnpackEx:
                if (!Collections.UnpackEx(ts, frame.Stack, sp - 1, oparg & 0xFF, oparg >> 8))
                {
                    goto Error;
                }

                sp += (oparg & 0xFF) + (oparg >> 8);
                goto Next;

            // ---- formatting
            case (int)Opcode.FormatSimple:
                res = Formatting.FormatSimple(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.FormatWithSpec:
                res = Formatting.Format(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.ConvertValue:
                res = Formatting.Convert(ts, Unsafe.Add(ref s0, sp - 1), oparg);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;

            // ---- functions and calls
            case (int)Opcode.MakeFunction:
                Unsafe.Add(ref s0, sp - 1) = PyValue.FromObject(new PyFunction((PyCode)Unsafe.Add(ref s0, sp - 1)._ref, frame.Globals, frame.Builtins));
                goto Next;
            case (int)Opcode.SetFunctionAttribute:
                Functions.SetAttribute((PyFunction)Unsafe.Add(ref s0, sp - 1)._ref, oparg, Unsafe.Add(ref s0, sp - 2));
                Unsafe.Add(ref s0, sp - 2) = Unsafe.Add(ref s0, sp - 1);
                Unsafe.Add(ref s0, --sp) = default;
                goto Next;
            case (int)Opcode.CallFunctionEx:
                frame.LastI = instr;
                frame.Sp = sp;
                frame.Ip = ip;
                res = Functions.CallEx(ts, Unsafe.Add(ref s0, sp - 4), Unsafe.Add(ref s0, sp - 3), Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                sp -= 4;
                ClearCount(ref s0, sp, 4);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.CallIntrinsic1:
                frame.LastI = instr;
                res = Intrinsics.Call1(ts, frame, oparg, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.CallIntrinsic2:
                res = Intrinsics.Call2(ts, frame, oparg, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, --sp) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.GetYieldFromIter:
                res = Generators.GetYieldFromIter(ts, frame, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.GetAwaitable:
                res = Generators.GetAwaitable(ts, Unsafe.Add(ref s0, sp - 1), oparg);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.GetAiter:
                res = Generators.GetAIter(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.GetAnext:
                res = Generators.GetANext(ts, Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.EndAsyncFor:
                {
                    var exc = (PyBaseException)Unsafe.Add(ref s0, sp - 1)._ref;
                    if (!exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                    {
                        frame.LastI = instr;
                        ts.SetError(exc);
                        goto Reraise;
                    }

                    sp -= 2;
                    Unsafe.Add(ref s0, sp) = default;
                    Unsafe.Add(ref s0, sp + 1) = default;
                    goto Next;
                }

            case (int)Opcode.CleanupThrow:
                {
                    var exc = (PyBaseException)Unsafe.Add(ref s0, sp - 1)._ref;
                    if (!exc.Type.IsSubtypeOf(PyExc.StopIteration))
                    {
                        frame.LastI = instr;
                        ts.SetError(exc);
                        goto Reraise;
                    }

                    res = exc.Args.Length > 0 ? exc.Args[0] : PyValue.None;
                    Unsafe.Add(ref s0, sp - 3) = PyValue.None;
                    Unsafe.Add(ref s0, sp - 2) = res;
                    Unsafe.Add(ref s0, --sp) = default;
                    goto Next;
                }

            // ---- exceptions
            case (int)Opcode.RaiseVarargs:
                frame.LastI = instr;
                if (Exceptions.Raise(ts, oparg, frame.Stack, sp))
                {
                    sp -= oparg;
                    ClearCount(ref s0, sp, oparg);
                    goto Reraise;
                }

                sp -= oparg;
                ClearCount(ref s0, sp, oparg);
                goto Error;
            case (int)Opcode.Reraise:
                {
                    var exc = (PyBaseException)Unsafe.Add(ref s0, --sp)._ref;
                    Unsafe.Add(ref s0, sp) = default;

                    // The saved lasti is where the frame "is" for f_lineno; the handler search
                    // still starts from this RERAISE (CPython's exception_unwind uses next_instr).
                    frame.LastI = oparg != 0 ? (int)Unsafe.Add(ref s0, sp - oparg)._bits : instr;
                    ts.SetError(exc);
                    goto Reraise;
                }

            case (int)Opcode.PushExcInfo:
                v = Unsafe.Add(ref s0, sp - 1);
                Unsafe.Add(ref s0, sp - 1) = ts.HandledException is { } prev ? PyValue.FromObject(prev) : PyValue.None;
                Unsafe.Add(ref s0, sp++) = v;
                ts.HandledException = v._ref as PyBaseException;
                goto Next;
            case (int)Opcode.PopExcept:
                v = Unsafe.Add(ref s0, --sp);
                Unsafe.Add(ref s0, sp) = default;
                ts.HandledException = v._ref as PyBaseException;
                goto Next;
            case (int)Opcode.CheckExcMatch:
                {
                    var r = Exceptions.Matches(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                    if (r < 0)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromBool(r > 0);
                    goto Next;
                }

            case (int)Opcode.CheckEgMatch:
                if (!Exceptions.CheckEgMatch(ts, frame.Stack, sp))
                {
                    goto Error;
                }

                goto Next;
            case (int)Opcode.WithExceptStart:
                frame.LastI = instr;
                frame.Sp = sp;
                res = Exceptions.WithExceptStart(ts, frame.Stack, sp);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;

            // ---- imports
            case (int)Opcode.ImportName:
                frame.LastI = instr;
                frame.Sp = sp;
                res = Imports.ImportName(ts, frame, names[oparg], Unsafe.Add(ref s0, sp - 1), Unsafe.Add(ref s0, sp - 2));
                Unsafe.Add(ref s0, --sp) = default;
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;
            case (int)Opcode.ImportFrom:
                res = Imports.ImportFrom(ts, Unsafe.Add(ref s0, sp - 1), names[oparg]);
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;

            // ---- pattern matching
            case (int)Opcode.MatchMapping:
                Unsafe.Add(ref s0, sp) = PyValue.FromBool(Unsafe.Add(ref s0, sp - 1).Type.HasFlag(TypeFlags.Mapping));
                sp++;
                goto Next;
            case (int)Opcode.MatchSequence:
                Unsafe.Add(ref s0, sp) = PyValue.FromBool(Unsafe.Add(ref s0, sp - 1).Type.HasFlag(TypeFlags.Sequence));
                sp++;
                goto Next;
            case (int)Opcode.MatchKeys:
                res = Matching.MatchKeys(ts, Unsafe.Add(ref s0, sp - 2), Unsafe.Add(ref s0, sp - 1));
                if (res.IsError)
                {
                    goto Error;
                }

                Unsafe.Add(ref s0, sp++) = res;
                goto Next;
            case (int)Opcode.MatchClass:
                res = Matching.MatchClass(ts, Unsafe.Add(ref s0, sp - 3), Unsafe.Add(ref s0, sp - 2), oparg, (PyTuple)Unsafe.Add(ref s0, sp - 1)._ref);
                if (res.IsError)
                {
                    goto Error;
                }

                sp -= 2;
                Unsafe.Add(ref s0, sp) = default;
                Unsafe.Add(ref s0, sp + 1) = default;
                Unsafe.Add(ref s0, sp - 1) = res;
                goto Next;

            case (int)Opcode.CallAllocAndEnterInit:
                {
                    // cls(args) for a class with object.__new__ and a Python __init__: allocate, leave the
                    // instance as the call's result, and run __init__(self, args) as an inline frame.
                    var callableIndex = sp - oparg - 2;
                    if (Unsafe.Add(ref s0, callableIndex)._ref is not PyType cls || cls.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) ||
                        !Unsafe.Add(ref s0, callableIndex + 1).IsNull)
                    {
                        goto Deopt;
                    }

                    var cached = frame.Code.CacheValues!;
                    var init = (PyFunction)cached[instr]._ref;
                    if (init.Version != (uint)cached[instr + 1]._bits)
                    {
                        goto Deopt;
                    }

                    var self = PyValue.FromObject(new PyInstance(cls));
                    Unsafe.Add(ref s0, callableIndex + 1) = self;
                    frame.LastI = instr;
                    frame.Ip = ip;
                    var callee = Frames.PushFunctionFrame(ts, init, Slots(ref s0, callableIndex + 1, oparg + 1), null, frame);
                    ClearSlots(ref s0, callableIndex + 1, sp);
                    Unsafe.Add(ref s0, callableIndex) = self;
                    sp = callableIndex + 1;
                    frame.Sp = sp;
                    if (callee is null)
                    {
                        goto Error;
                    }

                    callee.IsInit = true;
                    frame = callee;
                    goto LoadFrame;
                }

            case (int)Opcode.CallNonPyGeneral:
                {
                    var callableIndex = sp - oparg - 2;
                    var callable = Unsafe.Add(ref s0, callableIndex);
                    if (callable._ref is PyFunction or PyMethod)
                    {
                        goto Deopt;
                    }

                    var argStart = Unsafe.Add(ref s0, callableIndex + 1).IsNull ? callableIndex + 2 : callableIndex + 1;
                    frame.LastI = instr;
                    frame.Sp = sp;
                    frame.Ip = ip;
                    res = PyOps.Call(ts, callable, Slots(ref s0, argStart, sp - argStart), null);
                    ClearSlots(ref s0, callableIndex, sp);

                    sp = callableIndex;
                    if (res.IsError)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, sp++) = res;
                    goto Next;
                }

            case (int)Opcode.LoadAttrMethodLazyDict:
                v = Unsafe.Add(ref s0, sp - 1);
                if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2))) || v._ref is not IHasDict lazyOwner || lazyOwner.GetDict(false) is not null)
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                Unsafe.Add(ref s0, sp++) = v;
                goto Next;
            case (int)Opcode.LoadAttrClassWithMetaclassCheck:
                if (Unsafe.Add(ref s0, sp - 1)._ref is not PyType metaClassed || metaClassed.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2)))
                    || metaClassed.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 4))))
                {
                    goto Deopt;
                }

                Unsafe.Add(ref s0, sp - 1) = frame.Code.CacheValues![instr];
                if ((oparg & 1) != 0)
                {
                    Unsafe.Add(ref s0, sp++) = PyValue.Null;
                }

                goto Next;
            case (int)Opcode.LoadAttrGetattributeOverridden:
                {
                    v = Unsafe.Add(ref s0, sp - 1);
                    if (v._ref.Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2)))
                        || frame.Code.CacheValues![instr]._ref is not PyFunction getattribute || getattribute.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 4))))
                    {
                        goto Deopt;
                    }

                    // type(owner).__getattribute__(owner, name) as an inline frame; its result replaces the owner.
                    frame.LastI = instr;
                    frame.Ip = ip;
                    var callee = SpecializedFrames.PushGetAttribute(ts, getattribute, v, names[oparg >> 1], frame);
                    Unsafe.Add(ref s0, --sp) = default;
                    frame.Sp = sp;
                    if (callee is null)
                    {
                        goto Error;
                    }

                    frame = callee;
                    goto LoadFrame;
                }

            case (int)Opcode.LoadSuperAttrAttr:
            case (int)Opcode.LoadSuperAttrMethod:
                if (!ReferenceEquals(Unsafe.Add(ref s0, sp - 3)._ref, PyType.Super) || Unsafe.Add(ref s0, sp - 2)._ref is not PyType)
                {
                    goto Deopt;
                }

                if (!SuperAttrCache.Load(ts, frame, instr, sp, names[oparg >> 2], oparg))
                {
                    goto Error;
                }

                sp -= 3;
                sp += (oparg & 1) != 0 ? 2 : 1;
                goto Next;
            case (int)Opcode.BinaryOpSubscrListSlice:
                {
                    if (Unsafe.Add(ref s0, sp - 2)._ref is not PyList sliced || !ReferenceEquals(sliced.Type, PyType.List) || Unsafe.Add(ref s0, sp - 1)._ref is not PySlice slice)
                    {
                        goto Deopt;
                    }

                    if (sliced.GetSlice(ts, slice) is not { } part)
                    {
                        goto Error;
                    }

                    Unsafe.Add(ref s0, --sp) = default;
                    Unsafe.Add(ref s0, sp - 1) = PyValue.FromObject(part);
                    goto Next;
                }

            case (int)Opcode.BinaryOpSubscrGetitem:
                {
                    // o[i] with a Python __getitem__: (o, i) become its arguments, run as an inline frame.
                    if (Unsafe.Add(ref s0, sp - 2).Type._version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 2)))
                        || frame.Code.CacheValues![instr]._ref is not PyFunction getitem || getitem.Version != Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref c0, instr + 4))))
                    {
                        goto Deopt;
                    }

                    frame.LastI = instr;
                    frame.Ip = ip;
                    var callee = Frames.PushFunctionFrame(ts, getitem, Slots(ref s0, sp - 2, 2), null, frame);
                    ClearSlots(ref s0, sp - 2, sp);
                    sp -= 2;
                    frame.Sp = sp;
                    if (callee is null)
                    {
                        goto Error;
                    }

                    frame = callee;
                    goto LoadFrame;
                }

            default:
                return ColdOutcome.Unknown;
        }

    Next:
        frame.Sp = sp;
        frame.Ip = ip;
        return ColdOutcome.Next;

    Error:
        frame.Sp = sp;
        frame.Ip = ip;
        return ColdOutcome.Error;

    Reraise:
        frame.Sp = sp;
        frame.Ip = ip;
        return ColdOutcome.Reraise;

    Deopt:
        frame.Sp = sp;
        frame.Ip = ip;
        return ColdOutcome.Deopt;

    // The instruction pushed a frame (now the thread's current one) after saving this one's state.
    LoadFrame:
        return ColdOutcome.LoadFrame;
    }
}
