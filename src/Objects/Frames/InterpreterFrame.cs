namespace ProtoPython.Objects;

/// <summary>
/// One activation of a code object (ARCHITECTURE §3). Its locals, cells and evaluation stack are
/// one window of a PyValue array: <c>Stack[Base .. Base + code.NLocalsPlus)</c> the locals-plus,
/// then the stack from <c>Base + NLocalsPlus</c> up to <see cref="Sp"/>. Ordinary frames' windows
/// are slices of the thread's data stack; a generator's frame owns a private array.
/// </summary>
public sealed class InterpreterFrame
{
    public PyCode Code = null!;

    /// <summary>The function being run (null for module and class bodies run by exec).</summary>
    public PyFunction? Function;

    public PyDict Globals = null!;

    public PyDict Builtins = null!;

    /// <summary>The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME); Null for optimized frames.</summary>
    public PyValue Locals;

    public PyValue[] Stack = null!;

    /// <summary>Index of local 0 in <see cref="Stack"/>.</summary>
    public int Base;

    /// <summary>Index of the next free stack slot (saved when the frame is not running).</summary>
    public int Sp;

    /// <summary>Index of the next code unit to run (saved when the frame is not running).</summary>
    public int Ip;

    /// <summary>Index of the instruction that is running or last ran (f_lasti / 2): tracebacks and handlers use it.</summary>
    public int LastI;

    /// <summary>The caller, or the frame that resumed this generator.</summary>
    public InterpreterFrame? Previous;

    /// <summary>
    /// Set by FOR_ITER_GEN and SEND_GEN before they resume a generator in this activation: when the
    /// generator returns, its value is pushed here and <see cref="Ip"/> moves on by this many code
    /// units (to END_FOR, or to SEND's target). A yield continues at <see cref="Ip"/> itself.
    /// </summary>
    public int ReturnOffset;

    /// <summary>Returning from this frame leaves the eval loop activation (C# called into Python here).</summary>
    public bool IsEntry;

    /// <summary>Whether this frame's window is on the thread's data stack (to be released when it returns).</summary>
    public bool OnDataStack;

    /// <summary>
    /// The frame runs <c>__init__</c> for CALL_ALLOC_AND_ENTER_INIT: the caller's stack already holds
    /// the new instance as the call's result, so the return value is only checked to be None.
    /// </summary>
    public bool IsInit;

    /// <summary>The generator, coroutine or async generator owning this frame, or null.</summary>
    public PyObject? Owner;

    /// <summary>The Python-visible frame object, made on demand.</summary>
    public PyFrameObject? FrameObject;

    /// <summary>Index in <see cref="Stack"/> where the evaluation stack starts.</summary>
    public int StackBottom => Base + Code.NLocalsPlus;

    /// <summary>The source line of <see cref="LastI"/>.</summary>
    public int Line => Code.LineAt(LastI);

    /// <summary>The frame object for this activation (sys._getframe, tracebacks).</summary>
    public PyFrameObject GetFrameObject() => FrameObject ??= new PyFrameObject(this);
}
