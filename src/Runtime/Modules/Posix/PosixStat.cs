using System.Buffers.Binary;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>stat, lstat, fstat and <c>os.stat_result</c> (10 tuple fields with int times, then float and ns times, blksize, blocks, rdev).</summary>
internal static class PosixStat
{
    private static readonly Lazy<PyType> s_resultType = new(() => StructSequenceType.Create("stat_result", "os",
    [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ], 10));

    public static PyType ResultType => s_resultType.Value;

    public static void Register(PyModule m)
    {
        m.AddFunction("stat", static (ts, a, kw) => Stat(ts, "stat", a, kw, true));
        m.AddFunction("lstat", static (ts, a, kw) => Stat(ts, "lstat", a, kw, false));
        m.AddFunction("fstat", static (ts, a, kw) =>
        {
            Span<PyValue> args = new PyValue[1];
            return ArgParser.Parse(ts, "fstat", a, kw, ["fd"], 1, 0, args) && PyOps.TryIndexAsInt64(ts, args[0], PyExc.OverflowError, out var fd)
                ? Result(ts, new PosixPath(args[0], "", false, (int)fd), true) : PyValue.Error;
        });
    }

    // stat(path, *, dir_fd=None, follow_symlinks=True)
    private static PyValue Stat(ThreadState ts, string func, ReadOnlySpan<PyValue> a, PyTuple? kw, bool follow)
    {
        Span<PyValue> args = new PyValue[3];
        if (!ArgParser.Parse(ts, func, a, kw, ["path", "dir_fd", "follow_symlinks"], 1, 0, args, 1)
            || !PosixPath.TryConvert(ts, func, "path", args[0], func == "stat", out var path))
        {
            return PyValue.Error;
        }

        if (!args[2].IsNull)
        {
            var truth = PyOps.IsTrue(ts, args[2]);
            if (truth < 0)
            {
                return PyValue.Error;
            }

            follow &= truth > 0;
        }

        return Result(ts, path, follow);
    }

    public static PyValue Result(ThreadState ts, PosixPath path, bool follow)
    {
        var buffer = new byte[256];
        if (PosixNative.Stat(path.Fd, path.Native, follow, buffer) != 0)
        {
            return path.Fd >= 0 ? PosixErrors.Raise(ts) : PosixErrors.Raise(ts, path.Original);
        }

        return PyValue.FromObject(FromStatx(buffer));
    }

    /// <summary>A stat_result from a statx record.</summary>
    public static PyStructSequence FromStatx(byte[] b)
    {
        uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
        ulong U64(int at) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at));
        static PyValue I(long v) => PyValue.FromInt64(v);
        PyValue Ns(int at) => PyValue.FromBigInteger(((System.Numerics.BigInteger)(long)U64(at) * 1_000_000_000) + U32(at + 8));
        PyValue Float(int at) => PyValue.FromDouble((long)U64(at) + (U32(at + 8) * 1e-9));
        static ulong MakeDev(uint major, uint minor) =>
            ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);

        const int atime = 64, ctime = 96, mtime = 112;
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28));
        return StructSequenceType.Make(ResultType,
            I(mode), PyValue.FromBigInteger(U64(32)), PyValue.FromBigInteger(MakeDev(U32(136), U32(140))), I(U32(16)), I(U32(20)), I(U32(24)),
            I((long)U64(40)), I((long)U64(atime)), I((long)U64(mtime)), I((long)U64(ctime)),
            Float(atime), Float(mtime), Float(ctime), Ns(atime), Ns(mtime), Ns(ctime),
            I(U32(4)), I((long)U64(48)), PyValue.FromBigInteger(MakeDev(U32(128), U32(132))));
    }
}
