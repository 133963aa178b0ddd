using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>The outcome of resuming a generator.</summary>
internal enum ResumeResult
{
    Error = -1,
    Returned = 0,
    Yielded = 1,
}

/// <summary>Creating, resuming and delegating to generators and coroutines (RETURN_GENERATOR, YIELD_VALUE, SEND...).</summary>
internal static partial class Generators
{
    /// <summary>RETURN_GENERATOR: moves the frame into a private window owned by a new generator object.</summary>
    public static PyValue Create(ThreadState ts, InterpreterFrame frame)
    {
        var code = frame.Code;
        var type = (code.Flags & CodeFlagBits.Coroutine) != 0 ? PyType.Coroutine
            : (code.Flags & CodeFlagBits.AsyncGenerator) != 0 ? PyType.AsyncGenerator : PyType.Generator;
        var size = code.FrameSize;
        var window = new PyValue[size];
        Array.Copy(frame.Stack, frame.Base, window, 0, frame.Sp - frame.Base);
        if (frame.OnDataStack)
        {
            ts.ReleaseWindow(frame.Stack, frame.Base, frame.Sp);
            frame.OnDataStack = false;
        }

        frame.Sp -= frame.Base;
        frame.Base = 0;
        frame.Stack = window;
        var gen = new PyGenerator(type, frame);
        frame.Owner = gen;
        return PyValue.FromObject(gen);
    }

    /// <summary>
    /// YIELD_VALUE: the generator is suspended. Its oparg is 1 in a <c>yield from</c>/<c>await</c>
    /// loop, where the delegate is on the stack under the yielded value (gi_yieldfrom).
    /// </summary>
    public static void OnYield(ThreadState ts, InterpreterFrame frame, int oparg)
    {
        if (frame.Owner is PyGenerator gen)
        {
            gen.State = GeneratorState.Suspended;
            gen.YieldFrom = oparg == 1 ? frame.Stack[frame.Sp - 1] : PyValue.Null;
            if (!frame.IsEntry)
            {
                LeaveInline(ts, gen);
            }
        }
    }

    /// <summary>
    /// FOR_ITER_GEN, SEND_GEN: links the generator's frame above <paramref name="caller"/> to run in
    /// the same eval-loop activation (the guards checked it is suspended or new, and the depth).
    /// </summary>
    public static InterpreterFrame EnterInline(ThreadState ts, PyGenerator gen, InterpreterFrame caller, PyValue sendValue)
    {
        var frame = gen.Frame;
        frame.Stack[frame.Sp++] = sendValue;
        gen.OuterHandled = ts.HandledException;
        if (gen.SavedHandled is not null)
        {
            ts.HandledException = gen.SavedHandled;
        }

        gen.State = GeneratorState.Running;
        frame.Previous = caller;
        ts.CurrentFrame = frame;
        ts.Depth++;
        return frame;
    }

    /// <summary>A generator resumed by <see cref="EnterInline"/> yields, returns or raises: the resumer's handled exception comes back.</summary>
    public static void LeaveInline(ThreadState ts, PyGenerator gen)
    {
        gen.SavedHandled = ReferenceEquals(ts.HandledException, gen.OuterHandled) ? null : ts.HandledException;
        ts.HandledException = gen.OuterHandled;
        gen.OuterHandled = null;
    }

    public static void OnReturn(ThreadState ts, InterpreterFrame frame)
    {
        if (frame.Owner is PyGenerator gen)
        {
            gen.State = GeneratorState.Finished;
            if (!frame.IsEntry)
            {
                LeaveInline(ts, gen);
            }
        }
    }

    public static void OnUnwound(ThreadState ts, InterpreterFrame frame)
    {
        if (frame.Owner is PyGenerator gen)
        {
            gen.State = GeneratorState.Finished;
            if (!frame.IsEntry)
            {
                LeaveInline(ts, gen);
            }
        }
    }

