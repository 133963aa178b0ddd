using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>Tokenizer members the parser uses beyond the token stream.</summary>
public class TokenizerApiTests
{
    // Expected texts are CPython 3.14's: ast.parse(src).body[0].value.values[0].value.
    [Theory]
    [InlineData("f'{x = }'", "x = ")]
    [InlineData("f'''{x # c\n=}'''", "x \n=")]
    [InlineData("f'{ a + b =!r}'", " a + b =")]
    public void Debug_expression_text_runs_from_the_brace_to_the_token_after_the_equal_sign(string source, string expected)
    {
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source);
        var tokens = tokenizer.ReadAll();
        var open = tokens.First(t => t.Kind == TokenKind.LBrace);
        int afterEqual = tokens.FindIndex(t => t.Kind == TokenKind.Equal) + 1;
        Assert.Equal(expected, tokenizer.DebugExpressionText(open.End, tokens[afterEqual].Start));
    }

    [Fact]
    public void Lone_carriage_returns_end_lines_as_in_compile()
    {
        var cr = new ProtoPython.Compiler.Tokenizer.Tokenizer("x = 1\ry = 2\r").ReadAll();
        var lf = new ProtoPython.Compiler.Tokenizer.Tokenizer("x = 1\ny = 2\n").ReadAll();
        Assert.Equal(lf, cr);
    }

    [Fact]
    public void After_the_end_marker_the_stream_stays_at_the_end()
    {
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer("pass\n");
        while (tokenizer.Next().Kind != TokenKind.EndMarker)
        {
        }

        Assert.Equal(TokenKind.EndMarker, tokenizer.Next().Kind);
        Assert.Equal(0, tokenizer.ParenLevel);
    }

    [Fact]
    public void Deeply_nested_input_is_a_syntax_error_not_a_crash()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => new ProtoPython.Compiler.Tokenizer.Tokenizer(new string('[', 100_000)).ReadAll());
        Assert.Equal("too many nested parentheses", e.Msg);
        Assert.Equal(201, e.Offset);
    }

    [Fact]
    public void Identifiers_are_NFKC_normalized_only_when_non_ASCII()
    {
        Assert.Equal("fi", Identifiers.Normalize("\ufb01"));
        Assert.Equal("H", Identifiers.Normalize("\u210c"));
        string ascii = "plain_name";
        Assert.Same(ascii, Identifiers.Normalize(ascii));
    }
}

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
