using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>String literal values, errors and warnings against CPython 3.14 (tests/frontend/tokens/literals.json).</summary>
public class StringLiteralTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "tokens", "literals.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    });

    public static IEnumerable<object[]> Cases() => s_cases.Value.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Literal_matches_CPython(string name)
    {
        var c = s_cases.Value[name];
        string source = c.GetProperty("source").GetString()!;
        var warnings = new WarningList();
        string got;
        try
        {
            got = Describe(DecodeLastLiteral(source, warnings));
        }
        catch (PythonSyntaxError e)
        {
            got = $"{e.TypeName}: {e.Msg} @{e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset}";
        }

        var err = c.GetProperty("compile");
        string want = err.ValueKind == JsonValueKind.Null
            ? DescribeExpected(c.GetProperty("value"))
            : $"{err.GetProperty("type").GetString()}: {err.GetProperty("msg").GetString()} @{err.GetProperty("lineno")}:{err.GetProperty("offset")}-{err.GetProperty("end_lineno")}:{err.GetProperty("end_offset")}";
        Assert.Equal(want, got);

        var wantWarnings = c.GetProperty("warnings").EnumerateArray()
            .Select(w => $"{w.GetProperty("category").GetString()}: {w.GetProperty("msg").GetString()} (line {w.GetProperty("lineno")})");
        Assert.Equal(wantWarnings, warnings.Items.Select(w => $"{w.Category}: {w.Message} (line {w.Lineno})"));
    }

    [Fact]
    public void Prefix_lowercases_the_letters_before_the_quote()
    {
        Assert.Equal("rb", StringLiterals.Prefix("Rb'x'"));
        Assert.Equal("", StringLiterals.Prefix("\"\"\"doc\"\"\""));
        Assert.Equal("ft", StringLiterals.Prefix("fT'"));
    }

    /// <summary>
    /// Tokenizes the source and decodes the last literal: a STRING, or the literal parts of an
    /// f-/t-string joined (the goldens use no format specs, so every middle is top level).
    /// </summary>
    private static LiteralValue DecodeLastLiteral(string source, IWarningSink warnings)
    {
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, "<case>", warnings: warnings);
        var tokens = tokenizer.ReadAll();
        int last = tokens.FindLastIndex(t => t.Kind is TokenKind.String or TokenKind.FStringEnd or TokenKind.TStringEnd);
        var site = (Token t) => new StringLiterals.Site(t, tokenizer.Source, "<case>", warnings);
        if (tokens[last].Kind == TokenKind.String)
        {
            return StringLiterals.DecodeString(site(tokens[last]));
        }

        int start = tokens.FindLastIndex(last, t => t.Kind is TokenKind.FStringStart or TokenKind.TStringStart);
        bool raw = StringLiterals.Prefix(tokens[start].Text).Contains('r', StringComparison.Ordinal);
        var cps = new List<int>();
        for (int i = start + 1; i < last; i++)
        {
            if (tokens[i].Kind is TokenKind.FStringMiddle or TokenKind.TStringMiddle)
            {
                var v = StringLiterals.DecodeFStringMiddle(site(tokens[i]), raw);
                cps.AddRange(v.CodePoints ?? ToCodePoints(v.Text!));
            }
        }

        return new LiteralValue(null, [.. cps], null);
    }

    private static int[] ToCodePoints(string s)
    {
        var cps = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(s[i], s[++i]));
            }
            else
            {
                cps.Add(s[i]);
            }
        }

        return [.. cps];
    }

    private static string Describe(LiteralValue v) =>
        v.IsBytes ? "bytes " + Convert.ToHexStringLower(v.Bytes!) : "str " + string.Join(",", v.CodePoints ?? ToCodePoints(v.Text!));

    private static string DescribeExpected(JsonElement value) =>
        value.GetProperty("kind").GetString() == "bytes"
            ? "bytes " + value.GetProperty("hex").GetString()
            : "str " + string.Join(",", value.GetProperty("cps").EnumerateArray().Select(e => e.GetInt32()));
}
