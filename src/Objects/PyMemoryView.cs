namespace ProtoPython.Objects;

/// <summary>
/// memoryview over bytes or bytearray, format 'B' (one unsigned byte per item). A view is
/// <see cref="Offset"/> + i * <see cref="Stride"/> for i below <see cref="Length"/> into its
/// source's buffer; slicing makes a new view of the same source. While a view over a bytearray is
/// not released, the bytearray cannot change size.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public PyMemoryView(PyObject source, int offset, int length, int stride)
        : base(PyType.MemoryView)
    {
        Source = source;
        Offset = offset;
        Length = length;
        Stride = stride;
        if (source is PyByteArray ba)
        {
            ba.Exports++;
        }
    }

    /// <summary>The exporting object: a <see cref="PyBytes"/> or <see cref="PyByteArray"/>.</summary>
    public PyObject Source { get; }

    public int Offset { get; }

    public int Length { get; }

    public int Stride { get; }

    public bool IsReleased { get; private set; }

    public bool IsReadOnly => Source is PyBytes;

    /// <summary>CPython's one-dimensional rule: one item, or a stride of one item.</summary>
    public bool IsContiguous => Stride == 1 || Length == 1;

    /// <summary>A view of all of <paramref name="source"/>.</summary>
    public static PyMemoryView Over(PyObject source) => source switch
    {
        PyBytes b => new PyMemoryView(b, 0, b.Length, 1),
        PyByteArray ba => new PyMemoryView(ba, 0, ba.Length, 1),
        PyMemoryView m => new PyMemoryView(m.Source, m.Offset, m.Length, m.Stride),
        _ => throw new ArgumentException("not a buffer", nameof(source)),
    };

    private byte[] Buffer => Source is PyBytes b ? b.Array : ((PyByteArray)Source).Buffer;

    public byte this[int index]
    {
        get => Buffer[Offset + (index * Stride)];
        set => Buffer[Offset + (index * Stride)] = value;
    }

    /// <summary>The bytes viewed, as a span when contiguous.</summary>
    public ReadOnlySpan<byte> ContiguousSpan => Length == 0 ? default : Buffer.AsSpan(Offset, Length);

    public byte[] ToArray()
    {
        if (IsContiguous)
        {
            return ContiguousSpan.ToArray();
        }

        var result = new byte[Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[i];
        }

        return result;
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
            ba.Exports--;
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
