using ProtoPython.Bytecode.Tables;
using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Assembler;

/// <summary>
/// Writes <c>co_linetable</c> in CPython 3.11+'s location table format (InternalDocs/locations.md).
/// Each entry covers 1 to 8 code units; its first byte is <c>1cccclll</c> (code, length - 1).
/// Codes 0-9: short form (same line, column group); 10-12: one-line form with a line delta
/// of 0-2; 13: line only; 14: long form; 15: no location.
/// </summary>
public sealed class LocationTableEncoder
{
    private const int CodeShort0 = 0;
    private const int CodeOneLine0 = 10;
    private const int CodeNoColumns = 13;
    private const int CodeLong = 14;
    private const int CodeNone = 15;

    private readonly List<byte> _bytes = new(64);
    private int _lineno;

    public LocationTableEncoder(int firstLineno)
    {
        _lineno = firstLineno;
    }

    /// <summary>Encodes a run of <paramref name="codeUnits"/> code units sharing one location.</summary>
    public void Add(SourceLocation loc, int codeUnits)
    {
        while (codeUnits > 8)
        {
            AddEntry(loc, 8);
            codeUnits -= 8;
        }

        if (codeUnits > 0)
        {
            AddEntry(loc, codeUnits);
        }
    }

    public byte[] ToArray() => [.. _bytes];

    private void AddEntry(SourceLocation loc, int length)
    {
        if (loc.Lineno < 0)
        {
            WriteFirst(CodeNone, length);
            return;
        }

        int lineDelta = loc.Lineno - _lineno;
        int column = loc.ColOffset;
        int endColumn = loc.EndColOffset;
        if (column < 0 || endColumn < 0)
        {
            if (loc.EndLineno == loc.Lineno || loc.EndLineno == -1)
            {
                WriteFirst(CodeNoColumns, length);
                WriteSignedVarint(lineDelta);
                _lineno = loc.Lineno;
                return;
            }
        }
        else if (loc.EndLineno == loc.Lineno)
        {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                WriteFirst(CodeShort0 + (column >> 3), length);
                _bytes.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }

            if (lineDelta is >= 0 and < 3 && column < 128 && endColumn < 128)
            {
                WriteFirst(CodeOneLine0 + lineDelta, length);
                _bytes.Add((byte)column);
                _bytes.Add((byte)endColumn);
                _lineno = loc.Lineno;
                return;
            }
        }

        WriteFirst(CodeLong, length);
        WriteSignedVarint(lineDelta);
        WriteVarint((uint)(loc.EndLineno - loc.Lineno));
        WriteVarint((uint)(loc.ColOffset + 1));
        WriteVarint((uint)(loc.EndColOffset + 1));
        _lineno = loc.Lineno;
    }

    private void WriteFirst(int code, int length) => _bytes.Add((byte)(0x80 | (code << 3) | (length - 1)));

    private void WriteVarint(uint value)
    {
        while (value >= 64)
        {
            _bytes.Add((byte)(0x40 | (value & 0x3f)));
            value >>= 6;
        }

        _bytes.Add((byte)value);
    }

    private void WriteSignedVarint(int value) =>
        WriteVarint(value < 0 ? ((uint)-value << 1) | 1 : (uint)value << 1);
}
