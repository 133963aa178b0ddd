using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_imp</c>, the part test.support.import_helper and importlib callers reach: builtin-module
/// queries against the registered C# modules, no frozen modules, no extension modules.
/// </summary>
internal sealed class ImpModule : INativeModule
{
    private long _multiInterpCheck = -1;

    public string Name => "_imp";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_imp");
        var imports = runtime.Imports;
        m.Add("check_hash_based_pycs", PyValue.FromObject(new PyStr("default")));
        m.AddFunction("lock_held", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        m.AddFunction("acquire_lock", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("release_lock", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        // CPython 3.14's token, so importlib.util.MAGIC_NUMBER matches; our own cache files carry their own magic.
        m.Add("pyc_magic_number_token", PyValue.FromInt64(168627755));
        m.AddFunction("create_dynamic", static (ts, a, kw) => ts.SetError(PyExc.ImportError, "ProtoPython cannot load extension modules"));
        m.AddFunction("exec_dynamic", static (ts, a, kw) => PyValue.FromInt64(0));
        ImportlibSupport.AddTo(m, runtime);
        m.AddFunction("extension_suffixes", static (ts, a, kw) => PyValue.FromObject(new PyList()), NativeArity.NoArgs);
        m.AddFunction("is_builtin", (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyStr name)
            {
                return ArgParser.BadArgument(ts, "is_builtin", "argument", "str", a[0]);
            }

            return PyValue.FromInt64(imports.NativeNames.Contains(name.Value) || name.Value is "sys" or "builtins" ? 1 : 0);
        }, NativeArity.One);
        m.AddFunction("is_frozen", static (ts, a, kw) => PyValue.False, NativeArity.One);
        m.AddFunction("is_frozen_package", static (ts, a, kw) => PyValue.False, NativeArity.One);
        m.AddFunction("find_frozen", static (ts, a, kw) => PyValue.None);
        m.AddFunction("create_builtin", (ts, a, kw) =>
        {
            var name = PyOps.GetAttr(ts, a[0], PyStr.Intern("name"));
            return name.IsError ? name : name.AsObject is PyStr s ? imports.ImportFull(ts, s.Value) : ts.SetError(PyExc.TypeError, "name must be string");
        }, NativeArity.One);
        m.AddFunction("exec_builtin", static (ts, a, kw) => PyValue.FromInt64(0), NativeArity.One);
        m.AddFunction("_fix_co_filename", static (ts, a, kw) => PyValue.None, NativeArity.Positional);
        m.AddFunction("_override_frozen_modules_for_tests", static (ts, a, kw) => PyValue.None, NativeArity.One);
        m.AddFunction("_override_multi_interp_extensions_check", (ts, a, kw) =>
        {
            var old = _multiInterpCheck;
            return PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out _multiInterpCheck) ? PyValue.FromInt64(old) : PyValue.Error;
        }, NativeArity.One);
        return m;
    }
}
