using System.Text.Json;
using System.Text.Json.Nodes;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.PerfTool.History;

/// <summary>
/// One record of perf/history/: the results measured at one commit. The file is
/// <c>{"format": "protopython-perf-history-1", "commit", "date", "note", "suites": [pyperf suite, ...]}</c>,
/// the first suite being the subject (normally ProtoPython) and the others its references; and,
/// when recorded, <c>"jit_stats": {suite label: {workload: --jit-stats JSON}}</c>.
/// </summary>
public sealed class HistoryRecord
{
    public const string Format = "protopython-perf-history-1";

    public required string Commit { get; init; }
    public required DateTime Date { get; init; }
    public string Note { get; init; } = "";
    public required List<PerfSuite> Suites { get; init; }

    public string ShortCommit => Commit.Length > 10 ? Commit[..10] : Commit;

    /// <summary>File name: sortable by date, unique per commit.</summary>
    public string FileName => $"{Date:yyyy-MM-ddTHHmm}_{ShortCommit.Replace("+", "-", StringComparison.Ordinal)}.json";

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var root = new JsonObject
        {
            ["format"] = Format,
            ["commit"] = Commit,
            ["date"] = Date.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["note"] = Note,
            ["suites"] = new JsonArray(Suites.Select(s => (JsonNode)s.ToJson()).ToArray()),
        };
        var stats = new JsonObject();
        foreach (var suite in Suites.Where(s => s.JitStats.Count > 0))
        {
            stats[suite.Label] = new JsonObject(suite.JitStats.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.Json.DeepClone())));
        }

        if (stats.Count > 0)
        {
            root["jit_stats"] = stats;
        }

        File.WriteAllText(Path.Combine(folder, FileName), root.ToJsonString(s_indented) + "\n");
    }

    /// <summary>Whether <paramref name="path"/> holds a history record (rather than a pyperf suite).</summary>
    public static bool IsRecord(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) is JsonObject o && o["format"] is JsonValue v && v.TryGetValue<string>(out var f) && f == Format;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static HistoryRecord Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path}: not a JSON object");
        if (root["format"]?.GetValue<string>() != Format)
        {
            throw new InvalidDataException($"{path}: not a {Format} record");
        }

        var record = new HistoryRecord
        {
            Commit = root["commit"]!.GetValue<string>(),
            Date = DateTime.Parse(root["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal),
            Note = root["note"]?.GetValue<string>() ?? "",
            Suites = (root["suites"] as JsonArray ?? []).Select((s, i) => PerfSuite.FromJson((JsonObject)s!, $"suite{i}")).ToList(),
        };
        foreach (var suite in record.Suites)
        {
            foreach (var (workload, stats) in root["jit_stats"]?[suite.Label] as JsonObject ?? [])
            {
                suite.JitStats[workload] = JitStats.Parse(stats, $"{path}: jit_stats.{suite.Label}.{workload}");
            }
        }

        return record;
    }

    /// <summary>Every record of <paramref name="folder"/>, oldest first.</summary>
    public static List<HistoryRecord> LoadAll(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.GetFiles(folder, "*.json").Select(Load).OrderBy(r => r.Date).ThenBy(r => r.Commit, StringComparer.Ordinal).ToList();

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
