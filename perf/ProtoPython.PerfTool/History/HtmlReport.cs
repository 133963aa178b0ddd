using System.Security;
using System.Text;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.PerfTool.History;

/// <summary>
/// Renders perf/history as one self-contained HTML page (inline SVG, no script) plus each chart
/// as its own .svg file: the geometric-mean ratio over commits, the latest entry's ratio per
/// workload, the latest table, and one chart per workload with each interpreter's median time.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes index.html and charts/*.svg into <paramref name="outFolder"/>; returns the page's path.</summary>
    public static string Write(IReadOnlyList<HistoryRecord> records, string outFolder, Metric metric = Metric.Wall)
    {
        var charts = Path.Combine(outFolder, "charts");
        Directory.CreateDirectory(charts);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ProtoPython performance history</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:28px}")
            .Append(".grid{display:flex;flex-wrap:wrap;gap:12px}.grid svg{border:1px solid #ddd}table{border-collapse:collapse;font-size:13px}")
            .Append("td,th{border:1px solid #ccc;padding:3px 8px}td:not(:first-child){text-align:right}.env{font-size:12px;color:#555}</style></head><body>\n")
            .Append("<h1>ProtoPython performance history</h1>\n");
        if (records.Count == 0)
        {
            page.Append("<p>No history yet: measure with <code>perf/run run</code>, then <code>perf/run history add</code>.</p></body></html>\n");
            return Save(outFolder, page);
        }

        var xLabels = records.Select(r => r.ShortCommit.Length > 7 ? r.ShortCommit[..7] : r.ShortCommit).ToList();
        var latest = records[^1];
        var subject = latest.Suites[0].Label;
        // Ratios only from entries whose subject is the latest one's (an early entry may have measured another).
        var sameSubject = records.Where(r => r.Suites[0].Label == subject).ToList();
        var references = sameSubject.SelectMany(r => r.Suites.Skip(1).Select(s => s.Label)).Distinct().ToList();
        var others = records.Where(r => r.Suites[0].Label != subject).Select(r => $"{r.ShortCommit[..Math.Min(7, r.ShortCommit.Length)]} ({r.Suites[0].Label})").ToList();
        page.Append($"<p>{records.Count} entries, {Esc(records[0].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))} to {Esc(latest.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}. ")
            .Append($"Ratios are <b>{Esc(subject)}</b> against each reference: above 1 (right of the line) means {Esc(subject)} is faster.")
            .Append(others.Count == 0 ? "" : $" Entries measuring another subject, left out of the ratios: {Esc(string.Join(", ", others))}.")
            .Append("</p>\n");

        page.Append("<h2>Overview</h2>\n<div class=\"grid\">\n");
        var geomean = references.Select(reference => new Series($"vs {reference}", records.Select(r => r.Suites[0].Label == subject ? GeoMean(r, reference, metric) : null).ToList())).ToList();
        Emit(page, charts, "geomean", SvgChart.Line($"Geometric mean speed ratio, {subject}", xLabels, geomean, "ratio (x faster)", 1.0));
        foreach (var reference in latest.Suites.Skip(1).Select(s => s.Label))
        {
            var bars = LatestRatios(latest, reference, metric);
            Emit(page, charts, "latest-vs-" + Slug(reference), SvgChart.RatioBars($"Latest ({xLabels[^1]}): {subject} vs {reference}", bars));
        }

        page.Append("</div>\n<h2>Latest entry</h2>\n<div class=\"env\">");
        var table = ComparisonTable.SubjectVersusReferences(latest.Suites, metric);
        foreach (var line in table.EnvironmentLines())
        {
            page.Append(Esc(line)).Append("<br>");
        }

        if (latest.Note.Length > 0)
        {
            page.Append("Note: ").Append(Esc(latest.Note));
        }

        page.Append("</div>\n<table>\n");
        var rows = table.Rows();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var tag = i == 0 ? "th" : "td";
            page.Append("<tr>").Append(string.Concat(row.Select(c => $"<{tag}>{Esc(c)}</{tag}>"))).Append("</tr>\n");
        }

        page.Append($"</table>\n<p class=\"env\">Times in ms ({(metric == Metric.Cpu ? "CPU time of the interpreter process" : "wall time")}): median ± standard deviation. ~ = the runs overlap, the difference may be noise.</p>\n");

        page.Append("<h2>Per workload: median time over commits</h2>\n<div class=\"grid\">\n");
        var labels = records.SelectMany(r => r.Suites.Select(s => s.Label)).Distinct().ToList();
        var workloads = records.SelectMany(r => r.Suites.SelectMany(s => s.Benchmarks.Select(b => b.Name).Concat(s.Failures.Keys))).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var w in workloads)
        {
            var series = labels.Select(label => new Series(label, records.Select(r => MedianMs(r, label, w, metric)).ToList())).ToList();
            Emit(page, charts, "workload-" + Slug(w), SvgChart.Line(w, xLabels, series, metric == Metric.Cpu ? "cpu ms" : "ms", fromZero: true));
        }

        page.Append("</div>\n</body></html>\n");
        return Save(outFolder, page);
    }

    internal static double? GeoMean(HistoryRecord record, string reference, Metric metric)
    {
        var index = record.Suites.FindIndex(s => s.Label == reference);
        if (index <= 0)
        {
            return null;
        }

        var table = new ComparisonTable(record.Suites, [(0, index)], metric);
        var g = table.GeometricMean(0);
        return double.IsNaN(g) ? null : g;
    }

    private static List<(string, double)> LatestRatios(HistoryRecord record, string reference, Metric metric)
    {
        var index = record.Suites.FindIndex(s => s.Label == reference);
        if (index <= 0)
        {
            return [];
        }

        var table = new ComparisonTable(record.Suites, [(0, index)], metric);
        return table.Workloads.Select(w => (w, table.Ratio(w, 0, out _))).Where(x => x.Item2 is not null).Select(x => (x.w, x.Item2!.Value)).ToList();
    }

    private static double? MedianMs(HistoryRecord record, string label, string workload, Metric metric)
    {
        var samples = record.Suites.Find(s => s.Label == label)?.Find(workload)?.Samples(metric) ?? [];
        return samples.Count == 0 ? null : Summary.Of(samples).Median * 1000;
    }

    private static void Emit(StringBuilder page, string charts, string name, string svg)
    {
        File.WriteAllText(Path.Combine(charts, name + ".svg"), svg + "\n");
        page.Append(svg).Append('\n');
    }

    private static string Save(string folder, StringBuilder page)
    {
        var path = Path.Combine(folder, "index.html");
        File.WriteAllText(path, page.ToString());
        return path;
    }

    private static string Slug(string s) => string.Concat(s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-'));

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
