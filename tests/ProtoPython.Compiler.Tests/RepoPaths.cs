namespace ProtoPython.Compiler.Tests;

/// <summary>Locates test data in the repository and the CPython library the parity tests read.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binary holding ProtoPython.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Front-end test data: goldens recorded with CPython 3.14 (see tools/record-expected).</summary>
    public static string FrontendData => Path.Combine(Root, "tests", "frontend");

    /// <summary>
    /// CPython 3.14's pure-Python library, or null when it is not available. test.sh sets
    /// PROTOPY_CPYTHON_LIB from ../shared/tools/cpython314.sh --stdlib.
    /// </summary>
    public static string? CPythonLib
    {
        get
        {
            var lib = Environment.GetEnvironmentVariable("PROTOPY_CPYTHON_LIB");
            return !string.IsNullOrEmpty(lib) && Directory.Exists(lib) ? lib : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProtoPython.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ProtoPython.sln not found above " + AppContext.BaseDirectory);
    }
}
