using System.Collections.Immutable;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Runtime.Loading;

/// <summary>
/// Our own binary form of a compiled module (<see cref="CodeObject"/> with its nested code and
/// constants), for the compiled-module cache. Not CPython's marshal format: the cache is ours alone.
/// Reading throws <see cref="InvalidDataException"/> (or EndOfStream) on malformed input; the cache
/// treats that as a miss.
/// </summary>
internal static class CodeSerializer
{
    public static void Write(BinaryWriter w, CodeObject code)
    {
        w.Write(code.ArgCount);
        w.Write(code.PosOnlyArgCount);
        w.Write(code.KwOnlyArgCount);
        w.Write(code.StackSize);
        w.Write((int)code.Flags);
        w.Write(code.Filename);
        w.Write(code.Name);
        w.Write(code.QualName);
        w.Write(code.FirstLineNo);
        w.Write(code.Code.Length);
        foreach (var unit in code.Code)
        {
            w.Write(unit);
        }

        WriteBytes(w, code.LineTable);
        WriteBytes(w, code.ExceptionTable);
        WriteStrings(w, code.Names);
        WriteStrings(w, code.LocalsPlusNames);
        w.Write(code.LocalsPlusKinds.Length);
        foreach (var kind in code.LocalsPlusKinds)
        {
            w.Write((byte)kind);
        }

        w.Write(code.Consts.Length);
        foreach (var c in code.Consts)
        {
            WriteConstant(w, c);
        }
    }

    public static CodeObject Read(BinaryReader r)
    {
        var argCount = r.ReadInt32();
        var posOnly = r.ReadInt32();
        var kwOnly = r.ReadInt32();
        var stackSize = r.ReadInt32();
        var flags = (CodeFlags)r.ReadInt32();
        var filename = r.ReadString();
        var name = r.ReadString();
        var qualName = r.ReadString();
        var firstLine = r.ReadInt32();
        var units = new ushort[Count(r)];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = r.ReadUInt16();
        }

        var lineTable = ReadBytes(r);
        var exceptionTable = ReadBytes(r);
        var names = ReadStrings(r);
        var localNames = ReadStrings(r);
        var kinds = new LocalKind[Count(r)];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = (LocalKind)r.ReadByte();
        }

        if (kinds.Length != localNames.Length)
        {
            throw new InvalidDataException("locals kinds and names differ in length");
        }

        var consts = new ConstantValue[Count(r)];
        for (var i = 0; i < consts.Length; i++)
        {
            consts[i] = ReadConstant(r);
        }

        return new CodeObject
        {
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            StackSize = stackSize,
            Flags = flags,
            Code = ImmutableArray.Create(units),
            Consts = ImmutableArray.Create(consts),
            Names = names,
            LocalsPlusNames = localNames,
            LocalsPlusKinds = ImmutableArray.Create(kinds),
            Filename = filename,
            Name = name,
            QualName = qualName,
            FirstLineNo = firstLine,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
    }

    // A length read back from the file: never trusted beyond what the stream can hold.
    private static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > r.BaseStream.Length - r.BaseStream.Position + 1)
        {
            throw new InvalidDataException("bad length " + n);
        }

        return n;
    }

    private static void WriteBytes(BinaryWriter w, ImmutableArray<byte> bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes.AsSpan());
    }

    private static ImmutableArray<byte> ReadBytes(BinaryReader r)
    {
        var n = Count(r);
        var bytes = r.ReadBytes(n);
        return bytes.Length == n ? ImmutableArray.Create(bytes) : throw new EndOfStreamException();
    }

    private static void WriteStrings(BinaryWriter w, ImmutableArray<string> strings)
    {
        w.Write(strings.Length);
        foreach (var s in strings)
        {
            w.Write(s);
        }
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader r)
    {
        var items = new string[Count(r)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = r.ReadString();
        }

        return ImmutableArray.Create(items);
    }

    private static void WriteConstant(BinaryWriter w, ConstantValue c)
    {
        w.Write((byte)c.Kind);
        switch (c)
        {
            case NoneConstant or EllipsisConstant:
                break;
            case BoolConstant b:
                w.Write(b.Value);
                break;
            case IntConstant i:
                WriteBytes(w, ImmutableArray.Create(i.Value.ToByteArray()));
                break;
            case FloatConstant f:
                w.Write(f.Value);
                break;
            case ComplexConstant z:
                w.Write(z.Real);
                w.Write(z.Imag);
                break;
            case StrConstant s when s.HasSurrogates:
                w.Write(true);
                w.Write(s.SurrogateCodePoints.Length);
                foreach (var cp in s.SurrogateCodePoints)
                {
                    w.Write(cp);
                }

                break;
            case StrConstant s:
                w.Write(false);
                w.Write(s.Value);
                break;
            case BytesConstant bytes:
                WriteBytes(w, bytes.Value);
                break;
            case TupleConstant t:
                WriteConstants(w, t.Items);
                break;
            case FrozenSetConstant fs:
                WriteConstants(w, fs.Items);
                break;
            case SliceConstant sl:
                WriteConstant(w, sl.Start);
                WriteConstant(w, sl.Stop);
                WriteConstant(w, sl.Step);
                break;
            case CodeConstant code:
                Write(w, code.Code);
                break;
            default:
                throw new InvalidOperationException("unknown constant kind " + c.Kind);
        }
    }

    private static void WriteConstants(BinaryWriter w, ImmutableArray<ConstantValue> items)
    {
        w.Write(items.Length);
        foreach (var item in items)
        {
            WriteConstant(w, item);
        }
    }

    private static ImmutableArray<ConstantValue> ReadConstants(BinaryReader r)
    {
        var items = new ConstantValue[Count(r)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadConstant(r);
        }

        return ImmutableArray.Create(items);
    }

    private static ConstantValue ReadConstant(BinaryReader r)
    {
        var kind = (ConstantKind)r.ReadByte();
        switch (kind)
        {
            case ConstantKind.None:
                return ConstantValue.None;
            case ConstantKind.Ellipsis:
                return ConstantValue.Ellipsis;
            case ConstantKind.Bool:
                return ConstantValue.FromBool(r.ReadBoolean());
            case ConstantKind.Int:
                return ConstantValue.FromInt(new System.Numerics.BigInteger(ReadBytes(r).AsSpan()));
            case ConstantKind.Float:
                return ConstantValue.FromFloat(r.ReadDouble());
            case ConstantKind.Complex:
                return ConstantValue.FromComplex(r.ReadDouble(), r.ReadDouble());
            case ConstantKind.Str:
                if (r.ReadBoolean())
                {
                    var cps = new int[Count(r)];
                    for (var i = 0; i < cps.Length; i++)
                    {
                        cps[i] = r.ReadInt32();
                    }

                    return ConstantValue.FromCodePoints(cps);
                }

                return ConstantValue.FromStr(r.ReadString());
            case ConstantKind.Bytes:
                return ConstantValue.FromBytes(ReadBytes(r));
            case ConstantKind.Tuple:
                return ConstantValue.Tuple(ReadConstants(r));
            case ConstantKind.FrozenSet:
                return ConstantValue.FrozenSet(ReadConstants(r));
            case ConstantKind.Slice:
                return new SliceConstant(ReadConstant(r), ReadConstant(r), ReadConstant(r));
            case ConstantKind.Code:
                return new CodeConstant(Read(r));
            default:
                throw new InvalidDataException("unknown constant kind " + (int)kind);
        }
    }
}
