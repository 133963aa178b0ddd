namespace ProtoPython.Perf.Tests;

/// <summary>Locates the repository, the workloads, the recorded result files and the CPython 3.14 oracle.</summary>
internal static class PerfPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workloads => Path.Combine(Root, "perf", "workloads");

    /// <summary>
    /// Result files recorded with perf/run (CPython 3.14, 5 runs + 1 warm-up, on the shared 2-core
    /// machine at a load average near 20): baseline.json and rerun.json are two runs of the same
    /// build; protopy-failed.json is ProtoPython before it could run programs (every workload failed).
    /// </summary>
    public static string Data(string name) => Path.Combine(Root, "tests", "ProtoPython.Perf.Tests", "data", name);

    /// <summary>
    /// The CPython 3.14 interpreter: PROTOPY_CPYTHON314 (test.sh sets it), else what
    /// ../shared/tools/cpython314.sh prints, or null.
    /// </summary>
    public static string? CPython314()
    {
        if (Environment.GetEnvironmentVariable("PROTOPY_CPYTHON314") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        foreach (var tool in new[] { "../shared/tools/cpython314.sh", "../../shared/tools/cpython314.sh" })
        {
            var path = Path.GetFullPath(Path.Combine(Root, tool));
            if (File.Exists(path))
            {
                var r = ProtoPython.PerfTool.Running.ChildProcess.Run([path], ProtoPython.PerfTool.Running.MachineInfo.CurrentEnvironment(), TimeSpan.FromSeconds(120));
                var exe = r.Stdout.Trim();
                return r.ExitCode == 0 && File.Exists(exe) ? exe : null;
            }
        }

        return null;
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
