namespace ProtoPython.Objects.Unicode;

/// <summary>The Unicode normalization forms of unicodedata.normalize.</summary>
public enum NormalizationKind
{
    NFC,
    NFD,
    NFKC,
    NFKD,
}
