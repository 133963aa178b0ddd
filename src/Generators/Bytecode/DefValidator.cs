using System.Collections.Generic;

namespace ProtoPython.Generators.Bytecode;

/// <summary>
/// Checks a parsed <see cref="DefFile"/> (names, numbers, flags, families, pseudo targets, macros)
/// and resolves flags to <see cref="FlagBits"/>. Reports PPBC002–PPBC010.
/// </summary>
internal static class DefValidator
{
    public const int MaxRealOpcode = 255;
    public const int MinPseudoOpcode = 256;
    public const int MaxPseudoOpcode = 1023;

    public static void Validate(DefFile file, List<DefDiagnostic> diagnostics)
    {
        var byName = new Dictionary<string, InstructionDef>();
        var byNumber = new Dictionary<int, InstructionDef>();
        var pascal = new Dictionary<string, InstructionDef>();
        foreach (var instruction in file.Instructions)
        {
            if (byName.ContainsKey(instruction.Name))
            {
                Report(diagnostics, DefDiagnostics.DuplicateName, instruction.NamePosition, instruction.Name.Length,
                    "instruction '" + instruction.Name + "' is defined more than once");
                continue;
            }

            byName.Add(instruction.Name, instruction);
            CheckNumber(instruction, byNumber, diagnostics);
            CheckFlags(instruction.Flags, instruction.Kind, diagnostics);
            var member = Naming.PascalCase(instruction.Name);
            if (pascal.TryGetValue(member, out var other))
            {
                Report(diagnostics, DefDiagnostics.NameCollision, instruction.NamePosition, instruction.Name.Length,
                    "'" + instruction.Name + "' and '" + other.Name + "' both become Opcode." + member);
            }
            else
            {
                pascal.Add(member, instruction);
            }

            if (instruction.Cache.Count > 0 && instruction.Cache[0].Name != "counter")
            {
                Report(diagnostics, DefDiagnostics.BadCache, instruction.NamePosition, instruction.Name.Length,
                    "the cache layout of '" + instruction.Name + "' must start with counter/1");
            }

            var seen = new HashSet<string>();
            foreach (var entry in instruction.Cache)
            {
                if (!seen.Add(entry.Name))
                {
                    Report(diagnostics, DefDiagnostics.BadCache, instruction.NamePosition, instruction.Name.Length,
                        "cache entry '" + entry.Name + "' appears twice in '" + instruction.Name + "'");
                }
            }
        }

        CheckConsts(file, diagnostics);
        CheckFamilies(file, byName, diagnostics);
        CheckPseudoTargets(file, byName, diagnostics);
        CheckUops(file, byName, diagnostics);
    }

    private static void CheckNumber(InstructionDef instruction, Dictionary<int, InstructionDef> byNumber, List<DefDiagnostic> diagnostics)
    {
        var pseudo = instruction.Kind == DefKind.Pseudo;
        var low = pseudo ? MinPseudoOpcode : 0;
        var high = pseudo ? MaxPseudoOpcode : MaxRealOpcode;
        var length = instruction.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        if (instruction.Number < low || instruction.Number > high)
        {
            Report(diagnostics, DefDiagnostics.NumberOutOfRange, instruction.NumberPosition, length,
                (pseudo ? "pseudo-instruction" : "instruction") + " '" + instruction.Name + "' has number " + instruction.Number +
                "; it must be in " + low + ".." + high);
            return;
        }

        if (byNumber.TryGetValue(instruction.Number, out var other))
        {
            Report(diagnostics, DefDiagnostics.DuplicateNumber, instruction.NumberPosition, length,
                "number " + instruction.Number + " of '" + instruction.Name + "' is already used by '" + other.Name + "'");
            return;
        }

        byNumber.Add(instruction.Number, instruction);
    }

    private static void CheckFlags(List<FlagDef> flags, DefKind kind, List<DefDiagnostic> diagnostics)
    {
        foreach (var flag in flags)
        {
            if (!FlagBits.TryGet(flag.Name, flag.Value, out _))
            {
                var text = flag.Value == null ? flag.Name : flag.Name + "=" + flag.Value;
                Report(diagnostics, DefDiagnostics.UnknownFlag, flag.Position, text.Length,
                    "unknown flag '" + text + "' (known: " + FlagBits.KnownList + ")");
            }
            else if (flag.Name == "handler" && kind != DefKind.Pseudo)
            {
                Report(diagnostics, DefDiagnostics.UnknownFlag, flag.Position, flag.Name.Length,
                    "flag 'handler' applies only to pseudo-instructions");
            }
        }
    }

    private static void CheckConsts(DefFile file, List<DefDiagnostic> diagnostics)
    {
        var seen = new HashSet<string>();
        foreach (var constant in file.Consts)
        {
            if (!seen.Add(constant.Name.Name))
            {
                Report(diagnostics, DefDiagnostics.DuplicateName, constant.Name.Position, constant.Name.Name.Length,
                    "constant '" + constant.Name.Name + "' is defined more than once");
            }
        }
    }

