using System.Collections.Generic;

namespace ProtoPython.Generators.Bytecode;

/// <summary>A position in Instructions.def: 0-based line and column plus the absolute offset.</summary>
internal readonly struct DefPosition
{
    public DefPosition(int offset, int line, int column)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }
}

internal enum DefKind
{
    Inst,
    Spec,
    Pseudo,
}

/// <summary>One stack item of a stack effect: <c>name</c>, <c>name[count]</c> or <c>name if (cond)</c>.</summary>
internal sealed class StackItem
{
    public StackItem(string name, DefExpr? count, DefExpr? condition)
    {
        Name = name;
        Count = count;
        Condition = condition;
    }

    public string Name { get; }

    /// <summary>Array size, for <c>args[oparg]</c>; null for a single item.</summary>
    public DefExpr? Count { get; }

    /// <summary>Presence condition, for <c>res if (oparg &amp; 1)</c>; null when always present.</summary>
    public DefExpr? Condition { get; }

    public string Text
    {
        get
        {
            if (Count != null)
            {
                return Name + "[" + Count.Text + "]";
            }

            return Condition != null ? Name + " if (" + Condition.Text + ")" : Name;
        }
    }
}

internal sealed class StackEffectDef
{
    public StackEffectDef(List<StackItem> inputs, List<StackItem> outputs)
    {
        Inputs = inputs;
        Outputs = outputs;
    }

    public List<StackItem> Inputs { get; }

    public List<StackItem> Outputs { get; }

    public string Text
    {
        get
        {
            var ins = Join(Inputs);
            var outs = Join(Outputs);
            return "(" + ins + (ins.Length > 0 ? " " : string.Empty) + "--" + (outs.Length > 0 ? " " : string.Empty) + outs + ")";
        }
    }

    private static string Join(List<StackItem> items)
    {
        var parts = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            parts[i] = items[i].Text;
        }

        return string.Join(", ", parts);
    }
}

internal sealed class CacheEntryDef
{
    public CacheEntryDef(string name, int size)
    {
        Name = name;
        Size = size;
    }

    public string Name { get; }

    public int Size { get; }
}

internal sealed class FlagDef
{
    public FlagDef(string name, string? value, DefPosition position)
    {
        Name = name;
        Value = value;
        Position = position;
    }

    public string Name { get; }

    public string? Value { get; }

    public DefPosition Position { get; }
}

/// <summary>An <c>inst</c>, <c>spec</c> or <c>pseudo</c> line.</summary>
internal sealed class InstructionDef
{
    public InstructionDef(DefKind kind, string name, int number, StackEffectDef effect, DefPosition namePosition, DefPosition numberPosition)
    {
        Kind = kind;
        Name = name;
        Number = number;
        Effect = effect;
        NamePosition = namePosition;
        NumberPosition = numberPosition;
    }

    public DefKind Kind { get; }

    public string Name { get; }

    public int Number { get; }

    public StackEffectDef Effect { get; }

    public DefPosition NamePosition { get; }

    public DefPosition NumberPosition { get; }

    public List<FlagDef> Flags { get; } = new List<FlagDef>();

    public List<CacheEntryDef> Cache { get; } = new List<CacheEntryDef>();

    /// <summary>Pseudo-instructions: the real instructions they may become.</summary>
    public List<NameRef> Targets { get; } = new List<NameRef>();

    /// <summary>True when <see cref="Targets"/> is a sequence (<c>A + B</c>) rather than alternatives.</summary>
    public bool TargetsAreSequence { get; set; }

    /// <summary>Filled by the validator: the family base for specialized forms.</summary>
    public InstructionDef? FamilyBase { get; set; }
}

internal sealed class NameRef
{
    public NameRef(string name, DefPosition position)
    {
        Name = name;
        Position = position;
    }

    public string Name { get; }

    public DefPosition Position { get; }
}

internal sealed class FamilyDef
{
    public FamilyDef(NameRef baseName)
    {
        Base = baseName;
    }

    public NameRef Base { get; }

    public List<NameRef> Members { get; } = new List<NameRef>();
}

/// <summary>A micro-op (<c>op _NAME ...</c>); parsed and checked, not emitted yet.</summary>
internal sealed class UopDef
{
    public UopDef(NameRef name, StackEffectDef effect)
    {
        Name = name;
        Effect = effect;
    }

    public NameRef Name { get; }

    public StackEffectDef Effect { get; }

    public List<FlagDef> Flags { get; } = new List<FlagDef>();

    public List<CacheEntryDef> Cache { get; } = new List<CacheEntryDef>();
}

/// <summary>One part of a macro: a uop or instruction name, or a cache slot <c>name/size</c>.</summary>
internal sealed class MacroPart
{
    public MacroPart(NameRef name, int? cacheSize)
    {
        Name = name;
        CacheSize = cacheSize;
    }

    public NameRef Name { get; }

    public int? CacheSize { get; }
}

internal sealed class MacroDef
{
    public MacroDef(NameRef name)
    {
        Name = name;
    }

    public NameRef Name { get; }

    public List<MacroPart> Parts { get; } = new List<MacroPart>();
}

internal sealed class ConstDef
{
    public ConstDef(NameRef name, int value)
    {
        Name = name;
        Value = value;
    }

    public NameRef Name { get; }

    public int Value { get; }
}

/// <summary>Everything parsed from one Instructions.def.</summary>
internal sealed class DefFile
{
    public List<InstructionDef> Instructions { get; } = new List<InstructionDef>();

    public List<FamilyDef> Families { get; } = new List<FamilyDef>();

    public List<UopDef> Uops { get; } = new List<UopDef>();

    public List<MacroDef> Macros { get; } = new List<MacroDef>();

    public List<ConstDef> Consts { get; } = new List<ConstDef>();
}
