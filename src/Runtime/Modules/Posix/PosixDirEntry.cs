using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>os.DirEntry</c>: name and path, the d_type readdir gave, and a cached stat.</summary>
internal sealed class PosixDirEntry : PyObject
{
    private const byte DtUnknown = 0;
    private const byte DtDir = 4;
    private const byte DtReg = 8;
    private const byte DtLnk = 10;

    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly string _fullPath;
    private readonly byte _dtype;
    private PyValue _stat;
    private PyValue _lstat;

    public PosixDirEntry(PyValue name, PyValue path, string fullPath, byte dtype)
        : base(s_type.Value)
    {
        Name = name;
        PathValue = path;
        _fullPath = fullPath;
        _dtype = dtype;
    }

    public static PyType TypeObject => s_type.Value;

    public PyValue Name { get; }

    public PyValue PathValue { get; }

    private static PosixDirEntry Self(PyValue v) => (PosixDirEntry)v.AsObject;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("DirEntry", PyType.Object, TypeFlags.None, "posix");
        t.AddGetSet("name", static (ts, v) => Self(v).Name);
        t.AddGetSet("path", static (ts, v) => Self(v).PathValue);
        t.Repr = static (ts, v) => PyOps.Repr(ts, Self(v).Name) is { } r ? PyValue.FromObject(new PyStr("<DirEntry " + r.Value + ">")) : PyValue.Error;
        t.AddMethod0("__fspath__", static (ts, v) => Self(v).PathValue);
        t.AddMethod0("inode", static (ts, v) => Self(v).Stat(ts, false) is var s && s.IsError ? s : ((PyStructSequence)s.AsObject)[1]);
        t.AddMethod0("is_symlink", static (ts, v) => Self(v).IsType(ts, DtLnk, 0xA000, false));
        t.AddMethod("is_dir", static (ts, a, kw) => Follow(ts, a, kw, out var f) ? Self(a[0]).IsType(ts, DtDir, 0x4000, f) : PyValue.Error);
        t.AddMethod("is_file", static (ts, a, kw) => Follow(ts, a, kw, out var f) ? Self(a[0]).IsType(ts, DtReg, 0x8000, f) : PyValue.Error);
        t.AddMethod("stat", static (ts, a, kw) => Follow(ts, a, kw, out var f) ? Self(a[0]).Stat(ts, f) : PyValue.Error);
        t.AddMethod0("is_junction", static (ts, v) => PyValue.False);
        SlotTable.AddWrappers(t);
        return t;
    }

    // (self, *, follow_symlinks=True)
    private static bool Follow(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, out bool follow)
    {
        follow = true;
        Span<PyValue> args = new PyValue[1];
        if (!ArgParser.Parse(ts, "is_dir", a[1..], kw, ["follow_symlinks"], 0, 0, args, 0))
        {
            return false;
        }

        if (!args[0].IsNull)
        {
            var truth = PyOps.IsTrue(ts, args[0]);
            if (truth < 0)
            {
                return false;
            }

            follow = truth > 0;
        }

        return true;
    }

    private PyValue Stat(ThreadState ts, bool follow)
    {
        ref var cached = ref follow ? ref _stat : ref _lstat;
        if (cached.IsNull)
        {
            cached = PosixStat.Result(ts, new PosixPath(PathValue, _fullPath, false, -1), follow);
        }

        return cached;
    }

    // CPython answers from d_type when it can; a symlink followed (or an unknown type) needs stat, and a vanished file is False.
    private PyValue IsType(ThreadState ts, byte dtype, int modeBits, bool follow)
    {
        if (_dtype != DtUnknown && !(follow && _dtype == DtLnk))
        {
            return PyValue.FromBool(_dtype == dtype);
        }

        var s = Stat(ts, follow);
        if (s.IsError)
        {
            if (ts.ErrorMatches(PyExc.FileNotFoundError))
            {
                ts.ClearError();
                if (follow)
                {
                    _stat = PyValue.Null;
                }

                return PyValue.False;
            }

            return s;
        }

        var mode = ((PyStructSequence)s.AsObject)[0].AsInt64;
        return PyValue.FromBool((mode & 0xF000) == modeBits);
    }
}

/// <summary>What scandir returns: an iterator over DirEntry objects that is also a context manager.</summary>
internal sealed class PosixScandirIterator : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly List<PyValue> _entries;
    private int _next;

    public PosixScandirIterator(List<PyValue> entries)
        : base(s_type.Value)
    {
        _entries = entries;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("ScandirIterator", PyType.Object, TypeFlags.None, "posix");
        t.Iter = static (ts, v) => v;
        t.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            var it = (PosixScandirIterator)v.AsObject;
            if (it._next < it._entries.Count)
            {
                item = it._entries[it._next++];
                return 1;
            }

            item = default;
            return 0;
        };
        t.AddMethod0("close", static (ts, v) =>
        {
            var it = (PosixScandirIterator)v.AsObject;
            it._next = it._entries.Count;
            return PyValue.None;
        });
        t.AddMethod0("__enter__", static (ts, v) => v);
        t.AddMethod("__exit__", static (ts, a, kw) =>
        {
            var it = (PosixScandirIterator)a[0].AsObject;
            it._next = it._entries.Count;
            return PyValue.False;
        });
        SlotTable.AddWrappers(t);
        return t;
    }
}
