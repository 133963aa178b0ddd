namespace ProtoPython.Bytecode.Tables;

/// <summary>One <c>co_lines()</c> entry: byte offsets [Start, End) and the line, or null for none.</summary>
public readonly record struct LineRange(int Start, int End, int? Line);

/// <summary>One <c>co_positions()</c> entry; any field may be null (unknown).</summary>
public readonly record struct SourcePosition(int? Lineno, int? EndLineno, int? ColOffset, int? EndColOffset)
{
    public static SourcePosition None => default;
}

/// <summary>
/// Decodes CPython 3.11+'s location table (<c>co_linetable</c>, described in CPython's
/// Objects/locations.md). Each entry starts with a byte <c>1 CCCC LLL</c>: LLL+1 is the number of
/// code units covered and CCCC the form: 0–9 short (same line, small columns), 10–12 one line
/// (line delta CCCC-10, start and end column bytes), 13 no columns (signed varint line delta),
/// 14 long (line delta, end-line delta, column+1, end column+1) and 15 no location.
/// </summary>
public static class LocationTable
{
    public const int ShortFormMax = 9;
    public const int OneLineForm0 = 10;
    public const int NoColumnsForm = 13;
    public const int LongForm = 14;
    public const int NoLocationForm = 15;

    /// <summary>
    /// The raw entries: each covers <see cref="LocationEntry.Length"/> code units. A truncated
    /// last entry (only in a malformed table) is dropped.
    /// </summary>
    public static List<LocationEntry> Decode(ReadOnlySpan<byte> table, int firstLine)
    {
        var entries = new List<LocationEntry>();
        int line = firstLine;
        int pos = 0;
        while (pos < table.Length)
        {
            if (!EntryComplete(table, pos))
            {
                break;
            }

            byte head = table[pos++];
            int form = (head >> 3) & 15;
            int length = (head & 7) + 1;
            switch (form)
            {
                case NoLocationForm:
                    entries.Add(new LocationEntry(length, SourcePosition.None));
                    break;
                case LongForm:
                {
                    line += ReadSignedVarint(table, ref pos);
                    int endLine = line + ReadVarint(table, ref pos);
                    int col = ReadVarint(table, ref pos) - 1;
                    int endCol = ReadVarint(table, ref pos) - 1;
                    entries.Add(new LocationEntry(length, new SourcePosition(line, endLine, NullIfNegative(col), NullIfNegative(endCol))));
                    break;
                }

                case NoColumnsForm:
                    line += ReadSignedVarint(table, ref pos);
                    entries.Add(new LocationEntry(length, new SourcePosition(line, line, null, null)));
                    break;
                case >= OneLineForm0:
                {
                    line += form - OneLineForm0;
                    int col = Next(table, ref pos);
                    int endCol = Next(table, ref pos);
                    entries.Add(new LocationEntry(length, new SourcePosition(line, line, col, endCol)));
                    break;
                }

                default:
                {
                    int second = Next(table, ref pos);
                    int col = (form << 3) | (second >> 4);
                    entries.Add(new LocationEntry(length, new SourcePosition(line, line, col, col + (second & 15))));
                    break;
                }
            }
        }

        return entries;
    }

    /// <summary><c>co_lines()</c>: adjacent entries with the same line merge into one range.</summary>
    public static IReadOnlyList<LineRange> Lines(ReadOnlySpan<byte> lineTable, int firstLine)
    {
        var result = new List<LineRange>();
        int offset = 0;
        foreach (var entry in Decode(lineTable, firstLine))
        {
            int end = offset + (2 * entry.Length);
            int? line = entry.Position.Lineno;
            if (result.Count > 0 && result[^1].Line == line)
            {
                result[^1] = result[^1] with { End = end };
            }
            else
            {
                result.Add(new LineRange(offset, end, line));
            }

            offset = end;
        }

        return result;
    }

    /// <summary><c>co_positions()</c>: one entry per code unit; units past the table get no position.</summary>
    public static IReadOnlyList<SourcePosition> Positions(ReadOnlySpan<byte> lineTable, int firstLine, int codeUnits)
    {
        var result = new List<SourcePosition>(codeUnits);
        foreach (var entry in Decode(lineTable, firstLine))
        {
            for (int i = 0; i < entry.Length && result.Count < codeUnits; i++)
            {
                result.Add(entry.Position);
            }
        }

        while (result.Count < codeUnits)
        {
            result.Add(SourcePosition.None);
        }

        return result;
    }

    /// <summary>Reads an unsigned varint: 6-bit chunks, least significant first, 0x40 = more.</summary>
    public static int ReadVarint(ReadOnlySpan<byte> table, ref int pos)
    {
        int b = Next(table, ref pos);
        int value = b & 63;
        int shift = 0;
        while ((b & 64) != 0)
        {
            b = Next(table, ref pos);
            shift += 6;
            value |= (b & 63) << shift;
        }

        return value;
    }

    /// <summary>Reads a signed varint: the low bit of the unsigned value is the sign.</summary>
    public static int ReadSignedVarint(ReadOnlySpan<byte> table, ref int pos)
    {
        int raw = ReadVarint(table, ref pos);
        return (raw & 1) != 0 ? -(raw >> 1) : raw >> 1;
    }

    /// <summary>True when the entry at <paramref name="pos"/> ends before the next entry or the table's end.</summary>
    private static bool EntryComplete(ReadOnlySpan<byte> table, int pos)
    {
        int form = (table[pos] >> 3) & 15;
        int end = pos + 1;
        while (end < table.Length && (table[end] & 0x80) == 0)
        {
            end++;
        }

        int pos2 = pos + 1;
        int needed = form switch
        {
            NoLocationForm => 0,
            LongForm => 4,
            NoColumnsForm => 1,
            >= OneLineForm0 => 2,
            _ => 1,
        };
        if (form is LongForm or NoColumnsForm)
        {
            // Varints: count how many complete ones fit before the next entry.
            int count = 0;
            while (pos2 < end && count < needed)
            {
                while (pos2 < end && (table[pos2] & 64) != 0)
                {
                    pos2++;
                }

                if (pos2 >= end)
                {
                    return false;
                }

                pos2++;
                count++;
            }

            return count == needed;
        }

        return end - pos2 >= needed;
    }

    private static int Next(ReadOnlySpan<byte> table, ref int pos) =>
        pos < table.Length ? table[pos++] : throw new InvalidOperationException("truncated location table");

    private static int? NullIfNegative(int value) => value < 0 ? null : value;
}

/// <summary>A decoded location-table entry covering <see cref="Length"/> code units.</summary>
public readonly record struct LocationEntry(int Length, SourcePosition Position);
