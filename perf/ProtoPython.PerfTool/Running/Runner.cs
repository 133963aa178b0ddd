using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ProtoPython.PerfTool.Results;
using ProtoPython.PerfTool.Workloads;

namespace ProtoPython.PerfTool.Running;

/// <summary>
/// Measures workloads under several interpreters in alternation and returns one pyperf suite per
/// interpreter. A run that exits non-zero, times out or prints the wrong result marks that
/// workload failed for that interpreter (its remaining runs are skipped); it never stops the others.
/// </summary>
public sealed class Runner(RunOptions options, TextWriter progress)
{
    /// <summary>Workloads run with a fixed hash seed, as recorded, so their output is reproducible.</summary>
    public static readonly IReadOnlyDictionary<string, string> FixedEnvironment = new Dictionary<string, string>
    {
        ["PYTHONHASHSEED"] = "0",
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };

    public List<PerfSuite> Run(IReadOnlyList<Workload> workloads, string? repoRoot)
    {
        var interpreters = options.Interpreters;
        var commit = repoRoot is null ? null : MachineInfo.GitCommit(repoRoot);
        var suites = interpreters.Select(i => NewSuite(i, commit)).ToList();
        var env = MachineInfo.CurrentEnvironment();
        foreach (var (k, v) in FixedEnvironment)
        {
            env[k] = v;
        }

        // Warm-ups may write bytecode caches, so the measured runs start from current ones, as a
        // user's second run does: ProtoPython ignores a cache written by another build of its
        // compiler, and with writing off it would recompile the library at every measured run.
        // (Two different ProtoPython builds measured together still rewrite each other's caches.)
        var warmupEnv = new Dictionary<string, string>(env);
        warmupEnv.Remove("PYTHONDONTWRITEBYTECODE");
        var plan = Schedule.Plan(workloads.Count, interpreters.Count, options.Warmups, options.Runs);
        var benchmarks = new PerfBenchmark?[workloads.Count, interpreters.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        foreach (var step in plan)
        {
            var workload = workloads[step.Workload];
            var interpreter = interpreters[step.Interpreter];
            var suite = suites[step.Interpreter];
            done++;
            if (suite.Failures.ContainsKey(workload.Name))
            {
                continue;
            }

            Report(done, plan.Count, clock.Elapsed, workload, interpreter, step);
            var started = DateTime.UtcNow;
            var result = ChildProcess.Run([.. interpreter.Command, .. workload.Argv], step.IsWarmup ? warmupEnv : env, options.Timeout);
            var failure = Judge(workload, result, options.Timeout);
            if (failure is not null)
            {
                suite.Failures[workload.Name] = failure;
                if (benchmarks[step.Workload, step.Interpreter] is { } partial)
                {
                    suite.Benchmarks.Remove(partial);
                }

                progress.WriteLine($"\n  {workload.Name} failed under {interpreter.Label}: {PerfSuite.OneLine(failure)}");
                continue;
            }

            var benchmark = benchmarks[step.Workload, step.Interpreter] ??= AddBenchmark(suite, workload);
            var run = new PerfRun { Metadata = RunMetadata(started, result) };
            if (step.IsWarmup)
            {
                run.Warmups.Add((1, result.WallSeconds));
            }
            else
            {
                run.Values.Add(result.WallSeconds);
            }

            benchmark.Runs.Add(run);
        }

        if (options.Progress)
        {
            progress.WriteLine($"\r{plan.Count} executions in {FormatDuration(clock.Elapsed)}".PadRight(100));
        }

        if (options.JitStats)
        {
            RecordJitStats(workloads, suites, env);
        }

        return suites;
    }

    /// <summary>ProtoPython names itself in <c>--version</c> ("Python 3.14.0 (ProtoPython 0.1)").</summary>
    internal static bool IsProtoPython(PerfSuite suite) =>
        suite.Metadata["python_version"]?.GetValue<string>().Contains("ProtoPython", StringComparison.Ordinal) == true;

    /// <summary>
    /// One extra run per workload under each ProtoPython interpreter with <c>-X jit-stats=json:FILE</c>:
    /// not timed (counting slows the eval loop), and the counts are deterministic, so one run is enough.
    /// A run that fails leaves that workload without statistics; its timings stand.
    /// </summary>
    private void RecordJitStats(IReadOnlyList<Workload> workloads, List<PerfSuite> suites, Dictionary<string, string> env)
    {
        var targets = Enumerable.Range(0, suites.Count).Where(i => IsProtoPython(suites[i])).ToList();
        if (targets.Count == 0)
        {
            progress.WriteLine("perf: --jit-stats: no interpreter is ProtoPython (by its --version), so no statistics were recorded");
            return;
        }

        var dir = Directory.CreateTempSubdirectory("perf-jit-stats-");
        try
        {
            foreach (var workload in workloads)
            {
                foreach (var i in targets.Where(i => !suites[i].Failures.ContainsKey(workload.Name)))
                {
                    var interpreter = options.Interpreters[i];
                    var file = Path.Combine(dir.FullName, $"{i}.{workload.Name}.json");
                    if (options.Progress)
                    {
                        progress.WriteLine($"jit-stats: {workload.Name} under {interpreter.Label}");
                    }

                    var result = ChildProcess.Run([.. interpreter.Command, "-X", "jit-stats=json:" + file, .. workload.Argv], env, options.Timeout);
                    var failure = Judge(workload, result, options.Timeout) ?? (File.Exists(file) ? null : "it wrote no statistics file");
                    if (failure is not null)
                    {
                        progress.WriteLine($"  no JIT statistics for {workload.Name} under {interpreter.Label}: {PerfSuite.OneLine(failure)}");
                        continue;
                    }

                    suites[i].JitStats[workload.Name] = JitStats.Load(file);
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Null when the run counts, else why the workload failed.</summary>
    internal static string? Judge(Workload workload, ChildResult result, TimeSpan timeout)
    {
        if (result.StartError is not null)
        {
            return result.StartError;
        }

        if (result.TimedOut)
        {
            return $"timed out after {timeout.TotalSeconds:0} s";
        }

        if (result.ExitCode != 0)
        {
            // A traceback ends with the exception; any other message (usage, fatal error) starts with it.
            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var tail = result.Stderr.Contains("Traceback (most recent call last)", StringComparison.Ordinal) ? lines.LastOrDefault() : lines.FirstOrDefault();
            return (result.ExitCode < 0 ? $"killed by signal {-result.ExitCode}" : $"exit code {result.ExitCode}")
                + (tail is null ? "" : ": " + tail);
        }

        if (!workload.IsCorrect(result.Stdout))
        {
            var got = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            var expected = workload.ExpectedOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            return $"wrong result: got '{Clip(got)}', expected '{Clip(expected)}'";
        }

        return null;
    }

    private static string Clip(string s) => s.Length > 80 ? s[..77] + "..." : s;

    private static PerfBenchmark AddBenchmark(PerfSuite suite, Workload workload)
    {
        var benchmark = new PerfBenchmark
        {
            Name = workload.Name,
            Metadata = new JsonObject
            {
                ["unit"] = "second",
                ["loops"] = 1,
                ["tags"] = new JsonArray(workload.Tags.Select(t => (JsonNode)t).ToArray()),
                ["description"] = workload.Description,
                ["workload_size"] = workload.Size,
            },
        };
        suite.Benchmarks.Add(benchmark);
        return benchmark;
    }

    private static JsonObject RunMetadata(DateTime started, ChildResult result)
    {
        var metadata = new JsonObject
        {
            ["date"] = started.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            ["duration"] = result.WallSeconds,
            ["cpu_user_time"] = result.UserSeconds,
            ["cpu_system_time"] = result.SystemSeconds,
        };
        if (result.MaxRssBytes > 0)
        {
            metadata["command_max_rss"] = result.MaxRssBytes;
        }

        if (MachineInfo.LoadAverage() is { } load)
        {
            metadata["load_avg_1min"] = load;
        }

        return metadata;
    }

    private PerfSuite NewSuite(Interpreter interpreter, string? commit)
    {
        var metadata = new JsonObject
        {
            ["perf_tool"] = "ProtoPython.PerfTool 1",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["cpu_model_name"] = MachineInfo.CpuModel(),
            ["cpu_count"] = Environment.ProcessorCount,
            ["platform"] = MachineInfo.Platform(),
            ["hostname"] = Environment.MachineName,
            ["dotnet_runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["python_executable"] = string.Join(" ", interpreter.Command),
            ["python_version"] = MachineInfo.InterpreterVersion(interpreter),
            ["python_hash_seed"] = 0,
            ["runner_options"] = options.Describe(),
        };
        if (commit is not null)
        {
            metadata["protopython_commit"] = commit;
        }

        return new PerfSuite { Label = interpreter.Label, Metadata = metadata };
    }

    private void Report(int done, int total, TimeSpan elapsed, Workload workload, Interpreter interpreter, ScheduledRun step)
    {
        if (!options.Progress)
        {
            return;
        }

        var left = done > 1 ? TimeSpan.FromTicks(elapsed.Ticks / (done - 1) * (total - done + 1)) : TimeSpan.Zero;
        var kind = step.IsWarmup ? $"warm-up {step.Round + 1}/{options.Warmups}" : $"run {step.Round - options.Warmups + 1}/{options.Runs}";
        var line = $"[{done,4}/{total}] {workload.Name,-14} {interpreter.Label,-12} {kind,-12} elapsed {FormatDuration(elapsed)}, ~{FormatDuration(left)} left";
        if (Console.IsErrorRedirected)
        {
            progress.WriteLine(line);
        }
        else
        {
            progress.Write("\r" + line.PadRight(100));
        }
    }

    internal static string FormatDuration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds:00}s" : $"{t.TotalSeconds:0}s";
}
