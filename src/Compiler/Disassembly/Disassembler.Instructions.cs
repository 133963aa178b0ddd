using ProtoPython.Bytecode.Tables;
using System.Globalization;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Disassembly;

public static partial class Disassembler
{
    /// <summary><c>dis.get_instructions(code)</c> with labels that include exception-table offsets.</summary>
    public static List<DisInstruction> GetInstructions(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var labels = MakeLabels(code, code.ExceptionEntries());
        return GetInstructions(code, labels);
    }

    /// <summary>(offset, start offset, opcode, arg) for each instruction, skipping inline caches (<c>_unpack_opargs</c>).</summary>
    internal static IEnumerable<(int Offset, int StartOffset, int Op, int? Arg)> UnpackOpargs(CodeObject code)
    {
        int extendedArg = 0;
        int extendedArgs = 0;
        int caches = 0;
        for (int i = 0; i < code.Code.Length; i++)
        {
            if (caches > 0)
            {
                caches--;
                continue;
            }

            int op = code.OpcodeAt(i);
            int deop = DisOpcodeTable.Deopt(op);
            caches = DisOpcodeTable.CacheEntries(deop);
            int? arg;
            if (DisOpcodeTable.HasArg(deop))
            {
                int full = code.OpargAt(i) | extendedArg;

                // Like CPython, the oparg is a C int: shifting past 32 bits wraps.
                extendedArg = deop == DisOpcodeTable.ExtendedArg ? unchecked(full << 8) : 0;
                arg = full;
            }
            else
            {
                arg = null;
                extendedArg = 0;
            }

            int offset = 2 * i;
            if (deop == DisOpcodeTable.ExtendedArg)
            {
                extendedArgs++;
                yield return (offset, offset, op, arg);
            }
            else
            {
                yield return (offset, offset - (2 * extendedArgs), op, arg);
                extendedArgs = 0;
            }
        }
    }

    /// <summary>The byte offset a jump instruction goes to, or null for other opcodes.</summary>
    internal static int? JumpTarget(int op, int arg, int offset)
    {
        int deop = DisOpcodeTable.Deopt(op);
        if (!DisOpcodeTable.HasJump(deop))
        {
            return null;
        }

        int signed = DisOpcodeTable.IsBackwardJump(deop) ? -arg : arg;
        return offset + 2 + (signed * 2) + (2 * DisOpcodeTable.CacheEntries(deop));
    }

    /// <summary>Offset → label number (1-based, in offset order) for jump targets and exception ranges.</summary>
    internal static Dictionary<int, int> MakeLabels(CodeObject code, IReadOnlyList<ExceptionTableEntry> exceptionEntries)
    {
        var offsets = new SortedSet<int>();
        foreach (var (offset, _, op, arg) in UnpackOpargs(code))
        {
            if (arg is int a && JumpTarget(op, a, offset) is int target)
            {
                offsets.Add(target);
            }
        }

        foreach (var e in exceptionEntries)
        {
            offsets.Add(e.Start);
            offsets.Add(e.End);
            offsets.Add(e.Target);
        }

        var map = new Dictionary<int, int>();
        foreach (int offset in offsets)
        {
            map[offset] = map.Count + 1;
        }

        return map;
    }

    /// <summary><c>dis.findlinestarts</c>: the start offset of each <c>co_lines()</c> range and its line.</summary>
    internal static Dictionary<int, int?> LineStarts(CodeObject code)
    {
        var starts = new Dictionary<int, int?>();
        bool first = true;
        int? last = null;
        foreach (var range in code.Lines())
        {
            if (first || range.Line != last)
            {
                starts[range.Start] = range.Line;
                last = range.Line;
                first = false;
            }
        }

        return starts;
    }

