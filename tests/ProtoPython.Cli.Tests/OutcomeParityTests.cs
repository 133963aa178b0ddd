namespace ProtoPython.Cli.Tests;

/// <summary>
/// Recorded command lines that print and exit (help, version, errors) give CPython's exit code and
/// text, with our program name where CPython prints its own (also in "Try `protopy -h'").
/// </summary>
public sealed class OutcomeParityTests
{
    public static TheoryData<string> OutcomeCases() => Recorded.Names(withState: false);

    [Theory]
    [MemberData(nameof(OutcomeCases))]
    public void ExitCodeMatches(string name)
    {
        var c = Recorded.Cases[name];
        var (code, _, _) = Run(c.Args);
        Assert.Equal(c.ExitCode, code);
    }

    [Theory]
    [MemberData(nameof(OutcomeCases))]
    public void StderrMatches(string name)
    {
        var c = Recorded.Cases[name];
        var (_, _, stderr) = Run(c.Args);
        string expected = c.Stderr
            .Replace("{program}", CommandLine.ProgramName, StringComparison.Ordinal)
            .Replace("{tmp}", Directory.GetCurrentDirectory(), StringComparison.Ordinal)
            .Replace("Try `python -h'", $"Try `{CommandLine.ProgramName} -h'", StringComparison.Ordinal);
        Assert.Equal(expected, stderr);
    }

    [Theory]
    [InlineData("help_short")]
    [InlineData("help_question")]
    [InlineData("help_long")]
    [InlineData("help_then_unknown")]
    public void HelpIsCPythonsWithOurName(string name)
    {
        var c = Recorded.Cases[name];
        Assert.Equal(c.Stdout!.Replace("{program}", CommandLine.ProgramName, StringComparison.Ordinal), Run(c.Args).Stdout);
    }

    [Theory]
    [InlineData("help_env")]
    [InlineData("help_xoptions")]
    [InlineData("help_all")]
    public void LongHelpStartsWithCPythonsThenAddsOurs(string name)
    {
        var c = Recorded.Cases[name];
        string ours = Run(c.Args).Stdout;
        string cpython = c.Stdout!.Replace("{program}", CommandLine.ProgramName, StringComparison.Ordinal);
        if (name == "help_all")
        {
            // --help-all is -h, --help-env and --help-xoptions, each with our additions.
            Assert.Equal(Run(["-h"]).Stdout + "\n" + Run(["--help-env"]).Stdout + "\n" + Run(["--help-xoptions"]).Stdout, ours);
            Assert.StartsWith(Recorded.Cases["help_short"].Stdout!.Replace("{program}", CommandLine.ProgramName, StringComparison.Ordinal), ours, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith(cpython, ours, StringComparison.Ordinal);
            Assert.Contains("ProtoPython-specific", ours[cpython.Length..], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("version")]
    [InlineData("version_long")]
    [InlineData("version_twice")]
    [InlineData("version_after_flags")]
    public void VersionPrintsOurLine(string name)
    {
        var c = Recorded.Cases[name];
        var (code, stdout, _) = Run(c.Args);
        Assert.Equal(0, code);
        // CPython prints "Python 3.14.10"; ours keeps the "Python 3.14" prefix tools parse, then names us.
        Assert.StartsWith("Python 3.14", c.Stdout!, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Version + "\n", stdout);
        Assert.StartsWith("Python 3.14.", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "-c", "pass")]
    [InlineData(3, "-c", "raise SystemExit(3)")]
    [InlineData(0, "-c", "import sys; sys.exit()")]
    [InlineData(1, "-m", "no_such_module_here")]
    public void ProgramsRunWithCPythonsExitStatus(int expected, params string[] args)
    {
        var (code, _, _) = Run(args);
        Assert.Equal(expected, code);
    }

    [Fact]
    public void DisUsageNamesUs()
    {
        var (code, stdout, _) = Run(["-m", "dis", "-h"]);
        Assert.Equal(0, code);
        Assert.Equal("usage: protopy -m dis [-h] [-C] [-O] [-P] [-S] [infile]\n", stdout);
    }

    internal static (int Code, string Stdout, string Stderr) Run(IReadOnlyList<string> args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(args, stdout, stderr, _ => null, () => new MemoryStream());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
