using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProtoPython.PerfTool.Results;

/// <summary>One pyperf run: one process execution of a workload (warm-up runs carry only warmups).</summary>
public sealed class PerfRun
{
    public JsonObject Metadata { get; init; } = [];

    /// <summary>pyperf's (loops, value) pairs; our runs execute the program once, so loops is 1.</summary>
    public List<(int Loops, double Value)> Warmups { get; init; } = [];

    /// <summary>Seconds (pyperf's unit "second").</summary>
    public List<double> Values { get; init; } = [];
}

/// <summary>
/// What a table or check compares: the pyperf values (wall time of each run) or the CPU time
/// (user + system) of the child, which our runner also records and which a busy machine disturbs
/// far less than wall time.
/// </summary>
public enum Metric
{
    Wall,
    Cpu,
}

/// <summary>One benchmark (workload) in a suite, with its runs.</summary>
public sealed class PerfBenchmark
{
    public required string Name { get; init; }

    public JsonObject Metadata { get; init; } = [];

    public List<PerfRun> Runs { get; init; } = [];

    /// <summary>All measured values (seconds), warm-ups excluded.</summary>
    public List<double> Values => Runs.SelectMany(r => r.Values).ToList();

    /// <summary>The measured samples of <paramref name="metric"/>, warm-ups excluded.</summary>
    public List<double> Samples(Metric metric) => metric switch
    {
        Metric.Cpu => Runs.Where(r => r.Values.Count > 0)
            .Select(r => (r.Metadata["cpu_user_time"]?.GetValue<double>() ?? double.NaN) + (r.Metadata["cpu_system_time"]?.GetValue<double>() ?? double.NaN))
            .Where(v => !double.IsNaN(v) && v > 0).ToList(),
        _ => Values,
    };

    /// <summary>Peak RSS of each measured run, in bytes, where recorded.</summary>
    public List<long> MaxRss => Runs.Where(r => r.Values.Count > 0)
        .Select(r => r.Metadata["command_max_rss"]?.GetValue<long>() ?? 0).Where(v => v > 0).ToList();
}

/// <summary>
/// A pyperf benchmark suite file (format version 1.0: pyperf's doc/api.rst "pyperf JSON format"):
/// <c>{"version": "1.0", "metadata": {...}, "benchmarks": [{"metadata": {"name": ...}, "runs": [...]}]}</c>.
/// One file holds one interpreter's results, so <c>pyperf compare_to a.json b.json</c> reads ours.
/// Workloads that failed under the interpreter have no runs (pyperf needs values), so they are
/// listed in the suite metadata instead: <c>failed_benchmarks</c> (comma-separated names) and
/// <c>failure_NAME</c> (one line saying why). Workloads with <c>--jit-stats</c> counts are listed
/// in <c>jit_stats</c>; the counts are in files next to the suite (<see cref="Results.JitStats.PathFor"/>).
/// </summary>
public sealed class PerfSuite
{
    public const string FormatVersion = "1.0";

    public JsonObject Metadata { get; init; } = [];

    public List<PerfBenchmark> Benchmarks { get; init; } = [];

    /// <summary>The interpreter's label (e.g. "protopy", "python3.14"): metadata <c>interpreter</c>, else the file name.</summary>
    public string Label { get; set; } = "";

    /// <summary>Workload name → reason, for workloads that did not produce a correct result.</summary>
    public Dictionary<string, string> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Workload name → the ProtoPython statistics of one extra (untimed) run, when recorded.</summary>
    public Dictionary<string, JitStats> JitStats { get; } = new(StringComparer.Ordinal);

    public PerfBenchmark? Find(string name) => Benchmarks.Find(b => b.Name == name);

    public JsonObject ToJson()
    {
        var metadata = (JsonObject)Metadata.DeepClone();
        metadata["interpreter"] = Label;
        if (Failures.Count > 0)
        {
            metadata["failed_benchmarks"] = string.Join(",", Failures.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, reason) in Failures)
            {
                metadata["failure_" + name] = OneLine(reason);
            }
        }

        if (JitStats.Count > 0)
        {
            metadata["jit_stats"] = string.Join(",", JitStats.Keys.Order(StringComparer.Ordinal));
        }

