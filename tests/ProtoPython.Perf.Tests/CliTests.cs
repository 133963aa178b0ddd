using ProtoPython.PerfTool;
using ProtoPython.PerfTool.Running;

namespace ProtoPython.Perf.Tests;

public class CliTests
{
    [Fact]
    public void Reference_specs_carry_options_with_the_command()
    {
        var i = Interpreter.Parse("py314-nojit=python3.14 -X jit=0");
        Assert.Equal("py314-nojit", i.Label);
        Assert.Equal(["python3.14", "-X", "jit=0"], i.Command);
        Assert.Throws<ArgumentException>(() => Interpreter.Parse("python3.14"));
        Assert.Throws<ArgumentException>(() => Interpreter.Parse("=python3.14"));
    }

    [Fact]
    public void Options_flags_and_positionals()
    {
        var cl = new CommandLine(["a.json", "--ref", "x=1", "--ref=y=2", "--quick", "--only", "fib,short", "b.json"], new HashSet<string> { "quick" });
        Assert.Equal(["a.json", "b.json"], cl.Positionals);
        Assert.Equal(["x=1", "y=2"], cl.All("ref"));
        Assert.True(cl.Flag("quick"));
        Assert.Equal(["fib", "short"], cl.List("only"));
        Assert.Equal(["only", "quick"], cl.Unknown("ref").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_names_columns_after_the_files_when_labels_agree()
    {
        var output = new StringWriter();
        Assert.Equal(0, Cli.Execute(["compare", PerfPaths.Data("baseline.json"), PerfPaths.Data("rerun.json"), "--metric", "cpu"], output, TextWriter.Null));
        var text = output.ToString();
        Assert.Contains("python3.14:baseline (cpu ms)", text, StringComparison.Ordinal);
        Assert.Contains("python3.14:rerun vs python3.14:baseline", text, StringComparison.Ordinal);
        Assert.Contains("Geometric mean", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => Cli.Execute(["frobnicate"], TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentException>(() => Cli.Execute(["check", PerfPaths.Data("rerun.json")], TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentException>(() => Cli.Execute(["compare", "--bogus", "1", "a", "b"], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Validate_exit_codes()
    {
        var bad = Path.GetTempFileName();
        try
        {
            File.WriteAllText(bad, """{"benchmarks": []}""");
            Assert.Equal(1, Cli.Execute(["validate", bad], TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, Cli.Execute(["validate", PerfPaths.Data("baseline.json"), PerfPaths.Data("protopy-failed.json")], TextWriter.Null, TextWriter.Null));
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
