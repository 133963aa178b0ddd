namespace ProtoPython.Objects;

/// <summary>
/// memoryview over bytes or bytearray. Like CPython's Py_buffer: a byte <see cref="Offset"/> into
/// the source's buffer, a struct <see cref="Format"/> of one native item (<see cref="ItemSize"/>
/// bytes), and per dimension a <see cref="Shape"/> and a byte <see cref="Strides"/> entry (both
/// empty for a 0-dimensional view). Slicing and casting make new views of the same source. While
/// a view over a bytearray is not released, the bytearray cannot change size.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    private static readonly int[] s_noDims = [];

    /// <summary>A one-dimensional 'B' view: <paramref name="length"/> bytes, <paramref name="stride"/> apart.</summary>
    public PyMemoryView(PyObject source, int offset, int length, int stride)
        : this(source, offset, "B", 1, [length], [stride], source is PyBytes)
    {
    }

    public PyMemoryView(PyObject source, int offset, string format, int itemSize, int[] shape, int[] strides, bool readOnly)
        : base(PyType.MemoryView)
    {
        Source = source;
        Offset = offset;
        Format = format;
        ItemSize = itemSize;
        Shape = shape.Length == 0 ? s_noDims : shape;
        Strides = strides.Length == 0 ? s_noDims : strides;
        IsReadOnly = readOnly;
        if (source is PyByteArray ba)
        {
            ba.AddExport(this);
        }
        else if (source is IBufferExporter e)
        {
            e.Exports++;
        }
    }

    /// <summary>The exporting object: a <see cref="PyBytes"/>, <see cref="PyByteArray"/> or <see cref="IBufferExporter"/>.</summary>
    public PyObject Source { get; }

    /// <summary>Byte offset of the first item in the source's buffer.</summary>
    public int Offset { get; }

    /// <summary>The struct format of an item as given ("B", "@q"...).</summary>
    public string Format { get; }

    /// <summary>The format's character, without the '@' prefix.</summary>
    public char FormatChar => Format[^1];

    public int ItemSize { get; }

    public int[] Shape { get; }

    /// <summary>Byte distance between neighbours, per dimension.</summary>
    public int[] Strides { get; }

    public int NDim => Shape.Length;

    /// <summary>len(): the first dimension, 1 for a 0-dimensional view.</summary>
    public int Length => Shape.Length == 0 ? 1 : Shape[0];

    /// <summary>The stride of the first dimension, in bytes.</summary>
    public int Stride => Strides.Length == 0 ? ItemSize : Strides[0];

    public bool IsReleased { get; private set; }

    public bool IsReadOnly { get; }

    /// <summary>How many items: the product of the shape.</summary>
    public int ItemCount
    {
        get
        {
            var n = 1;
            foreach (var s in Shape)
            {
                n *= s;
            }

            return n;
        }
    }

    public int NBytes => ItemCount * ItemSize;

    /// <summary>CPython's C-contiguity: the strides are those of a packed row-major array.</summary>
    public bool IsContiguous => IsCContiguous;

    // MV_CONTIGUOUS_NDIM1: one item, or items one item apart (an empty strided view is not contiguous).
    private bool IsContiguous1D => Shape[0] == 1 || Strides[0] == ItemSize;

    public bool IsCContiguous => HasPackedStrides(fortranOrder: false);

    public bool IsFContiguous => HasPackedStrides(fortranOrder: true);

    // The strides of a packed array, walked from the fastest-varying dimension: the last for C
    // order, the first for Fortran order. Dimensions of length 1 may have any stride.
    private bool HasPackedStrides(bool fortranOrder)
    {
        if (NDim == 1)
        {
            return IsContiguous1D;
        }

        if (ItemCount == 0)
        {
            return true;
        }

        var expected = ItemSize;
        for (var k = 0; k < NDim; k++)
        {
            var d = fortranOrder ? k : NDim - 1 - k;
            if (Shape[d] > 1 && Strides[d] != expected)
            {
                return false;
            }

            expected *= Shape[d];
        }

        return true;
    }

    /// <summary>A view of all of <paramref name="source"/> (a memoryview's copy keeps its format and shape).</summary>
    public static PyMemoryView Over(PyObject source) => source switch
    {
        PyBytes b => new PyMemoryView(b, 0, b.Length, 1),
        PyByteArray ba => new PyMemoryView(ba, 0, ba.Length, 1),
        PyMemoryView m => new PyMemoryView(m.Source, m.Offset, m.Format, m.ItemSize, m.Shape, m.Strides, m.IsReadOnly),
        IBufferExporter e => new PyMemoryView(source, 0, e.ExportFormat, e.ExportItemSize, [e.ExportLength / e.ExportItemSize], [e.ExportItemSize], false),
        _ => throw new ArgumentException("not a buffer", nameof(source)),
    };

    internal byte[] Buffer => Source switch
    {
        PyBytes b => b.Array,
        PyByteArray ba => ba.Buffer,
        _ => ((IBufferExporter)Source).ExportBuffer,
    };

    /// <summary>The bytes viewed, as a span, when C-contiguous.</summary>
    public ReadOnlySpan<byte> ContiguousSpan => NBytes == 0 ? default : Buffer.AsSpan(Offset, NBytes);

    /// <summary>The item bytes at byte position <paramref name="position"/> of the buffer.</summary>
    internal Span<byte> ItemAt(int position) => Buffer.AsSpan(position, ItemSize);

    /// <summary>The bytes in C (row-major) order, or Fortran order when <paramref name="fortran"/>.</summary>
    public byte[] ToArray(bool fortran = false)
    {
        if (IsCContiguous && (!fortran || NDim <= 1))
        {
            return ContiguousSpan.ToArray();
        }

        var result = new byte[NBytes];
        var written = 0;
        var positions = ItemPositions(fortran);
        foreach (var p in positions)
        {
            Buffer.AsSpan(p, ItemSize).CopyTo(result.AsSpan(written));
            written += ItemSize;
        }

        return result;
    }

    /// <summary>The byte position of every item, in C order (the last index moving fastest) or Fortran order.</summary>
    public int[] ItemPositions(bool fortran = false)
    {
        var count = ItemCount;
        var positions = new int[count];
        if (count == 0)
        {
            return positions;
        }

        var index = new int[NDim];
        for (var k = 0; k < count; k++)
        {
            var p = Offset;
            for (var d = 0; d < NDim; d++)
            {
                p += index[d] * Strides[d];
            }

            positions[k] = p;
            if (fortran)
            {
                for (var d = 0; d < NDim && ++index[d] == Shape[d]; d++)
                {
                    index[d] = 0;
                }
            }
            else
            {
                for (var d = NDim - 1; d >= 0 && ++index[d] == Shape[d]; d--)
                {
                    index[d] = 0;
                }
            }
        }

        return positions;
    }

    /// <summary><c>release()</c>: idempotent; unpins a bytearray source.</summary>
    public void Release()
    {
        if (IsReleased)
        {
            return;
        }

        IsReleased = true;
        if (Source is PyByteArray ba)
        {
            ba.RemoveExport(this);
        }
        else if (Source is IBufferExporter e)
        {
            e.Exports--;
        }
    }

    /// <summary>False with ValueError pending once released (CPython's message).</summary>
    public bool CheckReleased(ThreadState ts)
    {
        if (IsReleased)
        {
            ts.SetError(PyExc.ValueError, "operation forbidden on released memoryview object");
            return false;
        }

        return true;
    }
}
