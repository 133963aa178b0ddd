using System.Security.Cryptography;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>
/// The data files and goldens come from one run of tools/unicode/gen_unicode_data.py. Editing the
/// generator, its candidate lists or a data file without regenerating fails here.
/// </summary>
public class GeneratedDataTests
{
    [Theory]
    [InlineData("sources")]
    [InlineData("data")]
    public void Files_MatchTheHashRecordedByTheGenerator(string group)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Goldens.PathOf("fingerprints.json")));
        var entry = doc.RootElement.GetProperty(group);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in entry.GetProperty("files").EnumerateArray())
        {
            hash.AppendData(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file.GetString()!)));
        }

        Assert.True(entry.GetProperty("sha256").GetString() == Convert.ToHexStringLower(hash.GetHashAndReset()),
            $"the {group} files changed since the last run of tools/unicode/gen_unicode_data.py; rerun it");
    }
}
