using ProtoPython.Compiler;
using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Import;

/// <summary>
/// <c>__import__</c>: native modules first, then <c>.py</c> files and packages on <c>sys.path</c>
/// (or the parent package's <c>__path__</c>), with <c>sys.modules</c> caching and relative imports.
/// Written in C# rather than running importlib's bootstrap: see docs/design/import-system.md.
/// </summary>
public sealed partial class ImportSystem
{
    private readonly PythonRuntime _runtime;
    private readonly Dictionary<string, INativeModule> _native = new(StringComparer.Ordinal);
    private readonly ModuleLocks _locks = new();
    private PyType? _specType;

    public ImportSystem(PythonRuntime runtime, PyDict modules, PyList path)
    {
        _runtime = runtime;
        Modules = modules;
        Path = path;
    }

    /// <summary><c>sys.modules</c>.</summary>
    public PyDict Modules { get; }

    /// <summary><c>sys.path</c> as created (Python code may rebind sys.path; imports read the current binding).</summary>
    public PyList Path { get; }

    /// <summary>Registers a C# module.</summary>
    public void Register(INativeModule module) => _native[module.Name] = module;

    /// <summary>The names of the registered C# modules (<c>sys.builtin_module_names</c>).</summary>
    public IEnumerable<string> NativeNames => _native.Keys;

    /// <summary><c>__import__(name, globals, locals, fromlist, level)</c>.</summary>
    public PyValue Import(ThreadState ts, PyStr name, PyDict? globals, PyValue fromlist, int level)
    {
        if (level < 0)
        {
            return ts.SetError(PyExc.ValueError, "level must be >= 0");
        }

        var fullName = name.Value;
        if (level > 0)
        {
            var resolved = ResolveRelative(ts, name.Value, globals, level);
            if (resolved is null)
            {
                return PyValue.Error;
            }

            fullName = resolved;
        }
        else if (fullName.Length == 0)
        {
            return ts.SetError(PyExc.ValueError, "Empty module name");
        }

        var module = ImportFull(ts, fullName);
        if (module.IsError)
        {
            return module;
        }

        var hasFromlist = !fromlist.IsNull && !fromlist.IsNone && PyOps.IsTrue(ts, fromlist) > 0;
        if (!hasFromlist)
        {
            if (level == 0 || name.Value.Length > 0)
            {
                // `import a.b.c` binds a: return the top-level package of what was asked.
                var first = level == 0 ? fullName.Split('.')[0] : fullName[..(fullName.Length - name.Value.Length)] + name.Value.Split('.')[0];
                return Modules.TryGetStr(PyStr.Intern(first), out var top) ? top : module;
            }

            return module;
        }

        return HandleFromlist(ts, module, fullName, fromlist) ? module : PyValue.Error;
    }

    private string? ResolveRelative(ThreadState ts, string name, PyDict? globals, int level)
    {
        string? package = null;
        if (globals is not null)
        {
            if (globals.TryGetStr(Objects.Names.Package, out var p) && p.AsObject is PyStr ps)
            {
                package = ps.Value;
            }
            else if (globals.TryGetStr(Objects.Names.Name, out var n) && n.AsObject is PyStr ns)
            {
                package = globals.TryGetStr(Objects.Names.Path, out _) ? ns.Value : ns.Value.Contains('.') ? ns.Value[..ns.Value.LastIndexOf('.')] : "";
            }
        }

        if (string.IsNullOrEmpty(package))
        {
            ts.SetError(PyExc.ImportError, "attempted relative import with no known parent package");
            return null;
        }

        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            ts.SetError(PyExc.ImportError, "attempted relative import beyond top-level package");
            return null;
        }

