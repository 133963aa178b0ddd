using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>sys</c> module: interpreter state visible to Python.</summary>
internal static partial class SysModuleFactory
{
    public static PyModule Create(PythonRuntime rt, PyDict modules)
    {
        var m = new PyModule("sys");
        m.Add("modules", PyValue.FromObject(modules));
        m.Add("path", PyValue.FromObject(rt.Imports.Path));
        // PYTHONPATH comes first (unless -E or -I), then our stdlib/, then CPython's library.
        if (!rt.Options.IgnoreEnvironment && !rt.Options.Isolated && rt.Options.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            foreach (var entry in pythonPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                rt.Imports.Path.Append(PyValue.FromObject(new PyStr(Path.GetFullPath(entry))));
            }
        }

        foreach (var folder in new[] { rt.OwnStdlib, rt.CPythonLib })
        {
            if (folder is not null)
            {
                rt.Imports.Path.Append(PyValue.FromObject(new PyStr(folder)));
            }
        }

        m.Add("argv", PyValue.FromObject(PyList.FromValues([PyValue.FromObject(PyStr.Intern(""))])));
        m.Add("orig_argv", PyValue.FromObject(PyList.FromValues([.. rt.Options.OriginalArgv.Select(a => PyValue.FromObject(new PyStr(a)))])));
        m.Add("stdout", PyValue.FromObject(rt.StdOut));
        m.Add("stderr", PyValue.FromObject(rt.StdErr));
        m.Add("stdin", PyValue.FromObject(rt.StdIn));
        m.Add("__stdout__", PyValue.FromObject(rt.StdOut));
        m.Add("__stderr__", PyValue.FromObject(rt.StdErr));
        m.Add("__stdin__", PyValue.FromObject(rt.StdIn));
        m.Add("maxsize", PyValue.FromInt64(long.MaxValue));
        m.Add("maxunicode", PyValue.FromInt64(0x10FFFF));
        m.Add("byteorder", PyValue.FromObject(PyStr.Intern(BitConverter.IsLittleEndian ? "little" : "big")));
        m.Add("platform", PyValue.FromObject(PyStr.Intern(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux")));
        m.Add("version", PyValue.FromObject(new PyStr("3.14.0 (ProtoPython, .NET " + Environment.Version + ")")));
        m.Add("hexversion", PyValue.FromInt64(0x030E00F0));
        m.Add("api_version", PyValue.FromInt64(1013));
        m.Add("executable", PyValue.FromObject(new PyStr(Environment.ProcessPath ?? "protopy")));
        // The prefixes name the CPython install whose library we read (sysconfig and site derive paths from them).
        var prefix = rt.CPythonLib is { } lib ? Import.StdlibLocator.PrefixOf(lib) : Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        foreach (var name in new[] { "prefix", "exec_prefix", "base_prefix", "base_exec_prefix" })
        {
            m.Add(name, PyValue.FromObject(new PyStr(prefix)));
        }

        m.Add("platlibdir", PyValue.FromObject(PyStr.Intern("lib")));
        m.Add("_stdlib_dir", rt.CPythonLib is { } stdlibDir ? PyValue.FromObject(new PyStr(stdlibDir)) : PyValue.None);
        m.Add("stdlib_module_names", PyOps.Call1(ThreadState.Current, PyValue.FromObject(PyType.FrozenSet),
            PyValue.FromObject(new PyTuple([.. StdlibModuleNames.All.Select(n => PyValue.FromObject(new PyStr(n)))]))));
        m.Add("dont_write_bytecode", PyValue.FromBool(rt.Options.SysFlags.TryGetValue("dont_write_bytecode", out var noCache) && noCache != 0));
        m.Add("warnoptions", PyValue.FromObject(PyList.FromValues([.. rt.Options.WarnOptions.Select(w => PyValue.FromObject(new PyStr(w)))])));
        m.AddFunction("exit", static (ts, a, kw) => a.Length > 1
            ? ts.SetError(PyExc.TypeError, "exit expected at most 1 argument, got " + a.Length)
            : ts.SetError(PyExc.SystemExit, ExitArgs(a)), NativeArity.Positional);
        m.AddFunction("getrecursionlimit", static (ts, a, kw) => PyValue.FromInt64(ThreadState.RecursionLimit), NativeArity.NoArgs);
        m.AddFunction("setrecursionlimit", SetRecursionLimit, NativeArity.One);
        m.AddFunction("exception", static (ts, a, kw) => ts.HandledException is { } e ? PyValue.FromObject(e) : PyValue.None, NativeArity.NoArgs);
        m.AddFunction("exc_info", static (ts, a, kw) => ts.HandledException is { } e
            ? PyValue.FromObject(new PyTuple([PyValue.FromObject(e.Type), PyValue.FromObject(e), e.Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None]))
            : PyValue.FromObject(new PyTuple([PyValue.None, PyValue.None, PyValue.None])), NativeArity.NoArgs);
        m.AddFunction("intern", static (ts, a, kw) => a[0].AsObject is PyStr s && ReferenceEquals(a[0].Type, PyType.Str)
            ? PyValue.FromObject(PyStr.Intern(s)) : ts.SetError(PyExc.TypeError, "intern() argument must be str, not " + a[0].Type.Name), NativeArity.One);
        // 3.14's sys._clear_type_descriptors (dataclasses' slots=True): drops the class's __dict__
        // and __weakref__ descriptors so the original class holds no reference cycle through them.
        m.AddFunction("_clear_type_descriptors", static (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyType type)
            {
                return ts.SetError(PyExc.TypeError, "_clear_type_descriptors() argument must be type, not " + a[0].Type.Name);
            }

            if (type.HasFlag(TypeFlags.ImmutableType))
            {
                return ts.SetError(PyExc.TypeError, "argument is immutable");
            }

            type.RemoveDictEntry("__dict__");
            type.RemoveDictEntry("__weakref__");
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("get_int_max_str_digits", static (ts, a, kw) => PyValue.FromInt64(PyInt.MaxStrDigits), NativeArity.NoArgs);
        m.AddFunction("set_int_max_str_digits", static (ts, a, kw) =>
        {
            var value = a.Length > 0 ? a[0] : PyValue.Null;
            if (kw is { Length: 1 } && ((PyStr)kw[0].AsObject).Value == "maxdigits")
            {
                value = a[^1];
            }

            if (value.IsNull)
            {
                return ts.SetError(PyExc.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }

            return PyOps.TryIndexAsInt64(ts, value, PyExc.OverflowError, out var n) && PyInt.TrySetMaxStrDigits(ts, n) ? PyValue.None : PyValue.Error;
        });
        m.AddFunction("getdefaultencoding", static (ts, a, kw) => PyValue.FromObject(PyStr.Intern("utf-8")), NativeArity.NoArgs);
        m.AddFunction("getfilesystemencoding", static (ts, a, kw) => PyValue.FromObject(PyStr.Intern("utf-8")), NativeArity.NoArgs);
        m.AddFunction("_getframe", GetFrame, NativeArity.Positional);
        m.AddFunction("is_finalizing", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        AddInfo(m, rt);
        AddFunctions(m, rt);
        return m;
    }

    /// <summary>sys.builtin_module_names, once every native module is registered: they and sys, builtins, sorted.</summary>
    public static void SetBuiltinModuleNames(PythonRuntime rt)
    {
        var names = new SortedSet<string>(rt.Imports.NativeNames, StringComparer.Ordinal) { "builtins", "sys" };
        rt.Sys.SetStr(PyStr.Intern("builtin_module_names"), PyValue.FromObject(new PyTuple([.. names.Select(n => PyValue.FromObject(new PyStr(n)))])));
    }

    private static PyValue SetRecursionLimit(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!PyInt.IsInt(a[0]))
        {
            return ts.SetError(PyExc.TypeError, "'" + a[0].Type.Name + "' object cannot be interpreted as an integer");
        }

        if (!PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        if (n < 1)
        {
            return ts.SetError(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        }

        if (n > int.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
        }

        if (n <= ts.Depth)
        {
            return ts.SetError(PyExc.RecursionError, "cannot set the recursion limit to " + n + " at the recursion depth " + ts.Depth + ": the limit is too low");
        }

        ThreadState.RecursionLimit = (int)n;
        return PyValue.None;
    }

    private static PyValue GetFrame(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        long depth = 0;
        if (a.Length > 0 && !PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out depth))
        {
            return PyValue.Error;
        }

        var frame = ts.CurrentFrame;
        for (var i = 0; i < depth && frame is not null; i++)
        {
            frame = frame.Previous;
        }

        return frame is null ? ts.SetError(PyExc.ValueError, "call stack is not deep enough") : PyValue.FromObject(frame.GetFrameObject());
    }

    // PyErr_SetObject(SystemExit, status): None means no args, a tuple is the args.
    private static PyValue[] ExitArgs(ReadOnlySpan<PyValue> a) =>
        a.Length == 0 || a[0].IsNone ? [] : a[0].AsObject is PyTuple t && ReferenceEquals(t.Type, PyType.Tuple) ? t.Items.ToArray() : [a[0]];
}
