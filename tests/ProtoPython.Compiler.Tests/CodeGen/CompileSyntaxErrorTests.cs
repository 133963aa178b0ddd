using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using Xunit.Abstractions;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// Every case of tests/frontend/syntax_errors/cases.jsonl through the whole front end
/// (<see cref="PythonCompiler.Compile(ReadOnlySpan{byte}, CompileOptions)"/>): the error CPython
/// 3.14's compile() raises, including those the symtable and the code generator raise, with
/// the same class, message and location. The parser's own parity test checks the parse stage.
/// </summary>
public class CompileSyntaxErrorTests(ITestOutputHelper output)
{
    /// <summary>Cases that still differ, each with its reason.</summary>
    private static readonly Dictionary<string, string> s_knownMismatches = new(StringComparer.Ordinal)
    {
        ["fstring.backslash_in_format_spec_ok_then_bad"] =
            "CPython lets the format-spec decoder's UnicodeDecodeError escape; the front end throws only PythonSyntaxError",
        ["fstring.nested_too_deep_150"] = "tokenizer message (helper tokenizer)",
        ["fstring.nested_tstrings_too_deep"] = "tokenizer message (helper tokenizer)",
        ["characters.null_byte_text"] = "compile()'s NUL check belongs to the runtime's compile()",
        ["encoding.null_byte_bytes"] = "compile()'s NUL check belongs to the runtime's compile()",
        ["fstring.unknown_name_escape_in_format_spec"] =
            "CPython lets the format-spec decoder's UnicodeDecodeError escape; the front end throws only PythonSyntaxError",
    };

    [Fact]
    public void EveryCase_CompileRaisesLikeCPython()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.FrontendData, "syntax_errors", "cases.jsonl"));
        var failures = new List<string>();
        int total = 0, known = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var name = c.GetProperty("name").GetString()!;
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
            var expectedText = Describe(
                expected.GetProperty("type").GetString()!,
                expected.GetProperty("msg").GetString()!,
                Int(expected, "lineno"),
                Int(expected, "offset"),
                Int(expected, "end_lineno"),
                Int(expected, "end_offset"));

            string actualText;
            try
            {
                PythonCompiler.Compile(source, new CompileOptions("<case>", mode));
                actualText = "no error";
            }
            catch (PythonSyntaxError e)
            {
                actualText = Describe(e.TypeName, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset);
            }
            catch (CompilerLimitError e)
            {
                actualText = Describe(e.PythonTypeName, e.Message, null, null, null, null);
            }

            total++;
            if (s_knownMismatches.ContainsKey(name))
            {
                known++;
                continue;
            }

            // CPython's RecursionError text names the C stack used ("Stack overflow (used N kB)");
            // only the class is compared (docs/differences-from-cpython.md).
            if (expected.GetProperty("type").GetString() == "RecursionError")
            {
                expectedText = expectedText[..expectedText.IndexOf(':')];
                actualText = actualText.Split(':')[0];
            }

            if (actualText != expectedText)
            {
                failures.Add($"{name}:\n    expected {expectedText}\n    actual   {actualText}");
            }
        }

        output.WriteLine($"{total} cases, {total - known - failures.Count} equal, {known} known mismatches, {failures.Count} differ");
        Assert.True(failures.Count == 0, $"{failures.Count} cases differ from CPython:\n" + string.Join("\n", failures));
    }

    private static int? Int(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : property is "end_lineno" or "end_offset" && e.TryGetProperty("lineno", out var l) && l.ValueKind == JsonValueKind.Number ? 0 : null;

    private static string Describe(string type, string msg, int? lineno, int? offset, int? endLineno, int? endOffset) =>
        $"{type}: {msg} ({lineno}, {offset}, {endLineno}, {endOffset})";
}
