using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Runtime.Loading;

/// <summary>
/// Our own binary form of a compiled module (<see cref="CodeObject"/> with its nested code and
/// constants), for the compiled-module cache. Not CPython's marshal format: the cache is ours alone.
/// <see cref="CodeReader"/> reads it back straight into the interpreter's PyCode.
/// </summary>
/// <remarks>
/// Layout: a string table (a 7-bit count, then each string as <see cref="BinaryWriter.Write(string)"/>
/// writes it), then the module's code. Every name, file name and str constant is an index into the
/// table, so each distinct string is decoded and interned once per file. Counts and small numbers
/// are 7-bit encoded; code units, floats and the other tables are raw little-endian.
/// </remarks>
internal static class CodeSerializer
{
    // Constant tags (not ConstantKind: small ints and table strings have their own).
    internal const byte TagNone = 0;
    internal const byte TagEllipsis = 1;
    internal const byte TagFalse = 2;
    internal const byte TagTrue = 3;
    internal const byte TagSmallInt = 4;
    internal const byte TagBigInt = 5;
    internal const byte TagFloat = 6;
    internal const byte TagComplex = 7;
    internal const byte TagStr = 8;
    internal const byte TagCodePointStr = 9;
    internal const byte TagBytes = 10;
    internal const byte TagTuple = 11;
    internal const byte TagFrozenSet = 12;
    internal const byte TagSlice = 13;
    internal const byte TagCode = 14;

    /// <summary>The payload for <paramref name="code"/>: string table, then the code.</summary>
    public static byte[] Write(CodeObject code)
    {
        var table = new StringTable();
        var body = new MemoryStream();
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteCode(w, code, table);
        }

        var result = new MemoryStream();
        using (var w = new BinaryWriter(result, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(table.Strings.Count);
            foreach (var s in table.Strings)
            {
                w.Write(s);
            }

            w.Write(body.GetBuffer(), 0, (int)body.Length);
        }

        return result.ToArray();
    }

    private static void WriteCode(BinaryWriter w, CodeObject code, StringTable table)
    {
        w.Write7BitEncodedInt(code.ArgCount);
        w.Write7BitEncodedInt(code.PosOnlyArgCount);
        w.Write7BitEncodedInt(code.KwOnlyArgCount);
        w.Write7BitEncodedInt(code.StackSize);
        w.Write((int)code.Flags);
        w.Write7BitEncodedInt(table.Index(code.Filename));
        w.Write7BitEncodedInt(table.Index(code.Name));
        w.Write7BitEncodedInt(table.Index(code.QualName));
        w.Write7BitEncodedInt(code.FirstLineNo);
        w.Write7BitEncodedInt(code.Code.Length);
        foreach (var unit in code.Code)
        {
            w.Write(unit);
        }

        WriteBytes(w, code.LineTable.AsSpan());
        WriteBytes(w, code.ExceptionTable.AsSpan());
        WriteNames(w, code.Names, table);
        WriteNames(w, code.LocalsPlusNames, table);
        foreach (var kind in code.LocalsPlusKinds)
        {
            w.Write((byte)kind);
        }

        WriteConstants(w, code.Consts, table);
    }

    private static void WriteBytes(BinaryWriter w, ReadOnlySpan<byte> bytes)
    {
        w.Write7BitEncodedInt(bytes.Length);
        w.Write(bytes);
    }

    private static void WriteNames(BinaryWriter w, ImmutableArray<string> names, StringTable table)
    {
        w.Write7BitEncodedInt(names.Length);
        foreach (var s in names)
        {
            w.Write7BitEncodedInt(table.Index(s));
        }
    }

    private static void WriteConstants(BinaryWriter w, ImmutableArray<ConstantValue> items, StringTable table)
    {
        w.Write7BitEncodedInt(items.Length);
        foreach (var item in items)
        {
            WriteConstant(w, item, table);
        }
    }

    private static void WriteConstant(BinaryWriter w, ConstantValue c, StringTable table)
    {
        switch (c)
        {
            case NoneConstant:
                w.Write(TagNone);
                break;
            case EllipsisConstant:
                w.Write(TagEllipsis);
                break;
            case BoolConstant b:
                w.Write(b.Value ? TagTrue : TagFalse);
                break;
            case IntConstant i when i.Value >= long.MinValue && i.Value <= long.MaxValue:
                w.Write(TagSmallInt);
                w.Write7BitEncodedInt64((long)ZigZag((long)i.Value));
                break;
            case IntConstant i:
                w.Write(TagBigInt);
                WriteBytes(w, i.Value.ToByteArray());
                break;
            case FloatConstant f:
                w.Write(TagFloat);
                w.Write(f.Value);
                break;
            case ComplexConstant z:
                w.Write(TagComplex);
                w.Write(z.Real);
                w.Write(z.Imag);
                break;
            case StrConstant s when s.HasSurrogates:
                w.Write(TagCodePointStr);
                w.Write7BitEncodedInt(s.SurrogateCodePoints.Length);
                foreach (var cp in s.SurrogateCodePoints)
                {
                    w.Write7BitEncodedInt(cp);
                }

                break;
            case StrConstant s:
                w.Write(TagStr);
                w.Write7BitEncodedInt(table.Index(s.Value));
                break;
            case BytesConstant bytes:
                w.Write(TagBytes);
                WriteBytes(w, bytes.Value.AsSpan());
                break;
            case TupleConstant t:
                w.Write(TagTuple);
                WriteConstants(w, t.Items, table);
                break;
            case FrozenSetConstant fs:
                w.Write(TagFrozenSet);
                WriteConstants(w, fs.Items, table);
                break;
            case SliceConstant sl:
                w.Write(TagSlice);
                WriteConstant(w, sl.Start, table);
                WriteConstant(w, sl.Stop, table);
                WriteConstant(w, sl.Step, table);
                break;
            case CodeConstant code:
                w.Write(TagCode);
                WriteCode(w, code.Code, table);
                break;
            default:
                throw new InvalidOperationException("unknown constant kind " + c.Kind);
        }
    }

    private static ulong ZigZag(long v) => (ulong)((v << 1) ^ (v >> 63));

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = [];

        public int Index(string s)
        {
            if (!_index.TryGetValue(s, out var i))
            {
                i = Strings.Count;
                _index.Add(s, i);
                Strings.Add(s);
            }

            return i;
        }
    }
}
