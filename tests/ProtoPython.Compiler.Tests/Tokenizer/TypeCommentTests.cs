using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>Type comments; the expected texts are what CPython 3.14's ast.parse(type_comments=True) stores.</summary>
public class TypeCommentTests
{
    [Theory]
    [InlineData("def f(a):  # type: (int) -> None\n    pass\n", "TypeComment", "(int) -> None")]
    [InlineData("x = 1  #type:int\n", "TypeComment", "int")]
    [InlineData("x = []  # type:\tList[int]\n", "TypeComment", "List[int]")]
    [InlineData("x = 1 # type: ignorex\n", "TypeComment", "ignorex")]
    [InlineData("x = 1  # type: ignore[x]\n", "TypeIgnore", "[x]")]
    [InlineData("x = 1  # type: ignore  # other\n", "TypeIgnore", "  # other")]
    [InlineData("# type: ignore\nx = 1\n", "TypeIgnore", "\n")]
    public void Type_comment_text_matches_the_ast(string source, string kind, string text)
    {
        var tokens = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, typeComments: true).ReadAll();
        var t = Assert.Single(tokens, t => t.Kind is TokenKind.TypeComment or TokenKind.TypeIgnore);
        Assert.Equal(kind, t.Kind.ToString());
        Assert.Equal(text, t.Text);
    }

    [Fact]
    public void Without_the_option_type_comments_are_plain_comments()
    {
        var tokens = new ProtoPython.Compiler.Tokenizer.Tokenizer("x = 1  # type: int\n").ReadAll();
        Assert.DoesNotContain(tokens, t => t.Kind is TokenKind.TypeComment or TokenKind.TypeIgnore);
    }

    [Fact]
    public void A_lone_type_ignore_line_does_not_produce_a_newline()
    {
        var kinds = new ProtoPython.Compiler.Tokenizer.Tokenizer("# type: ignore\nx = 1\n", typeComments: true).ReadAll().Select(t => t.Kind);
        Assert.Equal([TokenKind.TypeIgnore, TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Newline, TokenKind.EndMarker], kinds);
    }
}
