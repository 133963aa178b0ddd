using System.Diagnostics;
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

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex Address();

    private static string Normalize(string text) => Address().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "0x...");

    private static (int Code, string Stdout, string Stderr) Protopy(string workingDirectory, params string[] args)
    {
        string exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "protopy.exe" : "protopy");
        Assert.True(File.Exists(exe), $"{exe} is missing: build tests/ProtoPython.Cli.Tests");
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = stderrTask.GetAwaiter().GetResult();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr);
    }
}
