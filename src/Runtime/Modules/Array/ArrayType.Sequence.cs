using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>array.array indexing, slicing, slice assignment and deletion, +, *, += and *=.</summary>
internal static partial class ArrayType
{
    private static bool TryIndex(ThreadState ts, PyValue key, out long index)
    {
        index = 0;
        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "array indices must be integers");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, key, PyExc.IndexError, out index);
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var a = PyArray.Of(v);
        if (key.AsObject is PySlice slice)
        {
            if (!slice.TryGetIndices(ts, a.Count, out var start, out _, out var step, out var length))
            {
                return PyValue.Error;
            }

            if (step == 1)
            {
                return PyValue.FromObject(PyArray.FromBytes(Type, a.Code, a.Bytes.Slice((int)start * a.ItemSize, (int)length * a.ItemSize)));
            }

            var bytes = new byte[length * a.ItemSize];
            for (long i = 0, j = start; i < length; i++, j += step)
            {
                a.ItemBytes((int)j).CopyTo(bytes.AsSpan((int)i * a.ItemSize));
            }

            return PyValue.FromObject(PyArray.FromBytes(Type, a.Code, bytes));
        }

        if (!TryIndex(ts, key, out var index))
        {
            return PyValue.Error;
        }

        if (index < 0)
        {
            index += a.Count;
        }

        return (ulong)index < (ulong)a.Count ? a.Get((int)index) : ts.SetError(PyExc.IndexError, "array index out of range");
    }

    private static bool SetItem(ThreadState ts, PyValue v, PyValue key, PyValue value)
    {
        var a = PyArray.Of(v);
        if (key.AsObject is PySlice slice)
        {
            return SetSlice(ts, a, slice, value);
        }

        if (!TryIndex(ts, key, out var index))
        {
            return false;
        }

        if (index < 0)
        {
            index += a.Count;
        }

        if ((ulong)index >= (ulong)a.Count)
        {
            ts.SetError(PyExc.IndexError, "array assignment index out of range");
            return false;
        }

        return value.IsNull ? a.Splice(ts, (int)index, (int)index + 1, default) : a.TrySet(ts, (int)index, value);
    }

    private static bool SetSlice(ThreadState ts, PyArray a, PySlice slice, PyValue value)
    {
        ReadOnlySpan<byte> source = default;
        if (!value.IsNull)
        {
            if (value.AsObject is not PyArray other)
            {
                ts.SetError(PyExc.TypeError, "can only assign array (not \"" + value.Type.Name + "\") to array slice");
                return false;
            }

            if (other.Code != a.Code)
            {
                ts.SetError(PyExc.TypeError, "bad argument type for built-in operation");
                return false;
            }

            source = other.Bytes.ToArray();
        }

        if (!slice.TryGetIndices(ts, a.Count, out var start, out var stop, out var step, out var length))
        {
            return false;
        }

        if (step == 1)
        {
            stop = Math.Max(stop, start);
            return a.Splice(ts, (int)start, (int)stop, source);
        }

        if (value.IsNull)
        {
            return DeleteExtended(ts, a, start, step, length);
        }

        var needed = source.Length / a.ItemSize;
        if (needed != length)
        {
            ts.SetError(PyExc.ValueError, "attempt to assign array of size " + needed + " to extended slice of size " + length);
            return false;
        }

        for (long i = 0, j = start; i < length; i++, j += step)
        {
            source.Slice((int)i * a.ItemSize, a.ItemSize).CopyTo(a.Bytes[((int)j * a.ItemSize)..]);
        }

        return true;
    }

    private static bool DeleteExtended(ThreadState ts, PyArray a, long start, long step, long length)
    {
        if (length == 0)
        {
            return true;
        }

        if (!a.CheckResizable(ts))
        {
            return false;
        }

        if (step < 0)
        {
            start += step * (length - 1);
            step = -step;
        }

        var kept = new byte[(a.Count - length) * a.ItemSize];
        var written = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (i >= start && (i - start) % step == 0 && (i - start) / step < length)
            {
                continue;
            }

            a.ItemBytes(i).CopyTo(kept.AsSpan(written));
            written += a.ItemSize;
        }

        return a.Splice(ts, 0, a.Count, kept);
    }

    private static PyValue Concat(ThreadState ts, PyValue left, PyValue right)
    {
        if (left.AsObject is not PyArray a)
        {
            return PyValue.NotImplemented;
        }

        if (right.AsObject is not PyArray b)
        {
            return ts.SetError(PyExc.TypeError, "can only append array (not \"" + right.Type.Name + "\") to array");
        }

        if (a.Code != b.Code)
        {
            return ts.SetError(PyExc.TypeError, "bad argument type for built-in operation");
        }

        var bytes = new byte[a.Bytes.Length + b.Bytes.Length];
        a.Bytes.CopyTo(bytes);
        b.Bytes.CopyTo(bytes.AsSpan(a.Bytes.Length));
        return PyValue.FromObject(PyArray.FromBytes(Type, a.Code, bytes));
    }

    /// <summary>The array and repeat count of a * n or n * a: 1, 0 with an error, -1 when not ours (NotImplemented).</summary>
    private static int TryCount(ThreadState ts, PyValue a, PyValue b, out PyArray array, out long n)
    {
        n = 0;
        array = null!;
        PyValue count;
        if (a.AsObject is PyArray x)
        {
            (array, count) = (x, b);
        }
        else if (b.AsObject is PyArray y)
        {
            (array, count) = (y, a);
        }
        else
        {
            return -1;
        }

        if (!PyInt.IsInt(count) && count.Type.Index is null)
        {
            // As bytes: sq_repeat comes after both number slots, so a class's own __rmul__ gets its turn.
            if (count.Type.HasFlag(TypeFlags.HeapType) && count.Type.Number[(int)NumberOp.Multiply] is not null && ReferenceEquals(array, a.AsObject))
            {
                return -1;
            }

            ts.SetError(PyExc.TypeError, "can't multiply sequence by non-int of type '" + count.Type.Name + "'");
            return 0;
        }

        return PyOps.TryIndexAsInt64(ts, count, PyExc.OverflowError, out n) ? 1 : 0;
    }

    private static PyValue Repeat(ThreadState ts, PyValue left, PyValue right)
    {
        var r = TryCount(ts, left, right, out var a, out var n);
        if (r <= 0)
        {
            return r < 0 ? PyValue.NotImplemented : PyValue.Error;
        }

        var bytes = RepeatBytes(ts, a, n);
        return bytes is null ? PyValue.Error : PyValue.FromObject(PyArray.FromBytes(Type, a.Code, bytes));
    }

    private static byte[]? RepeatBytes(ThreadState ts, PyArray a, long n)
    {
        n = Math.Max(n, 0);
        var size = a.Bytes.Length;
        if (size != 0 && n > Array.MaxLength / size)
        {
            ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
            return null;
        }

        var bytes = new byte[size * n];
        for (var i = 0; i < n; i++)
        {
            a.Bytes.CopyTo(bytes.AsSpan(i * size));
        }

        return bytes;
    }

    private static PyValue InplaceConcat(ThreadState ts, PyValue left, PyValue right)
    {
        if (left.AsObject is not PyArray a)
        {
            return PyValue.NotImplemented;
        }

        if (right.AsObject is not PyArray b)
        {
            return ts.SetError(PyExc.TypeError, "can only extend array with array (not \"" + right.Type.Name + "\")");
        }

        if (a.Code != b.Code)
        {
            return ts.SetError(PyExc.TypeError, "can only extend with array of same kind");
        }

        return a.AppendBytes(ts, b.Bytes) ? left : PyValue.Error;
    }

    private static PyValue InplaceRepeat(ThreadState ts, PyValue left, PyValue right)
    {
        if (left.AsObject is not PyArray)
        {
            return PyValue.NotImplemented;
        }

        var r = TryCount(ts, left, right, out var a, out var n);
        if (r <= 0)
        {
            return r < 0 ? PyValue.NotImplemented : PyValue.Error;
        }

        if (n == 1 || a.Count == 0)
        {
            return left;
        }

        var bytes = RepeatBytes(ts, a, n);
        return bytes is not null && a.Splice(ts, 0, a.Count, bytes) ? left : PyValue.Error;
    }
}
