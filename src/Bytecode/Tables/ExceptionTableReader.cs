namespace ProtoPython.Bytecode.Tables;

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
/// A truncated final entry is dropped, as <c>dis._parse_exception_table</c> does.
/// </summary>
public static class ExceptionTableReader
{
    public static List<ExceptionTableEntry> Parse(ReadOnlySpan<byte> table)
    {
        var entries = new List<ExceptionTableEntry>();
        int pos = 0;
        while (TryReadVarint(table, ref pos, out int start)
            && TryReadVarint(table, ref pos, out int size)
            && TryReadVarint(table, ref pos, out int target)
            && TryReadVarint(table, ref pos, out int depthLasti))
        {
            entries.Add(new ExceptionTableEntry(2 * start, 2 * (start + size), 2 * target, depthLasti >> 1, (depthLasti & 1) != 0));
        }

        return entries;
    }

    /// <summary>Reads one big-endian varint of 6-bit chunks; false at the end of the table.</summary>
    public static bool TryReadVarint(ReadOnlySpan<byte> table, ref int pos, out int value)
    {
        value = 0;
        int b;
        do
        {
            if (pos >= table.Length)
            {
                return false;
            }

            b = table[pos++];
            value = (value << 6) | (b & 63);
        }
        while ((b & 64) != 0);

        return true;
    }
}
