using ProtoPython.Objects.Formatting;

namespace ProtoPython.Objects.Tests.Unicode;

public class StringReprTests
{
    [Fact]
    public void Format_CodePoints_EqualsCPythonRepr()
    {
        var rows = Goldens.ReadJsonLines("repr.jsonl");
        Assert.True(rows.Count >= 500);
        foreach (var row in rows)
        {
            var cps = Goldens.CodePoints(row.GetProperty("s"));
            var expected = row.GetProperty("repr").GetString();
            Assert.Equal(expected, StringRepr.Format(cps));
            Assert.Equal(row.GetProperty("ascii").GetString(), StringRepr.FormatAscii(cps));
        }
    }

    [Fact]
    public void Format_String_EqualsCPythonRepr_WhenTextSurvivesUtf16()
    {
        var checkedRows = 0;
        foreach (var row in Goldens.ReadJsonLines("repr.jsonl"))
        {
            var cps = Goldens.CodePoints(row.GetProperty("s"));
            if (!Goldens.SurvivesUtf16(cps))
            {
                continue;
            }

            Assert.Equal(row.GetProperty("repr").GetString(), StringRepr.Format(Goldens.ToText(cps)));
            Assert.Equal(row.GetProperty("ascii").GetString(), StringRepr.FormatAscii(Goldens.ToText(cps)));
            checkedRows++;
        }

        Assert.True(checkedRows >= 500);
    }

    // Expected values checked with CPython 3.14 (the goldens cover many more).
    [Theory]
    [InlineData("", "''")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("'\"", "'\\'\"'")]
    [InlineData("a\tb\nc\rd\\", "'a\\tb\\nc\\rd\\\\'")]
    [InlineData("\u0000\u007f\u0080\u00a0\u00ad", "'\\x00\\x7f\\x80\\xa0\\xad'")]
    [InlineData("\U0001F600\U000E0001", "'\U0001F600\\U000e0001'")]
    public void Format_String_KnownCases(string text, string expected) =>
        Assert.Equal(expected, StringRepr.Format(text));

    [Fact]
    public void Format_String_EscapesLoneSurrogates()
    {
        // Built in code: xunit would mangle lone surrogates in attribute arguments.
        Assert.Equal("'\\ud800'", StringRepr.Format(new string((char)0xD800, 1)));
        Assert.Equal("'\\udc00\\ud800'", StringRepr.Format(string.Concat((char)0xDC00, (char)0xD800)));
    }

    [Fact]
    public void Format_CodePoints_KeepsAdjacentLoneSurrogatesApart() =>
        Assert.Equal("'\\ud83d\\ude00'", StringRepr.Format([0xD83D, 0xDE00]));
}
