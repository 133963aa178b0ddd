namespace ProtoPython.PerfTool.Running;

/// <summary>An interpreter under measurement: a label for tables and a command (program and fixed options).</summary>
public sealed record Interpreter(string Label, IReadOnlyList<string> Command)
{
    /// <summary>Parses <c>LABEL=COMMAND</c> (the command split on spaces, e.g. <c>py313=python3.13 -X jit=off</c>).</summary>
    public static Interpreter Parse(string spec)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == spec.Length - 1)
        {
            throw new ArgumentException($"--ref expects LABEL=COMMAND, got '{spec}'");
        }

        return new Interpreter(spec[..eq], spec[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>The options of one <c>perf/run run</c>.</summary>
public sealed record RunOptions
{
    public required IReadOnlyList<Interpreter> Interpreters { get; init; }
    public int Runs { get; init; } = 5;
    public int Warmups { get; init; } = 1;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);
    public bool Progress { get; init; } = true;

    /// <summary>Also record <c>--jit-stats</c> counts: one extra, untimed run per workload under each ProtoPython.</summary>
    public bool JitStats { get; init; }

    /// <summary>The line recorded in each suite's metadata (<c>runner_options</c>).</summary>
    public string Describe() => $"runs={Runs} warmups={Warmups} timeout={Timeout.TotalSeconds:0}s order=alternating";
}
