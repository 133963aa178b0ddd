using ProtoPython.Compiler.Diagnostics;
using Xunit;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Parser;

/// <summary>
/// The parser's MAXSTACK: the longest chains CPython 3.14 still parses, as measured by
/// tools/parser/depth_limits.py (minus/not/ifexp 5968, lambda/pow 2984). Ours count rule nesting
/// like pegen's p->level, from the same base, so unary and conditional chains stop at the same
/// length; lambda and power chains may differ by one (documented in docs/internals/parser.md).
/// </summary>
public sealed class ParserLimitTests
{
    [Theory]
    [InlineData("-", 5968)]
    [InlineData("not ", 5968)]
    [InlineData("1 if 1 else ", 5968)]
    public void UnaryAndConditionalChains_StopWhereCPythonStops(string link, int longest)
    {
        var ok = string.Concat(Enumerable.Repeat(link, longest)) + "1";
        var tooDeep = link + ok;
        ParserHarness.OnBigStack(() => PythonCompiler.Parse(ok, new CompileOptions("<deep>")));
        var e = Assert.Throws<CompilerLimitError>(() => ParserHarness.OnBigStack(() => PythonCompiler.Parse(tooDeep, new CompileOptions("<deep>"))));
        Assert.Equal("MemoryError", e.PythonTypeName);
    }

    [Theory]
    [InlineData("lambda:", 2984)]
    [InlineData("2**", 2984)]
    public void TwoRuleChains_StopWithinOneOfCPython(string link, int longest)
    {
        ParserHarness.OnBigStack(() => PythonCompiler.Parse(string.Concat(Enumerable.Repeat(link, longest - 1)) + "1", new CompileOptions("<deep>")));
        Assert.Throws<CompilerLimitError>(() => ParserHarness.OnBigStack(() => PythonCompiler.Parse(string.Concat(Enumerable.Repeat(link, longest + 1)) + "1", new CompileOptions("<deep>"))));
    }

    [Fact]
    public void DeepChainOnSmallStack_IsALimitErrorNotAStackOverflow()
    {
        // 256 KB is far too little for 5000 nested rules: the execution-stack guard must turn
        // that into CPython's MemoryError instead of crashing the process.
        var source = new string('-', 5000) + "1";
        CompilerLimitError? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    PythonCompiler.Parse(source, new CompileOptions("<deep>"));
                }
                catch (CompilerLimitError e)
                {
                    caught = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(caught);
        Assert.Equal("Parser stack overflowed - Python source too complex to parse", caught!.Message);
    }
}
