namespace ProtoPython.Compiler.Assembler;

/// <summary>
/// Writes <c>co_exceptiontable</c> (InternalDocs/exception_handling.md): each entry is four
/// big-endian 6-bit varints, start, size, target (in code units) and <c>depth &lt;&lt; 1 | lasti</c>,
/// with bit 7 marking the first byte of an entry and bit 6 the continuation.
/// </summary>
public sealed class ExceptionTableEncoder
{
    private readonly List<byte> _bytes = new(16);

    public void Add(int start, int end, int target, int depth, bool lasti)
    {
        WriteItem(start, 0x80);
        WriteItem(end - start, 0);
        WriteItem(target, 0);
        WriteItem((depth << 1) | (lasti ? 1 : 0), 0);
    }

    public byte[] ToArray() => [.. _bytes];

    private void WriteItem(int value, int msb)
    {
        for (int shift = 24; shift > 0; shift -= 6)
        {
            if (value >= 1 << shift)
            {
                _bytes.Add((byte)(((value >> shift) & 0x3f) | 0x40 | msb));
                msb = 0;
            }
        }

        _bytes.Add((byte)((value & 0x3f) | msb));
    }
}
