namespace ProtoPython.Objects;

/// <summary>
/// A function written in C#, called like vectorcall (ARCHITECTURE §3): positional arguments,
/// then keyword values named by <paramref name="kwnames"/>. For methods <c>args[0]</c> is self.
/// </summary>
public delegate PyValue NativeFunction(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames);

/// <summary>How a native function takes its arguments (CPython's METH_* flags); the specializer picks CALL_BUILTIN_O/_FAST by it.</summary>
public enum NativeArity : byte
{
    /// <summary>Anything; the function parses its own arguments (METH_FASTCALL | METH_KEYWORDS).</summary>
    Any,

    /// <summary>Positional only, any count (METH_FASTCALL): keywords are rejected before the call.</summary>
    Positional,

    /// <summary>No argument besides self (METH_NOARGS).</summary>
    NoArgs,

    /// <summary>Exactly one argument besides self (METH_O).</summary>
    One,
}