        var benchmarks = new JsonArray();
        foreach (var b in Benchmarks)
        {
            var bm = (JsonObject)b.Metadata.DeepClone();
            bm["name"] = b.Name;
            bm["unit"] ??= "second";
            var runs = new JsonArray();
            foreach (var r in b.Runs)
            {
                var run = new JsonObject();
                if (r.Metadata.Count > 0)
                {
                    run["metadata"] = r.Metadata.DeepClone();
                }

                if (r.Warmups.Count > 0)
                {
                    run["warmups"] = new JsonArray(r.Warmups.Select(w => (JsonNode)new JsonArray(w.Loops, w.Value)).ToArray());
                }

                if (r.Values.Count > 0)
                {
                    run["values"] = new JsonArray(r.Values.Select(v => (JsonNode)v).ToArray());
                }

                runs.Add(run);
            }

            benchmarks.Add(new JsonObject { ["metadata"] = bm, ["runs"] = runs });
        }

        return new JsonObject { ["version"] = FormatVersion, ["metadata"] = metadata, ["benchmarks"] = benchmarks };
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson().ToJsonString(s_indented) + "\n");
        foreach (var (workload, stats) in JitStats)
        {
            stats.Save(Results.JitStats.PathFor(path, workload));
        }
    }

    public static PerfSuite Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not JSON: {e.Message}");
        }

        var obj = root as JsonObject ?? throw new InvalidDataException($"{path}: not a JSON object");
        var suite = FromJson(obj, Path.GetFileNameWithoutExtension(path));

        // Statistics files copied elsewhere without their suite (or the reverse) are simply absent.
        foreach (var workload in (obj["metadata"]?["jit_stats"]?.GetValue<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var statsPath = Results.JitStats.PathFor(path, workload);
            if (File.Exists(statsPath))
            {
                suite.JitStats[workload] = Results.JitStats.Load(statsPath);
            }
        }

        return suite;
    }

    public static PerfSuite FromJson(JsonObject root, string fallbackLabel)
    {
        if (root["version"]?.GetValue<string>() is not { } version || !version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new InvalidDataException("not a pyperf 1.x file (no \"version\": \"1.0\")");
        }

        var metadata = root["metadata"] as JsonObject ?? [];
        var suite = new PerfSuite { Metadata = (JsonObject)metadata.DeepClone() };
        suite.Label = metadata["interpreter"]?.GetValue<string>() ?? fallbackLabel;
        foreach (var (key, value) in metadata)
        {
            if (key.StartsWith("failure_", StringComparison.Ordinal) && value is not null)
            {
                suite.Failures[key["failure_".Length..]] = value.GetValue<string>();
            }
        }

        foreach (var key in suite.Metadata.Select(kv => kv.Key).Where(k => k.StartsWith("failure", StringComparison.Ordinal) || k is "failed_benchmarks" or "interpreter" or "jit_stats").ToList())
        {
            suite.Metadata.Remove(key);
        }

        foreach (var node in root["benchmarks"] as JsonArray ?? [])
        {
            var bm = node?["metadata"] as JsonObject ?? [];
            var name = bm["name"]?.GetValue<string>() ?? metadata["name"]?.GetValue<string>()
                ?? throw new InvalidDataException("a benchmark has no name");
            var benchmark = new PerfBenchmark { Name = name, Metadata = (JsonObject)bm.DeepClone() };
            foreach (var runNode in node?["runs"] as JsonArray ?? [])
            {
                var run = new PerfRun { Metadata = (JsonObject?)runNode?["metadata"]?.DeepClone() ?? [] };
                foreach (var w in runNode?["warmups"] as JsonArray ?? [])
                {
                    run.Warmups.Add((w![0]!.GetValue<int>(), w[1]!.GetValue<double>()));
                }

                foreach (var v in runNode?["values"] as JsonArray ?? [])
                {
                    run.Values.Add(v!.GetValue<double>());
                }

                benchmark.Runs.Add(run);
            }

            suite.Benchmarks.Add(benchmark);
        }

        return suite;
    }

    /// <summary>pyperf rejects metadata strings with line breaks or that are empty.</summary>
    internal static string OneLine(string text)
    {
        var line = string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (line.Length > 300)
        {
            line = line[..297] + "...";
        }

        return line.Length == 0 ? "-" : line;
    }

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
