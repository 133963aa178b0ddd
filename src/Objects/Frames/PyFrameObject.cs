namespace ProtoPython.Objects;

/// <summary>
/// The <c>frame</c> object Python code sees. It reads through to its activation while that runs
/// and keeps what tracebacks need (code, globals, last instruction) after it returns.
/// </summary>
public sealed class PyFrameObject : PyObject
{
    public PyFrameObject(InterpreterFrame frame)
        : base(PyType.Frame)
    {
        Frame = frame;
        Code = frame.Code;
        Globals = frame.Globals;
    }

    /// <summary>The activation (its fields go stale once it returned).</summary>
    public InterpreterFrame Frame { get; }

    public PyCode Code { get; }

    public PyDict Globals { get; }

    /// <summary>The caller's frame object, captured when this one is made.</summary>
    public PyFrameObject? Back => Frame.Previous?.GetFrameObject();
}

/// <summary>A traceback entry: the frame, the instruction that raised, and the next (inner) entry.</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback(PyTraceback? next, PyFrameObject frame, int lastI)
        : base(PyType.Traceback)
    {
        Next = next;
        Frame = frame;
        LastI = lastI;
    }

    public PyTraceback? Next { get; set; }

    public PyFrameObject Frame { get; }

    /// <summary>Code-unit index of the instruction that raised.</summary>
    public int LastI { get; }

    public int Line => Frame.Code.LineAt(LastI);
}
