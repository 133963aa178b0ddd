namespace ProtoPython.Compiler.Code;

/// <summary>
/// One <c>co_exceptiontable</c> entry as <c>dis</c> shows it: byte offsets [Start, End) are
/// covered; an exception pops the stack to <see cref="Depth"/>, pushes the raising offset when
/// <see cref="Lasti"/>, and jumps to <see cref="Target"/>.
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>
/// Reads the exception table: each entry is four varints (start, size, target in code units,
/// then depth&lt;&lt;1 | lasti). These varints are big-endian 6-bit chunks with 0x40 meaning
/// "more"; the assembler also sets 0x80 on an entry's first byte, which readers ignore.
/// </summary>
public static class ExceptionTableReader
{
    public static List<ExceptionTableEntry> Parse(ReadOnlySpan<byte> table)
    {
        var entries = new List<ExceptionTableEntry>();
        int pos = 0;
        while (pos < table.Length)
        {
            int start = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length)
            {
                break;
            }

            int size = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length)
            {
                break;
            }

            int target = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length)
            {
                break;
            }

            int depthLasti = ReadVarint(table, ref pos);
            entries.Add(new ExceptionTableEntry(start, start + size, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }

        return entries;
    }

    /// <summary>Reads one big-endian varint of 6-bit chunks.</summary>
    public static int ReadVarint(ReadOnlySpan<byte> table, ref int pos)
    {
        int b = table[pos++];
        int value = b & 63;
        while ((b & 64) != 0)
        {
            if (pos >= table.Length)
            {
                throw new InvalidOperationException("truncated exception table");
            }

            b = table[pos++];
            value = (value << 6) | (b & 63);
        }

        return value;
    }
}
