namespace ProtoPython.Conformance.Tests;

/// <summary>
/// Issue 3's conformance suite: every program's stdout, exit status (and stderr where recorded)
/// must equal CPython 3.14's. Programs listed in known-failures.txt are expected to fail, and a
/// listed program that starts passing fails the test, so the list stays exact.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly HashSet<string> s_knownFailures = LoadKnownFailures();

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var p in ConformanceProgram.All)
        {
            data.Add(p.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_output_equals_CPython(string id)
    {
        var program = ConformanceProgram.All.Single(p => p.Id == id);
        var result = ProgramRunner.Run(program, Timeout);
        var failure = Compare(program, result);
        RecordOutcome(id, failure);
        if (s_knownFailures.Contains(id))
        {
            Assert.True(failure is not null, id + " passes now: remove it from tests/conformance/known-failures.txt");
            return;
        }

        Assert.True(failure is null, failure);
    }

    [Fact]
    public void Known_failures_list_only_existing_programs()
    {
        var ids = ConformanceProgram.All.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var f in s_knownFailures)
        {
            Assert.Contains(f, ids);
        }
    }

    [Fact]
    public void The_suite_has_at_least_400_programs()
    {
        Assert.True(ConformanceProgram.All.Count(p => !p.Id.StartsWith("workloads/", StringComparison.Ordinal)) >= 400);
    }

    private static readonly Lock s_recordLock = new();

    // With PROTOPY_CONFORMANCE_RECORD=<file>, each failing program's id is appended to that file:
    // how tests/conformance/known-failures.txt is regenerated from this very runner.
    private static void RecordOutcome(string id, string? failure)
    {
        var path = Environment.GetEnvironmentVariable("PROTOPY_CONFORMANCE_RECORD");
        if (string.IsNullOrEmpty(path) || failure is null)
        {
            return;
        }

        lock (s_recordLock)
        {
            File.AppendAllText(path, id + "\n");
        }
    }

    /// <summary>Null when the run matches CPython, else a description of the first difference.</summary>
    public static string? Compare(ConformanceProgram program, RunResult result)
    {
        if (result.TimedOut)
        {
            return "timed out";
        }

        if (result.Stdout != program.ExpectedStdout)
        {
            return "stdout differs:\n" + FirstDifference(program.ExpectedStdout, result.Stdout) + "\nstderr:\n" + Tail(result.Stderr);
        }

        if (result.ExitCode != program.ExpectedExitCode)
        {
            return "exit status " + result.ExitCode + ", expected " + program.ExpectedExitCode + "\nstderr:\n" + Tail(result.Stderr);
        }

        if (program.ExpectedStderr is { } err && result.Stderr != err)
        {
            return "stderr differs:\n" + FirstDifference(err, result.Stderr);
        }

        return null;
    }

    private static string Tail(string s) => s.Length > 2000 ? s[^2000..] : s;

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<end>";
            var y = i < a.Length ? a[i] : "<end>";
            if (x != y)
            {
                return "line " + (i + 1) + "\n  expected: " + x + "\n  actual:   " + y;
            }
        }

        return "(trailing difference)";
    }

    private static HashSet<string> LoadKnownFailures()
    {
        var path = Path.Combine(ConformanceProgram.RepoRoot, "tests", "conformance", "known-failures.txt");
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var t = line.Trim();
                if (t.Length > 0 && !t.StartsWith('#'))
                {
                    set.Add(t.Split(' ')[0]);
                }
            }
        }

        return set;
    }
}
