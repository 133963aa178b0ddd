using ProtoPython.Compiler;
using ProtoPython.Compiler.Code;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Loading;

/// <summary>The code of an imported module's source file, through the compiled-module cache (<see cref="CodeCache"/>).</summary>
internal static class ModuleCode
{
    /// <summary>Compiles or loads <paramref name="file"/>; null with an exception pending.</summary>
    public static PyCode? Load(ThreadState ts, PythonRuntime rt, string file)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(file);
            if (!info.Exists)
            {
                ts.SetError(PyExc.FileNotFoundError, "No such file or directory: '" + file + "'");
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ts.SetError(PyExc.OSError, e.Message);
            return null;
        }

        var optimize = rt.Options.Optimize;
        var primary = CodeCache.PrimaryPath(file, optimize);
        // The fallback's name hashes the folder (SHA-256): only worked out when the primary misses.
        string? fallback = null;
        var cached = Usable(CodeCache.TryLoad(ts, primary, info, optimize), file);
        if (cached is null && !ts.HasError)
        {
            fallback = CodeCache.FallbackPath(file, optimize, rt.Options.GetEnvironmentVariable);
            cached = Usable(CodeCache.TryLoad(ts, fallback, info, optimize), file);
        }

        if (cached is not null || ts.HasError)
        {
            return cached;
        }

        byte[] source;
        try
        {
            source = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ts.SetError(PyExc.OSError, e.Message);
            return null;
        }

        var code = SourceCompiler.CompileCodeObject(ts, source, file, CompileMode.Exec, CompileFlags.None, optimize);
        if (code is null)
        {
            return null;
        }

        if (!DontWriteBytecode(rt) && !CodeCache.TryStore(primary, info, optimize, code))
        {
            CodeCache.TryStore(fallback ?? CodeCache.FallbackPath(file, optimize, rt.Options.GetEnvironmentVariable), info, optimize, code);
        }

        return CodeLoader.Load(ts, code);
    }

    // Code compiled under another path for the same file would name the wrong file in tracebacks.
    private static PyCode? Usable(PyCode? code, string file) => code is not null && code.Filename == file ? code : null;

    private static bool DontWriteBytecode(PythonRuntime rt) =>
        rt.Sys.TryGetStr(PyStr.Intern("dont_write_bytecode"), out var flag) && PyOps.IsTrue(ThreadState.Current, flag) > 0;
}
