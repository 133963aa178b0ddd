using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins.Iterators;

namespace ProtoPython.Runtime.Builtins;

public static partial class BuiltinsModule
{
    /// <summary>
    /// What <c>vars()</c> and <c>dir()</c> without arguments need: the calling frame's locals
    /// mapping. Installed by the interpreter; until then those forms raise SystemError.
    /// </summary>
    public static Func<ThreadState, PyValue>? CurrentLocals { get; set; }

    static partial void AddFunctions(PyModule m)
    {
        m.Add("enumerate", PyValue.FromObject(PyEnumerate.TypeObject));
        m.Add("zip", PyValue.FromObject(PyZip.TypeObject));
        m.Add("map", PyValue.FromObject(PyMap.TypeObject));
        m.Add("filter", PyValue.FromObject(PyFilter.TypeObject));
        m.Add("reversed", PyValue.FromObject(PyReversed.TypeObject));
        AddNumberFunctions(m);
        AddSumFunction(m);
        AddMinMaxFunctions(m);
        AddAttributeFunctions(m);
        AddTypeCheckFunctions(m);
        AddTextFunctions(m);
        AddIterationFunctions(m);
        AddConsoleFunctions(m);
    }

    private static PyValue LocalsOrError(ThreadState ts, string fname) =>
        CurrentLocals is { } f ? f(ts) : ts.SetError(PyExc.SystemError, fname + "() without arguments needs the interpreter's frames");
}
