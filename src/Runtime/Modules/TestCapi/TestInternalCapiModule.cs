using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_testinternalcapi</c>: CPython's test module over interpreter internals. Only the
/// functions whose question has an answer in ProtoPython's object model are here:
/// <c>has_inline_values</c> (test_class imports it at module level: an instance whose attributes
/// still live in its shape's value array, not in a dict, is what CPython calls inline values) and
/// <c>get_recursion_depth</c> (test.support calls it once this module imports). Everything else
/// is absent: a test that needs it fails with AttributeError or ImportError.
/// </summary>
internal sealed class TestInternalCapiModule : INativeModule
{
    public string Name => "_testinternalcapi";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_testinternalcapi");
        m.AddFunction("has_inline_values", static (ts, a, kw) => PyValue.FromBool(a[0].AsObject is PyInstance { Shape: not null }), NativeArity.One);

        // The Python frames on this thread's stack (the module level of __main__ is 1).
        m.AddFunction("get_recursion_depth", static (ts, a, kw) => PyValue.FromInt64(ts.Depth), NativeArity.NoArgs);
        return m;
    }
}
