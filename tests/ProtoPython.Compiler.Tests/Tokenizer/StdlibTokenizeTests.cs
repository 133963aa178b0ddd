using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Tests.Tokenizer;

/// <summary>The tokenizer over CPython's whole Lib (PROTOPY_CPYTHON_LIB), checked against tools/frontend/record_tokens.py's record.</summary>
public class StdlibTokenizeTests
{
    private static readonly Lazy<JsonDocument> s_record = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "tokens", "stdlib_counts.json"))));

    private static string Lib => RepoPaths.CPythonLib
        ?? throw new InvalidOperationException("PROTOPY_CPYTHON_LIB is not set or missing: run ./test.sh, or point it at CPython 3.14's Lib.");

    [Fact]
    public void Every_Lib_file_tokenizes_or_is_one_CPython_rejects()
    {
        var rejected = s_record.Value.RootElement.GetProperty("rejected").EnumerateObject().Select(p => p.Name).ToHashSet();
        var files = Directory.EnumerateFiles(Lib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal) && IsReadable(f))
            .ToList();
        Assert.Equal(s_record.Value.RootElement.GetProperty("total").GetInt32(), files.Count);
        var unexpected = new List<string>();
        long tokens = 0;
        foreach (var file in files)
        {
            string rel = Path.GetRelativePath(Lib, file).Replace('\\', '/');
            try
            {
                var source = SourceDecoder.Decode(File.ReadAllBytes(file), rel);
                var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, rel);
                while (tokenizer.Next().Kind != TokenKind.EndMarker)
                {
                    tokens++;
                }
            }
            catch (PythonSyntaxError e) when (rejected.Contains(rel))
            {
                Assert.False(string.IsNullOrEmpty(e.Msg));
            }
            catch (Exception e)
            {
                unexpected.Add($"{rel}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(unexpected);
        Assert.True(tokens > 1_000_000, $"only {tokens} tokens in {files.Count} files");
    }

    /// <summary>False for a dangling symlink (the oracle's Lib has one for sitecustomize.py).</summary>
    private static bool IsReadable(string file)
    {
        var info = new FileInfo(file);
        return info.LinkTarget is null || info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true };
    }

    public static IEnumerable<object[]> SampleFiles() =>
        s_record.Value.RootElement.GetProperty("counts").EnumerateObject().Select(p => new object[] { p.Name, p.Value.GetInt32() });

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Token_count_matches_tokenize(string rel, int expected)
    {
        var source = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(Lib, rel)), rel);
        var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, rel, extraTokens: true);
        int n = 0;
        while (true)
        {
            n++;
            if (tokenizer.Next().Kind == TokenKind.EndMarker)
            {
                break;
            }
        }

        Assert.Equal(expected, n);
    }
}
