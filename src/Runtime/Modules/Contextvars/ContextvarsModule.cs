using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_contextvars</c>: Context, ContextVar, Token and copy_context.</summary>
internal sealed class ContextvarsModule : INativeModule
{
    public string Name => "_contextvars";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_contextvars");
        m.Add("__doc__", NativeTypes.Str("Context Variables"));
        m.Add("Context", PyValue.FromObject(PyContext.TypeObject.Value));
        m.Add("ContextVar", PyValue.FromObject(PyContextVar.TypeObject.Value));
        m.Add("Token", PyValue.FromObject(PyToken.TypeObject.Value));
        m.AddFunction("copy_context", static (ts, a, kw) => PyValue.FromObject(PyContext.Copy(PyContext.Current)), NativeArity.NoArgs);
        return m;
    }
}
