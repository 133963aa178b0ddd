using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

internal static partial class EvalLoop
{
    private static void CopyFreeVars(InterpreterFrame frame, int count)
    {
        var closure = frame.Function?.Closure;
        if (closure is null)
        {
            return;
        }

        var first = frame.Base + frame.Code.NLocalsPlus - count;
        for (var i = 0; i < count; i++)
        {
            frame.Stack[first + i] = PyValue.FromObject(closure[i]);
        }
    }

    private static void RaiseUnboundLocal(ThreadState ts, PyCode code, int index)
    {
        var exc = PyBaseException.Create(PyExc.UnboundLocalError,
            "cannot access local variable '" + code.LocalsPlusNames[index].Value + "' where it is not associated with a value");
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(code.LocalsPlusNames[index]));
        ts.SetError(exc);
    }

    private static void RaiseUnboundDeref(ThreadState ts, PyCode code, int index)
    {
        if ((code.LocalsPlusKinds[index] & LocalsKind.Free) != 0)
        {
            var exc = PyBaseException.Create(PyExc.NameError,
                "cannot access free variable '" + code.LocalsPlusNames[index].Value + "' where it is not associated with a value in enclosing scope");
            exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(code.LocalsPlusNames[index]));
            ts.SetError(exc);
            return;
        }

        RaiseUnboundLocal(ts, code, index);
    }

    /// <summary>Signals and pending calls, checked at RESUME and JUMP_BACKWARD (ARCHITECTURE §4).</summary>
    private static bool HandleEvalBreaker(ThreadState ts)
    {
        var flags = Interlocked.Exchange(ref ts.EvalBreaker, 0);
        if ((flags & ThreadState.BreakerAbort) != 0)
        {
            // Stays set: every activation on the way out stops too.
            Interlocked.Or(ref ts.EvalBreaker, ThreadState.BreakerAbort);
            ts.SetError(PyExc.SystemExit, [PyValue.FromObject(new PyStr("aborted by the host"))]);
            return false;
        }

        if ((flags & ThreadState.BreakerKeyboardInterrupt) != 0)
        {
            ts.SetError(PyExc.KeyboardInterrupt, []);
            return false;
        }

        if ((flags & ThreadState.BreakerPendingCalls) != 0)
        {
            ts.RunPendingCalls();
        }

        return true;
    }
}

/// <summary>Maps .NET exceptions that escaped C# code to Python exceptions (ARCHITECTURE §4).</summary>
internal static class ExceptionMapping
{
    // PROTOPY_DEBUG_DOTNET=1 prints the .NET stack of an escaped exception (a bug) to stderr.
    private static readonly bool s_debug = Environment.GetEnvironmentVariable("PROTOPY_DEBUG_DOTNET") == "1";

    public static PyBaseException FromDotNet(Exception e)
    {
        if (s_debug && e is not PythonException)
        {
            Console.Error.WriteLine(e.ToString());
        }

        return Map(e);
    }

    private static PyBaseException Map(Exception e) => e switch
    {
        PythonException pe => pe.Exception,
        OverflowException => PyBaseException.Create(PyExc.OverflowError, e.Message),
        OutOfMemoryException => PyBaseException.Create(PyExc.MemoryError, ""),
        InsufficientExecutionStackException => PyBaseException.Create(PyExc.RecursionError, "maximum recursion depth exceeded"),
        DivideByZeroException => PyBaseException.Create(PyExc.ZeroDivisionError, "division by zero"),
        _ => PyBaseException.Create(PyExc.SystemError, e.GetType().FullName + ": " + e.Message),
    };
}
