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
