using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A C# stand-in for <c>importlib</c> with <c>import_module</c> only, until CPython's own
/// importlib package runs on the runtime (issue 4); see docs/design/import-system.md.
/// It is a package: its submodules (<c>machinery</c>, <c>util</c>) are ours, in stdlib/importlib/.
/// </summary>
internal sealed class ImportlibModule : INativeModule
{
    public string Name => "importlib";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("importlib");
        var path = new PyList();
        if (runtime.OwnStdlib is { } own && Directory.Exists(Path.Combine(own, "importlib")))
        {
            path.Append(PyValue.FromObject(new PyStr(Path.Combine(own, "importlib"))));
        }

        m.Dict.SetStr(Objects.Names.Path, PyValue.FromObject(path));
        m.Dict.SetStr(Objects.Names.Package, PyValue.FromObject(new PyStr("importlib")));
        m.AddFunction("import_module", (ts2, a, kw) =>
        {
            if (a.Length < 1 || a[0].AsObject is not PyStr name)
            {
                return ts2.SetError(PyExc.TypeError, "import_module() missing required argument 'name'");
            }

            var package = a.Length > 1 && a[1].AsObject is PyStr p ? p.Value : null;
            var level = 0;
            var text = name.Value;
            while (level < text.Length && text[level] == '.')
            {
                level++;
            }

            if (text.Length == 0)
            {
                return ts2.SetError(PyExc.ValueError, "Empty module name");
            }

            if (level > 0 && package is null)
            {
                return ts2.SetError(PyExc.TypeError, "the 'package' argument is required to perform a relative import for '" + text + "'");
            }

            var absolute = level == 0 ? text : ResolveRelative(package!, text[level..], level);
            return runtime.Imports.ImportFull(ts2, absolute);
        });
        m.AddFunction("invalidate_caches", static (ts2, a, kw) => PyValue.None);
        return m;
    }

    private static string ResolveRelative(string package, string rest, int level)
    {
        var parts = package.Split('.');
        var baseName = string.Join('.', parts, 0, Math.Max(0, parts.Length - (level - 1)));
        return rest.Length == 0 ? baseName : baseName + "." + rest;
    }
}
