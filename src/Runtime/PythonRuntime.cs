using ProtoPython.Compiler;
using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins;
using ProtoPython.Runtime.Errors;
using ProtoPython.Runtime.Import;
using ProtoPython.Runtime.IO;
using ProtoPython.Runtime.Loading;
using ProtoPython.Runtime.Modules;

namespace ProtoPython.Runtime;

/// <summary>
/// The composition root (ARCHITECTURE §1): builds builtins, sys and the import system, installs the
/// interpreter, and runs programs the way <c>python3.14</c> does (a file, <c>-c</c>, <c>-m</c>),
/// mapping SystemExit and uncaught exceptions to exit statuses.
/// </summary>
public sealed class PythonRuntime
{
    public PythonRuntime(RuntimeOptions options)
    {
        Options = options;
        MainThreadState = ThreadState.Current;

        // A GIL left by an earlier runtime on this thread belongs to that runtime's threads.
        MainThreadState.Gil = null;
        BuiltinTypes.Initialize();
        PythonInterpreter.Install();
        StdOut = options.StdOut is { } o ? PyTextStream.ForStdOut(o, false) : PyTextStream.StdOut;
        StdErr = options.StdErr is { } e ? PyTextStream.ForStdErr(e, false) : PyTextStream.StdErr;
        StdIn = options.StdIn is { } i ? PyTextStream.ForStdIn(i, false, StdOut) : PyTextStream.StdIn;
        var builtinsModule = BuiltinsModule.Create();
        Builtins = builtinsModule.Dict;
        var modules = new PyDict();
        OwnStdlib = StdlibLocator.LocateOwnStdlib();
        CPythonLib = options.StdlibPath is { Length: > 0 } given ? Path.GetFullPath(given)
            : options.LocateStdlib ? StdlibLocator.LocateCPythonLib(null, options.GetEnvironmentVariable, readVariables: true) : null;
        Imports = new ImportSystem(this, modules, new PyList());
        SysModule = SysModuleFactory.Create(this, modules);
        Sys = SysModule.Dict;
        BuiltinsModule.SysStream = (ts, name) => Sys.TryGetStr(PyStr.Intern(name), out var stream) ? stream : PyValue.Null;
        modules.SetStr(PyStr.Intern("builtins"), PyValue.FromObject(builtinsModule));
        modules.SetStr(PyStr.Intern("sys"), PyValue.FromObject(SysModule));
        InterpreterBuiltins.Add(this, builtinsModule);
        NativeModules.RegisterAll(Imports);
        SysModuleFactory.SetBuiltinModuleNames(this);
        ObjectReduce.Install();
        Builtins.SetStr(PyStr.Intern("open"), PyValue.FromObject(IoModule.OpenFunction));
        ExceptHook.Install(this);
        SourceLines.SearchPath = SysPathFolders;
        Hooks.SysModules = modules;
        Hooks.ImportImpl = (ts, name, globals, fromlist, locals, level) => Imports.Import(ts, name, globals, fromlist, level);
    }

    public RuntimeOptions Options { get; }

    /// <summary>The state of the thread that created the runtime and runs its program (threading's main thread).</summary>
    public ThreadState MainThreadState { get; }

    /// <summary>ProtoPython's own <c>stdlib/</c> folder, if found.</summary>
    public string? OwnStdlib { get; }

    /// <summary>CPython's pure-Python library folder in use, or null when none was found.</summary>
    public string? CPythonLib { get; }

    /// <summary>The builtins namespace (the <c>builtins</c> module's dict).</summary>
    public PyDict Builtins { get; }

    public PyModule SysModule { get; }

    /// <summary>The <c>sys</c> module's dict.</summary>
    public PyDict Sys { get; }

    public ImportSystem Imports { get; }

    public PyTextStream StdOut { get; }

    public PyTextStream StdErr { get; }

    public PyTextStream StdIn { get; }

