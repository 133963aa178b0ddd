using ProtoPython.Bytecode.Tables;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Disassembly;

/// <summary>One named inline-cache value following an instruction: its name, size in code units and raw bytes.</summary>
public sealed record CacheEntryInfo(string Name, int Size, byte[] Data);

/// <summary>
/// An instruction as <c>dis.get_instructions</c> yields it. <see cref="Arg"/> is null for
/// opcodes without an argument; <see cref="Label"/> is the 1-based jump-target label or null.
/// </summary>
public sealed record DisInstruction(
    string OpName,
    int Opcode,
    int? Arg,
    string ArgRepr,
    int Offset,
    int StartOffset,
    bool StartsLine,
    int? LineNumber,
    int? Label,
    SourcePosition Positions,
    IReadOnlyList<CacheEntryInfo>? CacheInfo)
{
    /// <summary>Byte offset of the jump target for jump opcodes, otherwise null.</summary>
    public int? JumpTarget { get; init; }
}
