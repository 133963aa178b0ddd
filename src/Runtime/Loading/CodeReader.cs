using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Loading;

/// <summary>
/// Reads <see cref="CodeSerializer"/>'s form straight into the interpreter's <see cref="PyCode"/>
/// (what <see cref="CodeLoader"/> makes from a freshly compiled module), with no CodeObject in
/// between: a warm import is mostly this. Each table string is decoded once per file.
/// Malformed input throws <see cref="InvalidDataException"/>, which the cache treats as a miss.
/// </summary>
internal ref struct CodeReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly ThreadState _ts;
    private int _pos;
    private string[] _strings = [];
    private PyStr?[] _strs = [];

    private CodeReader(ThreadState ts, ReadOnlySpan<byte> data)
    {
        _ts = ts;
        _data = data;
    }

    /// <summary>The module's code; null with an exception pending when a constant could not be built.</summary>
    public static PyCode? Read(ThreadState ts, ReadOnlySpan<byte> payload)
    {
        var reader = new CodeReader(ts, payload);
        reader.ReadStringTable();
        var code = reader.ReadCode();
        if (code is not null && reader._pos != payload.Length)
        {
            throw new InvalidDataException("trailing data");
        }

        return code;
    }

    private void ReadStringTable()
    {
        var n = Count();
        _strings = new string[n];
        _strs = new PyStr?[n];
        for (var i = 0; i < n; i++)
        {
            _strings[i] = Encoding.UTF8.GetString(Take(Count()));
        }
    }

    private PyCode? ReadCode()
    {
        var argCount = VarInt();
        var posOnly = VarInt();
        var kwOnly = VarInt();
        var stackSize = VarInt();
        var flags = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        var filename = String(VarInt());
        var name = Name(VarInt());
        var qualName = String(VarInt());
        var firstLine = VarInt();
        var units = ReadUnits();
        var lineTable = Take(Count()).ToArray();
        var exceptionTable = Take(Count()).ToArray();
        var names = ReadNames();
        var localNames = ReadNames();
        var kinds = MemoryMarshal.Cast<byte, LocalsKind>(Take(localNames.Length)).ToArray();
        var consts = new PyValue[Count()];
        for (var i = 0; i < consts.Length; i++)
        {
            consts[i] = ReadConstant();
            if (consts[i].IsError)
            {
                return null;
            }
        }

        return new PyCode
        {
            Instructions = (ushort[])units.Clone(),
            OriginalCode = units,
            Consts = consts,
            Names = names,
            LocalsPlusNames = localNames,
            LocalsPlusKinds = kinds,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            StackSize = stackSize,
            Flags = flags,
            Name = name,
            QualName = new PyStr(qualName),
            Filename = filename,
            FirstLineNo = firstLine,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
    }

    private ushort[] ReadUnits()
    {
        var n = Count();
        var bytes = Take(checked(n * 2));
        var units = new ushort[n];
        if (BitConverter.IsLittleEndian)
        {
            bytes.CopyTo(MemoryMarshal.AsBytes(units.AsSpan()));
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                units[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * i)..]);
            }
        }

        return units;
    }

    private PyStr[] ReadNames()
    {
        var names = new PyStr[Count()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Name(VarInt());
        }

        return names;
    }

    private PyValue ReadConstant()
    {
        switch (Take(1)[0])
        {
            case CodeSerializer.TagNone:
                return PyValue.None;
            case CodeSerializer.TagEllipsis:
                return PyValue.Ellipsis;
            case CodeSerializer.TagFalse:
                return PyValue.FromBool(false);
            case CodeSerializer.TagTrue:
                return PyValue.FromBool(true);
            case CodeSerializer.TagSmallInt:
                {
                    var zigzag = (ulong)VarInt64();
                    return PyValue.FromInt64((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
                }

            case CodeSerializer.TagBigInt:
                return PyValue.FromBigInteger(new BigInteger(Take(Count())));
            case CodeSerializer.TagFloat:
                return PyValue.FromDouble(Double());
            case CodeSerializer.TagComplex:
                {
                    var real = Double();
                    var imag = Double();
                    return PyOps.Call2(_ts, PyValue.FromObject(PyType.Complex), PyValue.FromDouble(real), PyValue.FromDouble(imag));
                }

            case CodeSerializer.TagStr:
                return PyValue.FromObject(Str(VarInt()));
            case CodeSerializer.TagCodePointStr:
                {
                    var cps = new int[Count()];
                    for (var i = 0; i < cps.Length; i++)
                    {
                        cps[i] = VarInt();
                    }

                    return PyValue.FromObject(new PyStr(cps));
                }

            case CodeSerializer.TagBytes:
                return PyBytes.From(Take(Count()).ToArray());
            case CodeSerializer.TagTuple:
                {
                    var items = ReadItems();
                    return items is null ? PyValue.Error : PyValue.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
                }

            case CodeSerializer.TagFrozenSet:
                {
                    var items = ReadItems();
                    return items is null ? PyValue.Error : PyOps.Call1(_ts, PyValue.FromObject(PyType.FrozenSet), PyValue.FromObject(new PyTuple(items)));
                }

            case CodeSerializer.TagSlice:
                {
                    var start = ReadConstant();
                    var stop = ReadConstant();
                    var step = ReadConstant();
                    return start.IsError || stop.IsError || step.IsError ? PyValue.Error
                        : PyOps.Call(_ts, PyValue.FromObject(PyType.Slice), [start, stop, step]);
                }

            case CodeSerializer.TagCode:
                return ReadCode() is { } code ? PyValue.FromObject(code) : PyValue.Error;
            default:
                throw new InvalidDataException("unknown constant tag");
        }
    }

    private PyValue[]? ReadItems()
    {
        var items = new PyValue[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadConstant();
            if (items[i].IsError)
            {
                return null;
            }
        }

        return items;
    }

    private string String(int index) =>
        (uint)index < (uint)_strings.Length ? _strings[index] : throw new InvalidDataException("bad string index");

    // One PyStr per table string, shared by the file's code objects (as CPython's marshal shares
    // a module's equal constants). Identifier-like text is interned, as CPython interns such
    // constants; docstrings and other text are not, which spares hashing them into the table.
    private PyStr Str(int index)
    {
        var text = String(index);
        return _strs[index] ??= IsNameLike(text) ? PyStr.Intern(text) : new PyStr(text);
    }

    // Names (co_names, co_varnames, co_name) are always interned.
    private PyStr Name(int index)
    {
        var s = Str(index);
        if (!s.IsInterned)
        {
            s = _strs[index] = PyStr.Intern(s);
        }

        return s;
    }

    // Also one-character text: CPython keeps those as singletons.
    private static bool IsNameLike(string text)
    {
        if (text.Length <= 1)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    private ReadOnlySpan<byte> Take(int n)
    {
        if ((uint)n > (uint)(_data.Length - _pos))
        {
            throw new EndOfStreamException();
        }

        var span = _data.Slice(_pos, n);
        _pos += n;
        return span;
    }

    // A length: never trusted beyond what the rest of the data can hold.
    private int Count()
    {
        var n = VarInt();
        return (uint)n <= (uint)(_data.Length - _pos) ? n : throw new InvalidDataException("bad length " + n);
    }

    private int VarInt() => (int)VarInt64(5);

    private long VarInt64(int maxBytes = 10)
    {
        ulong result = 0;
        for (var shift = 0; shift < 7 * maxBytes; shift += 7)
        {
            if (_pos >= _data.Length)
            {
                throw new EndOfStreamException();
            }

            var b = _data[_pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)result;
            }
        }

        throw new InvalidDataException("bad 7-bit number");
    }
}
