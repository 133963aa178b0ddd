using ProtoPython.PerfTool.Results;
using ProtoPython.PerfTool.Running;
using ProtoPython.PerfTool.Workloads;

namespace ProtoPython.Perf.Tests;

/// <summary>
/// The runner end to end with stand-in interpreters: /bin/cat "runs" a workload by printing it,
/// so a workload whose expected output is its own text succeeds; /bin/false, a missing program,
/// a wrong output and a timeout must each show as a failure of that interpreter only.
/// </summary>
public sealed class RunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perf-runner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<Workload> MakeWorkloads()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "expected"));
        var text = "# name: echo\n# tags: test\n# size: one file\n# description: printed by cat\n";
        File.WriteAllText(Path.Combine(_dir, "echo.py"), text);
        File.WriteAllText(Path.Combine(_dir, "expected", "echo.txt"), text);
        File.WriteAllText(Path.Combine(_dir, "nap.py"), "# name: nap\n# tags: test\n# argv: 5\n# size: 5 s\n# description: sleeps\n");
        File.WriteAllText(Path.Combine(_dir, "expected", "nap.txt"), "");
        return WorkloadCatalog.Load(_dir);
    }

    [Fact]
    public void Correct_runs_are_measured_and_failures_are_reported_per_interpreter()
    {
        var workloads = MakeWorkloads().Where(w => w.Name == "echo").ToList();
        var options = new RunOptions
        {
            Interpreters =
            [
                new Interpreter("cat", ["cat"]),
                new Interpreter("false", ["false"]),
                new Interpreter("missing", ["/nonexistent/protopy"]),
                new Interpreter("echo", ["echo"]),
            ],
            Runs = 3,
            Warmups = 1,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var suites = new Runner(options, TextWriter.Null).Run(workloads, repoRoot: null);

        var cat = suites[0].Find("echo");
        Assert.NotNull(cat);
        Assert.Equal(4, cat.Runs.Count);
        Assert.Single(cat.Runs[0].Warmups);
        Assert.Empty(cat.Runs[0].Values);
        Assert.Equal(3, cat.Values.Count);
        Assert.All(cat.Values, v => Assert.True(v > 0));
        Assert.Equal(3, cat.MaxRss.Count);
        Assert.All(cat.MaxRss, rss => Assert.True(rss > 100_000, $"peak RSS {rss}"));

        Assert.Equal("exit code 1", suites[1].Failures["echo"]);
        Assert.StartsWith("cannot start '/nonexistent/protopy'", suites[2].Failures["echo"], StringComparison.Ordinal);
        Assert.StartsWith("wrong result: got '", suites[3].Failures["echo"], StringComparison.Ordinal);
        Assert.All(suites.Skip(1), s => Assert.Empty(s.Benchmarks));

        // Everything written is pyperf 1.0, failures included.
        foreach (var suite in suites)
        {
            var reparsed = System.Text.Json.Nodes.JsonNode.Parse(suite.ToJson().ToJsonString());
            Assert.Empty(SchemaValidator.Pyperf().Validate(reparsed));
        }

        var rows = ComparisonTable.SubjectVersusReferences(suites).Rows();
        Assert.Equal(["failed", "failed", "failed"], rows[1][2..5]);
    }

    [Fact]
    public void Jit_stats_come_from_one_extra_run_under_each_ProtoPython_only()
    {
        // A stand-in ProtoPython: names itself in --version, writes a statistics file for
        // -X jit-stats=json:PATH, then "runs" the workload as cat does.
        var fake = Path.Combine(_dir, "fakepy");
        File.WriteAllText(fake, """
            if [ "$1" = --version ]; then echo "Python 3.14.0 (ProtoPython test)"; exit 0; fi
            if [ "$1" = -X ]; then
              printf '{"mode": "on", "executions": {"NOP": 7}, "families": {"LOAD_ATTR": {"hits": 3, "misses": 1, "deferred": 2, "success": 1, "failure": 0}}, "frames": 1}' > "${2#jit-stats=json:}"
              shift 2
            fi
            exec cat "$@"
            """.Replace("\r", "", StringComparison.Ordinal));
        var options = new RunOptions
        {
            Interpreters = [new Interpreter("protopy", ["sh", fake]), new Interpreter("cat", ["cat"])],
            Runs = 2,
            Warmups = 0,
            JitStats = true,
        };
        var suites = new Runner(options, TextWriter.Null).Run(MakeWorkloads().Where(w => w.Name == "echo").ToList(), repoRoot: null);

        Assert.Equal(2, suites[0].Find("echo")!.Values.Count);
        var stats = suites[0].JitStats["echo"];
        Assert.Equal(7, stats.Instructions);
        Assert.Equal(new FamilyCounts(3, 1, 2, 1, 0), stats.Families["LOAD_ATTR"]);
        Assert.Empty(suites[1].JitStats);

        ProtoPython.PerfTool.Cli.WriteResults(suites, Path.Combine(_dir, "out"));
        Assert.True(File.Exists(Path.Combine(_dir, "out", "protopy.echo.jit-stats.json")));
        var reloaded = PerfSuite.Load(Path.Combine(_dir, "out", "protopy.json"));
        Assert.Equal(new FamilyCounts(3, 1, 2, 1, 0), reloaded.JitStats["echo"].Families["LOAD_ATTR"]);
        Assert.Empty(SchemaValidator.Pyperf().Validate(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "protopy.json")))));
    }

    [Fact]
    public void A_run_past_the_timeout_is_killed_and_counts_as_failed()
    {
        var workloads = MakeWorkloads().Where(w => w.Name == "nap").ToList();
        var options = new RunOptions { Interpreters = [new Interpreter("sleep", ["sleep"])], Runs = 2, Warmups = 0, Timeout = TimeSpan.FromMilliseconds(300) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var suites = new Runner(options, TextWriter.Null).Run(workloads, repoRoot: null);
        Assert.StartsWith("timed out", suites[0].Failures["nap"], StringComparison.Ordinal);
        // The failed workload's remaining runs are skipped, and nothing waited for the full sleep.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4.5), clock.Elapsed.ToString());
    }

    [Fact]
    public void Quick_smoke_run_against_CPython_314()
    {
        var python = PerfPaths.CPython314();
        Assert.True(python is not null, "CPython 3.14 not found: ../shared/tools/cpython314.sh must print its path (CI provides it)");
        var workloads = WorkloadCatalog.Select(WorkloadCatalog.Load(PerfPaths.Workloads), ["startup", "short"], []);
        var options = new RunOptions { Interpreters = [new Interpreter("python3.14", [python!])], Runs = 1, Warmups = 0, Timeout = TimeSpan.FromSeconds(120) };
        var suite = Assert.Single(new Runner(options, TextWriter.Null).Run(workloads, PerfPaths.Root));
        Assert.Empty(suite.Failures);
        Assert.Equal(["short", "startup"], suite.Benchmarks.Select(b => b.Name));
        Assert.StartsWith("Python 3.14", suite.Metadata["python_version"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(suite.Metadata["protopython_commit"]);
    }
}

public class JudgeTests
{
    private static readonly Workload s_fib = new("fib", "/x/fib.py", ["calls"], "n", "d", ["/x/fib.py"], "fib 27: 196418\n");

    private static ChildResult Exit(int code, string stdout, string stderr) => new(code, false, 0.1, 0.1, 0, 1000, stdout, stderr, null);

    [Fact]
    public void Reasons_name_the_exception_of_a_traceback_or_the_first_line_of_a_message()
    {
        Assert.Null(Runner.Judge(s_fib, Exit(0, "fib 27: 196418\n", ""), TimeSpan.FromSeconds(1)));
        Assert.Equal("exit code 1: NameError: name 'fib' is not defined",
            Runner.Judge(s_fib, Exit(1, "", "Traceback (most recent call last):\n  File \"fib.py\", line 1\nNameError: name 'fib' is not defined\n"), TimeSpan.FromSeconds(1)));
        Assert.Equal("exit code 2: protopy: not built yet",
            Runner.Judge(s_fib, Exit(2, "", "protopy: not built yet\nusage: protopy ...\n"), TimeSpan.FromSeconds(1)));
        Assert.Equal("killed by signal 11", Runner.Judge(s_fib, Exit(-11, "", ""), TimeSpan.FromSeconds(1)));
        Assert.Equal("wrong result: got 'fib 27: 1', expected 'fib 27: 196418'", Runner.Judge(s_fib, Exit(0, "fib 27: 1\n", ""), TimeSpan.FromSeconds(1)));
    }
}
