using System.Text.Json.Nodes;
using ProtoPython.PerfTool;
using ProtoPython.PerfTool.History;
using ProtoPython.PerfTool.Results;
using ProtoPython.PerfTool.Running;
using ProtoPython.PerfTool.Workloads;

try
{
    return Cli.Execute(args, Console.Out, Console.Error);
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException or IOException or PlatformNotSupportedException)
{
    Console.Error.WriteLine("perf: " + e.Message);
    return 2;
}

namespace ProtoPython.PerfTool
{
    /// <summary>The subcommands of <c>perf/run</c>. Exit codes: 0 fine, 1 regression or failure found, 2 usage error.</summary>
    public static class Cli
    {
        public const string Usage = """
            usage: perf/run COMMAND ...
              run      [--protopy CMD | --no-protopy] [--ref LABEL=CMD ...] [--runs N] [--warmups N]
                       [--timeout SECONDS] [--only NAME,...] [--tag TAG,...] [--quick] [--out DIR]
                       [--workloads DIR] [--no-progress] [--jit-stats]
                       measure the workloads, write DIR/<label>.json (pyperf format), DIR/table.md;
                       --jit-stats: also DIR/<label>.<workload>.jit-stats.json (ProtoPython only)
              compare  BASE NEW [--label L] [--markdown FILE]       NEW relative to BASE, and the
                       difference of the JIT statistics when both carry them; BASE and NEW are
                       result files or history records (their first suite, or the one labelled L)
              check    --baseline FILE [--threshold 10%] CURRENT.json   exit 1 on a regression
              (run, compare, check and report take --metric wall|cpu: wall time, the default, or the
               child's user+system CPU time, which a busy machine disturbs much less)
              history  add RESULT_DIR [--commit C] [--note TEXT] [--history DIR]
              report   [--history DIR] [--out DIR]                 SVG charts and index.html
              validate FILE.json ...                                check files against pyperf's format
              list     [--workloads DIR]                            the workloads and their sizes
            """;

        public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }

