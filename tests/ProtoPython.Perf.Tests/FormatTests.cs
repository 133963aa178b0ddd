using System.Text.Json.Nodes;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.Perf.Tests;

/// <summary>Our result files against the schema written from pyperf's documentation (perf/schema/).</summary>
public class FormatTests
{
    private static readonly SchemaValidator s_schema = SchemaValidator.Pyperf();

    [Theory]
    [InlineData("baseline.json")]
    [InlineData("rerun.json")]
    [InlineData("protopy-failed.json")]
    [InlineData("jit-stats/base/protopy.json")]
    public void Recorded_results_are_pyperf_1_0(string file)
    {
        var errors = s_schema.Validate(JsonNode.Parse(File.ReadAllText(PerfPaths.Data(file))));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Recorded_results_carry_the_environment_and_per_run_memory()
    {
        var suite = PerfSuite.Load(PerfPaths.Data("baseline.json"));
        foreach (var key in new[] { "cpu_model_name", "cpu_count", "platform", "dotnet_runtime", "python_version", "python_executable", "runner_options", "protopython_commit" })
        {
            Assert.True(suite.Metadata.ContainsKey(key), key);
        }

        foreach (var b in suite.Benchmarks)
        {
            Assert.Equal(5, b.Values.Count);
            Assert.Equal(5, b.MaxRss.Count);
            Assert.Equal(1, b.Runs.Count(r => r.Warmups.Count == 1 && r.Values.Count == 0));
            Assert.NotNull(b.Metadata["tags"]);
        }
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        var original = PerfSuite.Load(PerfPaths.Data("protopy-failed.json"));
        var again = PerfSuite.FromJson(JsonNode.Parse(original.ToJson().ToJsonString())!.AsObject(), "other");
        Assert.Equal(original.Label, again.Label);
        Assert.Equal(original.Failures, again.Failures);
        var baseline = PerfSuite.Load(PerfPaths.Data("baseline.json"));
        var copy = PerfSuite.FromJson(JsonNode.Parse(baseline.ToJson().ToJsonString())!.AsObject(), "other");
        Assert.Equal(baseline.Benchmarks.SelectMany(b => b.Values), copy.Benchmarks.SelectMany(b => b.Values));
    }

    [Theory]
    [InlineData("""{"benchmarks": []}""", "missing required 'version'")]
    [InlineData("""{"version": "2.0", "benchmarks": []}""", "expected \"1.0\"")]
    [InlineData("""{"version": "1.0", "benchmarks": [{"runs": [{"values": [0.0]}]}]}""", "exclusive minimum")]
    [InlineData("""{"version": "1.0", "benchmarks": [{"runs": [{}]}]}""", "anyOf")]
    [InlineData("""{"version": "1.0", "benchmarks": [{"runs": [{"warmups": [[0, 0.1]]}]}]}""", "minimum")]
    [InlineData("""{"version": "1.0", "metadata": {"x": "a\nb"}, "benchmarks": []}""", "anyOf")]
    [InlineData("""{"version": "1.0", "metadata": {"unit": "parsec"}, "benchmarks": []}""", "not one of")]
    [InlineData("""{"version": "1.0", "benchmarks": [{"runs": [{"values": [1], "samples": [1]}]}]}""", "unexpected property 'samples'")]
    public void Schema_rejects_what_pyperf_rejects(string json, string message)
    {
        var errors = s_schema.Validate(JsonNode.Parse(json));
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }
}
