using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>IMPORT_NAME, IMPORT_FROM and <c>from m import *</c>.</summary>
internal static class Imports
{
    public static PyValue ImportName(ThreadState ts, InterpreterFrame frame, PyStr name, PyValue fromlist, PyValue level)
    {
        if (!frame.Builtins.TryGetStr(Objects.Names.Import, out var importFunc))
        {
            return ts.SetError(PyExc.ImportError, "__import__ not found");
        }

        var locals = frame.Locals.IsNull ? PyValue.None : frame.Locals;
        var lvl = level.IsInt64 ? (int)level.AsInt64 : 0;
        if (importFunc.AsObject is PyBuiltinFunction { Name: "__import__", Module: "builtins" } && Hooks.ImportImpl is { } fast)
        {
            return fast(ts, name, frame.Globals, fromlist, locals, lvl);
        }

        return PyOps.Call(ts, importFunc, [PyValue.FromObject(name), PyValue.FromObject(frame.Globals), locals, fromlist, level]);
    }

    public static PyValue ImportFrom(ThreadState ts, PyValue module, PyStr name)
    {
        var r = PyOps.TryGetAttr(ts, module, name, out var value);
        if (r > 0)
        {
            return value;
        }

        if (r < 0)
        {
            return PyValue.Error;
        }

        // A submodule imported as a side effect may be only in sys.modules (circular imports).
        string? moduleName = null;
        if (PyOps.TryGetAttr(ts, module, Objects.Names.Name, out var n) > 0 && n.AsObject is PyStr ns)
        {
            moduleName = ns.Value;
            if (Hooks.SysModules is { } modules && modules.TryGetStr(PyStr.Intern(moduleName + "." + name.Value), out var sub))
            {
                return sub;
            }
        }

        ts.ClearError();
        var location = PyOps.TryGetAttr(ts, module, Objects.Names.File, out var f) > 0 && f.AsObject is PyStr fs ? fs.Value : "unknown location";
        ts.ClearError();
        var partial = IsInitializing(ts, module);
        var message = moduleName is null
            ? "cannot import name '" + name.Value + "' from '<unknown module name>' (" + location + ")"
            : ShadowingHint(ts, module, moduleName, partial) is { } hint
                ? "cannot import name " + Objects.Formatting.StringRepr.Format(name.Value) + " from " + Objects.Formatting.StringRepr.Format(moduleName) + " (" + hint + ")"
            : partial
                ? "cannot import name '" + name.Value + "' from partially initialized module '" + moduleName + "' (most likely due to a circular import) (" + location + ")"
                : "cannot import name '" + name.Value + "' from '" + moduleName + "' (" + location + ")";
        var exc = PyBaseException.Create(PyExc.ImportError, message);
        exc.SetAttribute(PyStr.Intern("name"), moduleName is null ? PyValue.None : PyValue.FromObject(new PyStr(moduleName)));
        exc.SetAttribute(PyStr.Intern("name_from"), PyValue.FromObject(name));
        return ts.SetError(exc);
    }

    // CPython's advice when the module's file sits in the script's folder (sys.path[0]) and so may
    // hide another module: always for a standard module's name, else only for a partial module.
    private static string? ShadowingHint(ThreadState ts, PyValue module, string moduleName, bool partial)
    {
        if (FileOrigin(ts, module) is not { } origin || Hooks.SysModules is not { } modules
            || !modules.TryGetStr(PyStr.Intern("sys"), out var sys) || !IsInScriptFolder(ts, sys, origin))
        {
            return null;
        }

        var isStdlib = PyOps.TryGetAttr(ts, sys, PyStr.Intern("stdlib_module_names"), out var names) > 0
            && PyOps.Contains(ts, names, PyValue.FromObject(new PyStr(moduleName))) > 0;
        ts.ClearError();
        if (isStdlib)
        {
            return "consider renaming " + Objects.Formatting.StringRepr.Format(origin) + " since it has the same name as the standard library module named "
                + Objects.Formatting.StringRepr.Format(moduleName) + " and prevents importing that standard library module";
        }

        return partial ? "consider renaming " + Objects.Formatting.StringRepr.Format(origin) + " if it has the same name as a library you intended to import" : null;
    }

