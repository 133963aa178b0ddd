using ProtoPython.Objects;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The <c>_imp</c> functions our importlib package (stdlib/importlib/__init__.py) uses to join
/// CPython's importlib classes to the C# import system: the code of a source file through our
/// compiled-module cache, and the hooks that give C#-imported modules real specs and let finders
/// added to <c>sys.meta_path</c> be consulted. ProtoPython's own: not in CPython's <c>_imp</c>.
/// </summary>
internal static class ImportlibSupport
{
    public static void AddTo(PyModule m, PythonRuntime runtime)
    {
        // _protopy_source_code(path): the module code of a .py file, from the cache when valid.
        m.AddFunction("_protopy_source_code", (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyStr path)
            {
                return ts.SetError(PyExc.TypeError, "path must be str");
            }

            var code = ModuleCode.Load(ts, runtime, path.Value);
            return code is null ? PyValue.Error : PyValue.FromObject(code);
        }, NativeArity.One);

        // _protopy_install(spec_factory, default_finders): see ImportSystem.SpecFactory and DefaultFinders.
        m.AddFunction("_protopy_install", (ts, a, kw) =>
        {
            if (a.Length != 2 || a[1].AsObject is not PyTuple finders)
            {
                return ts.SetError(PyExc.TypeError, "_protopy_install(spec_factory, default_finders)");
            }

            runtime.Imports.SpecFactory = a[0];
            runtime.Imports.DefaultFinders = finders;
            return PyValue.None;
        });
    }
}
