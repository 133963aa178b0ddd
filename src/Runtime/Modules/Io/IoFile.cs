using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>_io.FileIO: a raw file over a descriptor (posix open/read/write/lseek).</summary>
internal sealed class FileIOObject(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public int Fd { get; set; } = -1;

    public bool Readable { get; set; }

    public bool Writable { get; set; }

    public bool Appending { get; set; }

    public bool Created { get; set; }

    public bool CloseFd { get; set; } = true;

    public static PyType TypeObject => s_type.Value;

    public string Mode => Created ? (Readable ? "xb+" : "xb") : Appending ? (Readable ? "ab+" : "ab") : Readable ? (Writable ? "rb+" : "rb") : "wb";

    private static FileIOObject Open(ThreadState ts, PyValue v, out bool ok)
    {
        var f = (FileIOObject)v.AsObject;
        ok = f.Fd >= 0;
        if (!ok)
        {
            IoBase.ClosedError(ts);
        }

        return f;
    }

    private static PyValue Posix(ThreadState ts, string name, params PyValue[] args)
    {
        var posix = Interpreter.Hooks.ImportImpl!(ts, PyStr.Intern("posix"), new PyDict(), PyValue.None, PyValue.None, 0);
        return posix.IsError ? posix : PyOps.CallMethod(ts, posix, PyStr.Intern(name), args);
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[4];
        if (!ArgParser.Parse(ts, "FileIO", a, kw, ["file", "mode", "closefd", "opener"], 1, 0, args))
        {
            return false;
        }

        var f = (FileIOObject)self.AsObject;
        var mode = args[1].IsNull ? "r" : args[1].AsObject is PyStr ms ? ms.Value : null;
        if (mode is null)
        {
            ts.SetError(PyExc.TypeError, "FileIO() argument 'mode' must be str, not " + args[1].Type.Name);
            return false;
        }

        int flags = 0, kinds = 0;
        foreach (var c in mode)
        {
            switch (c)
            {
                case 'r': kinds++; f.Readable = true; break;
                case 'w': kinds++; f.Writable = true; flags |= 64 | 512; break;
                case 'x': kinds++; f.Writable = true; f.Created = true; flags |= 64 | 128; break;
                case 'a': kinds++; f.Writable = true; f.Appending = true; flags |= 64 | 1024; break;
                case '+': f.Readable = f.Writable = true; break;
                case 'b': break;
                default:
                    ts.SetError(PyExc.ValueError, "invalid mode: " + mode);
                    return false;
            }
        }

        if (kinds != 1)
        {
            ts.SetError(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
            return false;
        }

        flags |= f.Readable && f.Writable ? 2 : f.Writable ? 1 : 0;
        f.CloseFd = args[2].IsNull || PyOps.IsTrue(ts, args[2]) > 0;
        var file = args[0];
        if (file.IsExactInt)
        {
            if (file.AsInt64 < 0)
            {
                ts.SetError(PyExc.ValueError, "negative file descriptor");
                return false;
            }

            f.Fd = (int)file.AsInt64;
        }
        else
        {
            if (!f.CloseFd)
            {
                ts.SetError(PyExc.ValueError, "Cannot use closefd=False with file name");
                return false;
            }

            var fd = !args[3].IsNull && !args[3].IsNone
                ? PyOps.Call(ts, args[3], [file, PyValue.FromInt64(flags | 0x80000)])
                : Posix(ts, "open", file, PyValue.FromInt64(flags), PyValue.FromInt64(0x1b6));
            if (fd.IsError)
            {
                return false;
            }

            f.Fd = (int)fd.AsInt64;
            var st = Posix(ts, "fstat", fd);
            if (!st.IsError && st.AsObject is PyStructSequence s && (s[0].AsInt64 & 0xF000) == 0x4000)
            {
                PosixNative.Close(f.Fd);
                f.Fd = -1;
                PosixErrors.Raise(ts, 21, file);
                return false;
            }

            ts.ClearError();
        }

        f.GetDict(true)!.SetStr(PyStr.Intern("name"), file);
        if (f.Appending)
        {
            PosixNative.LSeek(f.Fd, 0, 2);
        }

        return true;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("FileIO", IoBase.RawIOBase, TypeFlags.BaseType, "_io");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new FileIOObject(type));
        t.Init = Init;
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(((FileIOObject)v.AsObject).Fd < 0));
        t.AddGetSet("closefd", static (ts, v) => PyValue.FromBool(((FileIOObject)v.AsObject).CloseFd));
        t.AddGetSet("mode", static (ts, v) => PyValue.FromObject(new PyStr(((FileIOObject)v.AsObject).Mode)));
        t.AddMethod0("fileno", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? PyValue.FromInt64(f.Fd) : PyValue.Error);
        t.AddMethod0("readable", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? PyValue.FromBool(f.Readable) : PyValue.Error);
        t.AddMethod0("writable", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? PyValue.FromBool(f.Writable) : PyValue.Error);
        t.AddMethod0("seekable", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? PyValue.FromBool(PosixNative.LSeek(f.Fd, 0, 1) >= 0) : PyValue.Error);
        t.AddMethod0("isatty", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? PyValue.FromBool(PosixNative.IsATty(f.Fd) == 1) : PyValue.Error);
        t.AddMethod0("close", static (ts, v) =>
        {
            var f = (FileIOObject)v.AsObject;
            if (f.Fd >= 0 && f.CloseFd && PosixNative.Close(f.Fd) != 0)
            {
                f.Fd = -1;
                return PosixErrors.Raise(ts);
            }

            f.Fd = -1;
            f.BaseClosed = true;
            return PyValue.None;
        });
        t.AddMethod("read", static (ts, a, kw) =>
        {
            var f = Open(ts, a[0], out var ok);
            if (!ok)
            {
                return PyValue.Error;
            }

            if (!f.Readable)
            {
                return IoBase.Unsupported(ts, "File not open for reading");
            }

            long size = -1;
            if (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out size))
            {
                return PyValue.Error;
            }

            return size < 0 ? ReadAll(ts, f) : Posix(ts, "read", PyValue.FromInt64(f.Fd), PyValue.FromInt64(size));
        });
        t.AddMethod0("readall", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? ReadAll(ts, f) : PyValue.Error);
        t.AddMethod("readinto", static (ts, a, kw) => IoBase.ReadInto(ts, a, "read"));
        t.AddMethod("write", static (ts, a, kw) =>
        {
            var f = Open(ts, a[0], out var ok);
            if (!ok)
            {
                return PyValue.Error;
            }

            return f.Writable ? Posix(ts, "write", PyValue.FromInt64(f.Fd), a[1]) : IoBase.Unsupported(ts, "File not open for writing");
        });
        t.AddMethod("seek", static (ts, a, kw) =>
        {
            var f = Open(ts, a[0], out var ok);
            return ok ? Posix(ts, "lseek", PyValue.FromInt64(f.Fd), a.Length > 1 ? a[1] : PyValue.FromInt64(0), a.Length > 2 ? a[2] : PyValue.FromInt64(0)) : PyValue.Error;
        });
        t.AddMethod0("tell", static (ts, v) => Open(ts, v, out var ok) is var f && ok ? Posix(ts, "lseek", PyValue.FromInt64(f.Fd), PyValue.FromInt64(0), PyValue.FromInt64(1)) : PyValue.Error);
        t.AddMethod("truncate", static (ts, a, kw) =>
        {
            var f = Open(ts, a[0], out var ok);
            if (!ok)
            {
                return PyValue.Error;
            }

            var size = a.Length > 1 && !a[1].IsNone ? a[1] : PyValue.FromInt64(PosixNative.LSeek(f.Fd, 0, 1));
            var r = Posix(ts, "ftruncate", PyValue.FromInt64(f.Fd), size);
            return r.IsError ? r : size;
        });
        t.Repr = static (ts, v) =>
        {
            var f = (FileIOObject)v.AsObject;
            if (f.Fd < 0)
            {
                return PyValue.FromObject(new PyStr("<_io.FileIO [closed]>"));
            }

            var name = f.GetDict(false) is { } d && d.TryGetStr(PyStr.Intern("name"), out var n) ? PyOps.Repr(ts, n)?.Value : null;
            return PyValue.FromObject(new PyStr("<_io.FileIO name=" + name + " mode='" + f.Mode + "' closefd=" + (f.CloseFd ? "True" : "False") + ">"));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue ReadAll(ThreadState ts, FileIOObject f)
    {
        var all = new List<byte>();
        while (true)
        {
            var chunk = Posix(ts, "read", PyValue.FromInt64(f.Fd), PyValue.FromInt64(IoModule.DefaultBufferSize));
            if (chunk.IsError)
            {
                return chunk;
            }

            var span = ((PyBytes)chunk.AsObject).Span;
            if (span.IsEmpty)
            {
                return PyBytes.From([.. all]);
            }

            all.AddRange(span.ToArray());
        }
    }
}
