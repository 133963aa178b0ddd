using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>An instance of any _io class (or a Python subclass): a dict for subclass attributes and the closed flag.</summary>
internal class IoObject(PyType type) : PyObject(type), IHasDict
{
    private PyDict? _dict;

    /// <summary>_IOBase's own closed flag (concrete classes may answer <c>closed</c> differently).</summary>
    public bool BaseClosed { get; set; }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}

/// <summary>
/// _io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase: the default methods, written like
/// CPython's over the object's own Python-visible methods (a subclass's read() is what readline uses).
/// </summary>
internal static class IoBase
{
    private static readonly Lazy<PyType> s_ioBase = new(CreateIOBase);
    private static readonly Lazy<PyType> s_raw = new(CreateRaw);
    private static readonly Lazy<PyType> s_buffered = new(CreateBuffered);
    private static readonly Lazy<PyType> s_text = new(CreateText);

    public static PyType IOBase => s_ioBase.Value;

    public static PyType RawIOBase => s_raw.Value;

    public static PyType BufferedIOBase => s_buffered.Value;

    public static PyType TextIOBase => s_text.Value;

    public static PyValue Call(ThreadState ts, PyValue self, string method, params PyValue[] args) => PyOps.CallMethod(ts, self, PyStr.Intern(method), args);

    public static PyValue Unsupported(ThreadState ts, string what) => ts.SetError(IoModule.UnsupportedOperation, what);

    public static PyValue ClosedError(ThreadState ts) => ts.SetError(PyExc.ValueError, "I/O operation on closed file.");

    /// <summary>self.closed as a bool; -1 with an error pending.</summary>
    public static int IsClosed(ThreadState ts, PyValue self)
    {
        var closed = PyOps.GetAttr(ts, self, PyStr.Intern("closed"));
        return closed.IsError ? -1 : PyOps.IsTrue(ts, closed);
    }

    public static bool CheckOpen(ThreadState ts, PyValue self)
    {
        var c = IsClosed(ts, self);
        if (c > 0)
        {
            ClosedError(ts);
        }

        return c == 0;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw) => PyValue.FromObject(new IoObject(type));

