using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

public class StrCaseTests
{
    [Fact]
    public void CaseMethodsAndPredicates_OfSampledStrings_MatchCPython()
    {
        var rows = Goldens.ReadJsonLines("casing.jsonl.gz");
        Assert.True(rows.Count > 800);
        foreach (var row in rows)
        {
            var s = Goldens.CodePoints(row.GetProperty("s"));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("lower")), StrCase.Lower(s));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("upper")), StrCase.Upper(s));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("title")), StrCase.Title(s));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("capitalize")), StrCase.Capitalize(s));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("swapcase")), StrCase.SwapCase(s));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("casefold")), StrCase.CaseFold(s));
            var text = Goldens.ToText(s);
            Assert.Equal(Goldens.ToText(Goldens.CodePoints(row.GetProperty("lower"))), StrCase.Lower(text));
            Assert.Equal(Goldens.ToText(Goldens.CodePoints(row.GetProperty("upper"))), StrCase.Upper(text));
            Assert.Equal(Goldens.ToText(Goldens.CodePoints(row.GetProperty("title"))), StrCase.Title(text));
            var at = string.Join(' ', s);
            Assert.True(row.GetProperty("isalpha").GetBoolean() == StrPredicates.IsAlpha(s), at + " isalpha");
            Assert.True(row.GetProperty("isalnum").GetBoolean() == StrPredicates.IsAlnum(s), at + " isalnum");
            Assert.True(row.GetProperty("isdecimal").GetBoolean() == StrPredicates.IsDecimal(s), at + " isdecimal");
            Assert.True(row.GetProperty("isdigit").GetBoolean() == StrPredicates.IsDigit(s), at + " isdigit");
            Assert.True(row.GetProperty("isnumeric").GetBoolean() == StrPredicates.IsNumeric(s), at + " isnumeric");
            Assert.True(row.GetProperty("isspace").GetBoolean() == StrPredicates.IsSpace(s), at + " isspace");
            Assert.True(row.GetProperty("islower").GetBoolean() == StrPredicates.IsLower(s), at + " islower");
            Assert.True(row.GetProperty("isupper").GetBoolean() == StrPredicates.IsUpper(s), at + " isupper");
            Assert.True(row.GetProperty("istitle").GetBoolean() == StrPredicates.IsTitle(s), at + " istitle");
            Assert.True(row.GetProperty("isprintable").GetBoolean() == StrPredicates.IsPrintable(s), at + " isprintable");
            Assert.True(row.GetProperty("isidentifier").GetBoolean() == StrPredicates.IsIdentifier(s), at + " isidentifier");
            Assert.True(row.GetProperty("isascii").GetBoolean() == StrPredicates.IsAscii(s), at + " isascii");
        }
    }

    [Fact]
    public void SpecialCasing_KnownCases()
    {
        // Expected values checked with CPython 3.14.
        Assert.Equal("SS", StrCase.Upper("\u00df"));
        Assert.Equal("FI", StrCase.Upper("\ufb01"));
        Assert.Equal("i\u0307", StrCase.Lower("\u0130"));
        Assert.Equal("\u03bf\u03b4\u03c2", StrCase.Lower("\u039f\u0394\u03a3"));
        Assert.Equal("\u01c5", StrCase.Title("\u01c6"));
        Assert.Equal("ss", StrCase.CaseFold("\u00df"));
    }
}