    // __spec__.origin when __spec__.has_location is true and origin is a str.
    private static string? FileOrigin(ThreadState ts, PyValue module)
    {
        string? origin = null;
        if (PyOps.TryGetAttr(ts, module, Objects.Names.Spec, out var spec) > 0 && !spec.IsNone
            && PyOps.TryGetAttr(ts, spec, PyStr.Intern("has_location"), out var hasLocation) > 0 && PyOps.IsTrue(ts, hasLocation) > 0
            && PyOps.TryGetAttr(ts, spec, PyStr.Intern("origin"), out var o) > 0 && o.AsObject is PyStr os)
        {
            origin = os.Value;
        }

        ts.ClearError();
        return origin;
    }

    // The folder of origin (of its package for __init__.py) is sys.path[0] (or the current
    // directory when that is empty), unless sys.flags.safe_path.
    private static bool IsInScriptFolder(ThreadState ts, PyValue sys, string origin)
    {
        var root = origin.EndsWith("/__init__.py", StringComparison.Ordinal) ? origin[..^"/__init__.py".Length] : origin;
        var slash = root.LastIndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        root = root[..slash];
        var safePath = PyOps.TryGetAttr(ts, sys, PyStr.Intern("flags"), out var flags) > 0
            && PyOps.TryGetAttr(ts, flags, PyStr.Intern("safe_path"), out var safe) > 0 && PyOps.IsTrue(ts, safe) > 0;
        var first = !safePath && PyOps.TryGetAttr(ts, sys, PyStr.Intern("path"), out var path) > 0
            && path.AsObject is PyList { Count: > 0 } list && list.ItemAt(0).AsObject is PyStr s ? s.Value : null;
        ts.ClearError();
        if (first is null)
        {
            return false;
        }

        return root == (first.Length == 0 ? Directory.GetCurrentDirectory() : first);
    }

    // __spec__._initializing is set by the import system while the module body runs.
    private static bool IsInitializing(ThreadState ts, PyValue module)
    {
        if (PyOps.TryGetAttr(ts, module, Objects.Names.Spec, out var spec) <= 0 || spec.IsNone)
        {
            ts.ClearError();
            return false;
        }

        var r = PyOps.TryGetAttr(ts, spec, PyStr.Intern("_initializing"), out var flag);
        ts.ClearError();
        return r > 0 && PyOps.IsTrue(ts, flag) > 0;
    }

    public static bool ImportStar(ThreadState ts, InterpreterFrame frame, PyValue module)
    {
        if (frame.Locals.IsNull)
        {
            ts.SetError(PyExc.SystemError, "no locals found during 'import *'");
            return false;
        }

        var r = PyOps.TryGetAttr(ts, module, Objects.Names.All, out var all);
        if (r < 0)
        {
            return false;
        }

        var skipPrivate = r == 0;
        if (skipPrivate)
        {
            r = PyOps.TryGetAttr(ts, module, Objects.Names.Dict, out var dict);
            if (r <= 0)
            {
                if (r == 0)
                {
                    ts.SetError(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
                }

                return false;
            }

            all = PyOps.CallMethod(ts, dict, Objects.Names.Keys, []);
            if (all.IsError)
            {
                return false;
            }
        }

        var it = PyOps.GetIter(ts, all);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var n = PyOps.Next(ts, it, out var name);
            if (n <= 0)
            {
                return n == 0;
            }

            if (name.AsObject is not PyStr s)
            {
                // import_all_from: the message names the module ("Item in m.__all__ must be str, not int").
                var modname = PyOps.GetAttr(ts, module, Objects.Names.Name);
                if (modname.IsError)
                {
                    return false;
                }

                if (modname.AsObject is not PyStr ms)
                {
                    ts.SetError(PyExc.TypeError, "module __name__ must be a string, not " + modname.Type.Name);
                    return false;
                }

                ts.SetError(PyExc.TypeError, (skipPrivate ? "Key in " + ms.Value + ".__dict__" : "Item in " + ms.Value + ".__all__") + " must be str, not " + name.Type.Name);
                return false;
            }

            if (skipPrivate && s.Value.StartsWith('_'))
            {
                continue;
            }

            var value = PyOps.GetAttr(ts, module, PyStr.Intern(s));
            if (value.IsError || !Names.StoreName(ts, frame, PyStr.Intern(s), value))
            {
                return false;
            }
        }
    }
}
