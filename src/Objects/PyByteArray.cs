namespace ProtoPython.Objects;

/// <summary>
/// bytearray: a growable byte buffer. <see cref="Exports"/> counts live memoryviews; while one is
/// reachable the size must not change (CPython's BufferError "Existing exports of data: object
/// cannot be re-sized").
/// </summary>
public class PyByteArray : PyObject
{
    private byte[] _buffer;
    private int _count;

    public PyByteArray(PyType type, byte[] data)
        : base(type)
    {
        _buffer = data;
        _count = data.Length;
    }

    public PyByteArray(byte[] data)
        : this(PyType.ByteArray, data)
    {
    }

    public int Length => _count;

    public Span<byte> Span => _buffer.AsSpan(0, _count);

    /// <summary>The live buffer; valid until the next resize.</summary>
    internal byte[] Buffer => _buffer;

    // The memoryviews over this buffer not yet released. CPython frees a dropped view at once (its
    // refcount), so `bytes(memoryview(b)[:n]); del b[:n]` works there: a view nothing refers to
    // any more must not pin the size here either, hence weak references and a collection of the
    // young generation (then all) before a resize is refused.
    private List<WeakReference<PyMemoryView>>? _views;

    /// <summary>Number of memoryviews over this buffer not yet released (dropped ones included until the GC finds them).</summary>
    public int Exports => _views is null ? 0 : PruneExports();

    internal void AddExport(PyMemoryView view) => (_views ??= []).Add(new WeakReference<PyMemoryView>(view));

    internal void RemoveExport(PyMemoryView view) =>
        _views?.RemoveAll(w => !w.TryGetTarget(out var v) || ReferenceEquals(v, view));

    /// <summary>False with BufferError pending when a memoryview pins the size.</summary>
    public bool CheckResizable(ThreadState ts)
    {
        if (_views is null || PruneExports() == 0)
        {
            return true;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        if (PruneExports() == 0)
        {
            return true;
        }

        GC.Collect();
        if (PruneExports() == 0)
        {
            return true;
        }

        ts.SetError(UnicodeErrors.BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }

    private int PruneExports()
    {
        _views!.RemoveAll(w => !w.TryGetTarget(out var v) || v.IsReleased);
        return _views.Count;
    }

    /// <summary>Copies the current contents.</summary>
    public byte[] ToArray() => Span.ToArray();

    public void Append(byte b)
    {
        EnsureCapacity(_count + 1);
        _buffer[_count++] = b;
    }

    /// <summary>Replaces bytes [start, start+removeCount) with <paramref name="insert"/> (slice assignment, insert, delete).</summary>
    public void Splice(int start, int removeCount, ReadOnlySpan<byte> insert)
    {
        var copy = insert.Overlaps(_buffer) ? insert.ToArray() : insert;
        var newCount = _count - removeCount + copy.Length;
        EnsureCapacity(newCount);
        var tail = _count - start - removeCount;
        System.Array.Copy(_buffer, start + removeCount, _buffer, start + copy.Length, tail);
        copy.CopyTo(_buffer.AsSpan(start));
        _count = newCount;
        if (_count < _buffer.Length / 4)
        {
            System.Array.Resize(ref _buffer, Math.Max(_count, 8));
        }
    }

    /// <summary>Replaces the whole contents.</summary>
    public void SetContents(ReadOnlySpan<byte> data) => Splice(0, _count, data);

    private void EnsureCapacity(int needed)
    {
        if (needed > _buffer.Length)
        {
            System.Array.Resize(ref _buffer, Math.Max(needed, (_buffer.Length * 2) + 8));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => "bytearray(" + Formatting.BytesRepr.Format(Span) + ")";
}

/// <summary>An instance of a Python subclass of bytearray: the buffer plus an instance <c>__dict__</c>.</summary>
public sealed class PyByteArraySubclassInstance(PyType type, byte[] data) : PyByteArray(type, data), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}
