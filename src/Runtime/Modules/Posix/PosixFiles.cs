using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>posix's constants and file-descriptor functions: open, read, write, close, lseek, dup, pipe...</summary>
internal sealed partial class PosixModule
{
    // Linux x86-64 values, as CPython 3.14 reports them (O_DIRECTORY and O_NOFOLLOW differ on arm64).
    private static readonly (string Name, int Value)[] s_constants =
    [
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_APPEND", 1024), ("O_CREAT", 64), ("O_EXCL", 128),
        ("O_TRUNC", 512), ("O_NONBLOCK", 2048), ("O_NDELAY", 2048), ("O_NOCTTY", 256), ("O_CLOEXEC", 524288),
        ("O_DIRECTORY", 65536), ("O_NOFOLLOW", 131072), ("O_SYNC", 1052672), ("O_DSYNC", 4096), ("O_ACCMODE", 3),
        ("O_TMPFILE", 4259840), ("O_PATH", 2097152), ("O_NOATIME", 262144), ("O_LARGEFILE", 0),
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("EX_OK", 0), ("WNOHANG", 1), ("TMP_MAX", 238328), ("NGROUPS_MAX", 65536),
    ];

    private static void AddConstants(PyModule m)
    {
        foreach (var (name, value) in s_constants)
        {
            m.Add(name, PyValue.FromInt64(value));
        }
    }
}

