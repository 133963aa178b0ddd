using BenchmarkDotNet.Attributes;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// Unicode database lookups the tokenizer and str methods depend on: name of a code point,
/// code point of a name (<c>\N{...}</c>), and NFKC normalization of identifiers. Each operation
/// covers a fixed batch (stated per method); it does not measure the tables' one-time load.
/// </summary>
[MemoryDiagnoser]
public class UnicodeDatabaseBenchmark
{
    private readonly string[] _names = ["LATIN SMALL LETTER A", "GREEK CAPITAL LETTER OMEGA", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "SNOWMAN", "EM DASH", "BOM", "NO SUCH CHARACTER NAME"];
    private readonly string _identifiers = "ﬁle_name ℌello ｆｕｌｌｗｉｄｔｈ naïve Straße ǅungla ﬀ";

    [GlobalSetup]
    public void Setup() => _ = UnicodeDatabase.GetName('a');

    /// <summary>GetName for the 4,096 code points U+0000..U+0FFF.</summary>
    [Benchmark]
    public int GetName4096()
    {
        var found = 0;
        for (var cp = 0; cp < 0x1000; cp++)
        {
            found += UnicodeDatabase.GetName(cp) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>LookupName for 8 names (one alias, one miss).</summary>
    [Benchmark]
    public int LookupName8()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += UnicodeDatabase.LookupName(name) ?? 0;
        }

        return sum;
    }

    /// <summary>NFKC of a 50-character string of compatibility characters.</summary>
    [Benchmark]
    public string NormalizeNfkc() => UnicodeDatabase.Normalize(NormalizationKind.NFKC, _identifiers);
}
