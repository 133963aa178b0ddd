namespace ProtoPython.Runtime.Tests;

/// <summary>Locates test data in the repository.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binary holding ProtoPython.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Goldens recorded from CPython 3.14 by tools/runtime/record_*.py.</summary>
    public static string Goldens => Path.Combine(Root, "tests", "ProtoPython.Runtime.Tests", "goldens");

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
