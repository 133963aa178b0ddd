namespace ProtoPython.Cli.Tests;

/// <summary>
/// The tests/opcache programs (issue 5, in the style of CPython's test_opcache): each prints the
/// specialized forms <c>dis.get_instructions(f, adaptive=True)</c> shows after warm-up and after
/// a guard breaks. They need specialization on with CPython's thresholds, so they run here as
/// processes in the default mode, not in the conformance suite (which also runs with it off).
/// Outputs are CPython 3.14's (tools/record-expected opcache); tests/opcache/known-differences.txt
/// lists the programs that do not match yet, enforced both ways.
/// </summary>
public sealed class OpcacheTests
{
    private static string Folder => Path.Combine(Recorded.Root, "tests", "opcache");

    private static readonly Dictionary<string, string> s_knownDifferences = LoadKnownDifferences();

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ShowsTheSpecializedFormsCPythonShows(string name)
    {
        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PROTOPY_STDLIB")), "set PROTOPY_STDLIB (dis.py is CPython's)");
        var env = new Dictionary<string, string> { ["PROTOPY_SPECIALIZE"] = "on", ["PYTHONHASHSEED"] = "0" };
        var (code, stdout, stderr) = ProtopyProcess.Run(Folder, env, name + ".py");
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".out")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var matches = code == 0 && stdout.Replace("\r\n", "\n", StringComparison.Ordinal) == expected;
        if (s_knownDifferences.TryGetValue(name, out var reason))
        {
            Assert.False(matches, name + " matches CPython now: remove it from tests/opcache/known-differences.txt (" + reason + ")");
            Assert.True(code == 0, stderr);
            return;
        }

        Assert.True(code == 0, stderr);
        Assert.Equal(expected, stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownDifferencesNameExistingPrograms()
    {
        foreach (var name in s_knownDifferences.Keys)
        {
            Assert.True(File.Exists(Path.Combine(Folder, name + ".py")), "known-differences.txt lists " + name + ", which does not exist");
        }
    }

    private static Dictionary<string, string> LoadKnownDifferences()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder, "known-differences.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var split = line.IndexOf(' ', StringComparison.Ordinal);
            Assert.True(split > 0, "known-differences.txt: a line needs a reason: " + line);
            result[line[..split]] = line[split..].Trim();
        }

        return result;
    }
}
