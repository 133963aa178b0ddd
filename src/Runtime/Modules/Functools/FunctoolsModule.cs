using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_functools</c>: reduce, partial, Placeholder, cmp_to_key and _lru_cache_wrapper.</summary>
internal sealed class FunctoolsModule : INativeModule
{
    public string Name => "_functools";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_functools");
        m.Add("__doc__", NativeTypes.Str("Tools that operate on functions."));
        m.AddFunction("reduce", KeyWrapper.Reduce);
        m.AddFunction("cmp_to_key", KeyWrapper.CmpToKey);
        m.Add("partial", PyValue.FromObject(PyPartial.TypeObject.Value));
        m.Add("_PlaceholderType", PyValue.FromObject(PlaceholderType.TypeObject));
        m.Add("Placeholder", PlaceholderType.Instance);
        m.Add("_lru_cache_wrapper", PyValue.FromObject(LruCacheWrapper.TypeObject.Value));
        return m;
    }
}
