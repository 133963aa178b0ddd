using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

/// <summary>
/// Quickening (CPython's <c>_PyCode_Quicken</c>): before a code object first runs, the counter of
/// every specializable instruction is set to <see cref="AdaptiveCounter.Warmup"/>. The compiler
/// emits zeroed caches, which would read as "triggered" on the first execution.
/// </summary>
public static class Quickener
{
    public static void Quicken(PyCode code)
    {
        var units = code.Instructions;
        for (var i = 0; i < units.Length;)
        {
            var op = (Opcode)(units[i] & 0xFF);
            var caches = OpcodeInfo.CacheEntries(op);
            if (caches > 0 && IsAdaptive(op))
            {
                units[i + 1] = AdaptiveCounter.Warmup;
            }

            i += 1 + caches;
        }

        code.IsQuickened = true;
    }

    /// <summary>The families whose generic form runs the counter in our eval loop.</summary>
    public static bool IsAdaptive(Opcode op) => op is Opcode.LoadGlobal or Opcode.BinaryOp or Opcode.CompareOp
        or Opcode.ToBool or Opcode.ForIter or Opcode.Call or Opcode.LoadAttr or Opcode.StoreAttr
        or Opcode.UnpackSequence or Opcode.StoreSubscr or Opcode.ContainsOp or Opcode.LoadSuperAttr;
}
