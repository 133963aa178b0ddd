using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Tests;

/// <summary>One case of tests/frontend/syntax_errors/cases.jsonl, with CPython's error as text.</summary>
internal sealed record SyntaxErrorCase(string Name, CompileMode Mode, byte[] Source, string ExpectedType, string ExpectedText);

/// <summary>
/// Loads the SyntaxError corpus recorded with CPython 3.14 and renders errors the same way for
/// both sides, so the parser's and the compiler's parity tests compare like with like.
/// </summary>
internal static class SyntaxErrorCases
{
    public static IEnumerable<SyntaxErrorCase> Load()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.FrontendData, "syntax_errors", "cases.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var mode = c.GetProperty("mode").GetString() switch
            {
                "eval" => CompileMode.Eval,
                "single" => CompileMode.Single,
                _ => CompileMode.Exec,
            };
            var source = c.TryGetProperty("source_b64", out var b64)
                ? Convert.FromBase64String(b64.GetString()!)
                : System.Text.Encoding.UTF8.GetBytes(c.GetProperty("source").GetString()!);
            var expected = c.GetProperty("expected");
            var type = expected.GetProperty("type").GetString()!;
            var text = Describe(
                type,
                expected.GetProperty("msg").GetString()!,
                Position(expected, "lineno"),
                Position(expected, "offset"),
                Position(expected, "end_lineno"),
                Position(expected, "end_offset"));
            yield return new SyntaxErrorCase(c.GetProperty("name").GetString()!, mode, source, type, text);
        }
    }

    public static string Describe(PythonSyntaxError e) => Describe(e.TypeName, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset);

    public static string Describe(CompilerLimitError e) => Describe(e.PythonTypeName, e.Message, null, null, null, null);

    public static string Describe(string type, string msg, int? lineno, int? offset, int? endLineno, int? endOffset) =>
        $"{type}: {msg} ({lineno}, {offset}, {endLineno}, {endOffset})";

    /// <summary>A missing or None end position is 0 in <see cref="PythonSyntaxError"/> when a line is known.</summary>
    private static int? Position(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : property is "end_lineno" or "end_offset" && e.TryGetProperty("lineno", out var l) && l.ValueKind == JsonValueKind.Number ? 0 : null;
}
