using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// The interpreter's entry points for the runtime: installs itself as the <see cref="ICallDispatcher"/>
/// and runs code objects (module bodies, exec) and functions.
/// </summary>
public sealed class PythonInterpreter : ICallDispatcher
{
    private static readonly Lock s_lock = new();
    private static bool s_installed;

    private PythonInterpreter()
    {
    }

    /// <summary>Installs the interpreter (idempotent): the call dispatcher and the generator types' methods.</summary>
    public static void Install()
    {
        lock (s_lock)
        {
            if (s_installed)
            {
                return;
            }

            EvalTables.Initialize();
            EvalLoop.StartLoopTiering();

            BuiltinTypes.Initialize();
            CallDispatcher.Install(new PythonInterpreter());
            Generators.Install();
            foreach (var t in new[] { PyType.Generator, PyType.Coroutine, PyType.AsyncGenerator })
            {
                SlotTable.AddWrappers(t);
            }

            s_installed = true;
        }
    }

    /// <summary>Calls a Python function from C#: a new eval-loop activation (ARCHITECTURE §3).</summary>
    public PyValue CallFunction(ThreadState ts, PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var frame = Frames.PushFunctionFrame(ts, function, args, kwnames, ts.CurrentFrame);
        return frame is null ? PyValue.Error : EvalLoop.Run(ts, frame);
    }

    /// <summary>Runs module-level or exec'd code with the given namespaces; the result of the code (None for modules).</summary>
    public static PyValue RunCode(ThreadState ts, PyCode code, PyDict globals, PyValue locals, PyDict builtins)
    {
        if (ts.Depth >= ThreadState.RecursionLimit)
        {
            return ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
        }

        var frame = Frames.PushCodeFrame(ts, code, globals, builtins, locals, null);
        return EvalLoop.Run(ts, frame);
    }

    /// <summary>Runs a class body (a function taking no arguments) with <paramref name="ns"/> as its locals (__build_class__).</summary>
    public static PyValue RunClassBody(ThreadState ts, PyFunction body, PyValue ns)
    {
        if (ts.Depth >= ThreadState.RecursionLimit)
        {
            return ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
        }

        var frame = Frames.PushCodeFrame(ts, body.Code, body.Globals, body.Builtins, ns, body);
        return EvalLoop.Run(ts, frame);
    }
}
