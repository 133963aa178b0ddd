using System.Xml.Linq;
using ProtoPython.PerfTool;
using ProtoPython.PerfTool.History;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.Perf.Tests;

public sealed class HistoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perf-history-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static HistoryRecord Record(string commit, DateTime date, double protopyFactor)
    {
        var reference = PerfSuite.Load(PerfPaths.Data("baseline.json"));
        var subject = TestSuites.Scaled(reference, protopyFactor);
        subject.Label = "protopy";
        return new HistoryRecord { Commit = commit, Date = date, Suites = [subject, reference] };
    }

    [Fact]
    public void Records_are_stored_one_per_commit_and_load_oldest_first()
    {
        var history = Path.Combine(_dir, "history");
        Record("bbbbbbbbbbbb", new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc), 0.5).Save(history);
        Record("aaaaaaaaaaaa", new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc), 1.0).Save(history);
        var all = HistoryRecord.LoadAll(history);
        Assert.Equal(["aaaaaaaaaaaa", "bbbbbbbbbbbb"], all.Select(r => r.Commit));
        Assert.Equal(["protopy", "python3.14"], all[1].Suites.Select(s => s.Label));
        Assert.Equal(2.0, HtmlReport.GeoMean(all[1], "python3.14", Metric.Wall)!.Value, 9);
    }

    [Fact]
    public void Report_renders_well_formed_svg_charts_and_a_page()
    {
        var records = new[]
        {
            Record("aaaaaaaaaaaa", new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc), 1.0),
            Record("bbbbbbbbbbbb", new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc), 0.5),
        };
        var page = HtmlReport.Write(records, Path.Combine(_dir, "report"));
        var html = File.ReadAllText(page);
        Assert.Contains("<h1>ProtoPython performance history</h1>", html, StringComparison.Ordinal);
        Assert.Contains("2.00x faster", html, StringComparison.Ordinal);
        var charts = Directory.GetFiles(Path.Combine(_dir, "report", "charts"), "*.svg");
        // geomean, latest ratios, one per workload (fib, float, nbody, short, startup)
        Assert.Equal(7, charts.Length);
        foreach (var chart in charts)
        {
            var svg = XDocument.Parse(File.ReadAllText(chart));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
        }

        var geomean = XDocument.Parse(File.ReadAllText(Path.Combine(_dir, "report", "charts", "geomean.svg")));
        var line = Assert.Single(geomean.Descendants(), e => e.Name.LocalName == "polyline");
        Assert.Equal(2, line.Attribute("points")!.Value.Split(' ').Length);
    }

    [Fact]
    public void Entries_of_another_subject_are_left_out_of_the_ratios()
    {
        // The first real entry measured CPython 3.14 against 3.13, before ProtoPython ran programs.
        var reference = PerfSuite.Load(PerfPaths.Data("baseline.json"));
        var older = TestSuites.Scaled(reference, 1.3);
        older.Label = "python3.13";
        var early = new HistoryRecord { Commit = "cccccccccccc", Date = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), Suites = [reference, older] };
        var records = new[] { early, Record("aaaaaaaaaaaa", new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc), 0.5) };
        var page = File.ReadAllText(HtmlReport.Write(records, Path.Combine(_dir, "report")));
        Assert.Contains("left out of the ratios: ccccccc (python3.14)", page, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "report", "charts", "latest-vs-python3.13.svg")));
        var geomean = XDocument.Parse(File.ReadAllText(Path.Combine(_dir, "report", "charts", "geomean.svg")));
        Assert.Equal(["vs python3.14"], geomean.Descendants().Where(e => e.Name.LocalName == "text" && e.Value.StartsWith("vs ", StringComparison.Ordinal)).Select(e => e.Value));
    }

    [Fact]
    public void History_add_and_report_commands()
    {
        var results = Path.Combine(_dir, "results");
        Cli.WriteResults([PerfSuite.Load(PerfPaths.Data("protopy-failed.json")), PerfSuite.Load(PerfPaths.Data("baseline.json"))], results);
        var history = Path.Combine(_dir, "history");
        Assert.Equal(0, Cli.Execute(["history", "add", results, "--history", history, "--note", "test"], TextWriter.Null, TextWriter.Null));
        var record = Assert.Single(HistoryRecord.LoadAll(history));
        Assert.Equal("protopy", record.Suites[0].Label);
        Assert.Equal("test", record.Note);
        var output = new StringWriter();
        Assert.Equal(0, Cli.Execute(["report", "--history", history, "--out", Path.Combine(_dir, "out")], output, TextWriter.Null));
        Assert.Contains("1 history entries", output.ToString(), StringComparison.Ordinal);
        // The subject failed everything: the charts say so instead of failing.
        Assert.Contains("no data", File.ReadAllText(Path.Combine(_dir, "out", "charts", "geomean.svg")), StringComparison.Ordinal);
    }
}
