using System.Collections.Generic;

namespace ProtoPython.Generators.Bytecode;

/// <summary>
/// The flag vocabulary of Instructions.def and the bits of the generated <c>OpcodeFlags</c>.
/// Bits that no .def flag sets directly (Pseudo, Specialized, FamilyBase, PseudoSequence) come from the statement itself.
/// </summary>
internal static class FlagBits
{
    /// <summary>(OpcodeFlags member, bit, doc) in bit order.</summary>
    public static readonly (string Member, uint Bit, string Doc)[] Members =
    {
        ("HasArg", 1u << 0, "Uses its oparg (CPython HAS_ARG_FLAG; dis.hasarg)."),
        ("HasConst", 1u << 1, "Oparg indexes co_consts (dis.hasconst)."),
        ("HasName", 1u << 2, "Oparg indexes co_names, possibly shifted (dis.hasname)."),
        ("HasJump", 1u << 3, "Oparg is a relative jump (dis.hasjump)."),
        ("JumpForward", 1u << 4, "The jump goes forward."),
        ("JumpBackward", 1u << 5, "The jump goes backward."),
        ("HasLocal", 1u << 6, "Oparg indexes the fast locals (dis.haslocal)."),
        ("HasFree", 1u << 7, "Oparg indexes cell/free variables (dis.hasfree)."),
        ("HasExc", 1u << 8, "Sets up an exception handler (dis.hasexc)."),
        ("HasCompare", 1u << 9, "Oparg encodes a comparison (dis.hascompare)."),
        ("ScopeExit", 1u << 10, "Leaves the scope: no fall-through (return, raise, reraise)."),
        ("UnconditionalJump", 1u << 11, "Always jumps: no fall-through."),
        ("HandlerEffect", 1u << 12, "The stack effect applies only on the jump (handler) edge."),
        ("Instrumented", 1u << 13, "An INSTRUMENTED_* form used by sys.monitoring."),
        ("Ours", 1u << 14, "A ProtoPython addition, absent from CPython (marked † in ARCHITECTURE §5.2)."),
        ("Pure", 1u << 15, "No side effects (tier-2 optimizer)."),
        ("Guard", 1u << 16, "May fail a type or version guard."),
        ("Deopt", 1u << 17, "May deoptimize to its family base."),
        ("Escapes", 1u << 18, "May run arbitrary Python code or change version tags."),
        ("Error", 1u << 19, "May raise."),
        ("Pseudo", 1u << 20, "A compiler-only pseudo-instruction."),
        ("Specialized", 1u << 21, "A specialized form (family member)."),
        ("FamilyBase", 1u << 22, "Heads a family of specialized forms."),
        ("PseudoSequence", 1u << 23, "A pseudo-instruction that expands to its targets in order (JUMP_IF_FALSE → COPY, TO_BOOL, POP_JUMP_IF_FALSE) instead of becoming one of them."),
        ("EvalBreak", 1u << 24, "Checks the eval breaker (CPython HAS_EVAL_BREAK_FLAG): signals, thread switches, async exceptions."),
    };

    private static readonly Dictionary<string, string[]> s_flags = new Dictionary<string, string[]>
    {
        ["arg"] = new[] { "HasArg" },
        ["const"] = new[] { "HasConst" },
        ["name"] = new[] { "HasName" },
        ["jump"] = new[] { "HasJump" },
        ["jump=forward"] = new[] { "HasJump", "JumpForward" },
        ["jump=backward"] = new[] { "HasJump", "JumpBackward" },
        ["local"] = new[] { "HasLocal" },
        ["free"] = new[] { "HasFree" },
        ["exc"] = new[] { "HasExc" },
        ["compare"] = new[] { "HasCompare" },
        ["exit"] = new[] { "ScopeExit" },
        ["uncond"] = new[] { "UnconditionalJump" },
        ["handler"] = new[] { "HandlerEffect" },
        ["instrumented"] = new[] { "Instrumented" },
        ["ours"] = new[] { "Ours" },
        ["pure"] = new[] { "Pure" },
        ["guard"] = new[] { "Guard" },
        ["deopt"] = new[] { "Deopt" },
        ["escapes"] = new[] { "Escapes" },
        ["error"] = new[] { "Error" },
        ["eval_break"] = new[] { "EvalBreak" },
    };

    public static string KnownList => "arg, const, name, jump, jump=forward, jump=backward, local, free, exc, compare, exit, uncond, handler, instrumented, ours, eval_break, pure, guard, deopt, escapes, error";

    public static bool TryGet(string name, string? value, out uint bits)
    {
        bits = 0;
        var key = value == null ? name : name + "=" + value;
        if (!s_flags.TryGetValue(key, out var members))
        {
            return false;
        }

        foreach (var member in members)
        {
            bits |= Bit(member);
        }

        return true;
    }

    public static uint Bit(string member)
    {
        foreach (var (m, bit, _) in Members)
        {
            if (m == member)
            {
                return bit;
            }
        }

        throw new KeyNotFoundException(member);
    }
}
