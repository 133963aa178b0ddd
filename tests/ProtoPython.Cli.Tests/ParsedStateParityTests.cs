using System.Text.Json;

namespace ProtoPython.Cli.Tests;

/// <summary>
/// For each recorded command line that ran, what we parse and resolve equals what CPython's
/// program saw: sys.argv, sys._xoptions, sys.warnoptions and the sys.flags fields options decide.
/// </summary>
public sealed class ParsedStateParityTests
{
    /// <summary>The sys.flags fields we model (utf8_mode depends on the locale, gil and the context flags on the build).</summary>
    private static readonly (string Field, Func<RuntimeFlags, int> Get)[] s_flags =
    [
        ("debug", f => f.Debug),
        ("inspect", f => f.Inspect),
        ("interactive", f => f.Interactive),
        ("optimize", f => f.Optimize),
        ("dont_write_bytecode", f => f.DontWriteBytecode),
        ("no_user_site", f => f.NoUserSite),
        ("no_site", f => f.NoSite),
        ("ignore_environment", f => f.IgnoreEnvironment),
        ("verbose", f => f.Verbose),
        ("bytes_warning", f => f.BytesWarning),
        ("quiet", f => f.Quiet),
        ("hash_randomization", f => f.HashRandomization),
        ("isolated", f => f.Isolated),
        ("dev_mode", f => f.DevMode ? 1 : 0),
        ("warn_default_encoding", f => f.WarnDefaultEncoding),
        ("safe_path", f => f.SafePath ? 1 : 0),
        ("int_max_str_digits", f => f.IntMaxStrDigits),
    ];

    public static TheoryData<string> StateCases() => Recorded.Names(withState: true);

    [Fact]
    public void RecordingHoldsEnoughCases()
    {
        Assert.True(StateCases().Count >= 30, $"only {StateCases().Count} recorded command lines with state");
    }

    [Theory]
    [MemberData(nameof(StateCases))]
    public void ArgvMatches(string name)
    {
        var c = Recorded.Cases[name];
        var options = Parse(c);
        var expected = c.State!.Value.GetProperty("argv").EnumerateArray().Select(e => e.GetString()!).ToList();
        if (options.Module is not null)
        {
            // runpy replaces argv[0] with the module's file once found; before that it is "-m".
            Assert.Equal("{tmp}/" + options.Module + ".py", expected[0]);
            expected[0] = "-m";
        }

        Assert.Equal(expected, options.Argv);
    }

    [Theory]
    [MemberData(nameof(StateCases))]
    public void XOptionsMatch(string name)
    {
        var c = Recorded.Cases[name];
        var expected = c.State!.Value.GetProperty("xoptions").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.True ? null : p.Value.GetString(), StringComparer.Ordinal);
        var actual = Parse(c).XOptions;
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StateCases))]
    public void WarnOptionsMatch(string name)
    {
        var c = Recorded.Cases[name];
        var expected = c.State!.Value.GetProperty("warnoptions").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(expected, Resolve(c).WarnOptions);
    }

    [Theory]
    [MemberData(nameof(StateCases))]
    public void FlagsMatch(string name)
    {
        var c = Recorded.Cases[name];
        var flags = Resolve(c);
        var recorded = c.State!.Value.GetProperty("flags");
        var differences = new List<string>();
        foreach (var (field, get) in s_flags)
        {
            var value = recorded.GetProperty(field);
            int expected = value.ValueKind switch
            {
                JsonValueKind.True => 1,
                JsonValueKind.False => 0,
                _ => value.GetInt32(),
            };
            if (get(flags) != expected)
            {
                differences.Add($"{field}: CPython {expected}, ours {get(flags)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(StateCases))]
    public void ProgramKindMatchesArgv(string name)
    {
        var options = Parse(Recorded.Cases[name]);
        int kinds = (options.Command is null ? 0 : 1) + (options.Module is null ? 0 : 1) + (options.Script is null ? 0 : 1);
        Assert.True(kinds <= 1, "at most one of -c, -m and a script");
        if (options.Script is not null)
        {
            Assert.Equal(options.Script, options.Argv[0]);
        }
    }

    [Fact]
    public void CommandTakesTheRestOfItsGroupOrTheNextArgument()
    {
        var joined = Parse(Recorded.Cases["command_joined"]);
        var grouped = Parse(Recorded.Cases["command_after_flags"]);
        var probe = Recorded.Cases["command"].Args[1];
        Assert.Equal(probe, joined.Command);
        Assert.Equal(probe, grouped.Command);
        Assert.Equal(1, grouped.Optimize);
    }

    [Fact]
    public void CheckHashBasedPycsIsRecorded()
    {
        Assert.Equal("always", Parse(Recorded.Cases["check_hash"]).CheckHashBasedPycs);
        Assert.Equal("default", Parse(Recorded.Cases["script"]).CheckHashBasedPycs);
    }

    [Fact]
    public void HashSeedAndJitVariablesAreNoted()
    {
        var env = new Dictionary<string, string> { ["PYTHONHASHSEED"] = "123", ["PYTHON_JIT"] = "1" };
        var flags = RuntimeFlags.Resolve(OptionParser.Parse(["x.py"], out _)!, n => env.GetValueOrDefault(n));
        Assert.Equal(123u, flags.HashSeed);
        Assert.Equal("1", flags.JitEnvironment);
        var ignored = RuntimeFlags.Resolve(OptionParser.Parse(["-I", "x.py"], out _)!, n => env.GetValueOrDefault(n));
        Assert.Null(ignored.HashSeed);
        Assert.Null(ignored.JitEnvironment);
    }

    [Fact]
    public void ArchitectureXOptionsAreRecordedOnly()
    {
        var options = OptionParser.Parse(["-X", "jit-stats", "-Xjit=uops", "-X", "jit-threshold=16", "-X", "nospecialize", "x.py"], out var error)!;
        Assert.Null(error);
        Assert.True(options.TryGetXOption("jit-stats", out string? stats));
        Assert.Null(stats);
        Assert.True(options.TryGetXOption("jit", out string? jit));
        Assert.Equal("uops", jit);
        Assert.Equal("16", options.XOptions["jit-threshold"]);
        Assert.False(options.TryGetXOption("jit-dump", out _));
    }

    private static Options Parse(RecordedCase c)
    {
        var options = OptionParser.Parse(c.Args, out var error);
        Assert.True(options is not null, $"{c.Name}: CPython ran it, we rejected it: {error?.Message}");
        return options;
    }

    private static RuntimeFlags Resolve(RecordedCase c) => RuntimeFlags.Resolve(Parse(c), n => c.Env.GetValueOrDefault(n));
}
