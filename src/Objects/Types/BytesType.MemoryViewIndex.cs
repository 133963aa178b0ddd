namespace ProtoPython.Objects;

/// <summary>memoryview items: indexing, multi-indexing, slicing, item and slice assignment, tolist.</summary>
internal static partial class BytesType
{
    private static bool IsIndexKey(PyValue key) => PyInt.IsInt(key) || key.Type.Index is not null;

    private static bool IsEmptyTupleOrEllipsis(PyValue key, out bool ellipsis)
    {
        ellipsis = key.AsObject is PyEllipsis;
        return ellipsis || key.AsObject is PyTuple { Length: 0 };
    }

    /// <summary>The item at <paramref name="index"/> of a one-dimensional view (no bounds check).</summary>
    private static PyValue ItemAt(ThreadState ts, PyMemoryView m, long index) =>
        MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(m.Offset + (int)(index * m.Stride)));

    /// <summary>The byte offset (negative with a negative stride) of item <paramref name="key"/> along dimension <paramref name="dim"/>; false with IndexError.</summary>
    private static bool Lookup(ThreadState ts, PyMemoryView m, int dim, PyValue key, out long offset)
    {
        offset = 0;
        if (!PyOps.TryIndexAsInt64(ts, key, PyExc.IndexError, out var i))
        {
            return false;
        }

        if (i < 0)
        {
            i += m.Shape[dim];
        }

        if (i < 0 || i >= m.Shape[dim])
        {
            ts.SetError(PyExc.IndexError, "index out of bounds on dimension " + (dim + 1));
            return false;
        }

        offset = i * m.Strides[dim];
        return true;
    }

    /// <summary>The byte position of the item a tuple of indexes names (as many as dimensions), or -1 with an error.</summary>
    private static long LookupTuple(ThreadState ts, PyMemoryView m, PyTuple key)
    {
        if (key.Length < m.NDim)
        {
            ts.SetError(PyExc.NotImplementedError, "sub-views are not implemented");
            return -1;
        }

        if (key.Length > m.NDim)
        {
            ts.SetError(PyExc.TypeError, "cannot index " + m.NDim + "-dimension view with " + key.Length + "-element tuple");
            return -1;
        }

        long position = m.Offset;
        for (var d = 0; d < m.NDim; d++)
        {
            if (!Lookup(ts, m, d, key[d], out var p))
            {
                return -1;
            }

            position += p;
        }

        return position;
    }

    private static bool IsMultiIndex(PyValue key, bool slices)
    {
        if (key.AsObject is not PyTuple t)
        {
            return false;
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (slices ? !SliceIndices.IsSlice(t[i]) : !IsIndexKey(t[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static PyValue MemoryViewGetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var m = MV(v);
        if (!m.CheckReleased(ts))
        {
            return PyValue.Error;
        }

        if (m.NDim == 0)
        {
            if (IsEmptyTupleOrEllipsis(key, out var ellipsis))
            {
                return ellipsis ? v : MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(m.Offset));
            }

            return ts.SetError(PyExc.TypeError, "invalid indexing of 0-dim memory");
        }

        if (IsIndexKey(key))
        {
            if (m.NDim > 1)
            {
                return ts.SetError(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            }

            return Lookup(ts, m, 0, key, out var p) ? MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(m.Offset + (int)p)) : PyValue.Error;
        }

        if (SliceIndices.IsSlice(key))
        {
            if (!SliceIndices.TryAdjust(ts, key, m.Shape[0], out var start, out _, out var step, out var count))
            {
                return PyValue.Error;
            }

            var shape = (int[])m.Shape.Clone();
            var strides = (int[])m.Strides.Clone();
            shape[0] = (int)count;
            strides[0] = (int)(m.Strides[0] * step);
            return PyValue.FromObject(new PyMemoryView(m.Source, m.Offset + (int)(start * m.Strides[0]), m.Format, m.ItemSize, shape, strides, m.IsReadOnly));
        }

        if (IsMultiIndex(key, slices: false))
        {
            var p = LookupTuple(ts, m, (PyTuple)key.AsObject);
            return p < 0 ? PyValue.Error : MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt((int)p));
        }

        if (IsMultiIndex(key, slices: true))
        {
            return ts.SetError(PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
        }

        return ts.SetError(PyExc.TypeError, "memoryview: invalid slice key");
    }

    private static bool MemoryViewSetItem(ThreadState ts, PyValue v, PyValue key, PyValue value)
    {
        var m = MV(v);
        if (!m.CheckReleased(ts))
        {
            return false;
        }

        if (m.IsReadOnly)
        {
            ts.SetError(PyExc.TypeError, "cannot modify read-only memory");
            return false;
        }

        if (value.IsNull)
        {
            ts.SetError(PyExc.TypeError, "cannot delete memory");
            return false;
        }

        if (m.NDim == 0)
        {
            if (IsEmptyTupleOrEllipsis(key, out _))
            {
                return MemoryViewItems.Pack(ts, m.Format, value, m.ItemAt(m.Offset));
            }

            ts.SetError(PyExc.TypeError, "invalid indexing of 0-dim memory");
            return false;
        }

        if (IsIndexKey(key))
        {
            if (m.NDim > 1)
            {
                ts.SetError(PyExc.NotImplementedError, "sub-views are not implemented");
                return false;
            }

            return Lookup(ts, m, 0, key, out var p) && MemoryViewItems.Pack(ts, m.Format, value, m.ItemAt(m.Offset + (int)p));
        }

        if (SliceIndices.IsSlice(key) && m.NDim == 1)
        {
            return AssignSlice(ts, m, key, value);
        }

        if (IsMultiIndex(key, slices: false))
        {
            var p = LookupTuple(ts, m, (PyTuple)key.AsObject);
            return p >= 0 && MemoryViewItems.Pack(ts, m.Format, value, m.ItemAt((int)p));
        }

        if (SliceIndices.IsSlice(key) || IsMultiIndex(key, slices: true))
        {
            ts.SetError(PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
            return false;
        }

        ts.SetError(PyExc.TypeError, "memoryview: invalid slice key");
        return false;
    }

    /// <summary>m[a:b:c] = buffer: the buffer must have the same format and shape as the slice.</summary>
    private static bool AssignSlice(ThreadState ts, PyMemoryView m, PyValue key, PyValue value)
    {
        if (!BytesLike.IsBuffer(value))
        {
            ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + value.Type.Name + "'");
            return false;
        }

        if (value.AsObject is PyMemoryView vm && !vm.CheckReleased(ts))
        {
            return false;
        }

        if (!SliceIndices.TryAdjust(ts, key, m.Shape[0], out var start, out _, out var step, out var count))
        {
            return false;
        }

        var src = PyMemoryView.Over(value.AsObject);
        var same = src.NDim == 1 && src.Shape[0] == count && src.ItemSize == m.ItemSize
            && src.Format.TrimStart('@') == m.Format.TrimStart('@');
        var data = same ? src.ToArray() : [];
        src.Release();
        if (!same)
        {
            ts.SetError(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            var p = m.Offset + (int)((start + (k * step)) * m.Stride);
            data.AsSpan(k * m.ItemSize, m.ItemSize).CopyTo(m.ItemAt(p));
        }

        return true;
    }

    private static PyValue MemoryViewToList(ThreadState ts, PyMemoryView m) =>
        m.NDim == 0 ? MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(m.Offset)) : ToListDimension(ts, m, 0, m.Offset);

    private static PyValue ToListDimension(ThreadState ts, PyMemoryView m, int dim, int position)
    {
        var list = new PyList();
        for (var i = 0; i < m.Shape[dim]; i++)
        {
            var p = position + (i * m.Strides[dim]);
            var item = dim == m.NDim - 1
                ? MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(p))
                : ToListDimension(ts, m, dim + 1, p);
            if (item.IsError)
            {
                return PyValue.Error;
            }

            list.Append(item);
        }

        return PyValue.FromObject(list);
    }
}
