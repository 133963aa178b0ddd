namespace ProtoPython.PerfTool.Workloads;

/// <summary>
/// One benchmark program of perf/workloads: its header comment block (name, tags, size,
/// description, optional argv) and the output CPython 3.14 printed for it.
/// </summary>
public sealed record Workload(
    string Name,
    string Path,
    IReadOnlyList<string> Tags,
    string Size,
    string Description,
    IReadOnlyList<string> Argv,
    string ExpectedOutput)
{
    /// <summary>Normalizes line ends so an interpreter's output compares equal on any platform.</summary>
    public static string NormalizeOutput(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>True when <paramref name="stdout"/> is what CPython 3.14 printed.</summary>
    public bool IsCorrect(string stdout) => NormalizeOutput(stdout) == NormalizeOutput(ExpectedOutput);
}