    private static List<DisInstruction> GetInstructions(CodeObject code, Dictionary<int, int> labels)
    {
        var lineStarts = LineStarts(code);
        var positions = code.Positions();
        var result = new List<DisInstruction>();
        int? lineNumber = null;
        foreach (var (offset, startOffset, op, arg) in UnpackOpargs(code))
        {
            bool startsLine = lineStarts.TryGetValue(offset, out int? startLine);
            if (startsLine)
            {
                lineNumber = startLine;
            }

            int deop = DisOpcodeTable.Deopt(op);
            int unit = offset / 2;
            var position = unit < positions.Count ? positions[unit] : SourcePosition.None;
            int cacheCount = DisOpcodeTable.CacheEntries(deop);
            List<CacheEntryInfo>? cacheInfo = null;
            if (cacheCount > 0)
            {
                cacheInfo = [];
                int cacheUnit = unit + 1;
                foreach (var (name, size) in DisOpcodeTable.CacheFormat(deop))
                {
                    var data = new byte[2 * size];
                    for (int k = 0; k < size && cacheUnit + k < code.Code.Length; k++)
                    {
                        data[2 * k] = (byte)code.Code[cacheUnit + k];
                        data[(2 * k) + 1] = (byte)(code.Code[cacheUnit + k] >> 8);
                    }

                    cacheUnit += size;
                    cacheInfo.Add(new CacheEntryInfo(name, size, data));
                }
            }

            int? jumpTarget = arg is int a ? JumpTarget(op, a, offset) : null;
            string argRepr = arg is int value ? ArgRepr(code, op, value, offset, labels) : "";
            result.Add(new DisInstruction(
                DisOpcodeTable.Name(op),
                op,
                arg,
                argRepr,
                offset,
                startOffset,
                startsLine,
                lineNumber,
                labels.TryGetValue(offset, out int label) ? label : null,
                position,
                cacheInfo)
            { JumpTarget = jumpTarget });
        }

        return result;
    }

    /// <summary>The text dis shows in parentheses after the oparg (<c>ArgResolver.get_argval_argrepr</c>).</summary>
    private static string ArgRepr(CodeObject code, int op, int arg, int offset, Dictionary<int, int> labels)
    {
        int deop = DisOpcodeTable.Deopt(op);
        if (DisOpcodeTable.HasConst(deop))
        {
            return (uint)arg < (uint)code.Consts.Length ? code.Consts[arg].Repr() : "";
        }

        if (DisOpcodeTable.HasName(deop))
        {
            return deop switch
            {
                DisOpcodeTable.LoadGlobal => NameWithSuffix(code, arg >> 1, (arg & 1) != 0, " + NULL"),
                DisOpcodeTable.LoadAttr => NameWithSuffix(code, arg >> 1, (arg & 1) != 0, " + NULL|self"),
                DisOpcodeTable.LoadSuperAttr => NameWithSuffix(code, arg >> 2, (arg & 1) != 0, " + NULL|self"),
                _ => NameAt(code, arg),
            };
        }

        if (DisOpcodeTable.HasJump(deop))
        {
            int target = JumpTarget(op, arg, offset)!.Value;
            string preposition = deop == DisOpcodeTable.EndAsyncFor ? "from" : "to";
            return labels.TryGetValue(target, out int label) ? $"{preposition} L{label}" : "";
        }

        switch (deop)
        {
            case DisOpcodeTable.LoadFastLoadFast:
            case DisOpcodeTable.LoadFastBorrowLoadFastBorrow:
            case DisOpcodeTable.StoreFastLoadFast:
            case DisOpcodeTable.StoreFastStoreFast:
                return LocalAt(code, arg >> 4) + ", " + LocalAt(code, arg & 15);
        }

        if (DisOpcodeTable.HasLocal(deop) || DisOpcodeTable.HasFree(deop))
        {
            return LocalAt(code, arg);
        }

        if (DisOpcodeTable.HasCompare(deop))
        {
            return DisOpcodeTable.CompareArgRepr(arg) ?? "";
        }

        return deop switch
        {
            DisOpcodeTable.ConvertValue => DisOpcodeTable.ConversionArgRepr(arg) ?? "",
            DisOpcodeTable.SetFunctionAttribute => DisOpcodeTable.FunctionAttributesArgRepr(arg),
            DisOpcodeTable.BinaryOp => DisOpcodeTable.BinaryOpSymbol(arg) ?? "",
            DisOpcodeTable.CallIntrinsic1 => DisOpcodeTable.Intrinsic1Name(arg) ?? "",
            DisOpcodeTable.CallIntrinsic2 => DisOpcodeTable.Intrinsic2Name(arg) ?? "",
            DisOpcodeTable.LoadCommonConstant => DisOpcodeTable.CommonConstantRepr(arg) ?? "",
            DisOpcodeTable.LoadSpecial => DisOpcodeTable.SpecialMethodName(arg) ?? "",
            DisOpcodeTable.IsOp => arg != 0 ? "is not" : "is",
            DisOpcodeTable.ContainsOp => arg != 0 ? "not in" : "in",
            _ => "",
        };
    }

    private static string NameWithSuffix(CodeObject code, int index, bool flag, string suffix)
    {
        string name = NameAt(code, index);
        return flag && name.Length > 0 ? name + suffix : name;
    }

    private static string NameAt(CodeObject code, int index) =>
        (uint)index < (uint)code.Names.Length ? code.Names[index] : "";

    private static string LocalAt(CodeObject code, int index) =>
        (uint)index < (uint)code.LocalsPlusNames.Length ? code.LocalsPlusNames[index] : "";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
