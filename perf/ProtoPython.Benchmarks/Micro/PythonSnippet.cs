using ProtoPython.Compiler;
using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime;
using ProtoPython.Runtime.Loading;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// Python source run once in-process (a fresh runtime, as the conformance tests do), whose
/// functions a benchmark then calls through <see cref="PyOps.Call"/>. The functions warm up in the
/// benchmark's own warm-up, so the measured calls run specialized (quickened) bytecode, unless
/// PROTOPY_SPECIALIZE=off is set.
/// </summary>
public sealed class PythonSnippet
{
    private readonly PyDict _globals;

    public PythonSnippet(string source)
    {
        var runtime = new PythonRuntime(new RuntimeOptions { NoSite = true, LocateStdlib = false });
        var ts = ThreadState.Current;
        var main = runtime.CreateMainModule(null);
        _globals = main.Dict;
        var code = SourceCompiler.Compile(ts, source, "<benchmark>", CompileMode.Exec);
        if (code is null || PythonInterpreter.RunCode(ts, code, _globals, PyValue.FromObject(_globals), runtime.Builtins).IsError)
        {
            throw Failure(ts, "setup");
        }
    }

    /// <summary>A global of the snippet (a function to call).</summary>
    public PyValue this[string name] =>
        _globals.TryGetStr(PyStr.Intern(name), out var value) ? value : throw new InvalidOperationException($"the snippet defines no '{name}'");

    /// <summary>Calls <paramref name="function"/>(<paramref name="argument"/>); a Python exception becomes a .NET one (the benchmark is broken).</summary>
    public static PyValue Call(PyValue function, PyValue argument)
    {
        var ts = ThreadState.Current;
        var result = PyOps.Call(ts, function, [argument]);
        return result.IsError ? throw Failure(ts, "call") : result;
    }

    private static InvalidOperationException Failure(ThreadState ts, string what) =>
        new($"benchmark snippet {what} raised {ts.FetchError()?.Type.Name ?? "an exception"}");
}
