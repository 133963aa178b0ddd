using System.Globalization;
using System.Text;

namespace ProtoPython.PerfTool.Results;

/// <summary>
/// The side-by-side table: a time column per suite (median ± standard deviation, in ms) and a
/// ratio column per comparison ("subject vs reference": "2.31x faster" means the subject takes
/// 2.31 times less time). A ratio is marked "~" when the runs overlap, so the difference may be
/// noise. The last row is the geometric mean of each ratio column over the workloads both sides
/// completed.
/// </summary>
public sealed class ComparisonTable
{
    private readonly List<PerfSuite> _suites;
    private readonly List<(int Subject, int Reference)> _comparisons;

    private readonly Metric _metric;

    public ComparisonTable(List<PerfSuite> suites, List<(int Subject, int Reference)> comparisons, Metric metric = Metric.Wall)
    {
        _suites = suites;
        _metric = metric;
        _comparisons = comparisons;
        Workloads = suites.SelectMany(s => s.Benchmarks.Select(b => b.Name).Concat(s.Failures.Keys)).Distinct().ToList();
    }

    /// <summary>Ratios for the run table: the first suite against every other one.</summary>
    public static ComparisonTable SubjectVersusReferences(List<PerfSuite> suites, Metric metric = Metric.Wall) =>
        new(suites, Enumerable.Range(1, Math.Max(0, suites.Count - 1)).Select(i => (0, i)).ToList(), metric);

    public List<string> Workloads { get; }

    /// <summary>reference median / subject median for one workload, or null when either side has no values.</summary>
    public double? Ratio(string workload, int comparison, out bool significant)
    {
        var (s, r) = _comparisons[comparison];
        significant = false;
        var a = _suites[s].Find(workload);
        var b = _suites[r].Find(workload);
        var va = a?.Samples(_metric) ?? [];
        var vb = b?.Samples(_metric) ?? [];
        if (va.Count == 0 || vb.Count == 0)
        {
            return null;
        }

        var sa = Summary.Of(va);
        var sb = Summary.Of(vb);
        significant = sa.DiffersSignificantly(sb);
        return sb.Median / sa.Median;
    }

    public double GeometricMean(int comparison)
    {
        var ratios = Workloads.Select(w => Ratio(w, comparison, out _)).Where(r => r is not null).Select(r => r!.Value).ToList();
        return Stats.GeometricMean(ratios);
    }

    public string ComparisonHeader(int comparison)
    {
        var (s, r) = _comparisons[comparison];
        return _comparisons.Count == 1 && _suites.Count == 2 && s == 0 ? "ratio" : $"{_suites[s].Label} vs {_suites[r].Label}";
    }

    /// <summary>The table's cells, header row first.</summary>
    public List<string[]> Rows()
    {
        var rows = new List<string[]>
        {
            new[] { "Benchmark" }.Concat(_suites.Select(s => s.Label + (_metric == Metric.Cpu ? " (cpu ms)" : " (ms)")))
                .Concat(Enumerable.Range(0, _comparisons.Count).Select(ComparisonHeader)).ToArray(),
        };
        foreach (var w in Workloads)
        {
            var row = new List<string> { w };
            foreach (var suite in _suites)
            {
                var samples = suite.Find(w)?.Samples(_metric) ?? [];
                row.Add(suite.Failures.ContainsKey(w) ? "failed"
                    : samples.Count == 0 ? "-"
                    : FormatTime(Summary.Of(samples)));
            }

            for (var c = 0; c < _comparisons.Count; c++)
            {
                var ratio = Ratio(w, c, out var significant);
                row.Add(ratio is null ? "-" : Stats.DescribeSpeedup(ratio.Value) + (significant ? "" : " ~"));
            }

            rows.Add([.. row]);
        }

        var mean = new List<string> { "Geometric mean" };
        mean.AddRange(_suites.Select(_ => ""));
        mean.AddRange(Enumerable.Range(0, _comparisons.Count).Select(c => Stats.DescribeSpeedup(GeometricMean(c))));
        rows.Add([.. mean]);
        return rows;
    }

    private static string FormatTime(Summary s) =>
        s.Count > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Median * 1000:0.0} ± {s.StdDev * 1000:0.0}")
            : string.Create(CultureInfo.InvariantCulture, $"{s.Median * 1000:0.0}");

    /// <summary>Environment lines for the header: machine and options of the first suite, then each interpreter.</summary>
    public List<string> EnvironmentLines()
    {
        var lines = new List<string>();
        var first = _suites.FirstOrDefault();
        if (first is not null)
        {
            string M(string key) => first.Metadata[key]?.ToString() ?? "?";
            lines.Add($"Date: {M("date")} UTC   Commit: {M("protopython_commit")}");
            lines.Add($"CPU: {M("cpu_model_name")} ({M("cpu_count")} logical)   OS: {M("platform")}");
            lines.Add($".NET: {M("dotnet_runtime")}   Options: {M("runner_options")}");
        }

        foreach (var s in _suites)
        {
            lines.Add($"{s.Label}: {s.Metadata["python_executable"]?.ToString() ?? "?"} ({s.Metadata["python_version"]?.ToString() ?? "?"})");
        }

        return lines;
    }

    public string RenderText()
    {
        var sb = new StringBuilder();
        foreach (var line in EnvironmentLines())
        {
            sb.Append(line).Append('\n');
        }

        sb.Append('\n');
        var rows = Rows();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            sb.Append(string.Join("   ", cells).TrimEnd()).Append('\n');
        }

        sb.Append(Legend()).Append('\n');
        return sb.ToString();
    }

    public string RenderMarkdown()
    {
        var sb = new StringBuilder();
        foreach (var line in EnvironmentLines())
        {
            sb.Append("- ").Append(line).Append('\n');
        }

        sb.Append('\n');
        var rows = Rows();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Select(c => c.Replace("|", "\\|", StringComparison.Ordinal));
            if (i == rows.Count - 1)
            {
                cells = cells.Select(c => c.Length > 0 ? $"**{c}**" : c);
            }

            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (i == 0)
            {
                sb.Append('|').Append(string.Join('|', rows[0].Select((_, c) => c == 0 ? "---" : "---:"))).Append("|\n");
            }
        }

        sb.Append('\n').Append(Legend()).Append('\n');
        return sb.ToString();
    }

    private string Legend()
    {
        // One line per interpreter and reason, so "every workload failed the same way" stays short.
        var failed = _suites.SelectMany(s => s.Failures.GroupBy(f => f.Value, StringComparer.Ordinal)
            .Select(g => $"{s.Label}/{string.Join(",", g.Select(f => f.Key).Order(StringComparer.Ordinal))}: {g.Key}")).ToList();
        var what = _metric == Metric.Cpu ? "CPU time (user + system) of the interpreter process" : "wall time";
        var text = $"Times: {what}, median ± standard deviation of the measured runs. ~ = the runs overlap, the difference may be noise.";
        if (failed.Count > 0)
        {
            text += "\nFailed: " + string.Join("; ", failed.Take(20)) + (failed.Count > 20 ? $"; and {failed.Count - 20} more" : "");
        }

        return text;
    }
}