            var rest = args[1..];
            return args[0] switch
            {
                "run" => Run(new CommandLine(rest, new HashSet<string> { "no-protopy", "quick", "no-progress", "jit-stats" }), stdout, stderr),
                "compare" => Compare(new CommandLine(rest, new HashSet<string>()), stdout),
                "check" => Check(new CommandLine(rest, new HashSet<string>()), stdout),
                "history" => HistoryAdd(new CommandLine(rest, new HashSet<string>()), stdout),
                "report" => Report(new CommandLine(rest, new HashSet<string>()), stdout),
                "validate" => Validate(rest, stdout),
                "list" => List(new CommandLine(rest, new HashSet<string>()), stdout),
                _ => throw new ArgumentException($"unknown command '{args[0]}'\n{Usage}"),
            };
        }

        /// <summary>The repository root: the nearest folder above the working directory holding ProtoPython.sln.</summary>
        public static string? RepoRoot(string? start = null)
        {
            var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProtoPython.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName;
        }

        private static string InRepo(string? root, params string[] parts) =>
            root is null ? throw new ArgumentException("not inside the ProtoPython repository; pass the folder explicitly")
                : Path.Combine([root, .. parts]);

        private static void RejectUnknown(CommandLine cl, params string[] known)
        {
            if (cl.Unknown(known).FirstOrDefault() is { } bad)
            {
                throw new ArgumentException($"unknown option --{bad}");
            }
        }

        private static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
        {
            RejectUnknown(cl, "metric", "protopy", "no-protopy", "ref", "runs", "warmups", "timeout", "only", "tag", "quick", "out", "workloads", "no-progress", "jit-stats");
            var root = RepoRoot();
            var interpreters = new List<Interpreter>();
            if (!cl.Flag("no-protopy"))
            {
                var protopy = cl.Get("protopy") ?? InRepo(root, "protopy");
                interpreters.Add(new Interpreter("protopy", protopy.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }

            interpreters.AddRange(cl.All("ref").Select(Interpreter.Parse));
            if (interpreters.Count == 0)
            {
                throw new ArgumentException("nothing to measure: give --ref LABEL=CMD or drop --no-protopy");
            }

            if (interpreters.Select(i => i.Label).Distinct().Count() != interpreters.Count)
            {
                throw new ArgumentException("interpreter labels must differ");
            }

            var quick = cl.Flag("quick");
            var options = new RunOptions
            {
                Interpreters = interpreters,
                Runs = cl.Int("runs", quick ? 1 : 5),
                Warmups = cl.Int("warmups", quick ? 0 : 1),
                Timeout = TimeSpan.FromSeconds(cl.Int("timeout", 120)),
                Progress = !cl.Flag("no-progress"),
                JitStats = cl.Flag("jit-stats"),
            };
            if (options.Runs < 1 || options.Warmups < 0)
            {
                throw new ArgumentException("--runs must be >= 1 and --warmups >= 0");
            }

            var all = WorkloadCatalog.Load(cl.Get("workloads") ?? InRepo(root, "perf", "workloads"));
            var only = cl.List("only");
            if (quick && only.Count == 0 && cl.List("tag").Count == 0)
            {
                only = ["startup", "short"];
            }

            var workloads = WorkloadCatalog.Select(all, only, cl.List("tag"));
            var outDir = cl.Get("out") ?? Path.Combine(root ?? ".", "artifacts", "perf", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
            stderr.WriteLine($"perf: {workloads.Count} workloads x {interpreters.Count} interpreters x ({options.Warmups} warm-up + {options.Runs} runs), alternating; results in {outDir}");

            var suites = new Runner(options, stderr).Run(workloads, root);
            WriteResults(suites, outDir);
            var table = ComparisonTable.SubjectVersusReferences(suites, ParseMetric(cl));
            var markdown = table.RenderMarkdown();
            File.WriteAllText(Path.Combine(outDir, "table.md"), markdown);
            stdout.Write(table.RenderText());
            var stats = suites.Sum(s => s.JitStats.Count);
            stdout.WriteLine($"\nWrote {string.Join(", ", suites.Select(s => FileFor(outDir, s)))} and table.md"
                + (stats > 0 ? $", and {stats} JIT statistics files" : ""));
            return 0;
        }

        internal static string FileFor(string outDir, PerfSuite suite) =>
            Path.Combine(outDir, string.Concat(suite.Label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')) + ".json");

        /// <summary>Writes each suite and run.json, which lists the files in column order (subject first).</summary>
        internal static void WriteResults(List<PerfSuite> suites, string outDir)
        {
            Directory.CreateDirectory(outDir);
            foreach (var suite in suites)
            {
                suite.Save(FileFor(outDir, suite));
            }

            var manifest = new JsonObject { ["suites"] = new JsonArray(suites.Select(s => (JsonNode)Path.GetFileName(FileFor(outDir, s))).ToArray()) };
            File.WriteAllText(Path.Combine(outDir, "run.json"), manifest.ToJsonString() + "\n");
        }

        /// <summary>The suites of a result folder (in run.json's order) or of the given files.</summary>
        internal static List<PerfSuite> LoadSuites(IEnumerable<string> paths)
        {
            var result = new List<PerfSuite>();
            foreach (var path in paths)
            {
                if (Directory.Exists(path))
                {
                    var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(path, "run.json")))!["suites"]!.AsArray();
                    result.AddRange(manifest.Select(f => PerfSuite.Load(Path.Combine(path, f!.GetValue<string>()))));
                }
                else
                {
                    result.Add(PerfSuite.Load(path));
                }
            }

            return result;
        }

        private static int Compare(CommandLine cl, TextWriter stdout)
        {
            RejectUnknown(cl, "markdown", "metric", "label");
            if (cl.Positionals.Count != 2)
            {
                throw new ArgumentException("compare expects two result files: BASE.json NEW.json");
            }

            var suites = cl.Positionals.Select(p => LoadSuiteOrRecord(p, cl.Get("label"))).ToList();
            if (suites[0].Label == suites[1].Label)
            {
                // Two commits of the same interpreter: tell the columns apart by file.
                for (var i = 0; i < 2; i++)
                {
                    suites[i].Label = Path.GetFileNameWithoutExtension(cl.Positionals[i]) is var stem && stem != suites[i].Label
                        ? $"{suites[i].Label}:{stem}" : $"{suites[i].Label}#{i + 1}";
                }
            }

            var table = new ComparisonTable(suites, [(1, 0)], ParseMetric(cl));
            stdout.Write(table.RenderText());
            stdout.Write(JitStatsDiff.Render(suites[0], suites[1]));
            if (cl.Get("markdown") is { } md)
            {
                File.WriteAllText(md, table.RenderMarkdown());
            }

            return 0;
        }

        /// <summary>A pyperf result file, or one suite of a history record: the one labelled <paramref name="label"/>, else the subject.</summary>
        internal static PerfSuite LoadSuiteOrRecord(string path, string? label)
        {
            if (!HistoryRecord.IsRecord(path))
            {
                return PerfSuite.Load(path);
            }

            var record = HistoryRecord.Load(path);
            var suite = label is null ? record.Suites.FirstOrDefault() : record.Suites.Find(s => s.Label == label);
            return suite ?? throw new ArgumentException($"{path}: no suite{(label is null ? "" : $" labelled '{label}'")} (it has {string.Join(", ", record.Suites.Select(s => s.Label))})");
        }

        private static int Check(CommandLine cl, TextWriter stdout)
        {
            RejectUnknown(cl, "baseline", "threshold", "metric");
            var baselinePath = cl.Get("baseline") ?? throw new ArgumentException("check needs --baseline FILE");
            if (cl.Positionals.Count != 1)
            {
                throw new ArgumentException("check expects one current result file");
            }

            var threshold = RegressionCheck.ParseThreshold(cl.Get("threshold") ?? "10%");
            var findings = RegressionCheck.Evaluate(PerfSuite.Load(baselinePath), PerfSuite.Load(cl.Positionals[0]), threshold, ParseMetric(cl));
            stdout.Write(RegressionCheck.Render(findings, threshold));
            return findings.Any(f => f.Regressed) ? 1 : 0;
        }

        private static int HistoryAdd(CommandLine cl, TextWriter stdout)
        {
            RejectUnknown(cl, "commit", "note", "history", "date");
            if (cl.Positionals.Count < 2 || cl.Positionals[0] != "add")
            {
                throw new ArgumentException("usage: history add RESULT_DIR|FILES... [--commit C] [--note TEXT]");
            }

            var suites = LoadSuites(cl.Positionals.Skip(1));
            var commit = cl.Get("commit") ?? suites[0].Metadata["protopython_commit"]?.GetValue<string>() ?? "unknown";
            var date = cl.Get("date") is { } d
                ? DateTime.Parse(d, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)
                : DateTime.UtcNow;
            var record = new HistoryRecord { Commit = commit, Date = date, Note = cl.Get("note") ?? "", Suites = suites };
            var folder = cl.Get("history") ?? InRepo(RepoRoot(), "perf", "history");
            record.Save(folder);
            stdout.WriteLine($"history: added {Path.Combine(folder, record.FileName)} ({suites.Count} interpreters, commit {record.ShortCommit})");
            return 0;
        }

        private static int Report(CommandLine cl, TextWriter stdout)
        {
            RejectUnknown(cl, "history", "out", "metric");
            var root = RepoRoot();
            var folder = cl.Get("history") ?? InRepo(root, "perf", "history");
            var outDir = cl.Get("out") ?? Path.Combine(root ?? ".", "artifacts", "perf", "report");
            var records = HistoryRecord.LoadAll(folder);
            var page = HtmlReport.Write(records, outDir, ParseMetric(cl));
            stdout.WriteLine($"report: {records.Count} history entries -> {page}");
            return 0;
        }

        private static Metric ParseMetric(CommandLine cl) => cl.Get("metric") switch
        {
            null or "wall" => Metric.Wall,
            "cpu" => Metric.Cpu,
            var other => throw new ArgumentException($"--metric is wall or cpu, not '{other}'"),
        };

        private static int Validate(string[] files, TextWriter stdout)
        {
            var validator = SchemaValidator.Pyperf();
            var bad = 0;
            foreach (var file in files)
            {
                var errors = validator.Validate(JsonNode.Parse(File.ReadAllText(file)));
                stdout.WriteLine(errors.Count == 0 ? $"{file}: valid pyperf 1.0" : $"{file}: {errors.Count} errors\n  " + string.Join("\n  ", errors.Take(20)));
                bad += errors.Count > 0 ? 1 : 0;
            }

            return bad > 0 ? 1 : 0;
        }

        private static int List(CommandLine cl, TextWriter stdout)
        {
            RejectUnknown(cl, "workloads");
            foreach (var w in WorkloadCatalog.Load(cl.Get("workloads") ?? InRepo(RepoRoot(), "perf", "workloads")))
            {
                stdout.WriteLine($"{w.Name,-14} [{string.Join(", ", w.Tags)}] {w.Size}");
            }

            return 0;
        }
    }
}