    /// <summary>
    /// Runs the generator until it yields (value in <paramref name="result"/>), returns (its value)
    /// or raises. With <paramref name="throwing"/>, the pending exception is raised at the point
    /// where the generator is suspended.
    /// </summary>
    public static ResumeResult Resume(ThreadState ts, PyGenerator gen, PyValue sendValue, bool throwing, out PyValue result)
    {
        result = PyValue.Error;
        switch (gen.State)
        {
            case GeneratorState.Running:
                ts.SetError(PyExc.ValueError, gen.KindName + " already executing");
                return ResumeResult.Error;
            case GeneratorState.Finished:
                if (gen.IsCoroutine && !throwing)
                {
                    ts.SetError(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
                    return ResumeResult.Error;
                }

                if (throwing)
                {
                    return ResumeResult.Error;
                }

                result = PyValue.None;
                return ResumeResult.Returned;
            case GeneratorState.Created when !sendValue.IsNone && !throwing:
                ts.SetError(PyExc.TypeError, "can't send non-None value to a just-started " + gen.KindName);
                return ResumeResult.Error;
        }

        if (ts.Depth >= ThreadState.RecursionLimit)
        {
            if (throwing)
            {
                ts.ClearError();
            }

            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
            return ResumeResult.Error;
        }

        // The sent value is pushed even when throwing (gen_send_ex2): a yield from's CLEANUP_THROW
        // handler expects [receiver, value] under the exception.
        var frame = gen.Frame;
        frame.Stack[frame.Sp++] = throwing ? PyValue.None : sendValue;

        var outerHandled = ts.HandledException;
        if (gen.SavedHandled is not null)
        {
            ts.HandledException = gen.SavedHandled;
        }

        gen.State = GeneratorState.Running;
        frame.Previous = ts.CurrentFrame;
        ts.CurrentFrame = frame;
        ts.Depth++;
        result = EvalLoop.Run(ts, frame, throwing);
        gen.SavedHandled = ReferenceEquals(ts.HandledException, outerHandled) ? null : ts.HandledException;
        ts.HandledException = outerHandled;
        if (result.IsError)
        {
            gen.State = GeneratorState.Finished;
            return ResumeResult.Error;
        }

        if (gen.State == GeneratorState.Finished)
        {
            gen.ReturnValue = result;
            return ResumeResult.Returned;
        }

        return ResumeResult.Yielded;
    }

    /// <summary>
    /// SEND: delegates to <paramref name="receiver"/>. 1 yielded (value in result), 0 the
    /// sub-iterator finished (its return value in result), -1 error.
    /// </summary>
    public static int Send(ThreadState ts, PyValue receiver, PyValue value, out PyValue result)
    {
        if (receiver.AsObject is PyGenerator sub && (ReferenceEquals(sub.Type, PyType.Generator) || sub.IsCoroutine))
        {
            return (int)Resume(ts, sub, value, false, out result);
        }

        if (value.IsNone && receiver.Type.IterNext is { } next)
        {
            var r = next(ts, receiver, out result);
            if (r == 0)
            {
                result = PyValue.None;
            }
            else if (r < 0 && ts.ErrorMatches(PyExc.StopIteration))
            {
                result = StopIterationValue(ts.FetchError()!);
                r = 0;
            }

            return r;
        }

        result = PyOps.CallMethod(ts, receiver, Objects.Names.Send, [value]);
        if (!result.IsError)
        {
            return 1;
        }

        if (ts.ErrorMatches(PyExc.StopIteration))
        {
            result = StopIterationValue(ts.FetchError()!);
            return 0;
        }

        return -1;
    }

    /// <summary>The value carried by a StopIteration (its first argument, or None).</summary>
    public static PyValue StopIterationValue(PyBaseException e) => e.Args.Length > 0 ? e.Args[0] : PyValue.None;

    /// <summary>INTRINSIC_STOPITERATION_ERROR: the exception a generator's StopIteration turns into (PEP 479).</summary>
    public static PyValue StopIterationError(ThreadState ts, InterpreterFrame frame, PyValue exc)
    {
        var e = (PyBaseException)exc.AsObject;
        var code = frame.Code;
        string? message = null;
        if (e.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            message = (code.Flags & CodeFlagBits.Generator) != 0 ? "generator raised StopIteration"
                : (code.Flags & CodeFlagBits.Coroutine) != 0 ? "coroutine raised StopIteration"
                : "async generator raised StopIteration";
        }
        else if ((code.Flags & CodeFlagBits.AsyncGenerator) != 0 && e.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
        {
            message = "async generator raised StopAsyncIteration";
        }

        if (message is null)
        {
            return exc;
        }

        var error = PyBaseException.Create(PyExc.RuntimeError, message);
        error.Cause = e;
        error.Context = e;
        error.SuppressContext = true;
        return PyValue.FromObject(error);
    }

    /// <summary>GET_YIELD_FROM_ITER.</summary>
    public static PyValue GetYieldFromIter(ThreadState ts, InterpreterFrame frame, PyValue v)
    {
        if (v.AsObject is PyGenerator g)
        {
            if (g.IsCoroutine && (frame.Code.Flags & (CodeFlagBits.Coroutine | CodeFlagBits.IterableCoroutine)) == 0)
            {
                return ts.SetError(PyExc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }

            return v;
        }

        return PyOps.GetIter(ts, v);
    }
}
