namespace ProtoPython.Objects.Unicode;

/// <summary>
/// Character names, formal aliases, named sequences and name ranges (names.bin.gz), loaded on the
/// first name operation: most programs never need names, so they cost nothing until then.
/// </summary>
internal sealed class UnicodeNames
{
    public const string ResourceName = "ProtoPython.Objects.Unicode.Data.names.bin.gz";

    public static readonly UnicodeNames Instance = Load();

    private UnicodeNames(Dictionary<int, string> nameOf, Dictionary<string, int> codeOf, HashSet<string> aliases,
        NameRange[] ranges, Dictionary<string, int[]> sequences, int longestName)
    {
        NameOf = nameOf;
        CodeOfSpan = codeOf.GetAlternateLookup<ReadOnlySpan<char>>();
        Aliases = aliases;
        CodeOf = codeOf;
        Ranges = ranges;
        Sequences = sequences;
        LongestName = longestName;
    }

    /// <summary>Names stored one by one (not Hangul syllables, not range names).</summary>
    public Dictionary<int, string> NameOf { get; }

    /// <summary>Stored names and formal aliases, upper case, to their code point.</summary>
    public Dictionary<string, int> CodeOf { get; }

    /// <summary><see cref="CodeOf"/> looked up by span, without allocating a key string.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CodeOfSpan { get; }

    /// <summary>The keys of <see cref="CodeOf"/> that are formal aliases rather than names.</summary>
    public HashSet<string> Aliases { get; }

    /// <summary>Names of the form PREFIX + "%04X" over a code point range, sorted by start.</summary>
    public NameRange[] Ranges { get; }

    /// <summary>Named character sequences (accepted by unicodedata.lookup, refused by \N{...}).</summary>
    public Dictionary<string, int[]> Sequences { get; }

    /// <summary>The length of the longest stored name, alias or sequence name.</summary>
    public int LongestName { get; }

    private static UnicodeNames Load()
    {
        var r = DataReader.Open(ResourceName, 'N', out _);
        var count = r.I32();
        var nameOf = new Dictionary<int, string>(count);
        var codeOf = new Dictionary<string, int>(count + 512, StringComparer.Ordinal);
        var longest = 0;
        for (var i = 0; i < count; i++)
        {
            var cp = r.I32();
            var name = r.Ascii();
            nameOf.Add(cp, name);
            codeOf.Add(name, cp);
            longest = Math.Max(longest, name.Length);
        }

        var ranges = new NameRange[r.I32()];
        for (var i = 0; i < ranges.Length; i++)
        {
            var flags = r.U8();
            var start = r.I32();
            var end = r.I32();
            ranges[i] = new NameRange(start, end, r.Ascii(), (flags & 1) != 0);
        }

        var aliasCount = r.I32();
        var aliases = new HashSet<string>(aliasCount, StringComparer.Ordinal);
        for (var i = 0; i < aliasCount; i++)
        {
            var cp = r.I32();
            var alias = r.Ascii();
            if (codeOf.TryAdd(alias, cp))
            {
                aliases.Add(alias);
            }

            longest = Math.Max(longest, alias.Length);
        }

        var sequenceCount = r.I32();
        var sequences = new Dictionary<string, int[]>(sequenceCount, StringComparer.Ordinal);
        for (var i = 0; i < sequenceCount; i++)
        {
            var name = r.Ascii();
            sequences.Add(name, r.I32s());
            longest = Math.Max(longest, name.Length);
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("trailing bytes in Unicode name data");
        }

        return new UnicodeNames(nameOf, codeOf, aliases, ranges, sequences, longest);
    }
}

/// <summary>
/// Code points <see cref="Start"/>..<see cref="End"/> named <see cref="Prefix"/> + their hex value
/// (at least four digits). When <see cref="Returned"/> is false, unicodedata.lookup accepts the
/// names but unicodedata.name does not return them (CPython 3.14 does so for Tangut ideographs).
/// </summary>
internal readonly record struct NameRange(int Start, int End, string Prefix, bool Returned);
