using System.Text.RegularExpressions;

namespace ProtoPython.Cli.Tests;

/// <summary>
/// <c>-m</c> on packages (their <c>__main__</c>), subpackages, submodules and standard modules,
/// against CPython's recorded runs (tests/cli/cases.json, the <c>m_*</c> cases; fixtures in
/// tests/cli/mpkg). Needs CPython's library (PROTOPY_STDLIB), as runpy and json do.
/// </summary>
public sealed partial class ModuleRunTests
{
    [Theory]
    [InlineData("m_package")]
    [InlineData("m_subpackage")]
    [InlineData("m_submodule")]
    [InlineData("m_json_tool")]
    public void RunsAsCPythonDoes(string name)
    {
        var c = Recorded.Cases[name];
        var (code, stdout, stderr) = EndToEndTests.Run(Recorded.CliData, c.Args);
        Assert.Equal(c.Stderr, stderr);
        Assert.Equal(c.Stdout, stdout);
        Assert.Equal(c.ExitCode, code);
    }

    [Theory]
    [InlineData("m_missing_submodule")]
    [InlineData("m_not_a_package")]
    public void AModuleNotFoundIsRunpysMessageAfterTheProgramName(string name)
    {
        var c = Recorded.Cases[name];
        var (code, stdout, stderr) = EndToEndTests.Run(Recorded.CliData, c.Args);
        Assert.Equal(c.ExitCode, code);
        Assert.Equal(c.Stdout, stdout);
        Assert.StartsWith("{program}: ", c.Stderr, StringComparison.Ordinal);
        Assert.EndsWith(c.Stderr["{program}".Length..], stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnittestHelpListsCPythonsOptions()
    {
        // The usage line names the interpreter (python3.14 / protopy), which also moves argparse's wrapping.
        var c = Recorded.Cases["m_unittest_help"];
        var (code, stdout, _) = EndToEndTests.Run(Recorded.CliData, c.Args);
        Assert.Equal(c.ExitCode, code);
        Assert.StartsWith("usage: protopy -m unittest [-h]", stdout, StringComparison.Ordinal);
        Assert.Equal(Options(c.Stdout!), Options(stdout));
    }

    // From "positional arguments:" to the examples, which also name the interpreter.
    private static string Options(string help)
    {
        int start = help.IndexOf("\npositional arguments:", StringComparison.Ordinal);
        int end = help.IndexOf("\nExamples:", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, help);
        return help[start..end];
    }

    [Fact]
    public void UnittestRunsATestModuleOfAPackage()
    {
        var c = Recorded.Cases["m_unittest_run"];
        var (code, stdout, stderr) = EndToEndTests.Run(Recorded.CliData, c.Args);
        Assert.Equal(c.ExitCode, code);
        Assert.Equal(c.Stdout, stdout);
        string expected = c.Stderr.Replace("{cli}", Recorded.CliData, StringComparison.Ordinal);
        Assert.Equal(Elapsed().Replace(expected, "in Ns"), Elapsed().Replace(stderr, "in Ns"));
    }

    [GeneratedRegex(@"in \d+\.\d+s")]
    private static partial Regex Elapsed();
}
