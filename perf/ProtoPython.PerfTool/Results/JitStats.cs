using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProtoPython.PerfTool.Results;

/// <summary>The counters of one specializable family (an adaptive instruction and its specialized forms).</summary>
public readonly record struct FamilyCounts(long Hits, long Misses, long Deferred, long Success, long Failure)
{
    public static readonly string[] Names = ["hits", "misses", "deferred", "success", "failure"];

    public long this[int i] => i switch { 0 => Hits, 1 => Misses, 2 => Deferred, 3 => Success, _ => Failure };

    public static FamilyCounts operator +(FamilyCounts a, FamilyCounts b) =>
        new(a.Hits + b.Hits, a.Misses + b.Misses, a.Deferred + b.Deferred, a.Success + b.Success, a.Failure + b.Failure);
}

/// <summary>
/// What ProtoPython's <c>-X jit-stats=json:PATH</c> writes for one program run
/// (src/Runtime/Diagnostics/JitStatsReport.cs): <c>{"mode", "executions": {opcode: count},
/// "families": {family: {hits, misses, deferred, success, failure}}, "frames"}</c>. The counts of a
/// deterministic program are deterministic, so two runs of the same build give equal files.
/// The parsed JSON is kept as read so a history record stores it unchanged.
/// </summary>
public sealed class JitStats
{
    public required JsonObject Json { get; init; }

    public string Mode => Json["mode"]?.GetValue<string>() ?? "?";

    public long Frames => Json["frames"]?.GetValue<long>() ?? 0;

    public Dictionary<string, long> Executions =>
        (Json["executions"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?.GetValue<long>() ?? 0, StringComparer.Ordinal);

    /// <summary>Instructions executed (a specialized form's miss is counted under the generic name too).</summary>
    public long Instructions => Executions.Values.Sum();

    public Dictionary<string, FamilyCounts> Families =>
        (Json["families"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => Counts(kv.Value as JsonObject ?? []), StringComparer.Ordinal);

    /// <summary>All families added up.</summary>
    public FamilyCounts Total => Families.Values.Aggregate(default(FamilyCounts), (a, b) => a + b);

    /// <summary>The file <c>perf/run run --jit-stats</c> writes next to <c>STEM.json</c>: <c>STEM.WORKLOAD.jit-stats.json</c>.</summary>
    public static string PathFor(string suitePath, string workload) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(suitePath))!, $"{Path.GetFileNameWithoutExtension(suitePath)}.{workload}.jit-stats.json");

    public static JitStats Parse(JsonNode? node, string what) =>
        node is JsonObject o && o["families"] is JsonObject && o["executions"] is JsonObject
            ? new JitStats { Json = (JsonObject)o.DeepClone() }
            : throw new InvalidDataException($"{what}: not a --jit-stats JSON file (no families/executions)");

    public static JitStats Load(string path)
    {
        try
        {
            return Parse(JsonNode.Parse(File.ReadAllText(path)), path);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not JSON: {e.Message}");
        }
    }

    public void Save(string path) => File.WriteAllText(path, Json.ToJsonString(s_indented) + "\n");

    private static FamilyCounts Counts(JsonObject o) => new(Get(o, "hits"), Get(o, "misses"), Get(o, "deferred"), Get(o, "success"), Get(o, "failure"));

    private static long Get(JsonObject o, string name) => o[name]?.GetValue<long>() ?? 0;

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };
}
