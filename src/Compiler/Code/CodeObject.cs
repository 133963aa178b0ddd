using ProtoPython.Bytecode.Tables;
using System.Collections.Immutable;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Code;

/// <summary>
/// An immutable compiled code object with the attributes of CPython 3.14's <c>types.CodeType</c>.
/// The bytecode is kept as 16-bit code units (<c>opcode | oparg &lt;&lt; 8</c>, inline CACHE
/// entries included), which is exactly <c>co_code</c> read as little-endian words.
/// </summary>
public sealed class CodeObject
{
    private ImmutableArray<string>? _varNames;
    private ImmutableArray<string>? _cellVars;
    private ImmutableArray<string>? _freeVars;

    public required int ArgCount { get; init; }

    public required int PosOnlyArgCount { get; init; }

    public required int KwOnlyArgCount { get; init; }

    public required int StackSize { get; init; }

    public required CodeFlags Flags { get; init; }

    /// <summary>Code units: low byte the opcode, high byte the oparg (CACHE entries are 0 or cache data).</summary>
    public required ImmutableArray<ushort> Code { get; init; }

    public required ImmutableArray<ConstantValue> Consts { get; init; }

    public required ImmutableArray<string> Names { get; init; }

    /// <summary><c>co_localsplusnames</c>: locals, then cells that are not locals, then free variables.</summary>
    public required ImmutableArray<string> LocalsPlusNames { get; init; }

    /// <summary><c>co_localspluskinds</c>, one entry per <see cref="LocalsPlusNames"/> entry.</summary>
    public required ImmutableArray<LocalKind> LocalsPlusKinds { get; init; }

    public required string Filename { get; init; }

    public required string Name { get; init; }

    public required string QualName { get; init; }

    public required int FirstLineNo { get; init; }

    /// <summary><c>co_linetable</c> in 3.14's location-table format (see <see cref="LocationTable"/>).</summary>
    public required ImmutableArray<byte> LineTable { get; init; }

    /// <summary><c>co_exceptiontable</c>: varint entries (see <see cref="ExceptionTable"/>).</summary>
    public required ImmutableArray<byte> ExceptionTable { get; init; }

    /// <summary><c>co_code</c>: the code units as little-endian bytes.</summary>
    public byte[] CodeBytes
    {
        get
        {
            var bytes = new byte[Code.Length * 2];
            for (int i = 0; i < Code.Length; i++)
            {
                bytes[2 * i] = (byte)Code[i];
                bytes[(2 * i) + 1] = (byte)(Code[i] >> 8);
            }

            return bytes;
        }
    }

    /// <summary><c>co_varnames</c>: the locals-plus names with the <see cref="LocalKind.Local"/> kind.</summary>
    public ImmutableArray<string> VarNames => _varNames ??= Select(LocalKind.Local);

    /// <summary><c>co_cellvars</c>: the locals-plus names with the <see cref="LocalKind.Cell"/> kind.</summary>
    public ImmutableArray<string> CellVars => _cellVars ??= Select(LocalKind.Cell);

    /// <summary><c>co_freevars</c>: the locals-plus names with the <see cref="LocalKind.Free"/> kind.</summary>
    public ImmutableArray<string> FreeVars => _freeVars ??= Select(LocalKind.Free);

    /// <summary><c>co_nlocals</c>.</summary>
    public int NLocals => VarNames.Length;

    /// <summary>Reads <c>co_code</c> bytes back into code units.</summary>
    public static ImmutableArray<ushort> UnitsFromBytes(ReadOnlySpan<byte> bytes)
    {
        if ((bytes.Length & 1) != 0)
        {
            throw new ArgumentException("co_code must have an even length", nameof(bytes));
        }

        var units = new ushort[bytes.Length / 2];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = (ushort)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return ImmutableArray.Create(units);
    }

    /// <summary>Builds a code unit from an opcode and an 8-bit oparg.</summary>
    public static ushort Unit(int opcode, int oparg) => (ushort)((opcode & 0xFF) | ((oparg & 0xFF) << 8));

    /// <summary>The opcode byte of the code unit at <paramref name="index"/>.</summary>
    public int OpcodeAt(int index) => Code[index] & 0xFF;

    /// <summary>The oparg byte of the code unit at <paramref name="index"/>.</summary>
    public int OpargAt(int index) => Code[index] >> 8;

    /// <summary>The name a local-variable oparg refers to (<c>co._varname_from_oparg</c>).</summary>
    public string LocalName(int oparg) => LocalsPlusNames[oparg];

    /// <summary><c>co_lines()</c>: (start, end, line) ranges; line is null for "no line".</summary>
    public IReadOnlyList<LineRange> Lines() => LocationTable.Lines(LineTable.AsSpan(), FirstLineNo);

    /// <summary><c>co_positions()</c>: one position per code unit (CACHE entries included).</summary>
    public IReadOnlyList<SourcePosition> Positions() => LocationTable.Positions(LineTable.AsSpan(), FirstLineNo, Code.Length);

    /// <summary>The entries of <c>co_exceptiontable</c>.</summary>
    public IReadOnlyList<ExceptionTableEntry> ExceptionEntries() => ExceptionTableReader.Parse(ExceptionTable.AsSpan());

    /// <summary>Checks the invariants CPython's code constructor enforces; throws on a broken object.</summary>
    public void Validate()
    {
        if (LocalsPlusNames.Length != LocalsPlusKinds.Length)
        {
            throw new InvalidOperationException("co_localsplusnames and co_localspluskinds differ in length");
        }

        if (ArgCount < PosOnlyArgCount || ArgCount < 0 || KwOnlyArgCount < 0 || StackSize < 0)
        {
            throw new InvalidOperationException("bad argument counts in code object");
        }

        int nargs = ArgCount + KwOnlyArgCount
            + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0)
            + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        if (nargs > NLocals)
        {
            throw new InvalidOperationException("code: co_varnames is too small");
        }
    }

    public override string ToString() => CodeConstant.FormatRepr(this);

    private ImmutableArray<string> Select(LocalKind kind)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
        {
            if ((LocalsPlusKinds[i] & kind) != 0)
            {
                builder.Add(LocalsPlusNames[i]);
            }
        }

        return builder.ToImmutable();
    }
}
