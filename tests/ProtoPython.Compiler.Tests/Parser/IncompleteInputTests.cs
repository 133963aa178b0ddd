using ProtoPython.Compiler.Diagnostics;
using Xunit;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Parser;

/// <summary>
/// codeop's mode: <c>compile(src, '&lt;s&gt;', 'single', PyCF_ALLOW_INCOMPLETE_INPUT |
/// PyCF_DONT_IMPLY_DEDENT)</c>. Expected values from CPython 3.14.10:
/// <c>python3.14 -c "compile(s, '&lt;s&gt;', 'single', flags=0x4000|0x200|ast.PyCF_ONLY_AST)"</c>.
/// </summary>
public sealed class IncompleteInputTests
{
    [Theory]
    [InlineData("if x:", 1, 5, 1, -1)]
    [InlineData("if x:\n", 1, 6, 1, -1)]
    [InlineData("x = (", 1, 5, 1, -1)]
    [InlineData("def f():\n  pass", 2, 6, 2, -1)]
    [InlineData("\"\"\"abc", 1, 1, 1, -1)]
    [InlineData("x = 1 +", 1, 7, 1, -1)]
    [InlineData("x y", 1, 3, 1, 4)]
    public void UnfinishedInput_IsIncompleteInput(string source, int lineno, int offset, int endLineno, int endOffset)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonCompiler.Parse(source, Options));
        Assert.Equal(("_IncompleteInputError", "incomplete input", lineno, offset, endLineno, endOffset), (e.TypeName, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
    }

    [Fact]
    public void CompleteInput_Parses()
    {
        var tree = PythonCompiler.Parse("x = 1", Options);
        Assert.IsType<ProtoPython.Compiler.Ast.Interactive>(tree);
    }

    private static CompileOptions Options => new("<s>", CompileMode.Single, CompileFlags.AllowIncompleteInput | CompileFlags.DontImplyDedent);
}