    private static void CheckFamilies(DefFile file, Dictionary<string, InstructionDef> byName, List<DefDiagnostic> diagnostics)
    {
        var bases = new HashSet<string>();
        foreach (var family in file.Families)
        {
            if (!byName.TryGetValue(family.Base.Name, out var head))
            {
                ReportUnknown(diagnostics, family.Base);
                continue;
            }

            if (head.Kind != DefKind.Inst)
            {
                Report(diagnostics, DefDiagnostics.BadFamily, family.Base.Position, family.Base.Name.Length,
                    "family base '" + family.Base.Name + "' must be a real instruction ('inst')");
                continue;
            }

            if (!bases.Add(head.Name))
            {
                Report(diagnostics, DefDiagnostics.BadFamily, family.Base.Position, family.Base.Name.Length,
                    "family '" + head.Name + "' is declared more than once");
                continue;
            }

            foreach (var memberRef in family.Members)
            {
                if (!byName.TryGetValue(memberRef.Name, out var member))
                {
                    ReportUnknown(diagnostics, memberRef);
                    continue;
                }

                if (member.Kind != DefKind.Spec)
                {
                    Report(diagnostics, DefDiagnostics.BadFamily, memberRef.Position, memberRef.Name.Length,
                        "family member '" + member.Name + "' must be declared with 'spec'");
                    continue;
                }

                if (member.FamilyBase != null)
                {
                    Report(diagnostics, DefDiagnostics.BadFamily, memberRef.Position, memberRef.Name.Length,
                        "'" + member.Name + "' is already a member of family '" + member.FamilyBase.Name + "'");
                    continue;
                }

                member.FamilyBase = head;
            }
        }

        foreach (var instruction in file.Instructions)
        {
            if (instruction.Kind == DefKind.Spec && instruction.FamilyBase == null && byName[instruction.Name] == instruction)
            {
                Report(diagnostics, DefDiagnostics.BadFamily, instruction.NamePosition, instruction.Name.Length,
                    "specialized instruction '" + instruction.Name + "' belongs to no family");
            }
        }
    }

    private static void CheckPseudoTargets(DefFile file, Dictionary<string, InstructionDef> byName, List<DefDiagnostic> diagnostics)
    {
        foreach (var instruction in file.Instructions)
        {
            foreach (var target in instruction.Targets)
            {
                if (!byName.TryGetValue(target.Name, out var real))
                {
                    ReportUnknown(diagnostics, target);
                }
                else if (real.Kind != DefKind.Inst)
                {
                    Report(diagnostics, DefDiagnostics.UnknownName, target.Position, target.Name.Length,
                        "pseudo-instruction target '" + target.Name + "' must be a real instruction ('inst')");
                }
            }
        }
    }

    private static void CheckUops(DefFile file, Dictionary<string, InstructionDef> byName, List<DefDiagnostic> diagnostics)
    {
        var uops = new HashSet<string>();
        foreach (var uop in file.Uops)
        {
            if (!uop.Name.Name.StartsWith("_", System.StringComparison.Ordinal))
            {
                Report(diagnostics, DefDiagnostics.Syntax, uop.Name.Position, uop.Name.Name.Length,
                    "uop names start with '_' (got '" + uop.Name.Name + "')");
            }

            if (!uops.Add(uop.Name.Name))
            {
                Report(diagnostics, DefDiagnostics.DuplicateName, uop.Name.Position, uop.Name.Name.Length,
                    "uop '" + uop.Name.Name + "' is defined more than once");
            }

            CheckFlags(uop.Flags, DefKind.Inst, diagnostics);
        }

        var macros = new HashSet<string>();
        foreach (var macro in file.Macros)
        {
            if (!byName.ContainsKey(macro.Name.Name))
            {
                ReportUnknown(diagnostics, macro.Name);
            }
            else if (!macros.Add(macro.Name.Name))
            {
                Report(diagnostics, DefDiagnostics.DuplicateName, macro.Name.Position, macro.Name.Name.Length,
                    "macro '" + macro.Name.Name + "' is defined more than once");
            }

            foreach (var part in macro.Parts)
            {
                if (part.CacheSize == null && !uops.Contains(part.Name.Name) && !byName.ContainsKey(part.Name.Name))
                {
                    ReportUnknown(diagnostics, part.Name);
                }
            }
        }
    }

    private static void ReportUnknown(List<DefDiagnostic> diagnostics, NameRef name) =>
        Report(diagnostics, DefDiagnostics.UnknownName, name.Position, name.Name.Length, "unknown instruction or uop '" + name.Name + "'");

    private static void Report(List<DefDiagnostic> diagnostics, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DefPosition position, int length, string message) =>
        diagnostics.Add(new DefDiagnostic(descriptor, position, length, message));
}