    /// <summary>Compiles and runs a file in <paramref name="globals"/>; false with the exception pending.</summary>
    public bool ExecFile(ThreadState ts, string path, PyDict globals)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            ts.SetError(PyExc.OSError, e.Message);
            return false;
        }

        var code = SourceCompiler.Compile(ts, source, path, CompileMode.Exec, CompileFlags.None, Options.Optimize);
        if (code is null)
        {
            return false;
        }

        return !PythonInterpreter.RunCode(ts, code, globals, PyValue.FromObject(globals), Builtins).IsError;
    }

    /// <summary>A fresh <c>__main__</c> module registered in sys.modules.</summary>
    public PyModule CreateMainModule(string? file)
    {
        var main = new PyModule("__main__");
        main.Dict.SetStr(Objects.Names.Builtins, PyValue.FromObject(SysModuleModules()["builtins"]));
        main.Dict.SetStr(Objects.Names.Doc, PyValue.None);
        main.Dict.SetStr(Objects.Names.Package, PyValue.None);
        main.Dict.SetStr(Objects.Names.Spec, PyValue.None);
        main.Dict.SetStr(Objects.Names.Loader, PyValue.None);
        if (file is not null)
        {
            main.Dict.SetStr(Objects.Names.File, PyValue.FromObject(new PyStr(file)));
        }

        Imports.Modules.SetStr(Objects.Names.Main, PyValue.FromObject(main));
        return main;
    }

    private Dictionary<string, PyObject> SysModuleModules()
    {
        var result = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        foreach (var (k, v) in Imports.Modules)
        {
            if (k.AsObject is PyStr s)
            {
                result[s.Value] = v.AsObject;
            }
        }

        return result;
    }

    /// <summary>Runs a script file as <c>__main__</c>; returns the process exit status.</summary>
    public int RunFile(string path, IReadOnlyList<string> argv)
    {
        var ts = ThreadState.Current;
        var full = Path.GetFullPath(path);
        SetArgv(argv);
        ImportSite(ts);
        Imports.Path.Insert(0, PyValue.FromObject(new PyStr(Path.GetDirectoryName(full) ?? ".")));
        var main = CreateMainModule(full);
        var ok = ExecFile(ts, full, main.Dict);
        return Finish(ts, ok);
    }

    /// <summary>Runs <c>-c</c> code as <c>__main__</c>.</summary>
    public int RunCommand(string source, IReadOnlyList<string> argv)
    {
        var ts = ThreadState.Current;
        SetArgv(argv);
        ImportSite(ts);
        Imports.Path.Insert(0, PyValue.FromObject(PyStr.Intern("")));
        var main = CreateMainModule(null);
        var code = SourceCompiler.Compile(ts, source, "<string>", CompileMode.Exec, CompileFlags.None, Options.Optimize);
        if (code is not null)
        {
            // Like CPython, -c code keeps its source for tracebacks (linecache._register_code).
            SourceLines.RegisterCode(code, source);
        }

        var ok = code is not null && !PythonInterpreter.RunCode(ts, code, main.Dict, PyValue.FromObject(main.Dict), Builtins).IsError;
        return Finish(ts, ok);
    }

    /// <summary>Runs source read from stdin as <c>__main__</c> (file name "&lt;stdin&gt;").</summary>
    public int RunStdin(IReadOnlyList<string> argv)
    {
        var ts = ThreadState.Current;
        using var reader = new StreamReader(Options.StdIn ?? Console.OpenStandardInput());
        var text = reader.ReadToEnd();
        SetArgv(argv);
        ImportSite(ts);
        Imports.Path.Insert(0, PyValue.FromObject(PyStr.Intern("")));
        var main = CreateMainModule(null);
        var code = SourceCompiler.Compile(ts, text, "<stdin>", CompileMode.Exec, CompileFlags.None, Options.Optimize);
        var ok = code is not null && !PythonInterpreter.RunCode(ts, code, main.Dict, PyValue.FromObject(main.Dict), Builtins).IsError;
        return Finish(ts, ok);
    }

    /// <summary>Runs module <paramref name="name"/> as <c>__main__</c> (<c>-m</c>).</summary>
    public int RunModule(string name, IReadOnlyList<string> argv)
    {
        var ts = ThreadState.Current;
        ImportSite(ts);
        Imports.Path.Insert(0, PyValue.FromObject(new PyStr(Directory.GetCurrentDirectory())));
        if (CPythonLib is not null)
        {
            return RunModuleWithRunpy(ts, name, argv);
        }

        var file = ModuleLocator.Find(ts, this, name);
        if (file is null)
        {
            StdErr.Write(Options.ProgramName + ": No module named " + name + "\n");
            FlushAll();
            return 1;
        }

        var args = new List<string>(argv);
        if (args.Count > 0)
        {
            args[0] = file;
        }

        SetArgv(args);
        var main = CreateMainModule(file);
        var ok = ExecFile(ts, file, main.Dict);
        return Finish(ts, ok);
    }

    /// <summary>
    /// <c>-m</c> as CPython does it: <c>runpy._run_module_as_main</c> finds the module through
    /// importlib (packages run their <c>__main__</c>), imports its parent packages, sets
    /// <c>__spec__</c>, <c>__package__</c> and <c>sys.argv[0]</c>, and runs it as <c>__main__</c>.
    /// </summary>
    private int RunModuleWithRunpy(ThreadState ts, string name, IReadOnlyList<string> argv)
    {
        var args = new List<string>(argv);
        if (args.Count > 0)
        {
            args[0] = "-m";
        }

        SetArgv(args);
        CreateMainModule(null);
        var runpy = Imports.ImportFull(ts, "runpy");
        var ok = !runpy.IsError
            && !PyOps.CallMethod(ts, runpy, PyStr.Intern("_run_module_as_main"), [PyValue.FromObject(new PyStr(name))]).IsError;
        return Finish(ts, ok);
    }

    /// <summary>
    /// CPython imports <c>site</c> at start-up unless <c>-S</c>; we do when CPython's library was
    /// found, and carry on without it when that import fails (a module it needs is not written yet).
    /// </summary>
    private void ImportSite(ThreadState ts)
    {
        if (Options.NoSite || CPythonLib is null || Imports.Modules.TryGetStr(PyStr.Intern("site"), out _))
        {
            return;
        }

        if (Imports.ImportFull(ts, "site").IsError)
        {
            ts.ClearError();
        }
    }

    private void SetArgv(IReadOnlyList<string> argv)
    {
        var list = new PyList();
        foreach (var a in argv)
        {
            list.Append(PyValue.FromObject(new PyStr(a)));
        }

        if (list.Count == 0)
        {
            list.Append(PyValue.FromObject(PyStr.Intern("")));
        }

        Sys.SetStr(PyStr.Intern("argv"), PyValue.FromObject(list));
    }

    /// <summary>The exit status for a finished program; prints the traceback of an uncaught exception.</summary>
    public int Finish(ThreadState ts, bool ok)
    {
        var status = ok ? 0 : HandleUncaught(ts);
        WaitForThreadShutdown(ts);
        RunAtexit(ts);
        FlushAll();
        ts.Gil?.Finalize(ts);
        return status;
    }

    /// <summary>
    /// Py_Finalize's wait_for_thread_shutdown: when the program imported threading, its
    /// <c>_shutdown()</c> joins the non-daemon threads. Daemon threads stay blocked on the GIL,
    /// which this thread keeps from now on.
    /// </summary>
    private void WaitForThreadShutdown(ThreadState ts)
    {
        if (!Imports.Modules.TryGetStr(PyStr.Intern("threading"), out var threading))
        {
            return;
        }

        if (PyOps.CallMethod(ts, threading, PyStr.Intern("_shutdown"), []).IsError)
        {
            var exc = ts.FetchError()!;
            StdOut.Flush();
            StdErr.Write("Exception ignored on threading shutdown:\n");
            ExceptHook.Display(this, ts, PyValue.FromObject(exc), exc.Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None);
        }
    }

    /// <summary>SystemExit gives its code; anything else prints a traceback (via sys.excepthook) and gives 1.</summary>
    public int HandleUncaught(ThreadState ts)
    {
        var exc = ts.FetchError();
        if (exc is null)
        {
            return 0;
        }

        if (exc.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return ExitCode(ts, exc);
        }

        StdOut.Flush();
        var status = ExceptHook.PrintUncaught(this, ts, exc, e => ExitCode(ts, e)) ?? 1;
        ts.ClearError();

        // CPython re-raises SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2.
        return status == 1 && exc.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : status;
    }

    private IEnumerable<string> SysPathFolders()
    {
        if (Sys.TryGetStr(PyStr.Intern("path"), out var path) && path.AsObject is PyList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.TryGetItem(ThreadState.Current, i, out var item) && item.AsObject is PyStr s)
                {
                    yield return s.Value;
                }
            }
        }
    }

    private int ExitCode(ThreadState ts, PyBaseException exc)
    {
        var code = exc.Args.Length == 0 ? PyValue.None : exc.Args.Length == 1 ? exc.Args[0] : PyValue.FromObject(exc.Args);
        if (exc.GetDict(false) is { } d && d.TryGetStr(PyStr.Intern("code"), out var c))
        {
            code = c;
        }

        if (code.IsNone)
        {
            return 0;
        }

        if (code.IsInt64 || code.IsBool)
        {
            return (int)code.AsInt64;
        }

        StdOut.Flush();
        var text = PyOps.Str(ts, code);
        ts.ClearError();
        StdErr.Write((text?.Value ?? "") + "\n");
        return 1;
    }

    /// <summary>atexit's callbacks as (function, args, kwnames, keyword values), in registration order.</summary>
    internal List<(PyValue Function, PyValue[] Args, PyTuple? KwNames, PyValue[] KwValues)> AtexitCallbacks { get; } = [];

    /// <summary>Runs the atexit callbacks, last registered first; an exception is reported ("Exception ignored in atexit callback") and the rest still run.</summary>
    internal void RunAtexit(ThreadState ts)
    {
        while (AtexitCallbacks.Count > 0)
        {
            var (function, args, kwnames, kwvalues) = AtexitCallbacks[^1];
            AtexitCallbacks.RemoveAt(AtexitCallbacks.Count - 1);
            if (PyOps.Call(ts, function, [.. args, .. kwvalues], kwnames).IsError)
            {
                var exc = ts.FetchError()!;
                if (exc.Type.IsSubtypeOf(PyExc.SystemExit))
                {
                    continue;
                }

                var r = PyOps.Repr(ts, function);
                ts.ClearError();
                StdOut.Flush();
                StdErr.Write("Exception ignored in atexit callback " + (r?.Value ?? "<callback>") + ":\n");
                ExceptHook.Display(this, ts, PyValue.FromObject(exc), exc.Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None);
            }
        }
    }

    /// <summary>Flushes sys.stdout and sys.stderr (at exit).</summary>
    public void FlushAll()
    {
        var ts = ThreadState.Current;
        foreach (var name in new[] { "stdout", "stderr" })
        {
            if (Sys.TryGetStr(PyStr.Intern(name), out var stream) && !stream.IsNone)
            {
                if (PyOps.CallMethod(ts, stream, PyStr.Intern("flush"), []).IsError)
                {
                    ts.ClearError();
                }
            }
        }

        StdOut.Flush();
        StdErr.Flush();
    }
}

