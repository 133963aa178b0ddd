using ProtoPython.Objects.Unicode;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>PEP 3131 identifiers: what the parser does with a NAME token's text.</summary>
public static class Identifiers
{
    /// <summary>
    /// The identifier a NAME token denotes: ASCII names as they are, others NFKC-normalized
    /// (CPython's _PyPegen_new_identifier). The tokenizer already checked XID_Start/XID_Continue.
    /// </summary>
    public static string Normalize(string name)
    {
        foreach (char c in name)
        {
            if (c >= 0x80)
            {
                return UnicodeDatabase.Normalize(NormalizationKind.NFKC, name);
            }
        }

        return name;
    }
}
