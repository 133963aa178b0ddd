using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>Issues warnings through the Python <c>warnings</c> module (there is no C# <c>_warnings</c> yet).</summary>
internal static class AstWarnings
{
    private static PythonRuntime? s_runtime;

    /// <summary>The runtime whose <c>warnings</c> module is used (set when <c>_ast</c> is imported).</summary>
    public static void Attach(PythonRuntime runtime) => s_runtime = runtime;

    /// <summary><c>warnings.warn(message, DeprecationWarning, stacklevel=1)</c>; false when it raised (an error filter).</summary>
    public static bool Deprecation(ThreadState ts, string message)
    {
        if (s_runtime is null)
        {
            return true;
        }

        var warnings = s_runtime.Imports.ImportFull(ts, "warnings");
        if (warnings.IsError)
        {
            return false;
        }

        var r = PyOps.CallMethod(ts, warnings, PyStr.Intern("warn"), [PyValue.FromObject(new PyStr(message)), PyValue.FromObject(PyExc.DeprecationWarning)]);
        return !r.IsError;
    }
}
