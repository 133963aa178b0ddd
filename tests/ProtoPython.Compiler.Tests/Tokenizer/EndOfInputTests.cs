using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>CPython's _is_end_of_source, which codeop's incomplete-input detection relies on.</summary>
public class EndOfInputTests
{
    [Theory]
    [InlineData("(1,\n", true)]
    [InlineData("x = 1 + \\", true)]
    [InlineData("s = '''abc\n", true)]
    [InlineData("s = f'''{x}\n", true)]
    [InlineData("s = 'abc\\", true)]
    [InlineData("s = 'abc\n", false)]
    [InlineData("x = )\n", false)]
    [InlineData("if 1:\n  x\n y\n", false)]
    public void Errors_record_whether_the_input_ran_out(string source, bool atEnd)
    {
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source);
        Assert.Throws<PythonSyntaxError>(() => tokenizer.ReadAll());
        Assert.Equal(atEnd, tokenizer.AtEndOfInput);
    }

    [Fact]
    public void The_end_marker_means_the_input_ran_out()
    {
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer("x = 1\n");
        Assert.False(tokenizer.AtEndOfInput);
        tokenizer.ReadAll();
        Assert.True(tokenizer.AtEndOfInput);
    }
}
