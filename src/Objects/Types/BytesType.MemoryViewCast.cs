namespace ProtoPython.Objects;

/// <summary>memoryview.cast(format, shape): CPython's rules (1-D to N-D or N-D to 1-D, one side a byte format).</summary>
internal static partial class BytesType
{
    private static readonly string[] s_castNames = ["format", "shape"];
    private const int MaxDimensions = 64;

    private static PyValue MemoryViewCast(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> v = new PyValue[2];
        var m = MV(a[0]);
        if (!BytesArgs.Parse(ts, "cast", a, kw, true, s_castNames, 1, 0, v))
        {
            return PyValue.Error;
        }

        if (v[0].AsObject is not PyStr format)
        {
            return ArgParser.BadArgument(ts, "cast", "argument 'format'", "str", v[0]);
        }

        if (!m.CheckReleased(ts))
        {
            return PyValue.Error;
        }

        if (!m.IsCContiguous)
        {
            return ts.SetError(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        }

        var shapeArg = v[1];
        if ((!shapeArg.IsNull || m.NDim != 1) && Array.IndexOf(m.Shape, 0) >= 0)
        {
            return ts.SetError(PyExc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        }

        PyValue[]? dims = null;
        if (!shapeArg.IsNull)
        {
            dims = shapeArg.AsObject switch
            {
                PyTuple t => t.Items.ToArray(),
                PyList l => l.ToArray(),
                _ => null,
            };
            if (dims is null)
            {
                return ts.SetError(PyExc.TypeError, "shape must be a list or a tuple");
            }

            if (dims.Length > MaxDimensions)
            {
                return ts.SetError(PyExc.ValueError, "memoryview: number of dimensions must not exceed " + MaxDimensions);
            }

            if (m.NDim != 1 && dims.Length != 1)
            {
                return ts.SetError(PyExc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }

        var itemSize = CastItemSize(ts, m, format.Value);
        if (itemSize < 0)
        {
            return PyValue.Error;
        }

        int[] shape = [m.NBytes / itemSize];
        if (dims is not null && !TryCastShape(ts, dims, itemSize, m.NBytes, out shape))
        {
            return PyValue.Error;
        }

        var strides = new int[shape.Length];
        var stride = itemSize;
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= shape[d];
        }

        return PyValue.FromObject(new PyMemoryView(m.Source, m.Offset, format.Value, itemSize, shape, strides, m.IsReadOnly));
    }

    /// <summary>cast_to_1D's checks: a native destination format, one side a byte format, whole items.</summary>
    private static int CastItemSize(ThreadState ts, PyMemoryView m, string format)
    {
        foreach (var ch in format)
        {
            if (ch > 0x7f)
            {
                ts.SetError(PyExc.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
                return -1;
            }
        }

        var itemSize = MemoryViewItems.NativeItemSize(format);
        if (itemSize < 0)
        {
            ts.SetError(PyExc.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            return -1;
        }

        if (!MemoryViewItems.IsByteFormat(m.FormatChar) && !MemoryViewItems.IsByteFormat(format[^1]))
        {
            ts.SetError(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats");
            return -1;
        }

        if (m.NBytes % itemSize != 0)
        {
            ts.SetError(PyExc.TypeError, "memoryview: length is not a multiple of itemsize");
            return -1;
        }

        return itemSize;
    }

    /// <summary>copy_shape: positive ints whose product times the item size is the buffer's size.</summary>
    private static bool TryCastShape(ThreadState ts, PyValue[] dims, int itemSize, int nbytes, out int[] shape)
    {
        shape = new int[dims.Length];
        long length = itemSize;
        for (var i = 0; i < dims.Length; i++)
        {
            if (!PyInt.IsInt(dims[i]))
            {
                ts.SetError(PyExc.TypeError, "memoryview.cast(): elements of shape must be integers");
                return false;
            }

            if (!PyOps.TryIndexAsInt64(ts, dims[i], PyExc.OverflowError, out var n))
            {
                return false;
            }

            if (n <= 0)
            {
                ts.SetError(PyExc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
                return false;
            }

            if (n > long.MaxValue / length)
            {
                ts.SetError(PyExc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
                return false;
            }

            length *= n;
            shape[i] = (int)Math.Min(n, int.MaxValue);
        }

        if (dims.Length == 0)
        {
            length = itemSize;
        }

        if (length != nbytes)
        {
            ts.SetError(PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
            return false;
        }

        return true;
    }
}
