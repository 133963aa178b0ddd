using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The named methods of array.array (conversions and files in ArrayType.Conversions.cs).</summary>
internal static partial class ArrayType
{
    private static void AddMethods(PyType t)
    {
        t.AddGetSet("typecode", static (ts, v) => NativeTypes.Str(PyArray.Of(v).Code.ToString()));
        t.AddGetSet("itemsize", static (ts, v) => PyValue.FromInt64(PyArray.Of(v).ItemSize));
        t.AddMethod1("append", static (ts, self, x) => PyArray.Of(self).Append(ts, x) ? PyValue.None : PyValue.Error);
        t.AddMethod1("extend", static (ts, self, x) => Extend(ts, PyArray.Of(self), x) ? PyValue.None : PyValue.Error);
        t.AddMethod("insert", Insert);
        t.AddMethod("pop", Pop);
        t.AddMethod1("remove", Remove);
        t.AddMethod("index", Index);
        t.AddMethod1("count", Count);
        t.AddMethod0("reverse", Reverse);
        t.AddMethod0("clear", static (ts, self) =>
        {
            var a = PyArray.Of(self);
            return a.Splice(ts, 0, a.Count, default) ? PyValue.None : PyValue.Error;
        });
        t.AddMethod0("byteswap", ByteSwap);
        t.AddMethod0("buffer_info", static (ts, self) =>
            NativeTypes.Tuple(PyValue.FromInt64(ObjectIds.Of(self)), PyValue.FromInt64(PyArray.Of(self).Count)));
        t.AddMethod0("__copy__", static (ts, self) => Copy(self));
        t.AddMethod1("__deepcopy__", static (ts, self, memo) => Copy(self));
        t.AddMethod0("__sizeof__", static (ts, self) => PyValue.FromInt64(64 + PyArray.Of(self).ExportBuffer.Length));
        t.AddMethod1("__reduce_ex__", ReduceEx);
        t.AddMethod1("__buffer__", static (ts, self, flags) =>
            ClinicArgs.TryInt(ts, flags, 0, out _) ? PyValue.FromObject(PyMemoryView.Over(self.AsObject)) : PyValue.Error);
        t.AddMethod1("__release_buffer__", static (ts, self, view) =>
        {
            if (view.AsObject is PyMemoryView m)
            {
                m.Release();
            }

            return PyValue.None;
        });
        AddConversionMethods(t);
    }

    private static PyValue Copy(PyValue self)
    {
        var a = PyArray.Of(self);
        return PyValue.FromObject(PyArray.FromBytes(Type, a.Code, a.Bytes));
    }

    /// <summary>extend(): an array of the same typecode, else any iterable item by item.</summary>
    private static bool Extend(ThreadState ts, PyArray a, PyValue x)
    {
        if (x.AsObject is PyArray other)
        {
            if (other.Code != a.Code)
            {
                ts.SetError(PyExc.TypeError, "can only extend with array of same kind");
                return false;
            }

            return a.AppendBytes(ts, other.Bytes);
        }

        return ExtendFromIterable(ts, a, x);
    }

    private static bool ExtendFromIterable(ThreadState ts, PyArray a, PyValue iterable)
    {
        var iter = PyOps.GetIter(ts, iterable);
        if (iter.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, iter, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (!a.Append(ts, item))
            {
                return false;
            }
        }
    }

