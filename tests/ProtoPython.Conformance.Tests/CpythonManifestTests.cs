using System.Text.Json;

namespace ProtoPython.Conformance.Tests;

/// <summary>
/// tests/cpython/manifest.json (written by tools/cpython-tests/run, which is too slow for CI)
/// stays consistent: each module's counts match its listed tests, the totals are the sums, and
/// every module of tools/cpython-tests/modules.txt has an entry.
/// </summary>
public sealed class CpythonManifestTests
{
    private static readonly string[] s_outcomes = ["passed", "failed", "errored", "skipped", "excluded"];

    private static JsonElement Manifest()
    {
        var path = Path.Combine(ConformanceProgram.RepoRoot, "tests", "cpython", "manifest.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    [Fact]
    public void Module_counts_match_their_tests_and_totals_are_the_sums()
    {
        var manifest = Manifest();
        var sums = new Dictionary<string, long>();
        foreach (var module in manifest.GetProperty("modules").EnumerateObject())
        {
            var e = module.Value;
            long notPassing = 0;
            foreach (var k in s_outcomes)
            {
                sums[k] = sums.GetValueOrDefault(k) + e.GetProperty(k).GetInt64();
                notPassing += k == "passed" ? 0 : e.GetProperty(k).GetInt64();
            }

            Assert.Equal(e.GetProperty("passed").GetInt64() + e.GetProperty("failed").GetInt64() + e.GetProperty("errored").GetInt64(), e.GetProperty("run").GetInt64());
            Assert.Equal(notPassing, e.GetProperty("not_passing").EnumerateObject().LongCount());
            sums["run"] = sums.GetValueOrDefault("run") + e.GetProperty("run").GetInt64();
        }

        var totals = manifest.GetProperty("totals");
        foreach (var (k, v) in sums)
        {
            Assert.Equal(v, totals.GetProperty(k).GetInt64());
        }
    }

    [Fact]
    public void Every_listed_module_has_an_entry()
    {
        var modules = Manifest().GetProperty("modules");
        var listed = File.ReadAllLines(Path.Combine(ConformanceProgram.RepoRoot, "tools", "cpython-tests", "modules.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(listed);
        foreach (var name in listed)
        {
            Assert.True(modules.TryGetProperty(name, out _), name + " has no entry in tests/cpython/manifest.json");
        }
    }
}
