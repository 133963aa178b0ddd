using ProtoPython.PerfTool.Results;

namespace ProtoPython.Perf.Tests;

public class TableTests
{
    [Theory]
    [InlineData(2.0, "2.00x faster")]
    [InlineData(1.0, "1.00x faster")]
    [InlineData(0.8, "1.25x slower")]
    [InlineData(double.NaN, "-")]
    public void Ratios_read_as_faster_or_slower(double ratio, string text) =>
        Assert.Equal(text, Stats.DescribeSpeedup(ratio));

    [Fact]
    public void Geometric_mean_of_ratios() =>
        Assert.Equal(2.0, Stats.GeometricMean([1.0, 4.0]), 12);

    [Fact]
    public void Run_table_compares_the_subject_with_the_reference()
    {
        var subject = TestSuites.Make("protopy", ("fast", [0.10, 0.11, 0.10]), ("close", [0.50, 0.52, 0.51]));
        var reference = TestSuites.Make("python3.14", ("fast", [0.40, 0.41, 0.40]), ("close", [0.51, 0.50, 0.53]));
        var table = ComparisonTable.SubjectVersusReferences([subject, reference]);
        var rows = table.Rows();
        Assert.Equal(["Benchmark", "protopy (ms)", "python3.14 (ms)", "ratio"], rows[0]);
        Assert.Equal(["fast", "100.0 ± 5.8", "400.0 ± 5.8", "4.00x faster"], rows[1]);
        // Overlapping runs: the difference may be noise, and the ratio says so.
        Assert.EndsWith(" ~", rows[2][3], StringComparison.Ordinal);
        Assert.Equal("Geometric mean", rows[3][0]);
        Assert.Equal(Stats.DescribeSpeedup(Math.Sqrt(4.0 * 0.51 / 0.51)), rows[3][3]);
    }

    [Fact]
    public void A_failed_workload_is_shown_as_failed_and_left_out_of_the_mean()
    {
        var subject = TestSuites.Make("protopy", ("a", [0.2, 0.2]));
        subject.Failures["b"] = "exit code 1: NameError";
        var reference = TestSuites.Make("python3.14", ("a", [0.4, 0.4]), ("b", [0.3, 0.3]));
        var table = ComparisonTable.SubjectVersusReferences([subject, reference]);
        var rows = table.Rows();
        Assert.Equal(["b", "failed", "300.0 ± 0.0", "-"], rows[2]);
        Assert.Equal("2.00x faster", rows[3][3]);
        var md = table.RenderMarkdown();
        Assert.Contains("| Benchmark | protopy (ms) | python3.14 (ms) | ratio |\n|---|---:|---:|---:|", md, StringComparison.Ordinal);
        Assert.Contains("protopy/b: exit code 1: NameError", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Recorded_protopy_failure_reads_back_as_failed_for_every_workload()
    {
        var protopy = PerfSuite.Load(PerfPaths.Data("protopy-failed.json"));
        Assert.Equal("protopy", protopy.Label);
        Assert.Empty(protopy.Benchmarks);
        Assert.Equal(["short", "startup"], protopy.Failures.Keys.Order(StringComparer.Ordinal));
        var text = ComparisonTable.SubjectVersusReferences([protopy, PerfSuite.Load(PerfPaths.Data("baseline.json"))]).RenderText();
        Assert.Matches(@"\nstartup +failed +[0-9.]+ ± [0-9.]+ +-\n", text);
    }

    [Fact]
    public void Failures_with_the_same_reason_share_one_line()
    {
        var subject = new PerfSuite { Label = "protopy" };
        subject.Failures["b"] = "exit code 2: no interpreter";
        subject.Failures["a"] = "exit code 2: no interpreter";
        subject.Failures["c"] = "timed out after 120 s";
        var text = ComparisonTable.SubjectVersusReferences([subject, TestSuites.Make("python3.14", ("a", [0.1, 0.1]))]).RenderText();
        Assert.Contains("Failed: protopy/a,b: exit code 2: no interpreter; protopy/c: timed out after 120 s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpu_metric_reads_user_plus_system_time()
    {
        var suite = TestSuites.Make("x", ("a", [1.0, 2.0]));
        Assert.Equal([1.0, 2.0], suite.Benchmarks[0].Samples(Metric.Cpu).Select(v => Math.Round(v, 9)));
        var rows = ComparisonTable.SubjectVersusReferences([suite, suite], Metric.Cpu).Rows();
        Assert.Equal("x (cpu ms)", rows[0][1]);
    }
}

public class SignificanceTests
{
    [Fact]
    public void Single_runs_are_never_significant()
    {
        Assert.False(Summary.Of([1.0]).DiffersSignificantly(Summary.Of([2.0])));
        Assert.True(Summary.Of([1.0, 1.01]).DiffersSignificantly(Summary.Of([2.0, 2.02])));
    }

    [Fact]
    public void Overlapping_runs_need_a_large_t_statistic()
    {
        var a = Summary.Of([1.0, 1.1, 1.2, 1.0, 1.1]);
        Assert.False(a.DiffersSignificantly(Summary.Of([1.1, 1.2, 1.3, 1.1, 1.2])));
        Assert.True(Summary.Of([1.0, 1.01, 1.02, 1.0, 1.5]).DiffersSignificantly(Summary.Of([1.4, 1.41, 1.42, 1.4, 1.41])));
    }
}
