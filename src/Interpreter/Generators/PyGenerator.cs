using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>Where a generator's frame is.</summary>
internal enum GeneratorState : byte
{
    Created,
    Suspended,
    Running,
    Finished,
}

/// <summary>
/// A generator, coroutine or async generator (ARCHITECTURE §3): it owns a suspended frame with a
/// private window. Resuming links the frame onto the thread's chain and runs it until it yields,
/// returns or raises: in a new eval-loop activation when C# resumes it, in the running one for
/// FOR_ITER_GEN and SEND_GEN.
/// </summary>
internal sealed class PyGenerator : PyObject
{
    public PyGenerator(PyType type, InterpreterFrame frame)
        : base(type)
    {
        Frame = frame;
        Name = frame.Function?.Name ?? frame.Code.Name;
        QualName = frame.Function?.QualName ?? frame.Code.QualName;
    }

    public InterpreterFrame Frame { get; }

    public GeneratorState State;

    public PyStr Name;

    public PyStr QualName;

    /// <summary>The generator's own handled exception, swapped in while it runs (gi_exc_state).</summary>
    public PyBaseException? SavedHandled;

    /// <summary>The handled exception of the code that resumed the generator in the eval loop (FOR_ITER_GEN, SEND_GEN), restored when it suspends or ends.</summary>
    public PyBaseException? OuterHandled;

    /// <summary>The object a <c>yield from</c>/<c>await</c> is delegating to while suspended in it (gi_yieldfrom).</summary>
    public PyValue YieldFrom;

    /// <summary>The value of the last <c>return</c>, for StopIteration.</summary>
    public PyValue ReturnValue;

    /// <summary>An async generator's pending asend/athrow is running (ag_running_async).</summary>
    public bool AsyncRunning;

    /// <summary>A coroutine that was awaited to completion (or an async generator closed) raises on reuse.</summary>
    public bool IsCoroutine => ReferenceEquals(Type, PyType.Coroutine);

    public bool IsAsyncGenerator => ReferenceEquals(Type, PyType.AsyncGenerator);

    public string KindName => IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator";
}