    private static PyValue Insert(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "insert", args[1..], kwnames, 2, 2) || !ClinicArgs.TrySize(ts, args[1], 0, out var i))
        {
            return PyValue.Error;
        }

        var a = PyArray.Of(args[0]);
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.TrySet(ts, a.Code, args[2], ref item[0]))
        {
            return PyValue.Error;
        }

        if (i < 0)
        {
            i = Math.Max(0, i + a.Count);
        }

        i = Math.Min(i, a.Count);
        return a.Splice(ts, (int)i, (int)i, item[..a.ItemSize]) ? PyValue.None : PyValue.Error;
    }

    private static PyValue Pop(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "pop", args[1..], kwnames, 0, 1) || !ClinicArgs.TrySize(ts, args.Length > 1 ? args[1] : PyValue.Null, -1, out var i))
        {
            return PyValue.Error;
        }

        var a = PyArray.Of(args[0]);
        if (a.Count == 0)
        {
            return ts.SetError(PyExc.IndexError, "pop from empty array");
        }

        if (i < 0)
        {
            i += a.Count;
        }

        if ((ulong)i >= (ulong)a.Count)
        {
            return ts.SetError(PyExc.IndexError, "pop index out of range");
        }

        var value = a.Get((int)i);
        return a.Splice(ts, (int)i, (int)i + 1, default) ? value : PyValue.Error;
    }

    /// <summary>The first index in [start, stop) whose item equals <paramref name="x"/>: -1 none, -2 error.</summary>
    private static long Find(ThreadState ts, PyArray a, PyValue x, long start, long stop)
    {
        for (var i = start; i < Math.Min(stop, a.Count); i++)
        {
            var r = PyArray.ItemEquals(ts, a.Get((int)i), x);
            if (r != 0)
            {
                return r > 0 ? i : -2;
            }
        }

        return -1;
    }

    private static PyValue Remove(ThreadState ts, PyValue self, PyValue x)
    {
        var a = PyArray.Of(self);
        var i = Find(ts, a, x, 0, a.Count);
        if (i < 0)
        {
            return i == -2 ? PyValue.Error : ts.SetError(PyExc.ValueError, "array.remove(x): x not in array");
        }

        return a.Splice(ts, (int)i, (int)i + 1, default) ? PyValue.None : PyValue.Error;
    }

    private static PyValue Index(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "index", args[1..], kwnames, 1, 3))
        {
            return PyValue.Error;
        }

        var a = PyArray.Of(args[0]);
        long start = 0, stop = long.MaxValue;
        if ((args.Length > 2 && !NativeTypes.SliceIndexNotNone(ts, args[2], out start))
            || (args.Length > 3 && !NativeTypes.SliceIndexNotNone(ts, args[3], out stop)))
        {
            return PyValue.Error;
        }

        if (start < 0)
        {
            start = Math.Max(0, start + a.Count);
        }

        if (stop < 0)
        {
            stop = Math.Max(0, stop + a.Count);
        }

        var i = Find(ts, a, args[1], start, stop);
        return i >= 0 ? PyValue.FromInt64(i)
            : i == -2 ? PyValue.Error
            : ts.SetError(PyExc.ValueError, "array.index(x): x not in array");
    }

    private static PyValue Count(ThreadState ts, PyValue self, PyValue x)
    {
        var a = PyArray.Of(self);
        long n = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var r = PyArray.ItemEquals(ts, a.Get(i), x);
            if (r < 0)
            {
                return PyValue.Error;
            }

            n += r;
        }

        return PyValue.FromInt64(n);
    }

    private static PyValue Reverse(ThreadState ts, PyValue self)
    {
        var a = PyArray.Of(self);
        Span<byte> tmp = stackalloc byte[8];
        var size = a.ItemSize;
        var bytes = a.Bytes;
        for (int i = 0, j = a.Count - 1; i < j; i++, j--)
        {
            bytes.Slice(i * size, size).CopyTo(tmp);
            bytes.Slice(j * size, size).CopyTo(bytes[(i * size)..]);
            tmp[..size].CopyTo(bytes[(j * size)..]);
        }

        return PyValue.None;
    }

    private static PyValue ByteSwap(ThreadState ts, PyValue self)
    {
        var a = PyArray.Of(self);
        var bytes = a.Bytes;
        for (var i = 0; i < a.Count; i++)
        {
            bytes.Slice(i * a.ItemSize, a.ItemSize).Reverse();
        }

        return PyValue.None;
    }
}
