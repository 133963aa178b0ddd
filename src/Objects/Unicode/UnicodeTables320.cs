namespace ProtoPython.Objects.Unicode;

/// <summary>
/// The Unicode 3.2.0 property records behind unicodedata.ucd_3_2_0 (props320.bin.gz), loaded on
/// first use. Only stringprep and the idna codec need them.
/// </summary>
internal sealed class UnicodeTables320
{
    public const string ResourceName = "ProtoPython.Objects.Unicode.Data.props320.bin.gz";

    public static readonly UnicodeTables320 Instance = Load();

    private UnicodeTables320(string unidataVersion, string[] categories, string[] bidiClasses,
        string[] eastAsianWidths, Record[] records, TwoLevelTable recordIndex, double[] numericValues,
        Dictionary<int, (int[] Nfd, int[] Nfkd)> corrections)
    {
        UnidataVersion = unidataVersion;
        Categories = categories;
        BidiClasses = bidiClasses;
        EastAsianWidths = eastAsianWidths;
        Records = records;
        RecordIndex = recordIndex;
        NumericValues = numericValues;
        Corrections = corrections;
    }

    public string UnidataVersion { get; }

    public string[] Categories { get; }

    public string[] BidiClasses { get; }

    public string[] EastAsianWidths { get; }

    public Record[] Records { get; }

    public TwoLevelTable RecordIndex { get; }

    public double[] NumericValues { get; }

    /// <summary>Code points whose 3.2.0 decomposition differs from today's (CPython's normalization corrections).</summary>
    public Dictionary<int, (int[] Nfd, int[] Nfkd)> Corrections { get; }

    public ref readonly Record RecordOf(int cp) => ref Records[RecordIndex.Get(cp)];

    private static UnicodeTables320 Load()
    {
        var r = DataReader.Open(ResourceName, '3', out _);
        var version = r.Ascii();
        var categories = r.Strings();
        var bidi = r.Strings();
        var eaw = r.Strings();
        var records = new Record[r.I32()];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = new Record(r.U8(), r.U8(), r.U8(), r.U8(), r.U8(), r.I8(), r.I8(), r.U16());
        }

        var recordIndex = r.TwoLevel();
        var numeric = new double[r.I32()];
        for (var i = 0; i < numeric.Length; i++)
        {
            numeric[i] = r.F64();
        }

        var count = r.I32();
        var corrections = new Dictionary<int, (int[], int[])>(count);
        for (var i = 0; i < count; i++)
        {
            var cp = r.I32();
            var nfd = r.I32s();
            corrections.Add(cp, (nfd, r.I32s()));
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("trailing bytes in Unicode 3.2.0 data");
        }

        return new UnicodeTables320(version, categories, bidi, eaw, records, recordIndex, numeric, corrections);
    }

    /// <summary>One distinct combination of 3.2.0 properties; category 0 ("Cn") means unassigned in 3.2.0.</summary>
    internal readonly record struct Record(byte Category, byte Bidirectional, byte Combining, byte EastAsianWidth,
        byte Mirrored, sbyte DecimalValue, sbyte DigitValue, ushort NumericIndex);
}
