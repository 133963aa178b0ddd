namespace ProtoPython.Objects;

/// <summary>The slots bytes and bytearray share: length, items, slices, concatenation, repetition, comparison.</summary>
internal static partial class BytesType
{
    static partial void InstallAll()
    {
        // str(bytes, encoding, errors) decodes through the codecs.
        StrType.DecodeHook = static (ts, obj, encoding, errors) => BytesLike.TryGetSpan(obj, out var span)
            ? Codecs.Decode(ts, span, encoding ?? "utf-8", errors ?? "strict")
            : ts.SetError(PyExc.TypeError, "decoding to str: need a bytes-like object, " + obj.Type.Name + " found");
        foreach (var t in new[] { PyType.Bytes, PyType.ByteArray, PyType.MemoryView })
        {
            // object's attribute slots (builtin types do not inherit slots); subclasses get them from here.
            t.GetAttr = PyOps.GenericGetAttr;
            t.SetAttr = PyOps.GenericSetAttr;
        }

        InstallSequenceSlots(PyType.Bytes);
        InstallSequenceSlots(PyType.ByteArray);
        PyType.Bytes.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = ((PyBytes)v.AsObject).Hash();
            return true;
        };
        PyType.ByteArray.HashFunction = PyType.HashNotImplemented;
        PyType.Bytes.Repr = static (ts, v) => PyValue.FromObject(new PyStr(Formatting.BytesRepr.Format(((PyBytes)v.AsObject).Span)));
        PyType.ByteArray.Repr = static (ts, v) =>
        {
            // bytearray escapes a single quote even inside double quotes (CPython's bytearray_repr).
            var text = Formatting.BytesRepr.Format(((PyByteArray)v.AsObject).Span);
            if (text[1] == '"')
            {
                text = "b\"" + text[2..^1].Replace("'", "\\'", StringComparison.Ordinal) + "\"";
            }

            return PyValue.FromObject(new PyStr(v.Type.Name + "(" + text + ")"));
        };
        PyType.Bytes.RichCompare = static (ts, a, b, op) =>
            a.AsObject is PyBytes x && b.AsObject is PyBytes y ? PyValue.FromBool(op.Holds(x.Span.SequenceCompareTo(y.Span))) : PyValue.NotImplemented;
        PyType.ByteArray.RichCompare = static (ts, a, b, op) =>
            BytesLike.TryGetSpan(a, out var x) && BytesLike.TryGetSpan(b, out var y) ? PyValue.FromBool(op.Holds(x.SequenceCompareTo(y))) : PyValue.NotImplemented;
        InstallConstructors();
        InstallMethods(PyType.Bytes);
        InstallMethods(PyType.ByteArray);
        InstallSearchMethods(PyType.Bytes);
        InstallSearchMethods(PyType.ByteArray);
        InstallSplitMethods(PyType.Bytes);
        InstallSplitMethods(PyType.ByteArray);
        InstallLayoutMethods(PyType.Bytes);
        InstallLayoutMethods(PyType.ByteArray);
        InstallByteArrayMutators();
        InstallFormatting();
        InstallMemoryView();
        InstallCodecMethods();
    }

    /// <summary>The bytes of a bytes or bytearray (self of these methods).</summary>
    internal static ReadOnlySpan<byte> Data(PyValue v) => v.AsObject is PyBytes b ? b.Span : ((PyByteArray)v.AsObject).Span;

    /// <summary>A result of self's kind: bytes for bytes (and subclasses), bytearray for bytearray.</summary>
    internal static PyValue Make(PyValue self, byte[] data) =>
        self.AsObject is PyByteArray ? PyValue.FromObject(new PyByteArray(data)) : PyBytes.From(data);

    private static bool IsMine(PyType t, PyValue v) => v.AsObject is PyBytes ? t == PyType.Bytes : v.AsObject is PyByteArray && t == PyType.ByteArray;

    private static void InstallSequenceSlots(PyType t)
    {
        var isBytes = t == PyType.Bytes;
        t.Length = static (ts, v) => Data(v).Length;
        t.Iter = static (ts, v) => PyValue.FromObject(new PySequenceIterator(v));
        t.GetItem = isBytes
            ? static (ts, v, key) => GetItem(ts, v, key, "byte", "index out of range")
            : static (ts, v, key) => GetItem(ts, v, key, "bytearray", "bytearray index out of range");
        t.Contains = static (ts, v, item) => Contains(ts, Data(v), item);
        t.Number[(int)NumberOp.Add] = isBytes
            ? static (ts, a, b) => a.AsObject is PyBytes ? Concat(ts, a, b) : PyValue.NotImplemented
            : static (ts, a, b) => a.AsObject is PyByteArray ? Concat(ts, a, b) : PyValue.NotImplemented;
        t.Number[(int)NumberOp.Multiply] = isBytes
            ? static (ts, a, b) => Repeat(ts, a, b, PyType.Bytes)
            : static (ts, a, b) => Repeat(ts, a, b, PyType.ByteArray);
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key, string what, string indexWhat)
    {
        var data = Data(v);
        if (PyInt.IsInt(key) || key.Type.Index is not null)
        {
            return TryIndexInto(ts, key, data.Length, indexWhat, out var i) ? PyValue.FromInt64(data[i]) : PyValue.Error;
        }

        if (SliceIndices.IsSlice(key))
        {
            return SliceIndices.TryAdjust(ts, key, data.Length, out var start, out _, out var step, out var count)
                ? Make(v, TakeSlice(Data(v), start, step, count)) : PyValue.Error;
        }

        return ts.SetError(PyExc.TypeError, what + " indices must be integers or slices, not " + key.Type.Name);
    }

    /// <summary>An item index: negative counts from the end; IndexError <paramref name="message"/> outside.</summary>
    internal static bool TryIndexInto(ThreadState ts, PyValue key, int length, string message, out int index)
    {
        index = 0;
        if (!PyOps.TryIndexAsInt64(ts, key, PyExc.IndexError, out var i))
        {
            return false;
        }

        if (i < 0)
        {
            i += length;
        }

        if (i < 0 || i >= length)
        {
            ts.SetError(PyExc.IndexError, message);
            return false;
        }

        index = (int)i;
        return true;
    }

    internal static byte[] TakeSlice(ReadOnlySpan<byte> data, long start, long step, long count)
    {
        if (step == 1)
        {
            return data.Slice((int)start, (int)count).ToArray();
        }

        var result = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            result[i] = data[(int)j];
        }

        return result;
    }

    /// <summary><c>x in b</c>: an int in 0..255 or a bytes-like subsequence.</summary>
    internal static int Contains(ThreadState ts, ReadOnlySpan<byte> data, PyValue item)
    {
        if (BytesLike.TryGetSpan(item, out var sub))
        {
            return data.IndexOf(sub) >= 0 ? 1 : 0;
        }

        if (!TryByteValue(ts, item, out var b))
        {
            return -1;
        }

        return data.Contains(b) ? 1 : 0;
    }

    /// <summary>An int argument that must be a byte: TypeError for non-ints, ValueError "byte must be in range(0, 256)".</summary>
    internal static bool TryByteValue(ThreadState ts, PyValue v, out byte value)
    {
        value = 0;
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + v.Type.Name + "'");
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, v, null, out var n))
        {
            return false;
        }

        if (n is < 0 or > 255)
        {
            ts.SetError(PyExc.ValueError, "byte must be in range(0, 256)");
            return false;
        }

        value = (byte)n;
        return true;
    }

    private static PyValue Concat(ThreadState ts, PyValue a, PyValue b)
    {
        if (!BytesLike.TryGetSpan(b, out var right))
        {
            return ts.SetError(PyExc.TypeError, "can't concat " + b.Type.Name + " to " + a.Type.Name);
        }

        var left = Data(a);
        var result = new byte[left.Length + right.Length];
        left.CopyTo(result);
        right.CopyTo(result.AsSpan(left.Length));
        return Make(a, result);
    }

    private static PyValue Repeat(ThreadState ts, PyValue a, PyValue b, PyType t)
    {
        var (seq, count) = IsMine(t, a) ? (a, b) : (b, a);
        if (!IsMine(t, seq))
        {
            return PyValue.NotImplemented;
        }

        if (!PyInt.IsInt(count) && count.Type.Index is null)
        {
            // CPython's sequence repeat comes after both number slots declined: a class with its
            // own __rmul__ gets its turn, anything else is "can't multiply sequence by non-int".
            if (count.Type.HasFlag(TypeFlags.HeapType) && count.Type.Number[(int)NumberOp.Multiply] is not null && ReferenceEquals(seq.AsObject, a.AsObject))
            {
                return PyValue.NotImplemented;
            }

            return ts.SetError(PyExc.TypeError, "can't multiply sequence by non-int of type '" + count.Type.Name + "'");
        }

        if (!PyOps.TryIndexAsInt64(ts, count, PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        var data = Data(seq);
        if (n <= 0 || data.IsEmpty)
        {
            return Make(seq, []);
        }

        if (n * (long)data.Length > Array.MaxLength)
        {
            return ts.SetError(new PyBaseException(PyExc.MemoryError, []));
        }

        var result = new byte[n * data.Length];
        for (var i = 0; i < n; i++)
        {
            data.CopyTo(result.AsSpan(i * data.Length));
        }

        return Make(seq, result);
    }
}
