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
        var failures = new List<string>();
        int total = 0, known = 0;
        foreach (var (name, mode, source, expectedType, caseText) in SyntaxErrorCases.Load())
        {
            var expectedText = caseText;
            string actualText;
            try
            {
                PythonCompiler.Compile(source, new CompileOptions("<case>", mode));
                actualText = "no error";
            }
            catch (PythonSyntaxError e)
            {
                actualText = SyntaxErrorCases.Describe(e);
            }
            catch (CompilerLimitError e)
            {
                actualText = SyntaxErrorCases.Describe(e);
            }

            total++;
            if (s_knownMismatches.ContainsKey(name))
            {
                known++;
                continue;
            }

            // CPython's RecursionError text names the C stack used ("Stack overflow (used N kB)");
            // only the class is compared (docs/differences-from-cpython.md).
            if (expectedType == "RecursionError")
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
}
