using ProtoPython.Bytecode;

namespace ProtoPython.Specializer;

/// <summary>
/// The <c>Specialize*</c> function of each family (ARCHITECTURE §5): called by a generic
/// instruction whose counter triggered, with the operands it is about to work on. Success writes
/// the cache entries, then publishes the specialized opcode, then sets the counter to cooldown;
/// failure leaves the opcode alone and backs the counter off. The eval loop then dispatches the
/// instruction again, so the new form runs at once.
/// </summary>
public static partial class Specialize
{
    // Writes the opcode byte after the caches (a reader sees either the old form or the new one
    // with its caches complete).
    private static void Publish(ushort[] units, int instr, Opcode op)
    {
        if (SpecializerConfig.Stats)
        {
            SpecializerStats.Successes[(int)OpcodeInfo.Deopt(op)]++;
        }

        Volatile.Write(ref units[instr], (ushort)((units[instr] & 0xFF00) | (int)op));
        units[instr + 1] = AdaptiveCounter.Cooldown;
    }

    // Failures are rare (each one backs the counter off exponentially), so the reason is always
    // described; it is kept only for --jit-stats.
    private static void Fail(ushort[] units, int instr, string reason)
    {
        // A specialized form whose guards kept failing re-specializes through its family's generic
        // body with its own opcode still in place: failing then goes back to the generic form
        // (CPython's unspecialize), and the failure counts under the family.
        var op = units[instr] & 0xFF;
        var family = (int)OpcodeInfo.Deopt((Opcode)op);
        if (family != op)
        {
            Volatile.Write(ref units[instr], (ushort)((units[instr] & 0xFF00) | family));
        }

        if (SpecializerConfig.Stats)
        {
            SpecializerStats.Failures[family]++;
            SpecializerStats.RecordFailure(family, reason);
        }

        units[instr + 1] = AdaptiveCounter.Backoff(units[instr + 1]);
    }

    /// <summary>A 32-bit value in two cache entries, low half first (CPython's write_u32).</summary>
    private static void WriteU32(ushort[] units, int at, uint value)
    {
        units[at] = (ushort)value;
        units[at + 1] = (ushort)(value >> 16);
    }

    /// <summary>Reads what <see cref="WriteU32"/> wrote.</summary>
    public static uint ReadU32(ushort[] units, int at) => units[at] | ((uint)units[at + 1] << 16);
}
