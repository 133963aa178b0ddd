using ProtoPython.PerfTool.Workloads;

namespace ProtoPython.Perf.Tests;

public class WorkloadCatalogTests
{
    private static readonly List<Workload> s_all = WorkloadCatalog.Load(PerfPaths.Workloads);

    [Fact]
    public void Suite_has_the_planned_workloads()
    {
        var names = s_all.Select(w => w.Name).ToHashSet();
        string[] planned =
        [
            "nbody", "fannkuch", "richards", "float", "chaos", "spectral_norm", "generators", "strings", "dicts",
            "methods", "fib", "short", "startup",
            "deltablue", "raytrace", "go", "nqueens", "pidigits", "hexiom", "coroutines", "unpack_sequence",
            "json_roundtrip", "regex", "oop", "deep_calls",
        ];
        foreach (var expected in planned)
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public void Every_workload_documents_itself_and_has_a_recorded_result()
    {
        foreach (var w in s_all)
        {
            Assert.NotEmpty(w.Tags);
            Assert.False(string.IsNullOrWhiteSpace(w.Size), w.Name);
            Assert.False(string.IsNullOrWhiteSpace(w.Description), w.Name);
            if (w.Name == "startup")
            {
                Assert.Equal(["-c", "pass"], w.Argv);
                Assert.Equal("", w.ExpectedOutput);
            }
            else
            {
                // One deterministic result line naming the workload, as recorded with CPython 3.14.
                Assert.Matches(@"^[a-z_]+[ :][^\n]*\n$", w.ExpectedOutput);
                Assert.StartsWith(w.Name, w.ExpectedOutput, StringComparison.Ordinal);
                Assert.Equal([w.Path], w.Argv);
            }
        }
    }

    [Fact]
    public void Output_comparison_ignores_only_line_end_style()
    {
        var w = s_all.First(x => x.Name == "fib");
        Assert.True(w.IsCorrect(w.ExpectedOutput.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.False(w.IsCorrect(w.ExpectedOutput.Replace("196418", "196417", StringComparison.Ordinal)));
        Assert.False(w.IsCorrect(""));
    }

    [Fact]
    public void Selection_by_name_and_tag()
    {
        Assert.Equal(["fib"], WorkloadCatalog.Select(s_all, ["fib"], []).Select(w => w.Name));
        var startup = WorkloadCatalog.Select(s_all, [], ["startup"]).Select(w => w.Name).ToList();
        Assert.Contains("startup", startup);
        Assert.Contains("short", startup);
        Assert.DoesNotContain("nbody", startup);
        Assert.Throws<ArgumentException>(() => WorkloadCatalog.Select(s_all, ["no_such"], []));
    }
}
