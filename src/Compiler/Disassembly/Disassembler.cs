using ProtoPython.Bytecode.Tables;
using System.Text;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Disassembly;

/// <summary>
/// Produces the text of CPython 3.14's <c>dis.dis(code)</c>, line for line: a line-number column,
/// <c>L1:</c> labels for jump targets and exception-table boundaries, the opcode name padded
/// to 20 columns, the oparg right-aligned in 5, and the resolved argument in parentheses;
/// then the ExceptionTable section and, recursively, every nested code object.
/// </summary>
public static partial class Disassembler
{
    private const int OpNameWidth = 20;
    private const int OpArgWidth = 5;
    private const string NoLineNumber = "  --";

    /// <summary><c>dis.dis(code, ...)</c>: this code object, then its nested code objects.</summary>
    public static string Dis(CodeObject code, DisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sb = new StringBuilder();
        DisRecursive(sb, code, options ?? DisOptions.Default, options?.Depth);
        return sb.ToString();
    }

    /// <summary><c>dis.disassemble(code, ...)</c>: this code object only.</summary>
    public static string Disassemble(CodeObject code, DisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sb = new StringBuilder();
        DisassembleOne(sb, code, options ?? DisOptions.Default);
        return sb.ToString();
    }

    private static void DisRecursive(StringBuilder sb, CodeObject code, DisOptions options, int? depth)
    {
        DisassembleOne(sb, code, options);
        if (depth is null or > 0)
        {
            int? inner = depth - 1;
            foreach (var constant in code.Consts)
            {
                if (constant is CodeConstant nested)
                {
                    sb.Append('\n');
                    sb.Append("Disassembly of ").Append(nested.Repr()).Append(":\n");
                    DisRecursive(sb, nested.Code, options, inner);
                }
            }
        }
    }

    private static void DisassembleOne(StringBuilder sb, CodeObject code, DisOptions options)
    {
        var exceptionEntries = code.ExceptionEntries();
        var labels = MakeLabels(code, exceptionEntries);
        var formatter = new Formatter(
            sb,
            options.ShowPositions ? PositionsWidth(code) : LineNumberWidth(LineStarts(code)),
            options.ShowOffsets ? Invariant(Math.Max((code.Code.Length * 2) - 2, 9999)).Length : 0,
            4 + Invariant(labels.Count).Length,
            options.ShowCaches,
            options.ShowPositions);
        foreach (var instruction in GetInstructions(code, labels))
        {
            formatter.PrintInstruction(instruction);
        }

        if (exceptionEntries.Count > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in exceptionEntries)
            {
                sb.Append($"  L{labels[e.Start]} to L{labels[e.End]} -> L{labels[e.Target]} [{e.Depth}]");
                sb.Append(e.Lasti ? " lasti\n" : "\n");
            }
        }
    }

    /// <summary>Width of the line-number column; 0 when the code has no line numbers at all.</summary>
    private static int LineNumberWidth(Dictionary<int, int?> lineStarts)
    {
        int max = -1;
        bool hasNone = false;
        foreach (var line in lineStarts.Values)
        {
            // dis filters with filter(None, ...), which also drops line 0.
            if (line is int l && l != 0)
            {
                max = Math.Max(max, l);
            }

            hasNone |= line is null;
        }

        if (max == -1)
        {
            return 0;
        }

        int width = Math.Max(3, Invariant(max).Length);
        return width < NoLineNumber.Length && hasNone ? NoLineNumber.Length : width;
    }

    /// <summary>Width of the <c>LINE:COL-ENDLINE:ENDCOL</c> column plus one space; 0 without positions.</summary>
    private static int PositionsWidth(CodeObject code)
    {
        bool hasValue = false;
        int valuesWidth = 0;
        foreach (var p in code.Positions())
        {
            hasValue |= p.Lineno is not null || p.EndLineno is not null || p.ColOffset is not null || p.EndColOffset is not null;
            int width = FieldWidth(p.Lineno) + FieldWidth(p.EndLineno) + FieldWidth(p.ColOffset) + FieldWidth(p.EndColOffset);
            valuesWidth = Math.Max(valuesWidth, width);
        }

        return hasValue ? 1 + Math.Max(NoLineNumber.Length, 3 + valuesWidth) : 0;
    }

    private static int FieldWidth(int? value) => value is int v ? Invariant(v).Length : 1;

    /// <summary>Formats instruction lines like dis's <c>Formatter</c>.</summary>
    private sealed class Formatter(StringBuilder sb, int linenoWidth, int offsetWidth, int labelWidth, bool showCaches, bool showPositions)
    {
        public void PrintInstruction(DisInstruction instr)
        {
            PrintLine(instr);
            if (!showCaches || instr.CacheInfo is null)
            {
                return;
            }

            int offset = instr.Offset;
            foreach (var cache in instr.CacheInfo)
            {
                for (int i = 0; i < cache.Size; i++)
                {
                    offset += 2;

                    // Only the first unit of each named cache value shows the value.
                    string argRepr = i == 0 ? $"{cache.Name}: {LittleEndianValue(cache.Data)}" : "";
                    PrintLine(new DisInstruction("CACHE", DisOpcodeTable.Cache, 0, argRepr, offset, offset, false, null, null, instr.Positions, null));
                }
            }
        }

        private void PrintLine(DisInstruction instr)
        {
            if (linenoWidth > 0 && instr.StartsLine && instr.Offset > 0)
            {
                sb.Append('\n');
            }

            var fields = new List<string>();
            if (linenoWidth > 0)
            {
                if (showPositions)
                {
                    fields.Add(FormatPositions(instr.Positions).PadRight(linenoWidth));
                }
                else if (instr.StartsLine)
                {
                    fields.Add((instr.LineNumber is int line ? Invariant(line) : NoLineNumber).PadLeft(linenoWidth));
                }
                else
                {
                    fields.Add(new string(' ', linenoWidth));
                }
            }

            fields.Add(instr.Label is int label ? $"L{label}:".PadLeft(labelWidth) : new string(' ', labelWidth));
            if (offsetWidth > 0)
            {
                fields.Add(Invariant(instr.Offset).PadLeft(offsetWidth) + "  ");
            }

            fields.Add("   ");
            fields.Add(instr.OpName.PadRight(OpNameWidth));
            if (instr.Arg is int arg)
            {
                int excess = Math.Max(0, instr.OpName.Length - OpNameWidth);
                fields.Add(Invariant(arg).PadLeft(Math.Max(0, OpArgWidth - excess)));
                if (instr.ArgRepr.Length > 0)
                {
                    fields.Add("(" + instr.ArgRepr + ")");
                }
            }

            sb.Append(string.Join(' ', fields).TrimEnd()).Append('\n');
        }

        private static string FormatPositions(SourcePosition p)
        {
            if (p.Lineno is null && p.EndLineno is null && p.ColOffset is null && p.EndColOffset is null)
            {
                return NoLineNumber;
            }

            return $"{Field(p.Lineno)}:{Field(p.ColOffset)}-{Field(p.EndLineno)}:{Field(p.EndColOffset)}";
        }

        private static string Field(int? value) => value is int v ? Invariant(v) : "?";

        private static System.Numerics.BigInteger LittleEndianValue(byte[] data) =>
            new(data, isUnsigned: true, isBigEndian: false);
    }
}
