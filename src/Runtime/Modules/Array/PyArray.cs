using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// An <c>array.array</c>: <see cref="Count"/> items of <see cref="ItemSize"/> bytes packed in a
/// byte[] (capacity may exceed the length). The bytes are the buffer memoryview and bytes() see;
/// while a memoryview is alive (<see cref="Exports"/>) the array keeps its size, as in CPython.
/// </summary>
internal sealed class PyArray : NativeObject, IBufferExporter
{
    private byte[] _data = [];

    public PyArray(PyType type, char code)
        : base(type)
    {
        Code = code;
        ItemSize = ArrayItems.SizeOf(code);
    }

    public char Code { get; }

    public int ItemSize { get; }

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    public int Exports { get; set; }

    public byte[] ExportBuffer => _data;

    public int ExportLength => Count * ItemSize;

    public string ExportFormat => Code.ToString();

    public int ExportItemSize => ItemSize;

    /// <summary>The items' bytes.</summary>
    public Span<byte> Bytes => _data.AsSpan(0, Count * ItemSize);

    public static PyArray Of(PyValue v) => (PyArray)v.AsObject;

    public PyValue Get(int index) => ArrayItems.Get(Code, ref _data[index * ItemSize]);

    /// <summary>
    /// a[index] = value. The value is converted first and the index checked again after, since
    /// a conversion hook (__index__, __float__) may have shrunk the array.
    /// </summary>
    public bool TrySet(ThreadState ts, int index, PyValue value)
    {
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.TrySet(ts, Code, value, ref item[0]))
        {
            return false;
        }

        if ((uint)index >= (uint)Count)
        {
            ts.SetError(PyExc.IndexError, "array assignment index out of range");
            return false;
        }

        item[..ItemSize].CopyTo(_data.AsSpan(index * ItemSize));
        return true;
    }

    /// <summary>
    /// Item equality as CPython's PyObject_RichCompareBool on a fresh item object: never by
    /// identity (a NaN item is not equal to a NaN).
    /// </summary>
    public static int ItemEquals(ThreadState ts, PyValue item, PyValue other)
    {
        var r = PyOps.RichCompare(ts, item, other, CompareOp.Eq);
        return r.IsError ? -1 : PyOps.IsTrue(ts, r);
    }

    /// <summary>CPython's array_resize check: BufferError while a memoryview is alive.</summary>
    public bool CheckResizable(ThreadState ts)
    {
        if (Exports > 0)
        {
            ts.SetError(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return false;
        }

        return true;
    }

    /// <summary>Sets the length to <paramref name="count"/> items (new items are zero); false with MemoryError.</summary>
    public bool TryResize(ThreadState ts, long count)
    {
        if (count < 0 || count > (Array.MaxLength / ItemSize))
        {
            ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
            return false;
        }

        var bytes = (int)count * ItemSize;
        if (bytes > _data.Length)
        {
            var capacity = Math.Max(bytes, Math.Min(Array.MaxLength, (_data.Length * 2) + 16));
            Array.Resize(ref _data, capacity);
        }
        else if (count < Count)
        {
            _data.AsSpan(bytes, (Count - (int)count) * ItemSize).Clear();
        }

        Count = (int)count;
        return true;
    }

    /// <summary>Appends one converted value; false with the exception set (the array is unchanged).</summary>
    public bool Append(ThreadState ts, PyValue value)
    {
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.TrySet(ts, Code, value, ref item[0]) || !CheckResizable(ts) || !TryResize(ts, Count + 1))
        {
            return false;
        }

        item[..ItemSize].CopyTo(_data.AsSpan((Count - 1) * ItemSize));
        return true;
    }

    /// <summary>Appends raw item bytes (a multiple of the item size).</summary>
    public bool AppendBytes(ThreadState ts, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return true;
        }

        var copy = bytes.ToArray(); // the source may be this array's own buffer
        var old = Count;
        if (!CheckResizable(ts) || !TryResize(ts, (long)Count + (copy.Length / ItemSize)))
        {
            return false;
        }

        copy.CopyTo(_data.AsSpan(old * ItemSize));
        return true;
    }

    /// <summary>Replaces items [start, stop) by <paramref name="bytes"/> (whole items), resizing as needed.</summary>
    public bool Splice(ThreadState ts, int start, int stop, ReadOnlySpan<byte> bytes)
    {
        var removed = stop - start;
        var inserted = bytes.Length / ItemSize;
        var copy = bytes.ToArray();
        if (removed != inserted && !CheckResizable(ts))
        {
            return false;
        }

        var oldCount = Count;
        var tail = (oldCount - stop) * ItemSize;
        if (inserted > removed)
        {
            if (!TryResize(ts, (long)oldCount + inserted - removed))
            {
                return false;
            }

            Buffer.BlockCopy(_data, stop * ItemSize, _data, (start + inserted) * ItemSize, tail);
        }
        else if (inserted < removed)
        {
            Buffer.BlockCopy(_data, stop * ItemSize, _data, (start + inserted) * ItemSize, tail);
            TryResize(ts, (long)oldCount + inserted - removed);
        }

        copy.CopyTo(_data.AsSpan(start * ItemSize));
        return true;
    }

    /// <summary>A new array of the base type (as CPython's slices, sums and copies) over <paramref name="bytes"/>.</summary>
    public static PyArray FromBytes(PyType type, char code, ReadOnlySpan<byte> bytes)
    {
        var a = new PyArray(type, code);
        a._data = bytes.ToArray();
        a.Count = bytes.Length / a.ItemSize;
        return a;
    }

    /// <summary>The item as a reference, for in-place byte work (byteswap, reverse).</summary>
    public ref byte ItemRef(int index) => ref _data[index * ItemSize];

    public ReadOnlySpan<byte> ItemBytes(int index) => _data.AsSpan(index * ItemSize, ItemSize);

    /// <summary>Integer items of one typecode compared as numbers, without boxing (fast path of comparisons).</summary>
    public long RawSigned(int index) => Code switch
    {
        'b' => (sbyte)_data[index],
        'B' => _data[index],
        'h' => Unsafe.ReadUnaligned<short>(ref _data[index * 2]),
        'H' => Unsafe.ReadUnaligned<ushort>(ref _data[index * 2]),
        'i' or 'u' or 'w' => Unsafe.ReadUnaligned<int>(ref _data[index * 4]),
        'I' => Unsafe.ReadUnaligned<uint>(ref _data[index * 4]),
        _ => Unsafe.ReadUnaligned<long>(ref _data[index * 8]),
    };
}
