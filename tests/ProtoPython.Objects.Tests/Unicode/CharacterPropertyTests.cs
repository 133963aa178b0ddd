using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>Per-code-point predicates compared with CPython over the whole code space.</summary>
public class CharacterPropertyTests
{
    [Fact]
    public void UnidataVersion_IsTheGoldensVersion()
    {
        Assert.Equal("16.0.0", UnicodeDatabase.UnidataVersion);
        Assert.Equal(Goldens.UnidataVersion(), UnicodeDatabase.UnidataVersion);
    }

    [Fact]
    public void IsPrintable_MatchesCPython() => Fingerprint.AssertPredicate("isprintable", UnicodeDatabase.IsPrintable);

    [Fact]
    public void IsXidStart_MatchesCPython() => Fingerprint.AssertPredicate("xid_start", UnicodeDatabase.IsXidStart);

    [Fact]
    public void IsXidContinue_MatchesCPython() =>
        Fingerprint.AssertPredicate("xid_continue", UnicodeDatabase.IsXidContinue);

    [Fact]
    public void IsAlpha_MatchesCPython() => Fingerprint.AssertPredicate("isalpha", UnicodeDatabase.IsAlpha);

    [Fact]
    public void IsDecimal_MatchesCPython() => Fingerprint.AssertPredicate("isdecimal", UnicodeDatabase.IsDecimal);

    [Fact]
    public void IsDigit_MatchesCPython() => Fingerprint.AssertPredicate("isdigit", UnicodeDatabase.IsDigit);

    [Fact]
    public void IsNumeric_MatchesCPython() => Fingerprint.AssertPredicate("isnumeric", UnicodeDatabase.IsNumeric);

    [Fact]
    public void IsAlnum_MatchesCPython() => Fingerprint.AssertPredicate("isalnum", UnicodeDatabase.IsAlnum);

    [Fact]
    public void IsSpace_MatchesCPython() => Fingerprint.AssertPredicate("isspace", UnicodeDatabase.IsSpace);

    [Fact]
    public void IsLower_MatchesCPython() => Fingerprint.AssertPredicate("islower", UnicodeDatabase.IsLower);

    [Fact]
    public void IsUpper_MatchesCPython() => Fingerprint.AssertPredicate("isupper", UnicodeDatabase.IsUpper);

    [Fact]
    public void IsTitleOrUpper_MatchesCPythonIstitle() =>
        Fingerprint.AssertPredicate("istitle", cp => UnicodeDatabase.IsTitle(cp) || UnicodeDatabase.IsUpper(cp));

    [Fact]
    public void IsCaseIgnorable_MatchesCPythonFinalSigmaRule() =>
        Fingerprint.AssertPredicate("case_ignorable", UnicodeDatabase.IsCaseIgnorable);

    [Fact]
    public void IsLinebreak_MatchesCPythonSplitlines() =>
        Fingerprint.AssertPredicate("linebreak", UnicodeDatabase.IsLinebreak);

    [Fact]
    public void Predicates_OutsideTheCodeSpace_AreFalse()
    {
        Assert.False(UnicodeDatabase.IsPrintable(-1));
        Assert.False(UnicodeDatabase.IsPrintable(0x110000));
        Assert.False(UnicodeDatabase.IsXidStart(int.MinValue));
        Assert.False(UnicodeDatabase.IsXidContinue(0x7FFFFFFF));
    }

    [Fact]
    public void ValueLookups_OutsideTheCodeSpace_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase.Category(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase.GetName(0x110000));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase.Decomposition(0x110000));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase320.Category(0x110000));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase.Normalize(NormalizationKind.NFC, [0x41, 0x110000]));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnicodeDatabase.Normalize((NormalizationKind)7, "x"));
    }

    [Fact]
    public void IdentifierStart_AcceptsUnderscoreWhichIsNotXidStart()
    {
        Assert.False(UnicodeDatabase.IsXidStart('_'));
        Assert.True(UnicodeDatabase.IsIdentifierStart('_'));
        Assert.True(UnicodeDatabase.IsXidContinue('_'));
        Assert.True(UnicodeDatabase.IsIdentifierStart(0x00E9));
        Assert.False(UnicodeDatabase.IsIdentifierStart('1'));
    }
}
