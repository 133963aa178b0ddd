using System.Text.RegularExpressions;

namespace ProtoPython.Cli.Tests;

/// <summary>
/// Runs the built <c>protopy</c> (the apphost the project reference copies beside these tests):
/// <c>-m dis</c> on recorded fixtures, a SyntaxError, <c>-V</c> and an unknown option.
/// </summary>
public sealed partial class EndToEndTests
{
    private static string DisFolder => Path.Combine(Recorded.Root, "tests", "frontend", "dis");

    [Theory]
    [InlineData("assert_stmt")]
    [InlineData("async_for")]
    [InlineData("binary_ops")]
    [InlineData("boolean_short_circuit")]
    [InlineData("call_keywords")]
    public void DisMatchesTheGolden(string name)
    {
        var (code, stdout, stderr) = Protopy(DisFolder, "-m", "dis", name + ".py");
        Assert.True(code == 0, stderr);
        string golden = File.ReadAllText(Path.Combine(DisFolder, name + ".dis"));
        Assert.Equal(Normalize(golden), Normalize(stdout));
    }

    [Fact]
    public void DisOnASyntaxErrorPrintsCPythonsBlock()
    {
        var c = Recorded.Cases["dis_syntax_error"];
        var (code, stdout, stderr) = Protopy(Recorded.CliData, "-m", "dis", "syntax_error.py");
        Assert.Equal(c.ExitCode, code);
        Assert.Equal("", stdout);

        // CPython's traceback first lists dis.py's own frames; the block from the file's line on is stable.
        string marker = "  File \"syntax_error.py\"";
        int start = c.Stderr.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "recording lacks the SyntaxError block");
        Assert.Equal(c.Stderr[start..], stderr);
    }

    [Fact]
    public void VersionExitsZero()
    {
        var (code, stdout, _) = Protopy(Recorded.CliData, "-V");
        Assert.Equal(0, code);
        Assert.Equal(CommandLine.Version + "\n", stdout);
    }

    [Fact]
    public void UnknownOptionExitsTwoWithUsage()
    {
        var (code, stdout, stderr) = Protopy(Recorded.CliData, "-Z");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("Unknown option: -Z\nusage: protopy [option] ...", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The eval loop starts in its precompiled copy and moves, mid-program, to the JIT-compiled one
    /// (docs/internals/startup.md); the result (CPython 3.14's) must not change across the move.
    /// </summary>
    [Fact]
    public void PrecompiledLoopMovesToTheOptimizedCopyMidProgram()
    {
        var env = new Dictionary<string, string> { ["PROTOPY_LOOP_TIERUP_MS"] = "100" };
        // -S: the delay counts from the first Python code run; with site's imports first, the copy
        // could be ready before the program starts, and the program would start in it (correct, but
        // then nothing moves mid-program).
        var (code, stdout, stderr) = Protopy(Path.Combine(Recorded.Root, "tests", "cli"), env, "-S", "-X", "jit-stats", "loop_switch.py");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("result (19900, -19900, 8955669) rounds > 1: True\n", stdout, StringComparison.Ordinal);
        var line = LoopLine().Match(stdout + stderr);
        Assert.True(line.Success, "no eval-loop line in the --jit-stats output");
        Assert.True(int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, line.Value);
    }

    /// <summary>--jit-stats says why an instruction stayed generic (issue 5: failures with their reasons).</summary>
    [Fact]
    public void JitStatsListSpecializationFailureReasons()
    {
        var (code, stdout, stderr) = Protopy(Path.Combine(Recorded.Root, "tests", "cli"), "-S", "-X", "jit-stats", "spec_failure.py");
        Assert.True(code == 0, stderr);
        var text = stdout + stderr;
        Assert.StartsWith("99\n", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Specialization failures by reason[^\n]*\n[^\n]*\n  BINARY_OP +[\d,]+  % on str, int\n", text);
    }

    /// <summary>
    /// --jit-stats counts object-model events (issue 5): big-int promotions, list strategy changes,
    /// shape transitions, type-version resets, in the text table and in the JSON file.
    /// </summary>
    [Fact]
    public void JitStatsCountObjectEvents()
    {
        var json = Path.Combine(Path.GetTempPath(), "protopy-object-counts-" + Environment.ProcessId + ".json");
        var (code, stdout, stderr) = Protopy(Path.Combine(Recorded.Root, "tests", "cli"), "-S", "-X", "jit-stats", "object_counts.py");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("39800\nTrue\n4 3\n7 3\n", stdout, StringComparison.Ordinal);
        var text = stdout + stderr;
        Assert.True(Count(text, "big_int_promotions") >= 10, text);
        Assert.True(Count(text, "list_int64_to_object") >= 1, text);
        Assert.True(Count(text, "list_float64_to_object") >= 1, text);
        Assert.True(Count(text, "shape_transitions") >= 400, text);
        Assert.True(Count(text, "shape_to_dict") >= 1, text);
        Assert.True(Count(text, "type_version_resets") >= 1, text);

        (code, _, stderr) = Protopy(Path.Combine(Recorded.Root, "tests", "cli"), "-S", "-X", "jit-stats=json:" + json, "object_counts.py");
        Assert.True(code == 0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        File.Delete(json);
        var counts = doc.RootElement.GetProperty("object_counts");
        Assert.True(counts.GetProperty("big_int_promotions").GetInt64() >= 10);
        Assert.True(counts.GetProperty("shape_transitions").GetInt64() >= 400);
        Assert.True(counts.GetProperty("type_version_resets").GetInt64() >= 1);
    }

    // The count on the "  name   1,234  what" line of the object counts table.
    private static long Count(string text, string name)
    {
        var m = Regex.Match(text, "\n  " + name + " +([\\d,]+)  ");
        Assert.True(m.Success, "no " + name + " line in the --jit-stats output");
        return long.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Eval loop: precompiled at start-up; JIT-compiled copy ready after [\d,]+ ms, (\d+) running activation")]
    private static partial Regex LoopLine();

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex Address();

    private static string Normalize(string text) => Address().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "0x...");

    /// <summary>Runs the built protopy in <paramref name="workingDirectory"/>, inheriting this process's environment.</summary>
    internal static (int Code, string Stdout, string Stderr) Run(string workingDirectory, string[] args) => Protopy(workingDirectory, args);

    private static (int Code, string Stdout, string Stderr) Protopy(string workingDirectory, params string[] args) =>
        Protopy(workingDirectory, new Dictionary<string, string>(), args);

    private static (int Code, string Stdout, string Stderr) Protopy(string workingDirectory, Dictionary<string, string> env, params string[] args) =>
        ProtopyProcess.Run(workingDirectory, env, args);
}
