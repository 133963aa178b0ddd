using System.Globalization;
using System.Text;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Disassembly;

/// <summary><c>dis.code_info</c> and <c>dis.pretty_flags</c>.</summary>
public static class CodeInfo
{
    private static readonly (int Flag, string Name)[] s_flagNames =
    [
        (0x1, "OPTIMIZED"), (0x2, "NEWLOCALS"), (0x4, "VARARGS"), (0x8, "VARKEYWORDS"),
        (0x10, "NESTED"), (0x20, "GENERATOR"), (0x40, "NOFREE"), (0x80, "COROUTINE"),
        (0x100, "ITERABLE_COROUTINE"), (0x200, "ASYNC_GENERATOR"),
        (0x4000000, "HAS_DOCSTRING"), (0x8000000, "METHOD"),
    ];

    /// <summary>The text of <c>dis.code_info(code)</c> (no trailing newline).</summary>
    public static string Format(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lines = new List<string>
        {
            "Name:              " + code.Name,
            "Filename:          " + code.Filename,
            "Argument count:    " + Str(code.ArgCount),
            "Positional-only arguments: " + Str(code.PosOnlyArgCount),
            "Kw-only arguments: " + Str(code.KwOnlyArgCount),
            "Number of locals:  " + Str(code.NLocals),
            "Stack size:        " + Str(code.StackSize),
            "Flags:             " + PrettyFlags((int)code.Flags),
        };
        AddSection(lines, "Constants:", code.Consts.Select(c => c.Repr()));
        AddSection(lines, "Names:", code.Names);
        AddSection(lines, "Variable names:", code.VarNames);
        AddSection(lines, "Free variables:", code.FreeVars);
        AddSection(lines, "Cell variables:", code.CellVars);
        return string.Join('\n', lines);
    }

    /// <summary><c>dis.pretty_flags</c>: names of set flags, unknown bits as hex; "0x0" for none.</summary>
    public static string PrettyFlags(int flags)
    {
        var names = new List<string>();
        uint rest = unchecked((uint)flags);
        if (rest == 0)
        {
            return "0x0";
        }

        for (int i = 0; i < 32 && rest != 0; i++)
        {
            uint flag = 1u << i;
            if ((rest & flag) != 0)
            {
                names.Add(NameOf(flag));
                rest ^= flag;
            }
        }

        return string.Join(", ", names);
    }

    private static string NameOf(uint flag)
    {
        foreach (var (f, name) in s_flagNames)
        {
            if ((uint)f == flag)
            {
                return name;
            }
        }

        return "0x" + flag.ToString("x", CultureInfo.InvariantCulture);
    }

    private static void AddSection(List<string> lines, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        lines.Add(title);
        for (int i = 0; i < list.Count; i++)
        {
            lines.Add(i.ToString(CultureInfo.InvariantCulture).PadLeft(4) + ": " + list[i]);
        }
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