/// <summary>What a runtime is created with: the command line's effects and the standard streams (tests pass their own).</summary>
public sealed record RuntimeOptions
{
    public string ProgramName { get; init; } = "protopy";

    public int Optimize { get; init; }

    public Stream? StdOut { get; init; }

    public Stream? StdErr { get; init; }

    public Stream? StdIn { get; init; }

    /// <summary>CPython's pure-Python library folder (<c>--stdlib DIR</c>); when null it is located (see <see cref="StdlibLocator"/>).</summary>
    public string? StdlibPath { get; init; }

    /// <summary>Whether to look for CPython's library when <see cref="StdlibPath"/> is null (tests may turn it off).</summary>
    public bool LocateStdlib { get; init; } = true;

    /// <summary>Reads an environment variable (PROTOPY_STDLIB, PATH); the process's by default.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public bool IgnoreEnvironment { get; init; }

    public bool NoSite { get; init; }

    public bool Isolated { get; init; }

    public bool Unbuffered { get; init; }

    public IReadOnlyList<string> WarnOptions { get; init; } = [];

    /// <summary>sys.flags values by field name (the CLI's resolved flags); absent fields take CPython's defaults.</summary>
    public IReadOnlyDictionary<string, int> SysFlags { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, string> XOptions { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> OriginalArgv { get; init; } = [];
}