    private static PyType CreateIOBase()
    {
        var t = PyType.CreateRuntimeType("_IOBase", PyType.Object, TypeFlags.BaseType, "_io");
        t.New = New;
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((IHasDict)v.AsObject).GetDict(true)!));
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(v.AsObject is IoObject { BaseClosed: true }));
        t.AddMethod0("close", static (ts, self) =>
        {
            if (self.AsObject is IoObject { BaseClosed: true })
            {
                return PyValue.None;
            }

            var r = Call(ts, self, "flush");
            if (self.AsObject is IoObject io)
            {
                io.BaseClosed = true;
            }

            return r.IsError ? r : PyValue.None;
        });
        t.AddMethod0("flush", static (ts, self) => CheckOpen(ts, self) ? PyValue.None : PyValue.Error);
        foreach (var name in new[] { "seekable", "readable", "writable" })
        {
            t.AddMethod0(name, static (ts, self) => PyValue.False);
        }

        t.AddMethod("seek", static (ts, a, kw) => Unsupported(ts, "seek"));
        t.AddMethod("truncate", static (ts, a, kw) => Unsupported(ts, "truncate"));
        t.AddMethod0("tell", static (ts, self) => Call(ts, self, "seek", PyValue.FromInt64(0), PyValue.FromInt64(1)));
        t.AddMethod0("fileno", static (ts, self) => Unsupported(ts, "fileno"));
        t.AddMethod0("isatty", static (ts, self) => CheckOpen(ts, self) ? PyValue.False : PyValue.Error);
        t.AddMethod0("__enter__", static (ts, self) => CheckOpen(ts, self) ? self : PyValue.Error);
        t.AddMethod("__exit__", static (ts, a, kw) => Call(ts, a[0], "close"));
        t.Iter = static (ts, self) => CheckOpen(ts, self) ? self : PyValue.Error;
        t.IterNext = static (ThreadState ts, PyValue self, out PyValue item) =>
        {
            item = Call(ts, self, "readline");
            if (item.IsError)
            {
                return -1;
            }

            var n = PyOps.Length(ts, item);
            return n < 0 ? -1 : n == 0 ? 0 : 1;
        };
        t.AddMethod("readline", ReadLine);
        t.AddMethod("readlines", ReadLines);
        t.AddMethod("writelines", static (ts, a, kw) =>
        {
            if (!CheckOpen(ts, a[0]))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, a[1]);
            while (!it.IsError && PyOps.Next(ts, it, out var line) is var r && r != 0)
            {
                if (r < 0 || Call(ts, a[0], "write", line).IsError)
                {
                    return PyValue.Error;
                }
            }

            return it.IsError ? it : PyValue.None;
        });
        t.AddMethod0("_checkClosed", static (ts, self) => CheckOpen(ts, self) ? PyValue.None : PyValue.Error);
        t.AddMethod0("_checkReadable", static (ts, self) => Check(ts, self, "readable", "File or stream is not readable."));
        t.AddMethod0("_checkWritable", static (ts, self) => Check(ts, self, "writable", "File or stream is not writable."));
        t.AddMethod0("_checkSeekable", static (ts, self) => Check(ts, self, "seekable", "File or stream is not seekable."));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue Check(ThreadState ts, PyValue self, string method, string message)
    {
        var r = Call(ts, self, method);
        if (r.IsError)
        {
            return r;
        }

        var truth = PyOps.IsTrue(ts, r);
        return truth < 0 ? PyValue.Error : truth == 0 ? Unsupported(ts, message) : PyValue.True;
    }

    private static long SizeArg(ThreadState ts, ReadOnlySpan<PyValue> a, int index, out bool ok)
    {
        ok = true;
        if (a.Length <= index || a[index].IsNone)
        {
            return -1;
        }

        ok = PyOps.TryIndexAsInt64(ts, a[index], PyExc.OverflowError, out var n);
        return n;
    }

    // Generic readline over read(1): one byte at a time, as CPython does without peek().
    private static PyValue ReadLine(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var limit = SizeArg(ts, a, 1, out var ok);
        if (!ok)
        {
            return PyValue.Error;
        }

        var result = new List<byte>();
        while (limit < 0 || result.Count < limit)
        {
            var b = Call(ts, a[0], "read", PyValue.FromInt64(1));
            if (b.IsError)
            {
                return b;
            }

            if (!BytesLike.TryGetSpan(b, out var span))
            {
                return ts.SetError(PyExc.OSError, "read() should have returned a bytes object, not '" + b.Type.Name + "'");
            }

            if (span.IsEmpty)
            {
                break;
            }

            result.AddRange(span.ToArray());
            if (span[^1] == (byte)'\n')
            {
                break;
            }
        }

        return PyBytes.From([.. result]);
    }

    private static PyValue ReadLines(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var hint = SizeArg(ts, a, 1, out var ok);
        if (!ok)
        {
            return PyValue.Error;
        }

        var lines = new PyList();
        long total = 0;
        var it = PyOps.GetIter(ts, a[0]);
        while (!it.IsError && PyOps.Next(ts, it, out var line) is var r && r != 0)
        {
            if (r < 0)
            {
                return PyValue.Error;
            }

            lines.Append(line);
            total += PyOps.Length(ts, line);
            if (hint > 0 && total >= hint)
            {
                break;
            }
        }

        return it.IsError ? it : PyValue.FromObject(lines);
    }

    private static PyType CreateRaw()
    {
        var t = PyType.CreateRuntimeType("_RawIOBase", IOBase, TypeFlags.BaseType, "_io");
        t.AddMethod("read", static (ts, a, kw) =>
        {
            var size = SizeArg(ts, a, 1, out var ok);
            if (!ok)
            {
                return PyValue.Error;
            }

            if (size < 0)
            {
                return Call(ts, a[0], "readall");
            }

            var buffer = new PyByteArray(PyType.ByteArray, new byte[size]);
            var n = Call(ts, a[0], "readinto", PyValue.FromObject(buffer));
            if (n.IsError || n.IsNone)
            {
                return n;
            }

            return PyBytes.From(buffer.Span[..(int)n.AsInt64].ToArray());
        });
        t.AddMethod0("readall", static (ts, self) =>
        {
            var all = new List<byte>();
            while (true)
            {
                var chunk = Call(ts, self, "read", PyValue.FromInt64(IoModule.DefaultBufferSize));
                if (chunk.IsError)
                {
                    return chunk;
                }

                if (chunk.IsNone)
                {
                    return all.Count == 0 ? chunk : PyBytes.From([.. all]);
                }

                if (!BytesLike.TryGetSpan(chunk, out var span) || span.IsEmpty)
                {
                    return PyBytes.From([.. all]);
                }

                all.AddRange(span.ToArray());
            }
        });
        t.AddMethod("readinto", static (ts, a, kw) => ts.SetError(PyExc.NotImplementedError, ""));
        t.AddMethod("write", static (ts, a, kw) => ts.SetError(PyExc.NotImplementedError, ""));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyType CreateBuffered()
    {
        var t = PyType.CreateRuntimeType("_BufferedIOBase", IOBase, TypeFlags.BaseType, "_io");
        t.AddMethod("read", static (ts, a, kw) => Unsupported(ts, "read"));
        t.AddMethod("read1", static (ts, a, kw) => Unsupported(ts, "read1"));
        t.AddMethod("write", static (ts, a, kw) => Unsupported(ts, "write"));
        t.AddMethod0("detach", static (ts, self) => Unsupported(ts, "detach"));
        t.AddMethod("readinto", static (ts, a, kw) => ReadInto(ts, a, "read"));
        t.AddMethod("readinto1", static (ts, a, kw) => ReadInto(ts, a, "read1"));
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>readinto(b) as data = self.read(len(b)); b[:n] = data.</summary>
    public static PyValue ReadInto(ThreadState ts, ReadOnlySpan<PyValue> a, string method)
    {
        if (a.Length > 1 && a[1].AsObject is not PyByteArray && BytesLike.TryGetWritable(a[1], out var target))
        {
            // Any other writable buffer (array.array, memoryview): its size in bytes, filled in place.
            var read = Call(ts, a[0], method, PyValue.FromInt64(target.Length));
            if (read.IsError || !BytesLike.TryGetSpan(read, out var got))
            {
                return read.IsError ? read : ts.SetError(PyExc.TypeError, "read() should return bytes");
            }

            var count = Math.Min(got.Length, target.Length);
            if (!BytesLike.TryGetWritable(a[1], out target))
            {
                return ts.SetError(PyExc.ValueError, "operation forbidden on released memoryview object");
            }

            got[..Math.Min(count, target.Length)].CopyTo(target);
            return PyValue.FromInt64(count);
        }

        var length = PyOps.Length(ts, a[1]);
        if (length < 0)
        {
            return PyValue.Error;
        }

        var data = Call(ts, a[0], method, PyValue.FromInt64(length));
        if (data.IsError || !BytesLike.TryGetSpan(data, out var span))
        {
            return data.IsError ? data : ts.SetError(PyExc.TypeError, "read() should return bytes");
        }

        var n = span.Length;
        var slice = PyOps.Call(ts, PyValue.FromObject(PyType.Slice), [PyValue.FromInt64(0), PyValue.FromInt64(n)]);
        return slice.IsError || !PyOps.SetItem(ts, a[1], slice, data) ? PyValue.Error : PyValue.FromInt64(n);
    }

    private static PyType CreateText()
    {
        var t = PyType.CreateRuntimeType("_TextIOBase", IOBase, TypeFlags.BaseType, "_io");
        t.AddMethod("read", static (ts, a, kw) => Unsupported(ts, "read"));
        t.AddMethod("readline", static (ts, a, kw) => Unsupported(ts, "readline"));
        t.AddMethod("write", static (ts, a, kw) => Unsupported(ts, "write"));
        t.AddMethod0("detach", static (ts, self) => Unsupported(ts, "detach"));
        t.AddGetSet("encoding", static (ts, v) => PyValue.None);
        t.AddGetSet("newlines", static (ts, v) => PyValue.None);
        t.AddGetSet("errors", static (ts, v) => PyValue.None);
        SlotTable.AddWrappers(t);
        return t;
    }
}