internal static class PosixFiles
{
    public static void Register(PyModule m)
    {
        m.AddFunction("open", Open);
        m.AddFunction("close", static (ts, a, kw) => Fd(ts, a, 0, out var fd) ? (PosixNative.Close(fd) == 0 ? PyValue.None : PosixErrors.Raise(ts)) : PyValue.Error, NativeArity.One);
        m.AddFunction("closerange", static (ts, a, kw) =>
        {
            if (!Fd(ts, a, 0, out var low) || !Fd(ts, a, 1, out var high))
            {
                return PyValue.Error;
            }

            for (var fd = low; fd < high; fd++)
            {
                PosixNative.Close(fd);
            }

            return PyValue.None;
        }, NativeArity.Positional);
        m.AddFunction("read", Read, NativeArity.Positional);
        m.AddFunction("write", Write, NativeArity.Positional);
        m.AddFunction("lseek", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "lseek", a, kw, 3, 3) || !Fd(ts, a, 0, out var fd)
                || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var pos) || !PyOps.TryIndexAsInt64(ts, a[2], PyExc.OverflowError, out var how))
            {
                return PyValue.Error;
            }

            var r = PosixNative.LSeek(fd, pos, (int)how);
            return r < 0 ? PosixErrors.Raise(ts) : PyValue.FromInt64(r);
        });
        m.AddFunction("dup", static (ts, a, kw) => Fd(ts, a, 0, out var fd) ? Check(ts, PosixNative.Dup(fd)) : PyValue.Error, NativeArity.One);
        m.AddFunction("dup2", static (ts, a, kw) => Fd(ts, a, 0, out var fd) && Fd(ts, a, 1, out var fd2) ? Check(ts, PosixNative.Dup2(fd, fd2)) : PyValue.Error, NativeArity.Positional);
        m.AddFunction("fsync", static (ts, a, kw) => FdOf(ts, a[0], out var fd) ? (PosixNative.FSync(fd) == 0 ? PyValue.None : PosixErrors.Raise(ts)) : PyValue.Error, NativeArity.One);
        m.AddFunction("ftruncate", static (ts, a, kw) => Fd(ts, a, 0, out var fd) && PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var n)
            ? (PosixNative.FTruncate(fd, n) == 0 ? PyValue.None : PosixErrors.Raise(ts)) : PyValue.Error, NativeArity.Positional);
        m.AddFunction("pipe", Pipe, NativeArity.NoArgs);
        m.AddFunction("get_blocking", static (ts, a, kw) =>
        {
            if (!ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            var flags = PosixNative.Fcntl(fd, PosixNative.FGetFl, 0);
            return flags < 0 ? PosixErrors.Raise(ts) : PyValue.FromBool((flags & PosixNative.ONonBlock) == 0);
        }, NativeArity.One);
        m.AddFunction("set_blocking", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "set_blocking", a, kw, 2, 2) || !ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            var blocking = PyOps.IsTrue(ts, a[1]);
            var flags = blocking < 0 ? 0 : PosixNative.Fcntl(fd, PosixNative.FGetFl, 0);
            if (blocking < 0)
            {
                return PyValue.Error;
            }

            if (flags < 0)
            {
                return PosixErrors.Raise(ts);
            }

            var updated = blocking > 0 ? flags & ~PosixNative.ONonBlock : flags | PosixNative.ONonBlock;
            return updated == flags || PosixNative.Fcntl(fd, PosixNative.FSetFl, updated) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        }, NativeArity.Positional);
    }

    private static PyValue Check(ThreadState ts, int r) => r < 0 ? PosixErrors.Raise(ts) : PyValue.FromInt64(r);

    public static bool Fd(ThreadState ts, ReadOnlySpan<PyValue> a, int index, out int fd)
    {
        fd = -1;
        if (index >= a.Length)
        {
            ts.SetError(PyExc.TypeError, "function takes at least " + (index + 1) + " arguments");
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, a[index], PyExc.OverflowError, out var n))
        {
            return false;
        }

        fd = (int)n;
        return true;
    }

    /// <summary>An int or an object with fileno() (fsync accepts both).</summary>
    public static bool FdOf(ThreadState ts, PyValue v, out int fd)
    {
        if (!v.IsExactInt && PyOps.TryGetAttr(ts, v, PyStr.Intern("fileno"), out var fileno) > 0)
        {
            v = PyOps.Call(ts, fileno, []);
            if (v.IsError)
            {
                fd = -1;
                return false;
            }
        }

        return Fd(ts, [v], 0, out fd);
    }

    // open(path, flags, mode=0o777, *, dir_fd=None)
    private static PyValue Open(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[4];
        if (!ArgParser.Parse(ts, "open", a, kw, ["path", "flags", "mode", "dir_fd"], 2, 0, args, 3)
            || !PosixPath.TryConvert(ts, "open", "path", args[0], false, out var path)
            || !PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out var flags))
        {
            return PyValue.Error;
        }

        long mode = 0x1ff;
        if (!args[2].IsNull && !PyOps.TryIndexAsInt64(ts, args[2], PyExc.OverflowError, out mode))
        {
            return PyValue.Error;
        }

        // CPython opens non-inheritable descriptors (PEP 446).
        var fd = PosixNative.Open(path.Native, (int)flags | 0x80000, (int)mode);
        return fd < 0 ? PosixErrors.Raise(ts, path.Original) : PyValue.FromInt64(fd);
    }

    private static unsafe PyValue Read(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "read", a, kw, 2, 2) || !Fd(ts, a, 0, out var fd) || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        if (n < 0)
        {
            return PosixErrors.Raise(ts, 22);
        }

        var buffer = new byte[n];
        nint got;
        fixed (byte* p = buffer)
        {
            // A pipe or a terminal may block: other threads run meanwhile.
            using (ts.ReleaseGil())
            {
                got = PosixNative.Read(fd, p, (nint)n);
            }
        }

        if (got < 0)
        {
            return PosixErrors.Raise(ts);
        }

        return PyBytes.From(got == n ? buffer : buffer[..(int)got]);
    }

    private static unsafe PyValue Write(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "write", a, kw, 2, 2) || !Fd(ts, a, 0, out var fd) || !BytesLike.TryGetArgument(ts, a[1], out var data))
        {
            return PyValue.Error;
        }

        nint wrote;
        fixed (byte* p = data)
        {
            wrote = PosixNative.Write(fd, p, data.Length);
        }

        return wrote < 0 ? PosixErrors.Raise(ts) : PyValue.FromInt64(wrote);
    }

    private static unsafe PyValue Pipe(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var fds = stackalloc int[2];
        // Non-inheritable, as CPython's os.pipe (PEP 446).
        return PosixNative.Pipe2(fds, 0x80000) != 0 ? PosixErrors.Raise(ts) : PyValue.FromObject(new PyTuple([PyValue.FromInt64(fds[0]), PyValue.FromInt64(fds[1])]));
    }
}
