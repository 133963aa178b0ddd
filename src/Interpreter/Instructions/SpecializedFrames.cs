using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>Inline frames of specialized forms whose arguments are not all on the caller's stack.</summary>
internal static class SpecializedFrames
{
    // The pair of arguments (owner, name): PushFunctionFrame copies them before any Python code
    // runs, so one array per thread serves every call.
    [ThreadStatic]
    private static PyValue[]? t_pair;

    /// <summary>
    /// LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: pushes the frame of <c>__getattribute__(owner, name)</c>
    /// (a Python function of exactly two parameters), or returns null with a pending exception.
    /// </summary>
    public static InterpreterFrame? PushGetAttribute(ThreadState ts, PyFunction getattribute, PyValue owner, PyStr name, InterpreterFrame caller)
    {
        var pair = t_pair ??= new PyValue[2];
        pair[0] = owner;
        pair[1] = PyValue.FromObject(name);
        var callee = Frames.PushFunctionFrame(ts, getattribute, pair, null, caller);
        pair[0] = default;
        pair[1] = default;
        return callee;
    }
}
