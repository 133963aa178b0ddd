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
        if (!ArgumentBinder.Bind(ts, func, args, kwnames, window, baseIndex))
        {
            ts.ReleaseWindow(window, baseIndex);
            return null;
        }

        var frame = new InterpreterFrame
        {
            Code = code,
            Function = func,
            Globals = func.Globals,
            Builtins = func.Builtins,
            Stack = window,
            Base = baseIndex,
            Sp = baseIndex + code.NLocalsPlus,
            Ip = 0,
            OnDataStack = true,
            Previous = caller,
        };
        ts.Depth++;
        ts.CurrentFrame = frame;
        return frame;
    }

    /// <summary>A frame for module or class-body code with an explicit locals mapping (exec, class bodies).</summary>
    public static InterpreterFrame PushCodeFrame(ThreadState ts, PyCode code, PyDict globals, PyDict builtins, PyValue locals, PyFunction? func)
    {
        var window = ts.AllocateWindow(code.FrameSize, out var baseIndex);
        var frame = new InterpreterFrame
        {
            Code = code,
            Function = func,
            Globals = globals,
            Builtins = builtins,
            Locals = locals,
            Stack = window,
            Base = baseIndex,
            Sp = baseIndex + code.NLocalsPlus,
            OnDataStack = true,
            Previous = ts.CurrentFrame,
        };
        ts.Depth++;
        ts.CurrentFrame = frame;
        return frame;
    }
}
