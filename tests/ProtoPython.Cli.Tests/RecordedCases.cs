using System.Text.Json;

namespace ProtoPython.Cli.Tests;

/// <summary>One command line run under CPython 3.14 by tools/cli/record_cli.py (tests/cli/cases.json).</summary>
internal sealed record RecordedCase(
    string Name, string[] Args, Dictionary<string, string> Env, int ExitCode,
    JsonElement? State, string? Stdout, string Stderr)
{
    public override string ToString() => Name;
}

/// <summary>Loads tests/cli/cases.json and locates the repository.</summary>
internal static class Recorded
{
    public static string Root { get; } = FindRoot();

    public static string CliData => Path.Combine(Root, "tests", "cli");

    public static IReadOnlyDictionary<string, RecordedCase> Cases { get; } = Load();

    /// <summary>The names of the cases that hold a probe's state (or not), for theories (the m_* cases run in tests/cli: ModuleRunTests).</summary>
    public static TheoryData<string> Names(bool withState)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Values.Where(c => (c.State is not null) == withState && c.Name != "dis_syntax_error"
            && !c.Name.StartsWith("m_", StringComparison.Ordinal)))
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static Dictionary<string, RecordedCase> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliData, "cases.json")));
        var result = new Dictionary<string, RecordedCase>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var env = c.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var rc = new RecordedCase(
                c.GetProperty("name").GetString()!,
                [.. c.GetProperty("args").EnumerateArray().Select(a => a.GetString()!)],
                env,
                c.GetProperty("exit_code").GetInt32(),
                c.TryGetProperty("state", out var state) ? state.Clone() : null,
                c.TryGetProperty("stdout", out var stdout) ? stdout.GetString() : null,
                c.GetProperty("stderr").GetString()!);
            result.Add(rc.Name, rc);
        }

        return result;
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
