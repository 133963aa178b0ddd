using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// The UTF-16 fast path of <see cref="DocstringCleaner"/> must give what the code-point
/// algorithm gives (the dis and codegen parity fixtures pin that one to CPython).
/// </summary>
public class DocstringCleanerTests
{
    public static TheoryData<string> Docstrings() => new()
    {
        "",
        "one line",
        "   leading spaces",
        "first\n    second\n      third\n",
        "first\n\n    second\n   \n    third",
        "\tfirst\n\tsecond\n\t\tthird",
        "a\tb\n  \U0001F600\tx\n  y",
        "\U0001F600\U0001F600\tz\n\t\U0001F600",
        "first\r\n    second\r\n    third",
        "x\n        \n    y\n  ",
        "no newline at end\n    body",
    };

    [Theory]
    [MemberData(nameof(Docstrings))]
    public void Text_path_matches_code_point_path(string text)
    {
        var doc = ConstantValue.FromStr(text);
        var fast = DocstringCleaner.Clean(doc);
        var reference = DocstringCleaner.CleanCodePoints(doc);
        Assert.Equal(((StrConstant)reference).Value, ((StrConstant)fast).Value);
        Assert.True(fast.Equals(reference));
    }

    [Fact]
    public void Unchanged_docstring_is_the_same_constant()
    {
        var doc = ConstantValue.FromStr("first\nsecond");
        Assert.Same(doc, DocstringCleaner.Clean(doc));
    }
}
