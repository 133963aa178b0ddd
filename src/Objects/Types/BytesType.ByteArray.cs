namespace ProtoPython.Objects;

/// <summary>bytearray's mutators: item and slice assignment, append/extend/insert/pop/remove/clear/copy/reverse, += and *=.</summary>
internal static partial class BytesType
{
    private static void InstallByteArrayMutators()
    {
        var t = PyType.ByteArray;
        t.SetItem = SetItem;
        t.Number[(int)NumberOp.Add + NumberOps.InplaceOffset] = static (ts, a, b) =>
        {
            if (a.AsObject is not PyByteArray ba)
            {
                return PyValue.NotImplemented;
            }

            if (!BytesLike.TryGetSpan(b, out var extra))
            {
                return ts.SetError(PyExc.TypeError, "can't concat " + b.Type.Name + " to " + a.Type.Name);
            }

            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.Splice(ba.Length, 0, extra);
            return a;
        };
        t.Number[(int)NumberOp.Multiply + NumberOps.InplaceOffset] = static (ts, a, b) =>
        {
            if (a.AsObject is not PyByteArray ba || (!PyInt.IsInt(b) && b.Type.Index is null))
            {
                return PyValue.NotImplemented;
            }

            var r = Repeat(ts, a, b, PyType.ByteArray);
            if (r.IsError)
            {
                return r;
            }

            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.SetContents(((PyByteArray)r.AsObject).Span);
            return a;
        };
        t.AddMethod1("append", static (ts, self, item) =>
        {
            var ba = (PyByteArray)self.AsObject;
            if (!TryItemByte(ts, item, out var b) || !ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.Append(b);
            return PyValue.None;
        });
        t.AddMethod1("extend", static (ts, self, items) =>
        {
            var ba = (PyByteArray)self.AsObject;
            byte[]? extra;
            if (BytesLike.TryGetSpan(items, out var span))
            {
                extra = span.ToArray();
            }
            else if (items.AsObject is PyStr)
            {
                return ts.SetError(PyExc.TypeError, "expected iterable of integers; got: 'str'");
            }
            else if (items.Type.Iter is null && items.Type.GetItem is null)
            {
                return ts.SetError(PyExc.TypeError, "can't extend bytearray with " + items.Type.Name);
            }
            else
            {
                extra = FromIterable(ts, items, "bytearray");
            }

            if (extra is null || !ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.Splice(ba.Length, 0, extra);
            return PyValue.None;
        });
        t.AddMethod("insert", static (ts, a, _) =>
        {
            if (!BytesArgs.CheckPositional(ts, "insert", a, 2, 2) || !BytesArgs.TryIndex(ts, a[1], out var index) || !TryItemByte(ts, a[2], out var b))
            {
                return PyValue.Error;
            }

            var ba = (PyByteArray)a[0].AsObject;
            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            index = index < 0 ? Math.Max(0, index + ba.Length) : Math.Min(index, ba.Length);
            ba.Splice((int)index, 0, [b]);
            return PyValue.None;
        }, NativeArity.Positional);
        t.AddMethod("pop", static (ts, a, _) =>
        {
            var index = -1L;
            if (!BytesArgs.CheckPositional(ts, "pop", a, 0, 1) || (a.Length > 1 && !BytesArgs.TryIndex(ts, a[1], out index)))
            {
                return PyValue.Error;
            }

            var ba = (PyByteArray)a[0].AsObject;
            if (ba.Length == 0)
            {
                return ts.SetError(PyExc.IndexError, "pop from empty bytearray");
            }

            if (index < 0)
            {
                index += ba.Length;
            }

            if (index < 0 || index >= ba.Length)
            {
                return ts.SetError(PyExc.IndexError, "pop index out of range");
            }

            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            var value = ba.Span[(int)index];
            ba.Splice((int)index, 1, default);
            return PyValue.FromInt64(value);
        }, NativeArity.Positional);
        t.AddMethod1("remove", static (ts, self, item) =>
        {
            var ba = (PyByteArray)self.AsObject;
            if (!TryItemByte(ts, item, out var b))
            {
                return PyValue.Error;
            }

            var i = ba.Span.IndexOf(b);
            if (i < 0)
            {
                return ts.SetError(PyExc.ValueError, "value not found in bytearray");
            }

            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.Splice(i, 1, default);
            return PyValue.None;
        });
        t.AddMethod0("clear", static (ts, self) =>
        {
            var ba = (PyByteArray)self.AsObject;
            if (!ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            ba.SetContents(default);
            return PyValue.None;
        });
        t.AddMethod0("copy", static (ts, self) => PyValue.FromObject(new PyByteArray(Data(self).ToArray())));
        t.AddMethod0("reverse", static (ts, self) =>
        {
            ((PyByteArray)self.AsObject).Span.Reverse();
            return PyValue.None;
        });
        t.AddMethod1("resize", static (ts, self, size) =>
        {
            var ba = (PyByteArray)self.AsObject;
            if (!StrArgs.Size(ts, size, out var n))
            {
                return PyValue.Error;
            }

            if (n < 0)
            {
                return ts.SetError(PyExc.ValueError, "Can only resize to positive sizes, got " + n);
            }

            if (n != ba.Length && !ba.CheckResizable(ts))
            {
                return PyValue.Error;
            }

            if (n > Array.MaxLength)
            {
                return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
            }

            if (n < ba.Length)
            {
                ba.Splice((int)n, ba.Length - (int)n, default);
            }
            else
            {
                ba.Splice(ba.Length, 0, new byte[n - ba.Length]);
            }

            return PyValue.None;
        });
        t.AddMethod0("__alloc__", static (ts, self) => PyValue.FromInt64(((PyByteArray)self.AsObject).Buffer.Length + 1));
    }

    /// <summary>A bytearray item: an int in range(256) (TypeError "'str' object cannot be interpreted as an integer" otherwise).</summary>
    private static bool TryItemByte(ThreadState ts, PyValue v, out byte value)
    {
        value = 0;
        if (!BytesArgs.TryByteIndex(ts, v, out var n))
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

    private static bool SetItem(ThreadState ts, PyValue self, PyValue key, PyValue value)
    {
        var ba = (PyByteArray)self.AsObject;
        if (PyInt.IsInt(key) || key.Type.Index is not null)
        {
            byte b = 0;
            if (!value.IsNull && !TryItemByte(ts, value, out b))
            {
                return false;
            }

            if (!TryIndexInto(ts, key, ba.Length, "bytearray index out of range", out var i))
            {
                return false;
            }

            if (value.IsNull)
            {
                if (!ba.CheckResizable(ts))
                {
                    return false;
                }

                ba.Splice(i, 1, default);
                return true;
            }

            ba.Span[i] = b;
            return true;
        }

        if (!SliceIndices.IsSlice(key))
        {
            ts.SetError(PyExc.TypeError, "bytearray indices must be integers or slices, not " + key.Type.Name);
            return false;
        }

        if (!SliceIndices.TryAdjust(ts, key, ba.Length, out var start, out var stop, out var step, out var count))
        {
            return false;
        }

        byte[] replacement = [];
        if (!value.IsNull)
        {
            if (BytesLike.TryGetSpan(value, out var span))
            {
                replacement = span.ToArray();
            }
            else if (PyInt.IsInt(value) || value.Type.Index is not null || value.AsObject is PyStr)
            {
                ts.SetError(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return false;
            }
            else if (FromIterable(ts, value, "bytearray") is { } items)
            {
                replacement = items;
            }
            else
            {
                return false;
            }
        }

        if (step == 1)
        {
            if (stop < start)
            {
                stop = start;
            }

            if (replacement.Length != stop - start && !ba.CheckResizable(ts))
            {
                return false;
            }

            ba.Splice((int)start, (int)(stop - start), replacement);
            return true;
        }

        // As in CPython, assigning an empty sequence to an extended slice deletes it.
        if (value.IsNull || replacement.Length == 0)
        {
            if (count > 0 && !ba.CheckResizable(ts))
            {
                return false;
            }

            var keep = new List<byte>(ba.Length);
            var span = ba.Span;
            for (var i = 0; i < span.Length; i++)
            {
                var offset = i - start;
                var removed = offset % step == 0 && offset / step >= 0 && offset / step < count;
                if (!removed)
                {
                    keep.Add(span[i]);
                }
            }

            ba.SetContents(keep.ToArray());
            return true;
        }

        if (replacement.Length != count)
        {
            ts.SetError(PyExc.ValueError, "attempt to assign bytes of size " + replacement.Length + " to extended slice of size " + count);
            return false;
        }

        var target = ba.Span;
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            target[(int)j] = replacement[i];
        }

        return true;
    }
}