        var baseName = string.Join('.', parts, 0, parts.Length - (level - 1));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    /// <summary>Imports a module by its absolute dotted name, parents first.</summary>
    public PyValue ImportFull(ThreadState ts, string fullName)
    {
        if (Modules.TryGetStr(PyStr.Intern(fullName), out var cached))
        {
            if (cached.IsNone)
            {
                return RaiseNotFound(ts, fullName, "import of " + fullName + " halted; None in sys.modules");
            }

            // Another thread may still be running the module's code: wait for it to finish.
            return _locks.Busy && !_locks.WaitForOthers(ts, fullName) ? PyValue.Error : cached;
        }

        var dot = fullName.LastIndexOf('.');
        PyValue parent = PyValue.Null;
        PyValue searchPath;
        if (dot >= 0)
        {
            parent = ImportFull(ts, fullName[..dot]);
            if (parent.IsError)
            {
                return parent;
            }

            // Importing the parent may have imported this module already.
            if (Modules.TryGetStr(PyStr.Intern(fullName), out cached))
            {
                return cached;
            }

            if (PyOps.TryGetAttr(ts, parent, Objects.Names.Path, out searchPath) <= 0)
            {
                ts.ClearError();
                return RaiseNotFound(ts, fullName, "No module named '" + fullName + "'; '" + fullName[..dot] + "' is not a package");
            }
        }
        else
        {
            searchPath = _runtime.Sys.TryGetStr(PyStr.Intern("path"), out var p) ? p : PyValue.FromObject(Path);
        }

        if (!_locks.Begin(ts, fullName, out var claimed))
        {
            return PyValue.Error;
        }

        PyValue module;
        try
        {
            // Another thread may have loaded it while this one waited.
            if (Modules.TryGetStr(PyStr.Intern(fullName), out cached))
            {
                module = cached;
            }
            else if (ImportTimeEnabled)
            {
                var start = BeginTimedLoad();
                module = Load(ts, fullName, searchPath);
                EndTimedLoad(fullName, start);
            }
            else
            {
                module = Load(ts, fullName, searchPath);
            }
        }
        finally
        {
            if (claimed)
            {
                _locks.End(fullName);
            }
        }

        if (module.IsError)
        {
            return module;
        }

        if (!parent.IsNull)
        {
            PyOps.SetAttr(ts, parent, PyStr.Intern(fullName[(dot + 1)..]), module);
        }

        return module;
    }

    private PyValue Load(ThreadState ts, string fullName, PyValue searchPath)
    {
        if (_native.TryGetValue(fullName, out var native))
        {
            var created = native.Create(ts, _runtime);
            if (created is null)
            {
                return PyValue.Error;
            }

            if (!SpecFactory.IsNull && !created.Dict.TryGetStr(Objects.Names.Spec, out _))
            {
                var builtinSpec = NewSpec(ts, fullName, BuiltinOrigin, null);
                if (builtinSpec.IsError)
                {
                    return builtinSpec;
                }

                created.Dict.SetStr(Objects.Names.Spec, builtinSpec);
                SetLoader(ts, created.Dict, builtinSpec);
            }

            Modules.SetStr(PyStr.Intern(fullName), PyValue.FromObject(created));
            return PyValue.FromObject(created);
        }

        var found = FindWithMetaPath(ts, fullName, searchPath, afterDefaults: false);
        if (!found.IsNull)
        {
            return found;
        }

        var shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        List<string>? portions = null;
        foreach (var dir in Directories(ts, searchPath))
        {
            var packageInit = System.IO.Path.Combine(dir, shortName, "__init__.py");
            if (IsFile(packageInit))
            {
                return ExecSource(ts, fullName, packageInit, System.IO.Path.Combine(dir, shortName));
            }

            var file = System.IO.Path.Combine(dir, shortName + ".py");
            if (IsFile(file))
            {
                return ExecSource(ts, fullName, file, null);
            }

            // A folder without __init__.py is a portion of a namespace package (PEP 420), unless
            // a regular package or module turns up further along the path.
            var folder = System.IO.Path.Combine(dir, shortName);
            if (Directory.Exists(folder))
            {
                (portions ??= []).Add(folder);
            }
        }

        if (portions is not null)
        {
            return CreateNamespacePackage(ts, fullName, portions);
        }

        found = FindWithMetaPath(ts, fullName, searchPath, afterDefaults: true);
        if (!found.IsNull)
        {
            return found;
        }

        return RaiseNotFound(ts, fullName, "No module named '" + fullName + "'" + MissingLibraryHint(fullName));
    }

