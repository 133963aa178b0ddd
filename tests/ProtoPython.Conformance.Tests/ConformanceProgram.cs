namespace ProtoPython.Conformance.Tests;

/// <summary>
/// One program of tests/conformance (or perf/workloads) with what CPython 3.14 printed for it.
/// Layout and header lines: tests/conformance/README.md and tools/conformance/record_conformance.py.
/// </summary>
public sealed record ConformanceProgram(string Id, string Path, string ExpectedStdout, string? ExpectedStderr, int ExpectedExitCode, IReadOnlyList<string> Args, string Stdin)
{
    /// <summary>The repository root (the folder with ProtoPython.sln) above the test binaries.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Every conformance program and every benchmark workload.</summary>
    public static IReadOnlyList<ConformanceProgram> All { get; } = [.. Discover()];

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "ProtoPython.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("ProtoPython.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<ConformanceProgram> Discover()
    {
        var root = System.IO.Path.Combine(RepoRoot, "tests", "conformance");
        foreach (var area in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(area, "*.py").Order(StringComparer.Ordinal))
            {
                yield return Load(System.IO.Path.GetFileName(area) + "/" + System.IO.Path.GetFileNameWithoutExtension(file), file);
            }

            foreach (var dir in Directory.GetDirectories(area).Order(StringComparer.Ordinal))
            {
                var main = System.IO.Path.Combine(dir, "main.py");
                if (File.Exists(main))
                {
                    yield return Load(System.IO.Path.GetFileName(area) + "/" + System.IO.Path.GetFileName(dir), main);
                }
            }
        }

        var workloads = System.IO.Path.Combine(RepoRoot, "perf", "workloads");
        foreach (var file in Directory.GetFiles(workloads, "*.py").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(file);
            var expected = System.IO.Path.Combine(workloads, "expected", name + ".txt");
            if (File.Exists(expected))
            {
                yield return new ConformanceProgram("workloads/" + name, file, File.ReadAllText(expected), null, 0, [], "");
            }
        }
    }

    private static ConformanceProgram Load(string id, string file)
    {
        var stem = file[..^3];
        var args = new List<string>();
        var stdin = "";
        var checkStderr = false;
        foreach (var line in File.ReadLines(file))
        {
            if (!line.StartsWith('#'))
            {
                break;
            }

            var body = line[1..].Trim();
            if (body.StartsWith("args:", StringComparison.Ordinal))
            {
                args.AddRange(body[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (body.StartsWith("check:", StringComparison.Ordinal))
            {
                checkStderr = body[6..].Trim() == "stderr";
            }
            else if (body.StartsWith("stdin:", StringComparison.Ordinal))
            {
                stdin = body[6..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
            }
        }

        var stdout = File.Exists(stem + ".out") ? File.ReadAllText(stem + ".out") : "";
        var stderr = checkStderr && File.Exists(stem + ".err") ? File.ReadAllText(stem + ".err") : null;
        var rc = File.Exists(stem + ".rc") ? int.Parse(File.ReadAllText(stem + ".rc").Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new ConformanceProgram(id, file, stdout, stderr, rc, args, stdin);
    }

    public override string ToString() => Id;
}
