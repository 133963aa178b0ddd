using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

public class NameLookupTests
{
    [Fact]
    public void LookupName_MatchesCPythonLookup_RefusingNamedSequences()
    {
        var rows = Goldens.ReadJsonLines("lookup.jsonl.gz");
        Assert.True(rows.Count > 5000);
        foreach (var row in rows)
        {
            var name = row.GetProperty("name").GetString()!;
            var expected = row.GetProperty("lookup");
            int[]? cps = expected.ValueKind == System.Text.Json.JsonValueKind.Null ? null : Goldens.CodePoints(expected);
            int? single = cps is { Length: 1 } ? cps[0] : null;
            Assert.True(single == UnicodeDatabase.LookupName(name), $"LookupName({name})");
            Assert.True(single == UnicodeDatabase.LookupName(name.AsSpan()), $"LookupName(span {name})");
            Assert.Equal(cps, UnicodeDatabase.Lookup(name));
        }
    }

    [Fact]
    public void LookupName_KnownSpellings()
    {
        // Expected values checked with CPython 3.14's unicodedata.lookup.
        Assert.Equal(0x61, UnicodeDatabase.LookupName("latin small letter a"));
        Assert.Equal(0x1A2, UnicodeDatabase.LookupName("LATIN CAPITAL LETTER GHA"));
        Assert.Equal(0xFEFF, UnicodeDatabase.LookupName("BYTE ORDER MARK"));
        Assert.Equal(0xAC02, UnicodeDatabase.LookupName("HANGUL SYLLABLE GAGG"));
        Assert.Equal(0x4E00, UnicodeDatabase.LookupName("cjk unified ideograph-4e00"));
        Assert.Equal(0x17000, UnicodeDatabase.LookupName("TANGUT IDEOGRAPH-17000"));
        Assert.Null(UnicodeDatabase.LookupName("CJK UNIFIED IDEOGRAPH-04E00"));
        Assert.Null(UnicodeDatabase.LookupName("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"));
        Assert.Equal(new[] { 0x100, 0x300 }, UnicodeDatabase.Lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"));
        Assert.Null(UnicodeDatabase.GetName(0x17000));
        Assert.Equal("ZERO WIDTH NO-BREAK SPACE", UnicodeDatabase.GetName(0xFEFF));
    }
}
