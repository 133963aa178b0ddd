namespace ProtoPython.Objects;

/// <summary>memoryview basics over bytes/bytearray: format 'B', one dimension, slicing into views.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_memoryViewNames = ["object"];

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
        t.Iter = static (ts, v) => MV(v).CheckReleased(ts) ? PyValue.FromObject(new PySequenceIterator(v)) : PyValue.Error;
        t.GetItem = static (ts, v, key) =>
        {
            var m = MV(v);
            if (!m.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            if (PyInt.IsInt(key) || key.Type.Index is not null)
            {
                return TryViewIndex(ts, m, key, out var i) ? PyValue.FromInt64(m[i]) : PyValue.Error;
            }

            if (SliceIndices.IsSlice(key))
            {
                return SliceIndices.TryAdjust(ts, key, m.Length, out var start, out _, out var step, out var count)
                    ? PyValue.FromObject(new PyMemoryView(m.Source, m.Offset + (int)(start * m.Stride), (int)count, (int)(step * m.Stride)))
                    : PyValue.Error;
            }

            return ts.SetError(PyExc.TypeError, "memoryview: invalid slice key");
        };
        t.SetItem = MemoryViewSetItem;
        t.RichCompare = static (ts, a, b, op) =>
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
            else if (BytesLike.TryGetSpan(b, out var other))
            {
                equal = m.ToArray().AsSpan().SequenceEqual(other);
            }
            else
            {
                return PyValue.NotImplemented;
            }

            return PyValue.FromBool(equal == (op == CompareOp.Eq));
        };
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

            h = Hashing.HashSecret.Current.HashBytes(m.ToArray());
            return true;
        };
        t.AddMethod("tobytes", static (ts, a, kw) => MV(a[0]).CheckReleased(ts) ? PyBytes.From(MV(a[0]).ToArray()) : PyValue.Error);
        t.AddMethod0("tolist", static (ts, self) =>
        {
            var m = MV(self);
            if (!m.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            var list = new PyList();
            for (var i = 0; i < m.Length; i++)
            {
                list.Append(PyValue.FromInt64(m[i]));
            }

            return PyValue.FromObject(list);
        });
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
            return m.CheckReleased(ts) ? PyValue.FromObject(new PyMemoryView(new PyBytes(m.ToArray()), 0, m.Length, 1)) : PyValue.Error;
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
            if (!m.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            var n = 0;
            for (var i = 0; i < m.Length; i++)
            {
                var eq = PyOps.RichCompareBool(ts, PyValue.FromInt64(m[i]), value, CompareOp.Eq);
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
            if (!BytesArgs.CheckPositional(ts, "index", a, 1, 3) || !m.CheckReleased(ts)
                || !BytesArgs.TrySliceBounds(ts, a, 2, m.Length, out var start, out var end, noneAllowed: false))
            {
                return PyValue.Error;
            }

            for (var i = start; i < end; i++)
            {
                var eq = PyOps.RichCompareBool(ts, PyValue.FromInt64(m[i]), a[1], CompareOp.Eq);
                if (eq != 0)
                {
                    return eq < 0 ? PyValue.Error : PyValue.FromInt64(i);
                }
            }

            return ts.SetError(PyExc.ValueError, "memoryview.index(x): x not found");
        }, NativeArity.Positional);
        AddViewAttribute(t, "readonly", static m => PyValue.FromBool(m.IsReadOnly));
        AddViewAttribute(t, "format", static m => PyValue.FromObject(PyStr.Intern("B")));
        AddViewAttribute(t, "itemsize", static m => PyValue.FromInt64(1));
        AddViewAttribute(t, "nbytes", static m => PyValue.FromInt64(m.Length));
        AddViewAttribute(t, "ndim", static m => PyValue.FromInt64(1));
        AddViewAttribute(t, "shape", static m => PyValue.FromObject(new PyTuple([PyValue.FromInt64(m.Length)])));
        AddViewAttribute(t, "strides", static m => PyValue.FromObject(new PyTuple([PyValue.FromInt64(m.Stride)])));
        AddViewAttribute(t, "obj", static m => PyValue.FromObject(m.Source));
        AddViewAttribute(t, "contiguous", static m => PyValue.FromBool(m.IsContiguous));
        AddViewAttribute(t, "c_contiguous", static m => PyValue.FromBool(m.IsContiguous));
        AddViewAttribute(t, "f_contiguous", static m => PyValue.FromBool(m.IsContiguous));
        t.AddGetSet("released", static (ts, v) => PyValue.FromBool(MV(v).IsReleased));
    }

    private static void AddViewAttribute(PyType t, string name, Func<PyMemoryView, PyValue> get) =>
        t.AddGetSet(name, (ts, v) => MV(v).CheckReleased(ts) ? get(MV(v)) : PyValue.Error);

    private static bool TryViewIndex(ThreadState ts, PyMemoryView m, PyValue key, out int index)
    {
        index = 0;
        if (!PyOps.TryIndexAsInt64(ts, key, PyExc.IndexError, out var i))
        {
            return false;
        }

        if (i < 0)
        {
            i += m.Length;
        }

        if (i < 0 || i >= m.Length)
        {
            ts.SetError(PyExc.IndexError, "index out of bounds on dimension 1");
            return false;
        }

        index = (int)i;
        return true;
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

        if (PyInt.IsInt(key) || key.Type.Index is not null)
        {
            if (!TryViewIndex(ts, m, key, out var i))
            {
                return false;
            }

            if (!PyInt.IsInt(value) && value.Type.Index is null)
            {
                ts.SetError(PyExc.TypeError, "memoryview: invalid type for format 'B'");
                return false;
            }

            if (!PyOps.TryIndexAsInt64(ts, value, null, out var n) || n is < 0 or > 255)
            {
                ts.ClearError();
                ts.SetError(PyExc.ValueError, "memoryview: invalid value for format 'B'");
                return false;
            }

            m[i] = (byte)n;
            return true;
        }

        if (!SliceIndices.IsSlice(key))
        {
            ts.SetError(PyExc.TypeError, "memoryview: invalid slice key");
            return false;
        }

        if (!SliceIndices.TryAdjust(ts, key, m.Length, out var start, out _, out var step, out var count))
        {
            return false;
        }

        if (!BytesLike.TryGetSpan(value, out var src))
        {
            ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + value.Type.Name + "'");
            return false;
        }

        if (src.Length != count)
        {
            ts.SetError(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return false;
        }

        var copy = src.ToArray();
        for (var k = 0; k < count; k++)
        {
            m[(int)(start + (k * step))] = copy[k];
        }

        return true;
    }
}
