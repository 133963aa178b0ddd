namespace ProtoPython.Objects;

/// <summary>memoryview: construction, comparison, hashing, methods and attributes (items in MemoryViewIndex, cast in MemoryViewCast).</summary>
internal static partial class BytesType
{
    private static readonly string[] s_memoryViewNames = ["object"];
    private static readonly string[] s_toBytesNames = ["order"];

    private static PyMemoryView MV(PyValue v) => (PyMemoryView)v.AsObject;

    private static void InstallMemoryView()
    {
        var t = PyType.MemoryView;
        t.New = static (ts, type, args, kw) =>
        {
            Span<PyValue> a = new PyValue[1];
            if (!BytesArgs.Parse(ts, "memoryview", args, kw, false, s_memoryViewNames, 1, 0, a))
            {
                return PyValue.Error;
            }

            if (!BytesLike.IsBuffer(a[0]))
            {
                return ts.SetError(PyExc.TypeError, "memoryview: a bytes-like object is required, not '" + a[0].Type.Name + "'");
            }

            if (a[0].AsObject is PyMemoryView m && !m.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(PyMemoryView.Over(a[0].AsObject));
        };
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr((MV(v).IsReleased ? "<released memory at 0x" : "<memory at 0x")
            + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));
        t.Length = static (ts, v) => MV(v).CheckReleased(ts) ? MV(v).Length : -1;
        t.Iter = static (ts, v) =>
        {
            var m = MV(v);
            if (!m.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            return m.NDim switch
            {
                0 => ts.SetError(PyExc.TypeError, "invalid indexing of 0-dim memory"),
                1 => PyValue.FromObject(new PySequenceIterator(v)),
                _ => ts.SetError(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented"),
            };
        };
        t.GetItem = MemoryViewGetItem;
        t.SetItem = MemoryViewSetItem;
        t.RichCompare = MemoryViewCompare;
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = 0;
            var m = MV(v);
            if (!m.CheckReleased(ts))
            {
                return false;
            }

            if (!m.IsReadOnly)
            {
                ts.SetError(PyExc.ValueError, "cannot hash writable memoryview object");
                return false;
            }

            if (!MemoryViewItems.IsByteFormat(m.FormatChar))
            {
                ts.SetError(PyExc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
                return false;
            }

            h = Hashing.HashSecret.Current.HashBytes(m.ToArray());
            return true;
        };
        t.AddMethod("tobytes", MemoryViewToBytes);
        t.AddMethod0("tolist", static (ts, self) => MV(self).CheckReleased(ts) ? MemoryViewToList(ts, MV(self)) : PyValue.Error);
        t.AddMethod("cast", MemoryViewCast);
        t.AddMethod0("release", static (ts, self) =>
        {
            MV(self).Release();
            return PyValue.None;
        });
        t.AddMethod0("__enter__", static (ts, self) => MV(self).CheckReleased(ts) ? self : PyValue.Error);
        t.AddMethod("__exit__", static (ts, a, kw) =>
        {
            MV(a[0]).Release();
            return PyValue.None;
        });
        t.AddMethod0("toreadonly", static (ts, self) =>
        {
            var m = MV(self);
            return m.CheckReleased(ts)
                ? PyValue.FromObject(new PyMemoryView(m.Source, m.Offset, m.Format, m.ItemSize, m.Shape, m.Strides, readOnly: true))
                : PyValue.Error;
        });
        t.AddMethod("hex", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            return MV(a[0]).CheckReleased(ts) && BytesArgs.Parse(ts, "hex", a, kw, true, s_hexNames, 0, 0, v)
                ? Hex(ts, MV(a[0]).ToArray(), v[0], v[1]) : PyValue.Error;
        });
        t.AddMethod1("count", static (ts, self, value) =>
        {
            var m = MV(self);
            if (!m.CheckReleased(ts) || !CheckLookup(ts, m))
            {
                return PyValue.Error;
            }

            var n = 0;
            for (var i = 0; i < m.Length; i++)
            {
                var item = ItemAt(ts, m, i);
                var eq = item.IsError ? -1 : PyOps.RichCompareBool(ts, item, value, CompareOp.Eq);
                if (eq < 0)
                {
                    return PyValue.Error;
                }

                n += eq;
            }

            return PyValue.FromInt64(n);
        });
        t.AddMethod("index", static (ts, a, _) =>
        {
            var m = MV(a[0]);
            if (!BytesArgs.CheckPositional(ts, "index", a, 1, 3) || !m.CheckReleased(ts) || !CheckLookup(ts, m)
                || !BytesArgs.TrySliceBounds(ts, a, 2, m.Length, out var start, out var end, noneAllowed: false))
            {
                return PyValue.Error;
            }

            for (var i = start; i < end; i++)
            {
                var item = ItemAt(ts, m, i);
                var eq = item.IsError ? -1 : PyOps.RichCompareBool(ts, item, a[1], CompareOp.Eq);
                if (eq != 0)
                {
                    return eq < 0 ? PyValue.Error : PyValue.FromInt64(i);
                }
            }

            return ts.SetError(PyExc.ValueError, "memoryview.index(x): x not found");
        }, NativeArity.Positional);
        AddViewAttribute(t, "readonly", static m => PyValue.FromBool(m.IsReadOnly));
        AddViewAttribute(t, "format", static m => PyValue.FromObject(new PyStr(m.Format)));
        AddViewAttribute(t, "itemsize", static m => PyValue.FromInt64(m.ItemSize));
        AddViewAttribute(t, "nbytes", static m => PyValue.FromInt64(m.NBytes));
        AddViewAttribute(t, "ndim", static m => PyValue.FromInt64(m.NDim));
        AddViewAttribute(t, "shape", static m => IntTuple(m.Shape));
        AddViewAttribute(t, "strides", static m => IntTuple(m.Strides));
        AddViewAttribute(t, "suboffsets", static m => PyValue.FromObject(PyTuple.Empty));
        AddViewAttribute(t, "obj", static m => PyValue.FromObject(m.Source));
        AddViewAttribute(t, "contiguous", static m => PyValue.FromBool(m.IsCContiguous || m.IsFContiguous));
        AddViewAttribute(t, "c_contiguous", static m => PyValue.FromBool(m.IsCContiguous));
        AddViewAttribute(t, "f_contiguous", static m => PyValue.FromBool(m.IsFContiguous));
        t.AddGetSet("released", static (ts, v) => PyValue.FromBool(MV(v).IsReleased));
    }

    private static void AddViewAttribute(PyType t, string name, Func<PyMemoryView, PyValue> get) =>
        t.AddGetSet(name, (ts, v) => MV(v).CheckReleased(ts) ? get(MV(v)) : PyValue.Error);

    private static PyValue IntTuple(int[] values)
    {
        var items = new PyValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            items[i] = PyValue.FromInt64(values[i]);
        }

        return PyValue.FromObject(values.Length == 0 ? PyTuple.Empty : new PyTuple(items));
    }

