namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The per-code-point property tables (props.bin.gz), loaded on first use. The CLR runs the static
/// initializer of <see cref="UnicodeTables"/> exactly once, which gives lazy, thread-safe loading
/// without a lock on the lookup path.
/// </summary>
internal sealed class UnicodeTables
{
    public const string ResourceName = "ProtoPython.Objects.Unicode.Data.props.bin.gz";

    public static readonly UnicodeTables Instance = Load();

    private UnicodeTables(string unidataVersion, string[] categories, string[] bidiClasses,
        string[] eastAsianWidths, string[] decompositionTags, CharRecord[] records, TwoLevelTable recordIndex,
        double[] numericValues, int[] specialCases, TwoLevelTable decompositionIndex, int[] decompositionOffsets,
        int[] decompositionData, int[] compositions)
    {
        UnidataVersion = unidataVersion;
        Categories = categories;
        BidiClasses = bidiClasses;
        EastAsianWidths = eastAsianWidths;
        DecompositionTags = decompositionTags;
        Records = records;
        RecordIndex = recordIndex;
        NumericValues = numericValues;
        SpecialCases = specialCases;
        DecompositionIndex = decompositionIndex;
        DecompositionOffsets = decompositionOffsets;
        DecompositionData = decompositionData;
        Compositions = compositions;
    }

    public string UnidataVersion { get; }

    public string[] Categories { get; }

    public string[] BidiClasses { get; }

    public string[] EastAsianWidths { get; }

    /// <summary>Decomposition tags such as "&lt;compat&gt;"; index 0 is "" (canonical).</summary>
    public string[] DecompositionTags { get; }

    public CharRecord[] Records { get; }

    public TwoLevelTable RecordIndex { get; }

    public double[] NumericValues { get; }

    public int[] SpecialCases { get; }

    /// <summary>Per code point: 0, or an entry number into <see cref="DecompositionOffsets"/>.</summary>
    public TwoLevelTable DecompositionIndex { get; }

    public int[] DecompositionOffsets { get; }

    /// <summary>At each offset: <c>(tag &lt;&lt; 8) | length</c>, then the mapping's code points.</summary>
    public int[] DecompositionData { get; }

    /// <summary>Primary composites as flat triples (first, second, composite).</summary>
    public int[] Compositions { get; }

    private static UnicodeTables Load()
    {
        var r = DataReader.Open(ResourceName, 'P', out var version);
        var categories = r.Strings();
        var bidi = r.Strings();
        var eaw = r.Strings();
        var tags = r.Strings();
        var records = new CharRecord[r.I32()];
        for (var i = 0; i < records.Length; i++)
        {
            var category = r.U8();
            var bidiClass = r.U8();
            var combining = r.U8();
            var width = r.U8();
            var flags = (CharFlags)r.U32();
            var dec = r.I8();
            var dig = r.I8();
            var num = r.U16();
            var lower = r.I32();
            var upper = r.I32();
            var title = r.I32();
            var fold = r.I32();
            records[i] = new CharRecord(category, bidiClass, combining, width, flags, dec, dig, num,
                lower, upper, title, fold);
        }

        var recordIndex = r.TwoLevel();
        var numeric = new double[r.I32()];
        for (var i = 0; i < numeric.Length; i++)
        {
            numeric[i] = r.F64();
        }

        var special = r.I32s();
        var decompIndex = r.TwoLevel();
        var decompOffsets = r.I32s();
        var decompData = r.I32s();
        var compositions = r.I32s();
        if (!r.AtEnd)
        {
            throw new InvalidDataException("trailing bytes in Unicode property data");
        }

        return new UnicodeTables(version, categories, bidi, eaw, tags, records, recordIndex, numeric, special,
            decompIndex, decompOffsets, decompData, compositions);
    }
}
