using System.Globalization;
using System.Text;

namespace ProtoPython.PerfTool.Results;

/// <summary>What <c>check</c> concluded for one workload.</summary>
public sealed record CheckFinding(string Workload, double? Slowdown, bool Significant, bool Regressed, string Note);

/// <summary>
/// Compares a result file with a baseline. A workload regressed when its median time grew by more
/// than the threshold AND the growth is significant given the spread of the runs (the runs do not
/// overlap, or Welch's t &gt; 3 with three or more runs each), so one noisy run raises no alarm.
/// A workload that completed in the baseline but fails now is a regression too.
/// </summary>
public static class RegressionCheck
{
    public static List<CheckFinding> Evaluate(PerfSuite baseline, PerfSuite current, double threshold, Metric metric = Metric.Wall)
    {
        var findings = new List<CheckFinding>();
        foreach (var b in baseline.Benchmarks.Where(b => b.Values.Count > 0))
        {
            if (current.Failures.TryGetValue(b.Name, out var why))
            {
                findings.Add(new CheckFinding(b.Name, null, true, true, "fails now: " + why));
                continue;
            }

            var baseSamples = b.Samples(metric);
            var currentSamples = current.Find(b.Name)?.Samples(metric) ?? [];
            if (currentSamples.Count == 0 || baseSamples.Count == 0)
            {
                findings.Add(new CheckFinding(b.Name, null, false, false, "not measured"));
                continue;
            }

            var sb = Summary.Of(baseSamples);
            var sc = Summary.Of(currentSamples);
            var slowdown = sc.Median / sb.Median - 1;
            var significant = sc.DiffersSignificantly(sb);
            var regressed = slowdown > threshold && significant;
            var note = regressed ? "REGRESSION"
                : slowdown > threshold ? "slower, within noise"
                : slowdown < -threshold && significant ? "faster" : "ok";
            findings.Add(new CheckFinding(b.Name, slowdown, significant, regressed, note));
        }

        return findings;
    }

    public static string Render(List<CheckFinding> findings, double threshold)
    {
        var sb = new StringBuilder();
        var width = Math.Max(9, findings.Count == 0 ? 0 : findings.Max(f => f.Workload.Length));
        sb.Append(CultureInfo.InvariantCulture, $"{"Benchmark".PadRight(width)}   change   verdict (threshold {threshold * 100:0.#}%)\n");
        foreach (var f in findings)
        {
            var change = f.Slowdown is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s * 100:+0.0;-0.0}%") : "-";
            sb.Append(CultureInfo.InvariantCulture, $"{f.Workload.PadRight(width)}   {change,6}   {f.Note}\n");
        }

        var bad = findings.Where(f => f.Regressed).Select(f => f.Workload).ToList();
        sb.Append(bad.Count == 0 ? "No regression.\n" : $"Regressed: {string.Join(", ", bad)}\n");
        return sb.ToString();
    }

    /// <summary>Parses "10%", "10" (percent) or "0.1".</summary>
    public static double ParseThreshold(string text)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        var value = double.Parse(percent ? t[..^1] : t, CultureInfo.InvariantCulture);
        return percent || value >= 1 ? value / 100 : value;
    }
}
