using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>select</c> for imports only: <c>error</c> and a <c>select()</c> that raises OSError, so
/// selectors (and asyncio, subprocess) import. Waiting on descriptors is a later task.
/// </summary>
internal sealed class SelectModule : INativeModule
{
    public string Name => "select";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("select");
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        m.AddFunction("select", static (ts, a, kw) =>
            ts.SetError(PyExc.OSError, PyValue.FromInt64(38), PyValue.FromObject(new PyStr("select() is not supported by ProtoPython yet"))));
        return m;
    }
}