    /// <summary>count/index work on one dimension only.</summary>
    private static bool CheckLookup(ThreadState ts, PyMemoryView m)
    {
        if (m.NDim == 1)
        {
            return true;
        }

        ts.SetError(m.NDim == 0 ? PyExc.TypeError : PyExc.NotImplementedError,
            m.NDim == 0 ? "invalid lookup on 0-dim memory" : "multi-dimensional lookup is not implemented");
        return false;
    }

    private static PyValue MemoryViewToBytes(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> v = new PyValue[1];
        var m = MV(a[0]);
        if (!BytesArgs.Parse(ts, "tobytes", a, kw, true, s_toBytesNames, 0, 0, v) || !m.CheckReleased(ts))
        {
            return PyValue.Error;
        }

        var fortran = false;
        if (!v[0].IsNull && !v[0].IsNone)
        {
            var order = v[0].AsObject is PyStr s ? s.Value : null;
            if (order is not ("C" or "F" or "A"))
            {
                return order is null
                    ? ArgParser.BadArgument(ts, "tobytes", "argument 'order'", "str or None", v[0])
                    : ts.SetError(PyExc.ValueError, "order must be 'C', 'F' or 'A'");
            }

            fortran = order == "F" || (order == "A" && !m.IsCContiguous && m.IsFContiguous);
        }

        return PyBytes.From(m.ToArray(fortran));
    }

    /// <summary>
    /// == and != compare item values when both sides have the same shape (CPython's
    /// memory_richcompare); a non-buffer other side is NotImplemented.
    /// </summary>
    private static PyValue MemoryViewCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyMemoryView m)
        {
            return PyValue.NotImplemented;
        }

        bool equal;
        if (m.IsReleased || (b.AsObject is PyMemoryView { IsReleased: true }))
        {
            equal = ReferenceEquals(a.AsObject, b.AsObject);
        }
        else if (BytesLike.IsBuffer(b))
        {
            var other = PyMemoryView.Over(b.AsObject);
            var eq = ItemsEqual(ts, m, other);
            other.Release();
            if (eq < 0)
            {
                return PyValue.Error;
            }

            equal = eq == 1;
        }
        else
        {
            return PyValue.NotImplemented;
        }

        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    private static int ItemsEqual(ThreadState ts, PyMemoryView m, PyMemoryView other)
    {
        if (m.NDim != other.NDim)
        {
            return 0;
        }

        for (var d = 0; d < m.NDim; d++)
        {
            if (m.Shape[d] != other.Shape[d])
            {
                return 0;
            }
        }

        var left = m.ItemPositions();
        var right = other.ItemPositions();
        for (var k = 0; k < left.Length; k++)
        {
            var x = MemoryViewItems.Unpack(ts, m.FormatChar, m.ItemAt(left[k]));
            var y = x.IsError ? x : MemoryViewItems.Unpack(ts, other.FormatChar, other.ItemAt(right[k]));
            if (y.IsError)
            {
                return -1;
            }

            var eq = PyFloat.IsFloat(x) && PyFloat.IsFloat(y)
                ? (PyFloat.AsDouble(x) == PyFloat.AsDouble(y) ? 1 : 0)
                : PyOps.RichCompareBool(ts, x, y, CompareOp.Eq);
            if (eq != 1)
            {
                return eq;
            }
        }

        return 1;
    }
}
