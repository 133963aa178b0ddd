using ProtoPython.Objects;

namespace ProtoPython.Runtime.Import;

/// <summary>
/// How the C# import path meets importlib once it is imported (stdlib/importlib/__init__.py):
/// modules get real <c>ModuleSpec</c>s and loaders from <see cref="SpecFactory"/>, and finders a
/// program puts on <c>sys.meta_path</c> are asked in their place. importlib's own three finders
/// (<see cref="DefaultFinders"/>) are what this C# path does, so they are not called.
/// </summary>
public sealed partial class ImportSystem
{
    private const string BuiltinOrigin = "built-in";
    private static readonly PyStr s_metaPath = PyStr.Intern("meta_path");
    private static readonly PyStr s_findSpec = PyStr.Intern("find_spec");
    private static readonly PyStr s_loader = PyStr.Intern("loader");
    private static readonly PyStr s_cached = PyStr.Intern("cached");
    private static readonly PyStr s_locations = PyStr.Intern("submodule_search_locations");
    private static readonly PyStr s_cachedName = PyStr.Intern("__cached__");
    private PyValue _load = PyValue.Null;

    /// <summary><c>factory(name, origin, package_dir)</c> → a ModuleSpec (origin "built-in" for C# modules, None for a namespace package); Null until importlib is imported.</summary>
    public PyValue SpecFactory { get; set; } = PyValue.Null;

    /// <summary>importlib's BuiltinImporter, FrozenImporter and PathFinder: the finders this C# path stands for.</summary>
    public PyTuple DefaultFinders { get; set; } = PyTuple.Empty;

    private PyValue NewSpecFromFactory(ThreadState ts, string name, string? origin, string? packageDir)
    {
        ReadOnlySpan<PyValue> args =
        [
            PyValue.FromObject(new PyStr(name)),
            origin is null ? PyValue.None : PyValue.FromObject(new PyStr(origin)),
            packageDir is null ? PyValue.None : PyValue.FromObject(new PyStr(packageDir)),
        ];
        return PyOps.Call(ts, SpecFactory, args, null);
    }

    private void SetLoader(ThreadState ts, PyDict dict, PyValue spec)
    {
        if (SpecFactory.IsNull)
        {
            dict.SetStr(Objects.Names.Loader, PyValue.None);
            return;
        }

        dict.SetStr(Objects.Names.Loader, PyOps.TryGetAttr(ts, spec, s_loader, out var loader) > 0 ? loader : PyValue.None);
        if (dict.TryGetStr(Objects.Names.Path, out var path) && !PyOps.SetAttr(ts, spec, s_locations, path))
        {
            ts.ClearError();
        }

        if (dict.TryGetStr(Objects.Names.File, out _) && PyOps.TryGetAttr(ts, spec, s_cached, out var cached) > 0 && !cached.IsNone)
        {
            dict.SetStr(s_cachedName, cached);
        }

        ts.ClearError();
    }

    // A module whose code imported importlib (importlib itself, first of all) gets the spec it
    // would have had, now that there is a factory: importlib could not give it one while it ran.
    private bool AdoptSpec(ThreadState ts, string fullName, string file, string? packageDir, PyDict dict)
    {
        var spec = NewSpecFromFactory(ts, fullName, file, packageDir);
        if (spec.IsError)
        {
            return false;
        }

        dict.SetStr(Objects.Names.Spec, spec);
        SetLoader(ts, dict, spec);
        return true;
    }

    /// <summary>
    /// Asks the finders on <c>sys.meta_path</c> that are not importlib's own: those before the first
    /// of importlib's (before the C# path looks), or those after it (when the C# path found nothing).
    /// Null when none found the module.
    /// </summary>
    private PyValue FindWithMetaPath(ThreadState ts, string fullName, PyValue searchPath, bool afterDefaults)
    {
        if (!_runtime.Sys.TryGetStr(s_metaPath, out var metaPath) || metaPath.AsObject is not PyList list || list.Count == 0)
        {
            return PyValue.Null;
        }

        var finders = new List<PyValue>(list.Count);
        var seenDefault = false;
        for (var i = 0; i < list.Count; i++)
        {
            list.TryGetItem(ts, i, out var finder);
            if (IsDefaultFinder(finder))
            {
                seenDefault = true;
            }
            else if (seenDefault == afterDefaults)
            {
                finders.Add(finder);
            }
        }

        var path = fullName.Contains('.') ? searchPath : PyValue.None;
        foreach (var finder in finders)
        {
            var found = PyOps.TryGetAttr(ts, finder, s_findSpec, out var findSpec);
            if (found < 0)
            {
                return PyValue.Error;
            }

            if (found == 0)
            {
                continue;
            }

            var spec = PyOps.Call(ts, findSpec, [PyValue.FromObject(new PyStr(fullName)), path, PyValue.None], null);
            if (spec.IsError || spec.IsNone)
            {
                if (spec.IsError)
                {
                    return spec;
                }

                continue;
            }

            return LoadFromSpec(ts, spec);
        }

        return PyValue.Null;
    }

    private bool IsDefaultFinder(PyValue finder)
    {
        foreach (var d in DefaultFinders.Items)
        {
            if (ReferenceEquals(d.AsObject, finder.AsObject))
            {
                return true;
            }
        }

        return false;
    }

    // importlib._bootstrap._load(spec): module_from_spec, sys.modules, exec_module, as CPython does.
    private PyValue LoadFromSpec(ThreadState ts, PyValue spec)
    {
        if (_load.IsNull)
        {
            var bootstrap = ImportFull(ts, "importlib._bootstrap");
            if (bootstrap.IsError)
            {
                return bootstrap;
            }

            var load = PyOps.GetAttr(ts, bootstrap, PyStr.Intern("_load"));
            if (load.IsError)
            {
                return load;
            }

            _load = load;
        }

        return PyOps.Call(ts, _load, [spec], null);
    }
}
