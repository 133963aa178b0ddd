namespace ProtoPython.Runtime.Import;

/// <summary>
/// Finds the two library folders on sys.path after the program's own folder: ProtoPython's
/// <c>stdlib/</c> (modules we write in Python) and CPython's pure-Python library, which is read at
/// run time from a CPython install and never copied into the repository (issue 4).
/// </summary>
public static class StdlibLocator
{
    /// <summary>The CPython versions whose library we accept, best first.</summary>
    private static readonly string[] s_versions = ["3.14", "3.13"];

    /// <summary>
    /// CPython's library folder: <paramref name="explicitDir"/> (<c>--stdlib DIR</c>), else
    /// PROTOPY_STDLIB or its older alias PROTOPY_CPYTHON_LIB (unless <paramref name="readVariables"/>
    /// is false: <c>-E</c>), else a detected CPython 3.14 install, then 3.13. Null when none is found.
    /// </summary>
    public static string? LocateCPythonLib(string? explicitDir, Func<string, string?> getenv, bool readVariables)
    {
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return Path.GetFullPath(explicitDir);
        }

        if (readVariables)
        {
            foreach (var name in new[] { "PROTOPY_STDLIB", "PROTOPY_CPYTHON_LIB" })
            {
                if (getenv(name) is { Length: > 0 } fromEnv)
                {
                    return Path.GetFullPath(fromEnv);
                }
            }
        }

        foreach (var version in s_versions)
        {
            if (Detect(version, getenv) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A <c>lib/pythonX.Y</c> folder holding <c>os.py</c> next to a <c>pythonX.Y</c> on PATH, or under /usr/local or /usr.</summary>
    private static string? Detect(string version, Func<string, string?> getenv)
    {
        var candidates = new List<string>();
        var path = getenv("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var exe = Path.Combine(dir, "python" + version);
            if (File.Exists(exe))
            {
                var real = ResolveLink(exe);
                candidates.Add(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(real) ?? "/") ?? "/", "lib", "python" + version));
            }
        }

        candidates.Add("/usr/local/lib/python" + version);
        candidates.Add("/usr/lib/python" + version);
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, "os.py")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string ResolveLink(string file)
    {
        try
        {
            return new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file;
        }
        catch (IOException)
        {
            return file;
        }
        catch (UnauthorizedAccessException)
        {
            return file;
        }
    }

    /// <summary>
    /// Our own <c>stdlib/</c>: beside the program when installed, else in the source tree the
    /// program was built in (found by walking up to <c>ProtoPython.sln</c>). Null when absent.
    /// </summary>
    public static string? LocateOwnStdlib()
    {
        var dir = AppContext.BaseDirectory;
        if (Directory.Exists(Path.Combine(dir, "stdlib")))
        {
            return Path.GetFullPath(Path.Combine(dir, "stdlib"));
        }

        for (var current = new DirectoryInfo(dir); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "ProtoPython.sln")))
            {
                var own = Path.Combine(current.FullName, "stdlib");
                return Directory.Exists(own) ? own : null;
            }
        }

        return null;
    }

    /// <summary>sys.prefix for a library folder: <c>P</c> for <c>P/lib/python3.14</c>, else the library's parent.</summary>
    public static string PrefixOf(string lib)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(lib));
        var parent = Path.GetDirectoryName(full) ?? full;
        if (Path.GetFileName(full).StartsWith("python", StringComparison.Ordinal) && Path.GetFileName(parent) is "lib" or "lib64")
        {
            return Path.GetDirectoryName(parent) ?? parent;
        }

        return parent;
    }
}
