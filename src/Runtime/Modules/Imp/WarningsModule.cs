using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_warnings</c> with <c>warn</c> only, for importlib's bootstrap (which imports it directly):
/// it hands the call to the pure-Python <c>warnings.warn</c>. The module has none of the C
/// accelerator's other names, so <c>warnings</c> itself keeps its Python implementation.
/// </summary>
internal sealed class WarningsModule : INativeModule
{
    public string Name => "_warnings";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_warnings");
        m.AddFunction("warn", (ts, a, kw) =>
        {
            var warnings = runtime.Imports.ImportFull(ts, "warnings");
            if (warnings.IsError)
            {
                return warnings;
            }

            var warn = PyOps.GetAttr(ts, warnings, PyStr.Intern("warn"));
            return warn.IsError ? warn : PyOps.Call(ts, warn, a, kw);
        });
        return m;
    }
}
