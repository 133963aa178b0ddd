namespace ProtoPython.Objects;

/// <summary>The buffer protocol, reduced to what exists: bytes, bytearray, memoryviews and <see cref="IBufferExporter"/>s (array.array).</summary>
public static class BytesLike
{
    /// <summary>The bytes of a bytes-like object; false (no exception set) for anything else.</summary>
    public static bool TryGetSpan(PyValue v, out ReadOnlySpan<byte> span)
    {
        switch (v.AsObject)
        {
            case PyBytes b:
                span = b.Span;
                return true;
            case PyByteArray ba:
                span = ba.Span;
                return true;
            case PyMemoryView { IsReleased: false } m:
                span = m.IsContiguous ? m.ContiguousSpan : m.ToArray();
                return true;
            case IBufferExporter e:
                span = e.ExportBuffer.AsSpan(0, e.ExportLength);
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>
    /// The bytes of a writable buffer (bytearray, a writable C-contiguous memoryview, an
    /// <see cref="IBufferExporter"/>); false (no exception set) for anything else.
    /// </summary>
    public static bool TryGetWritable(PyValue v, out Span<byte> span)
    {
        switch (v.AsObject)
        {
            case PyByteArray ba:
                span = ba.Span;
                return true;
            case PyMemoryView { IsReleased: false, IsReadOnly: false, IsContiguous: true } m:
                span = m.NBytes == 0 ? default : m.Buffer.AsSpan(m.Offset, m.NBytes);
                return true;
            case IBufferExporter e:
                span = e.ExportBuffer.AsSpan(0, e.ExportLength);
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>
    /// Bytes as number text for int()/float(): ASCII bytes as themselves, any other byte as '?',
    /// which no number parser accepts (CPython parses bytes as ASCII only).
    /// </summary>
    public static string AsNumberText(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '?';
        }

        return new string(chars);
    }

    /// <summary>True for objects supporting the buffer protocol (a released memoryview included).</summary>
    public static bool IsBuffer(PyValue v) => v.AsObject is PyBytes or PyByteArray or PyMemoryView or IBufferExporter;

    /// <summary>
    /// The bytes of a bytes-like argument, or false with CPython's TypeError
    /// "a bytes-like object is required, not 'str'" (ValueError for a released memoryview).
    /// </summary>
    public static bool TryGetArgument(ThreadState ts, PyValue v, out ReadOnlySpan<byte> span)
    {
        if (TryGetSpan(v, out span))
        {
            return true;
        }

        if (v.AsObject is PyMemoryView m)
        {
            m.CheckReleased(ts);
            return false;
        }

        ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + v.Type.Name + "'");
        return false;
    }
}
