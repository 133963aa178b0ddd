namespace ProtoPython.Objects;

/// <summary>
/// A Python function: code, globals, builtins, defaults, closure. Calling it is the interpreter's
/// business: the Call slot goes through <see cref="CallDispatcher"/> (ARCHITECTURE §1: Objects
/// calls upward only through interfaces the runtime installs).
/// </summary>
public sealed class PyFunction : PyObject, IHasDict
{
    private static uint s_nextVersion;
    private PyDict? _dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins)
        : base(PyType.Function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.TryGetStr(Names.Name, out var m) ? m : PyValue.None;
        // CPython 3.14: the docstring is co_consts[0] when CO_HAS_DOCSTRING is set.
        Doc = (code.Flags & CodeFlagBits.HasDocstring) != 0 && code.Consts.Length > 0 ? code.Consts[0] : PyValue.None;
        NewVersion();
    }

    public PyCode Code { get; private set; }

    public PyDict Globals { get; }

    public PyDict Builtins { get; }

    public PyStr Name { get; set; }

    public PyStr QualName { get; set; }

    public PyValue Module { get; set; }

    public PyValue Doc { get; set; } = PyValue.None;

    /// <summary><c>__defaults__</c>, or null.</summary>
    public PyTuple? Defaults { get; private set; }

    /// <summary><c>__kwdefaults__</c>, or null.</summary>
    public PyDict? KwDefaults { get; private set; }

    /// <summary><c>__closure__</c>: one cell per free variable, or null.</summary>
    public PyCell[]? Closure { get; set; }

    public PyValue Annotations { get; set; } = PyValue.Null;

    public PyValue Annotate { get; set; } = PyValue.None;

    public PyValue TypeParams { get; set; } = PyValue.Null;

    /// <summary>Changes when code, defaults, kwdefaults or closure change (ARCHITECTURE §2.5); CALL_PY caches key on it.</summary>
    public uint Version { get; private set; }

    public void SetCode(PyCode code)
    {
        Code = code;
        NewVersion();
    }

    public void SetDefaults(PyTuple? defaults)
    {
        Defaults = defaults is { Length: 0 } ? null : defaults;
        NewVersion();
    }

    public void SetKwDefaults(PyDict? kwdefaults)
    {
        KwDefaults = kwdefaults;
        NewVersion();
    }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    private void NewVersion() => Version = Interlocked.Increment(ref s_nextVersion);

    /// <summary>The CALL slot: runs the function through the installed dispatcher.</summary>
    public static PyValue CallSlot(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames) =>
        CallDispatcher.Current.CallFunction(ts, (PyFunction)callable.AsObject, args, kwnames);

    /// <summary><c>__get__</c>: a bound method from an instance, the function itself from the class.</summary>
    public static PyValue DescrGetSlot(ThreadState ts, PyValue descriptor, PyValue instance, PyType owner) =>
        instance.IsNull ? descriptor : PyValue.FromObject(new PyMethod(descriptor, instance));

    public override string ToString() => "<function " + QualName.Value + ">";
}

/// <summary>Runs Python functions for C# callers; installed by the runtime (ARCHITECTURE §1, ICallDispatcher).</summary>
public interface ICallDispatcher
{
    PyValue CallFunction(ThreadState ts, PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames);
}

/// <summary>Holds the installed <see cref="ICallDispatcher"/>.</summary>
public static class CallDispatcher
{
    private static ICallDispatcher? s_current;

    public static ICallDispatcher Current => s_current ?? throw new InvalidOperationException("no interpreter is installed");

    public static void Install(ICallDispatcher dispatcher) => s_current = dispatcher;
}
