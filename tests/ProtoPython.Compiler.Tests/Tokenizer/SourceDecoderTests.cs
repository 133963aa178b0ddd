using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>PEP 263/3120 decoding against compile(bytes) in CPython 3.14 (tests/frontend/tokens/encodings.json).</summary>
public class SourceDecoderTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "tokens", "encodings.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    });

    public static IEnumerable<object[]> Cases() => s_cases.Value.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decoding_matches_compile(string name)
    {
        var c = s_cases.Value[name];
        byte[] bytes = Convert.FromBase64String(c.GetProperty("source_b64").GetString()!);
        string got;
        try
        {
            var source = SourceDecoder.Decode(bytes, "<case>");
            var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, "<case>");
            var last = tokenizer.ReadAll().Last(t => t.Kind == TokenKind.String);
            var value = StringLiterals.DecodeString(new StringLiterals.Site(last, source, "<case>", null));
            got = "value " + string.Join(",", value.Text!.EnumerateRunes().Select(r => r.Value));
        }
        catch (PythonSyntaxError e)
        {
            got = $"{e.TypeName}: {e.Msg} @{e.Lineno}:{e.Offset}";
        }

        var err = c.GetProperty("compile");
        string want = err.ValueKind == JsonValueKind.Null
            ? "value " + string.Join(",", c.GetProperty("value").EnumerateArray().Select(v => v.GetInt32()))
            : $"{err.GetProperty("type").GetString()}: {err.GetProperty("msg").GetString()} @{err.GetProperty("lineno")}:{err.GetProperty("offset")}";
        Assert.Equal(want, got);
    }

    [Fact]
    public void Coding_spec_is_normalized_as_CPython_does()
    {
        Assert.Equal("utf-8", SourceDecoder.FindCodingSpec("# -*- coding: UTF_8 -*-\n"u8));
        Assert.Equal("iso-8859-1", SourceDecoder.FindCodingSpec("#!python\n# coding=Latin-1\n"u8));
        Assert.Equal("cp1252", SourceDecoder.FindCodingSpec("# vim: fileencoding=cp1252\n"u8));
        Assert.Null(SourceDecoder.FindCodingSpec("x = 1\n# coding: latin-1\n"u8));
        Assert.Null(SourceDecoder.FindCodingSpec("\n\n# coding: latin-1\n"u8));
    }

    [Fact]
    public void SourceText_translates_newlines_and_converts_columns()
    {
        var text = new SourceText("a = 'é😀'\r\nb\rc");
        Assert.Equal("a = 'é😀'\nb\nc", text.Text);
        Assert.Equal(3, text.LineCount);
        Assert.Equal("b", text.LineText(2));
        int after = text.Text.IndexOf('\'', 5);
        Assert.Equal(11, text.Utf8Column(after));
        Assert.Equal(7, text.CodePointColumn(after));
        Assert.Equal(7, text.CodePointColumnOfUtf8(1, 11));
        Assert.Equal(after, text.IndexOfUtf8Column(1, 11));
        Assert.Equal(3, text.LineNumberOf(text.Text.Length - 1));
    }
}
