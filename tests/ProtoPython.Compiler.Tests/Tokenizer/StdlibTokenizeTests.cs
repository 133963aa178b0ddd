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

    /// <summary>
    /// Every Lib file's token stream in both modes, hashed, equals CPython's (tokenize for the
    /// extra-tokens mode, the C tokenizer's parser mode). Known differences: files with \r
    /// (tokenize keeps "\r\n" in NEWLINE strings) and empty files in parser mode (CPython's
    /// iterator yields nothing where the parser gets ENDMARKER).
    /// </summary>
    [Fact]
    public void Every_Lib_file_gives_CPythons_token_stream()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "tokens", "stdlib_hashes.json")));
        var mismatches = new List<string>();
        int compared = 0;
        foreach (var entry in doc.RootElement.GetProperty("hashes").EnumerateObject())
        {
            byte[] data = File.ReadAllBytes(Path.Combine(Lib, entry.Name));
            if (data.AsSpan().IndexOf((byte)'\r') >= 0)
            {
                continue;
            }

            foreach (var (mode, extra) in new[] { ("extra", true), ("parser", false) })
            {
                string want = entry.Value.GetProperty(mode).GetString()!;
                string got = StreamHash(data, entry.Name, extra, out int count);
                if (data.Length == 0 && !extra)
                {
                    got = count == 1 ? want : got;
                }

                compared++;
                if (got != want)
                {
                    mismatches.Add($"{entry.Name} ({mode})");
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.True(compared > 3000, $"only {compared} streams compared");
    }

    private static string StreamHash(byte[] data, string rel, bool extraTokens, out int count)
    {
        count = 0;
        try
        {
            var source = SourceDecoder.Decode(data, rel);
            var tokenizer = new ProtoPython.Compiler.Tokenizer.Tokenizer(source, rel, extraTokens);
            var columns = new TokenGoldens.Columns(tokenizer.Buffer);
            var sb = new System.Text.StringBuilder();
            while (true)
            {
                var t = tokenizer.Next();
                if (count++ > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(TokenGoldens.TokName(t.Kind)).Append('\x01').Append(t.Text).Append('\x01')
                    .Append(t.Lineno).Append(',').Append(columns.CharColumn(t.Lineno, t.ColOffset)).Append(',')
                    .Append(t.EndLineno).Append(',').Append(columns.CharColumn(t.EndLineno, t.EndColOffset));
                if (t.Kind == TokenKind.EndMarker)
                {
                    break;
                }
            }

#pragma warning disable CA5350 // A fingerprint of test data matching the recorder's hashlib.sha1, not security.
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));
#pragma warning restore CA5350
        }
        catch (PythonSyntaxError)
        {
            return "error";
        }
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
