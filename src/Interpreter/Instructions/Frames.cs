using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>Creating frames for Python functions, from the eval loop (inline) and from C# (a new activation).</summary>
internal static class Frames
{
    /// <summary>
    /// Pushes a frame for <paramref name="func"/> with bound arguments and makes it current. Null
    /// with a pending exception (RecursionError past the limit, or a binding TypeError).
    /// </summary>
    public static InterpreterFrame? PushFunctionFrame(ThreadState ts, PyFunction func, ReadOnlySpan<PyValue> args, PyTuple? kwnames, InterpreterFrame? caller)
    {
        if (ts.Depth >= ThreadState.RecursionLimit)
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
            return null;
        }

        var code = func.Code;
        var window = ts.AllocateWindow(code.FrameSize, out var baseIndex);
        var nlocals = code.NLocalsPlus;
        if (kwnames is null && code.TakesPositionalOnly && args.Length == code.ArgCount)
        {
            // The common call: the arguments are exactly the parameters. A loop, not Span.CopyTo:
            // a handful of values, and no generic BCL call (JIT-compiled over PyValue) on the way.
            ref var dst = ref window[baseIndex];
            for (var i = 0; i < args.Length; i++)
            {
                Unsafe.Add(ref dst, i) = args[i];
            }

            ClearLocals(window, baseIndex + args.Length, nlocals - args.Length);
        }
        else
        {
            ClearLocals(window, baseIndex, nlocals);
            if (!ArgumentBinder.Bind(ts, func, args, kwnames, window, baseIndex))
            {
                ts.ReleaseWindow(window, baseIndex, baseIndex + nlocals);
                return null;
            }
        }

        var frame = ts.RentFrame();
        FillFunctionFrame(frame, func, code, window, baseIndex, nlocals, caller);
        ts.Depth++;
        ts.CurrentFrame = frame;
        if (EvalTables.Stats)
        {
            Specializer.SpecializerStats.Frames++;
        }

        return frame;
    }

    /// <summary>
    /// Fills a rented frame for a call of <paramref name="func"/> whose window starts at
    /// <paramref name="baseIndex"/> of <paramref name="window"/>: the general push above and the eval
    /// loop's inline call path both use it. The pool is LIFO, so a call usually gets the frame the
    /// same call site used last time: references that have not changed are not stored again, which
    /// skips their GC write barriers.
    /// </summary>
    internal static void FillFunctionFrame(InterpreterFrame frame, PyFunction func, PyCode code, PyValue[] window, int baseIndex, int nlocals, InterpreterFrame? caller)
    {
        if (frame.Code != code)
        {
            frame.Code = code;
        }

        if (frame.Function != func)
        {
            frame.Function = func;
        }

        if (frame.Globals != func.Globals)
        {
            frame.Globals = func.Globals;
        }

        if (frame.Builtins != func.Builtins)
        {
            frame.Builtins = func.Builtins;
        }

        frame.Locals = PyValue.Null;
        if (frame.Stack != window)
        {
            frame.Stack = window;
        }

        frame.Base = baseIndex;
        frame.Sp = baseIndex + nlocals;
        frame.Ip = 0;
        frame.LastI = 0;
        frame.IsEntry = false;
        frame.IsInit = false;
        frame.OnDataStack = true;
        frame.Owner = null;
        frame.FrameObject = null;
        if (frame.Previous != caller)
        {
            frame.Previous = caller;
        }
    }

    /// <summary>A frame for module or class-body code with an explicit locals mapping (exec, class bodies).</summary>
    public static InterpreterFrame PushCodeFrame(ThreadState ts, PyCode code, PyDict globals, PyDict builtins, PyValue locals, PyFunction? func)
    {
        var window = ts.AllocateWindow(code.FrameSize, out var baseIndex);
        ClearLocals(window, baseIndex, code.NLocalsPlus);
        var frame = ts.RentFrame();
        frame.Code = code;
        frame.Function = func;
        frame.Globals = globals;
        frame.Builtins = builtins;
        frame.Locals = locals;
        frame.Stack = window;
        frame.Base = baseIndex;
        frame.Sp = baseIndex + code.NLocalsPlus;
        frame.Ip = 0;
        frame.LastI = 0;
        frame.IsEntry = false;
        frame.IsInit = false;
        frame.OnDataStack = true;
        frame.Owner = null;
        frame.FrameObject = null;
        frame.Previous = ts.CurrentFrame;
        ts.Depth++;
        ts.CurrentFrame = frame;
        if (EvalTables.Stats)
        {
            Specializer.SpecializerStats.Frames++;
        }

        return frame;
    }

    // Locals start unbound (Null). Usually a handful of slots: a loop beats the call to Span.Clear.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocals(PyValue[] window, int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            window[start + i] = default;
        }
    }
}
