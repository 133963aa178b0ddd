using System.Text.Json.Nodes;
using ProtoPython.PerfTool;
using ProtoPython.PerfTool.History;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.Perf.Tests;

/// <summary>
/// <c>--jit-stats</c> counts next to timings, on recorded files (data/jit-stats/: two
/// <c>perf/run run --jit-stats --runs 1</c> of the same ProtoPython build, fib and richards, whose
/// statistics files came out byte-identical).
/// </summary>
public sealed class JitStatsTests : IDisposable
{
    private static readonly string Base = PerfPaths.Data(Path.Combine("jit-stats", "base", "protopy.json"));
    private static readonly string Rerun = PerfPaths.Data(Path.Combine("jit-stats", "rerun", "protopy.json"));
    private readonly string _dir = Directory.CreateTempSubdirectory("perf-jit-stats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Compare(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, Cli.Execute(["compare", .. args], output, TextWriter.Null));
        return output.ToString();
    }

    private static string StatsSection(string compareOutput)
    {
        var at = compareOutput.IndexOf("JIT statistics (--jit-stats)", StringComparison.Ordinal);
        Assert.True(at >= 0, "no JIT statistics section in:\n" + compareOutput);
        return compareOutput[at..];
    }

    /// <summary>A copy of the rerun with richards' LOAD_ATTR turning 1,000 hits into misses.</summary>
    private string PlantedChange()
    {
        var suite = PerfSuite.Load(Rerun);
        var json = suite.JitStats["richards"].Json;
        var loadAttr = json["families"]!["LOAD_ATTR"]!;
        loadAttr["hits"] = loadAttr["hits"]!.GetValue<long>() - 1000;
        loadAttr["misses"] = loadAttr["misses"]!.GetValue<long>() + 1000;
        json["executions"]!["LOAD_ATTR"] = json["executions"]!["LOAD_ATTR"]!.GetValue<long>() + 1000;
        var path = Path.Combine(_dir, "planted", "protopy.json");
        suite.Save(path);
        return path;
    }

    [Fact]
    public void Suites_load_the_statistics_files_beside_them()
    {
        var suite = PerfSuite.Load(Base);
        Assert.Equal(["fib", "richards"], suite.JitStats.Keys.Order(StringComparer.Ordinal));
        var richards = suite.JitStats["richards"];
        Assert.Equal("on", richards.Mode);
        Assert.True(richards.Families["LOAD_ATTR"].Hits > 0);
        Assert.Equal(richards.Executions.Values.Sum(), richards.Instructions);
        Assert.DoesNotContain("jit_stats", suite.Metadata.Select(kv => kv.Key));
        Assert.Equal(0, Cli.Execute(["validate", Base], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Identical_statistics_report_no_change()
    {
        var text = StatsSection(Compare(Base, Rerun, "--metric", "cpu"));
        Assert.Contains("over the 2 workloads both carry", text, StringComparison.Ordinal);
        Assert.Contains("No change in the JIT statistics of 2 workloads.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), l => l.TrimEnd().EndsWith('*'));
        Assert.DoesNotContain("moved most", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_change_is_reported_with_its_differences()
    {
        var text = StatsSection(Compare(Base, PlantedChange()));
        Assert.Contains("JIT statistics changed in 1 of 2 workloads: richards", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        var family = Assert.Single(lines, l => l.StartsWith("LOAD_ATTR ", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
        Assert.Equal(["LOAD_ATTR", "-1,000", "+1,000", "0", "0", "0"], family.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..6]);
        Assert.EndsWith("*", family.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("*", Assert.Single(lines, l => l.StartsWith("richards ", StringComparison.Ordinal)).TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("*", Assert.Single(lines, l => l.StartsWith("fib ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("*", Assert.Single(lines, l => l.StartsWith("BINARY_OP ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var moved = Assert.Single(lines, l => l.StartsWith("LOAD_ATTR ", StringComparison.Ordinal) && !l.Contains('%', StringComparison.Ordinal));
        Assert.EndsWith("+1,000", moved.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_results_that_both_carry_statistics_are_compared()
    {
        Assert.DoesNotContain("JIT statistics", Compare(PerfPaths.Data("baseline.json"), PerfPaths.Data("rerun.json")), StringComparison.Ordinal);

        // The suite without its statistics files (copied alone): timings still compare.
        var alone = Path.Combine(_dir, "alone.json");
        File.Copy(Base, alone);
        Assert.Empty(PerfSuite.Load(alone).JitStats);
        Assert.DoesNotContain("JIT statistics", Compare(alone, Rerun), StringComparison.Ordinal);
    }

    [Fact]
    public void History_keeps_the_statistics_and_compare_reads_records()
    {
        var results = Path.Combine(_dir, "results");
        var original = PerfSuite.Load(Base);
        Cli.WriteResults([original], results);
        Assert.True(File.Exists(Path.Combine(results, "protopy.richards.jit-stats.json")));
        var history = Path.Combine(_dir, "history");
        Assert.Equal(0, Cli.Execute(["history", "add", results, "--history", history], TextWriter.Null, TextWriter.Null));
        var recordPath = Assert.Single(Directory.GetFiles(history));
        Assert.True(JsonNode.Parse(File.ReadAllText(recordPath))!["jit_stats"]!["protopy"]!["fib"]!["families"] is JsonObject);
        var kept = HistoryRecord.Load(recordPath).Suites[0];
        foreach (var (workload, stats) in original.JitStats)
        {
            Assert.True(JitStatsDiff.Same(stats, kept.JitStats[workload]), workload);
        }

        Assert.Contains("JIT statistics changed in 1 of 2 workloads: richards", Compare(recordPath, PlantedChange()), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Cli.Execute(["compare", recordPath, Rerun, "--label", "nope"], TextWriter.Null, TextWriter.Null));
    }
}
