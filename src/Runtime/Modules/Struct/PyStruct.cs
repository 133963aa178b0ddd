using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>struct.Struct</c>: a compiled format with pack/unpack methods.</summary>
internal sealed class PyStruct(PyType type, StructLayout layout) : NativeObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private static readonly string[] s_newNames = ["format"];
    private static readonly string[] s_unpackFromNames = ["buffer", "offset"];

    public StructLayout Layout { get; } = layout;

    private static PyStruct Self(PyValue v) => (PyStruct)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Struct", "_struct", subclassable: true);
        t.New = static (ts, type, a, kw) =>
        {
            Span<PyValue> p = new PyValue[1];
            if (!ArgParser.Parse(ts, "Struct", a, kw, s_newNames, 1, 0, p))
            {
                return PyValue.Error;
            }

            return Create(ts, type, p[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error;
        };
        t.Repr = static (ts, v) =>
        {
            var r = NativeTypes.Repr(ts, NativeTypes.Str(Self(v).Layout.Format));
            return r is null ? PyValue.Error : NativeTypes.Str("Struct(" + r + ")");
        };
        t.AddGetSet("format", static (ts, v) => NativeTypes.Str(Self(v).Layout.Format));
        t.AddGetSet("size", static (ts, v) => PyValue.FromInt64(Self(v).Layout.Size));
        t.AddMethod("pack", static (ts, a, kw) => ArgParser.NoKeywords(ts, "pack", kw) ? Self(a[0]).Pack(ts, a[1..]) : PyValue.Error);
        t.AddMethod("pack_into", static (ts, a, kw) => ArgParser.NoKeywords(ts, "pack_into", kw) ? Self(a[0]).PackInto(ts, a[1..]) : PyValue.Error);
        t.AddMethod1("unpack", static (ts, self, buffer) => Self(self).Unpack(ts, buffer));
        t.AddMethod1("iter_unpack", static (ts, self, buffer) => Self(self).IterUnpack(ts, buffer));
        t.AddMethod("unpack_from", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            return ArgParser.Parse(ts, "unpack_from", a[1..], kw, s_unpackFromNames, 1, 0, p) ? Self(a[0]).UnpackFrom(ts, p[0], p[1]) : PyValue.Error;
        });
        SlotTable.AddWrappers(t);
        return t;
    }

    public static PyStruct? Create(ThreadState ts, PyType type, PyValue format)
    {
        string text;
        if (format.AsObject is PyStr s)
        {
            text = s.Value;
        }
        else if (format.AsObject is PyBytes b)
        {
            text = Encoding.Latin1.GetString(b.Span);
        }
        else
        {
            ts.SetError(PyExc.TypeError, "Struct() argument 1 must be a str or bytes object, not " + format.Type.Name);
            return null;
        }

        var layout = StructLayout.Parse(ts, text);
        return layout is null ? null : new PyStruct(type, layout);
    }

    public PyValue Pack(ThreadState ts, ReadOnlySpan<PyValue> values)
    {
        if (values.Length != Layout.Fields.Length)
        {
            return ts.SetError(StructModule.Error, "pack expected " + Layout.Fields.Length + " items for packing (got " + values.Length + ")");
        }

        var output = new byte[Layout.Size];
        return StructCodec.Pack(ts, Layout, values, output) ? PyBytes.From(output) : PyValue.Error;
    }

    public PyValue PackInto(ThreadState ts, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != Layout.Fields.Length + 2)
        {
            return ts.SetError(StructModule.Error, args.Length == 0 ? "pack_into expected buffer argument"
                : args.Length == 1 ? "pack_into expected offset argument"
                : "pack_into expected " + Layout.Fields.Length + " items for packing (got " + (args.Length - 2) + ")");
        }

        if (!BytesLike.TryGetWritable(args[0], out var buffer))
        {
            return ts.SetError(PyExc.TypeError, "argument must be read-write bytes-like object, not " + args[0].Type.Name);
        }

        if (!PyOps.TryIndexAsInt64(ts, args[1], PyExc.IndexError, out var offset))
        {
            return PyValue.Error;
        }

        var size = Layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0)
            {
                return ts.SetError(StructModule.Error, "no space to pack " + size + " bytes at offset " + offset);
            }

            if (offset + buffer.Length < 0)
            {
                return ts.SetError(StructModule.Error, "offset " + offset + " out of range for " + buffer.Length + "-byte buffer");
            }

            offset += buffer.Length;
        }

        if (buffer.Length - offset < size)
        {
            return ts.SetError(StructModule.Error, "pack_into requires a buffer of at least " + (size + offset) + " bytes for packing " + size
                + " bytes at offset " + offset + " (actual buffer size is " + buffer.Length + ")");
        }

        var packed = new byte[size];
        if (!StructCodec.Pack(ts, Layout, args[2..], packed))
        {
            return PyValue.Error;
        }

        packed.CopyTo(buffer[(int)offset..]);
        return PyValue.None;
    }

    public PyValue Unpack(ThreadState ts, PyValue buffer)
    {
        if (!BytesLike.TryGetArgument(ts, buffer, out var data))
        {
            return PyValue.Error;
        }

        return data.Length != Layout.Size
            ? ts.SetError(StructModule.Error, "unpack requires a buffer of " + Layout.Size + " bytes")
            : StructCodec.Unpack(Layout, data);
    }

    public PyValue UnpackFrom(ThreadState ts, PyValue buffer, PyValue offsetArg)
    {
        if (!BytesLike.TryGetArgument(ts, buffer, out var data))
        {
            return PyValue.Error;
        }

        long offset = 0;
        if (!offsetArg.IsNull && !PyOps.TryIndexAsInt64(ts, offsetArg, PyExc.OverflowError, out offset))
        {
            return PyValue.Error;
        }

        if (offset < 0)
        {
            if (offset + data.Length < 0)
            {
                return ts.SetError(StructModule.Error, "offset " + offset + " out of range for " + data.Length + "-byte buffer");
            }

            offset += data.Length;
        }

        var size = Layout.Size;
        if (data.Length - offset < size)
        {
            return ts.SetError(StructModule.Error, "unpack_from requires a buffer of at least " + (size + offset) + " bytes for unpacking " + size
                + " bytes at offset " + offset + " (actual buffer size is " + data.Length + ")");
        }

        return StructCodec.Unpack(Layout, data[(int)offset..]);
    }

    public PyValue IterUnpack(ThreadState ts, PyValue buffer)
    {
        if (!BytesLike.TryGetArgument(ts, buffer, out var data))
        {
            return PyValue.Error;
        }

        if (Layout.Size == 0)
        {
            return ts.SetError(StructModule.Error, "cannot iteratively unpack with a struct of length 0");
        }

        if (data.Length % Layout.Size != 0)
        {
            return ts.SetError(StructModule.Error, "iterative unpacking requires a buffer of a multiple of " + Layout.Size + " bytes");
        }

        return PyValue.FromObject(new StructUnpackIterator(Layout, data.ToArray()));
    }
}

/// <summary>The iterator of <c>iter_unpack</c>: one tuple per <c>size</c> bytes.</summary>
internal sealed class StructUnpackIterator(StructLayout layout, byte[] data) : NativeIterator(TypeObject.Value)
{
    public static readonly Lazy<PyType> TypeObject = new(static () =>
    {
        var t = NativeTypes.CreateIterator("unpack_iterator", "_struct", subclassable: false, null);
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (StructUnpackIterator)v.AsObject;
            return PyValue.FromInt64((it._data.Length - it._pos) / it._layout.Size);
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly StructLayout _layout = layout;
    private readonly byte[] _data = data;
    private int _pos;

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (_pos + _layout.Size > _data.Length)
        {
            item = PyValue.Null;
            return 0;
        }

        item = StructCodec.Unpack(_layout, _data.AsSpan(_pos, _layout.Size));
        _pos += _layout.Size;
        return 1;
    }
}