    /// <summary>When no CPython library was found, a missing standard module says how to point us at one.</summary>
    private string MissingLibraryHint(string fullName)
    {
        var top = fullName.Split('.')[0];
        if (_runtime.CPythonLib is not null || Array.BinarySearch(StdlibModuleNames.All, top, StringComparer.Ordinal) < 0)
        {
            return "";
        }

        return " (ProtoPython found no standard library: install CPython 3.14, or pass --stdlib DIR or set PROTOPY_STDLIB to its Lib folder)";
    }

    /// <summary>A regular file, following symlinks (a dangling link, as Debian's sitecustomize.py can be, is not a module).</summary>
    private static bool IsFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return false;
        }

        try
        {
            return info.LinkTarget is null || info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target && target is FileInfo;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static List<string> Directories(ThreadState ts, PyValue searchPath)
    {
        var dirs = new List<string>();
        var it = PyOps.GetIter(ts, searchPath);
        if (it.IsError)
        {
            ts.ClearError();
            return dirs;
        }

        while (PyOps.Next(ts, it, out var entry) > 0)
        {
            if (entry.AsObject is PyStr s)
            {
                dirs.Add(s.Value.Length == 0 ? Directory.GetCurrentDirectory() : s.Value);
            }
        }

        ts.ClearError();
        return dirs;
    }

    /// <summary>Creates the module, registers it in sys.modules, runs its code; removes it again if that fails.</summary>
    public PyValue ExecSource(ThreadState ts, string fullName, string file, string? packageDir)
    {
        var module = new PyModule(fullName);
        var dict = module.Dict;
        var isPackage = packageDir is not null;
        dict.SetStr(Objects.Names.File, PyValue.FromObject(new PyStr(file)));
        dict.SetStr(Objects.Names.Package, PyValue.FromObject(new PyStr(isPackage ? fullName : fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : "")));
        if (isPackage)
        {
            dict.SetStr(Objects.Names.Path, PyValue.FromObject(PyList.FromValues([PyValue.FromObject(new PyStr(packageDir!))])));
        }

        var hadFactory = !SpecFactory.IsNull;
        var spec = NewSpec(ts, fullName, file, packageDir);
        if (spec.IsError)
        {
            return spec;
        }

        dict.SetStr(Objects.Names.Spec, spec);
        SetLoader(ts, dict, spec);
        dict.SetStr(Objects.Names.Builtins, PyValue.FromObject(_runtime.Builtins));
        var key = PyStr.Intern(fullName);
        Modules.SetStr(key, PyValue.FromObject(module));
        var code = ModuleCode.Load(ts, _runtime, file);
        var ok = code is not null && !PythonInterpreter.RunCode(ts, code, dict, PyValue.FromObject(dict), _runtime.Builtins).IsError;
        SetInitializing(ts, spec, false);
        if (!ok)
        {
            Modules.RemoveStr(key);
            return PyValue.Error;
        }

        if (!hadFactory && !SpecFactory.IsNull && !AdoptSpec(ts, fullName, file, packageDir, dict))
        {
            return PyValue.Error;
        }

        // The module may have replaced itself in sys.modules.
        return Modules.TryGetStr(key, out var final) ? final : PyValue.FromObject(module);
    }

    // A namespace package: no file and no code, a __path__ over its folders.
    private PyValue CreateNamespacePackage(ThreadState ts, string fullName, List<string> portions)
    {
        var module = new PyModule(fullName);
        var dict = module.Dict;
        var path = new PyValue[portions.Count];
        for (var i = 0; i < path.Length; i++)
        {
            path[i] = PyValue.FromObject(new PyStr(portions[i]));
        }

        dict.SetStr(Objects.Names.Package, PyValue.FromObject(new PyStr(fullName)));
        dict.SetStr(Objects.Names.Path, PyValue.FromObject(PyList.FromValues(path)));
        var spec = NewSpec(ts, fullName, null, portions[0]);
        if (spec.IsError)
        {
            return spec;
        }

        PyOps.SetAttr(ts, spec, PyStr.Intern("submodule_search_locations"), PyValue.FromObject(PyList.FromValues(path)));
        SetInitializing(ts, spec, false);
        dict.SetStr(Objects.Names.Spec, spec);
        SetLoader(ts, dict, spec);
        Modules.SetStr(PyStr.Intern(fullName), PyValue.FromObject(module));
        return PyValue.FromObject(module);
    }

    private bool HandleFromlist(ThreadState ts, PyValue module, string fullName, PyValue fromlist)
    {
        if (PyOps.TryGetAttr(ts, module, Objects.Names.Path, out _) <= 0)
        {
            ts.ClearError();
            return true;
        }

        var it = PyOps.GetIter(ts, fromlist);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (item.AsObject is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, "Item in " + fullName + ".__all__ must be str, not " + item.Type.Name);
                return false;
            }

            if (s.Value == "*")
            {
                if (PyOps.TryGetAttr(ts, module, Objects.Names.All, out var all) > 0 && !HandleFromlist(ts, module, fullName, all))
                {
                    return false;
                }

                ts.ClearError();
                continue;
            }

            if (PyOps.TryGetAttr(ts, module, PyStr.Intern(s), out _) > 0)
            {
                continue;
            }

            var sub = ImportFull(ts, fullName + "." + s.Value);
            if (sub.IsError)
            {
                // A missing submodule is not an error here: IMPORT_FROM reports the missing name.
                // A module the submodule itself failed to import is (CPython checks exc.name).
                if (ts.ErrorMatches(PyExc.ModuleNotFoundError) && ts.CurrentException is { } missing
                    && MissingName(ts, missing) == fullName + "." + s.Value)
                {
                    ts.ClearError();
                    continue;
                }

                return false;
            }
        }
    }

    private static string? MissingName(ThreadState ts, PyBaseException exc)
    {
        var saved = ts.FetchError();
        var found = PyOps.TryGetAttr(ts, PyValue.FromObject(exc), PyStr.Intern("name"), out var name);
        ts.ClearError();
        if (saved is not null)
        {
            ts.SetError(saved);
        }

        return found > 0 && name.AsObject is PyStr s ? s.Value : null;
    }

    private static PyValue RaiseNotFound(ThreadState ts, string name, string message)
    {
        var exc = PyBaseException.Create(PyExc.ModuleNotFoundError, message);
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(new PyStr(name)));
        return ts.SetError(exc);
    }

    private PyValue NewSpec(ThreadState ts, string name, string? origin, string? packageDir)
    {
        if (!SpecFactory.IsNull)
        {
            return NewSpecFromFactory(ts, name, origin, packageDir);
        }

        if (_specType is null)
        {
            _specType = PyType.Create(ts, "ModuleSpec", "importlib._bootstrap", [PyType.Object])!;
            _specType.InitializeInstanceLayout(hasDict: true, ownSlots: 0);
            SlotTable.Update(_specType);
        }

        var spec = new PyInstance(_specType);
        spec.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(new PyStr(name)));
        spec.SetAttribute(PyStr.Intern("origin"), origin is null ? PyValue.None : PyValue.FromObject(new PyStr(origin)));
        spec.SetAttribute(PyStr.Intern("parent"), PyValue.FromObject(new PyStr(packageDir is not null ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : "")));
        spec.SetAttribute(PyStr.Intern("submodule_search_locations"), packageDir is null ? PyValue.None : PyValue.FromObject(PyList.FromValues([PyValue.FromObject(new PyStr(packageDir))])));
        spec.SetAttribute(PyStr.Intern("has_location"), PyValue.FromBool(origin is not null));
        spec.SetAttribute(PyStr.Intern("_initializing"), PyValue.True);
        return PyValue.FromObject(spec);
    }

    private static void SetInitializing(ThreadState ts, PyValue spec, bool value)
    {
        if (spec.AsObject is PyInstance inst)
        {
            inst.SetAttribute(PyStr.Intern("_initializing"), PyValue.FromBool(value));
        }
        else if (!PyOps.SetAttr(ts, spec, PyStr.Intern("_initializing"), PyValue.FromBool(value)))
        {
            ts.ClearError();
        }
    }
}
