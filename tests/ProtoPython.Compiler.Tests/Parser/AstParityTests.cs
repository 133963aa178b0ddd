using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using Xunit;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Parser;

/// <summary>
/// AST parity: for every entry of tests/frontend/ast/manifest.txt, our
/// <c>ast.dump(tree, include_attributes=True)</c> must equal the one CPython 3.14 recorded
/// (tools/frontend, goldens.jsonl.gz). The failure message lists every mismatching entry with
/// the first differing position of the dump.
/// </summary>
public sealed class AstParityTests
{
    [Fact]
    public void EveryManifestEntry_DumpsLikeCPython()
    {
        var goldens = LoadGoldens();
        var manifest = File.ReadAllLines(Path.Combine(RepoPaths.FrontendData, "ast", "manifest.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.NotEmpty(manifest);

        var lib = RepoPaths.CPythonLib;
        Assert.True(lib is not null || manifest.All(e => !e.StartsWith("lib:", StringComparison.Ordinal)),
            "PROTOPY_CPYTHON_LIB is not set (./test.sh sets it from ../shared/tools/cpython314.sh --stdlib)");

        var failures = new List<string>();
        foreach (var entry in manifest)
        {
            var path = entry.StartsWith("lib:", StringComparison.Ordinal)
                ? Path.Combine(lib!, entry[4..])
                : Path.Combine(RepoPaths.FrontendData, "ast", "corpus", entry[7..]);
            if (!goldens.TryGetValue(entry, out var expected))
            {
                failures.Add($"{entry}: no golden recorded");
                continue;
            }

            string actual;
            try
            {
                var tree = ParserHarness.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
                actual = AstDump.Dump(tree, includeAttributes: true);
            }
            catch (Exception e) when (e is PythonSyntaxError or CompilerLimitError)
            {
                failures.Add($"{entry}: raised {e.GetType().Name}: {e.Message}" + (e is PythonSyntaxError s ? $" at {s.Lineno}:{s.Offset}" : ""));
                continue;
            }

            if (actual != expected)
            {
                failures.Add($"{entry}: {FirstDifference(expected, actual)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {manifest.Count} entries differ from CPython:\n" + string.Join("\n", failures));
    }

    internal static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 60);
        string Slice(string s) => i >= s.Length ? "<end>" : s.Substring(from, Math.Min(s.Length, i + 60) - from);
        return $"first difference at dump offset {i}\n    expected: ...{Slice(expected)}\n    actual:   ...{Slice(actual)}";
    }

    private static Dictionary<string, string> LoadGoldens()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var file = File.OpenRead(Path.Combine(RepoPaths.FrontendData, "ast", "goldens.jsonl.gz"));
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            result[doc.RootElement.GetProperty("entry").GetString()!] = doc.RootElement.GetProperty("dump").GetString()!;
        }

        return result;
    }
}
