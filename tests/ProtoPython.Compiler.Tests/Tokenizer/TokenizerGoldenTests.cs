using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>Token streams and errors compared with CPython 3.14 (tokenize, the C tokenizer's parser mode, compile()).</summary>
public class TokenizerGoldenTests
{
    public static IEnumerable<object[]> Cases() => TokenGoldens.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_mode_matches_the_tokenize_module(string name)
    {
        var c = TokenGoldens.Case(name);
        string source = c.GetProperty("source").GetString()!;
        var expected = c.GetProperty("tokenize");
        var (rows, error) = Run(source, extraTokens: true, null);
        bool hasCr = source.Contains('\r');
        var want = expected.GetProperty("tokens").EnumerateArray().Select(TokenGoldens.Row).ToList();
        if (hasCr)
        {
            // compile() sees \r\n as \n; tokenize keeps it in NEWLINE strings. Compare kinds and starts only.
            rows = rows.Select(StartOnly).ToList();
            want = want.Select(StartOnly).ToList();
        }

        if (expected.GetProperty("error").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(error?.Msg);
            Assert.Equal(string.Join("\n", want), string.Join("\n", rows));
        }
        else
        {
            Assert.True(error is not null, "CPython's tokenize failed with " + expected.GetProperty("error").GetString());
            int n = Math.Min(want.Count, rows.Count);
            Assert.Equal(string.Join("\n", want.Take(n)), string.Join("\n", rows.Take(n)));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parser_mode_matches_the_C_tokenizer(string name)
    {
        var c = TokenGoldens.Case(name);
        string source = c.GetProperty("source").GetString()!;
        var expected = c.GetProperty("parser");
        var (rows, error) = Run(source, extraTokens: false, null);
        var want = expected.GetProperty("tokens").EnumerateArray().Select(TokenGoldens.Row).ToList();
        if (source.Contains('\r'))
        {
            rows = rows.Select(StartOnly).ToList();
            want = want.Select(StartOnly).ToList();
        }

        bool cpythonFailed = expected.GetProperty("error").ValueKind != JsonValueKind.Null;
        Assert.True(cpythonFailed == (error is not null),
            $"CPython tokenizer error: {expected.GetProperty("error")}; ours: {error?.Msg ?? "none"}");
        int n = cpythonFailed ? Math.Min(want.Count, rows.Count) : want.Count;
        Assert.Equal(string.Join("\n", want.Take(n)), string.Join("\n", rows.Take(n)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_and_warnings_match_compile(string name)
    {
        var c = TokenGoldens.Case(name);
        string source = c.GetProperty("source").GetString()!;
        var warnings = new WarningList();
        var (_, error) = Run(source, extraTokens: false, warnings);
        var compileError = c.GetProperty("compile");
        if (error is not null)
        {
            Assert.True(compileError.ValueKind != JsonValueKind.Null, "we raised " + error + " but compile() succeeded");
            string want = $"{compileError.GetProperty("type").GetString()}: {compileError.GetProperty("msg").GetString()} " +
                $"@{Int(compileError, "lineno")}:{Int(compileError, "offset")}-{Int(compileError, "end_lineno")}:{Int(compileError, "end_offset")}";
            string got = $"{error.TypeName}: {error.Msg} @{error.Lineno}:{error.Offset}-{error.EndLineno}:{error.EndOffset}";
            Assert.Equal(want, got);
        }

        var compileWarnings = c.GetProperty("warnings").EnumerateArray()
            .Select(w => $"{w.GetProperty("category").GetString()}: {w.GetProperty("msg").GetString()} (line {w.GetProperty("lineno")})")
            .ToList();
        foreach (var w in warnings.Items)
        {
            Assert.Contains($"{w.Category}: {w.Message} (line {w.Lineno})", compileWarnings);
        }

        if (error is null)
        {
            var tokenizerWarnings = compileWarnings.Where(w => w.Contains(" literal (line", StringComparison.Ordinal) || w.Contains("\"\\{\"", StringComparison.Ordinal) || w.Contains("\"\\}\"", StringComparison.Ordinal));
            Assert.Equal(tokenizerWarnings, warnings.Items.Select(w => $"{w.Category}: {w.Message} (line {w.Lineno})"));
        }
    }

    /// <summary>A SyntaxError position field; None (no position) is 0 on our side.</summary>
    private static int Int(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? 0 : e.GetProperty(name).GetInt32();

    private static string StartOnly(string row) => row[..row.IndexOf(' ')] + row[row.LastIndexOf(" (", StringComparison.Ordinal)..row.LastIndexOf(")-", StringComparison.Ordinal)];

    private static (List<string> Rows, PythonSyntaxError? Error) Run(string source, bool extraTokens, IWarningSink? warnings)
    {
        var rows = new List<string>();
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, "<case>", extraTokens, warnings);
        try
        {
            while (true)
            {
                var t = tokenizer.Next();
                rows.Add(TokenGoldens.Row(tokenizer.Buffer, t));
                if (t.Kind == TokenKind.EndMarker)
                {
                    return (rows, null);
                }
            }
        }
        catch (PythonSyntaxError e)
        {
            return (rows, e);
        }
    }
}
