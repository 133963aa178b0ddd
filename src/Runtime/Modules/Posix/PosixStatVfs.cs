using System.Buffers.Binary;
using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// statvfs and fstatvfs with <c>os.statvfs_result</c> (10 tuple fields, then f_fsid); shutil
/// defines disk_usage only when os has statvfs. The record is glibc's 64-bit <c>struct statvfs</c>
/// (eleven unsigned longs, then spare ints).
/// </summary>
internal static partial class PosixStatVfs
{
    private static readonly Lazy<PyType> s_resultType = new(() => StructSequenceType.Create("statvfs_result", "os",
    [
        "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid",
    ], 10));

    [LibraryImport("libc.so.6", EntryPoint = "statvfs", SetLastError = true)]
    private static unsafe partial int StatVfs(byte[] path, byte* buffer);

    [LibraryImport("libc.so.6", EntryPoint = "fstatvfs", SetLastError = true)]
    private static unsafe partial int FStatVfs(int fd, byte* buffer);

    public static void Register(PyModule m)
    {
        m.Add("statvfs_result", PyValue.FromObject(s_resultType.Value));
        m.AddFunction("statvfs", static (ts, a, kw) =>
        {
            Span<PyValue> args = new PyValue[1];
            return ArgParser.Parse(ts, "statvfs", a, kw, ["path"], 1, 0, args)
                && PosixPath.TryConvert(ts, "statvfs", "path", args[0], true, out var path) ? Result(ts, path) : PyValue.Error;
        });
        m.AddFunction("fstatvfs", static (ts, a, kw) =>
        {
            Span<PyValue> args = new PyValue[1];
            return ArgParser.Parse(ts, "fstatvfs", a, kw, ["fd"], 1, 0, args) && PyOps.TryIndexAsInt64(ts, args[0], PyExc.OverflowError, out var fd)
                ? Result(ts, new PosixPath(args[0], "", false, (int)fd)) : PyValue.Error;
        });
    }

    private static unsafe PyValue Result(ThreadState ts, PosixPath path)
    {
        var b = new byte[256];
        int rc;
        fixed (byte* p = b)
        {
            rc = path.Fd >= 0 ? FStatVfs(path.Fd, p) : StatVfs(path.Native, p);
        }

        if (rc != 0)
        {
            return path.Fd >= 0 ? PosixErrors.Raise(ts) : PosixErrors.Raise(ts, path.Original);
        }

        var v = new PyValue[11];
        for (var i = 0; i < 8; i++)
        {
            v[i] = PyValue.FromBigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(i * 8)));
        }

        // offsets: 64 f_fsid, 72 f_flag, 80 f_namemax
        v[8] = PyValue.FromBigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(72)));
        v[9] = PyValue.FromBigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(80)));
        v[10] = PyValue.FromBigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(64)));
        return PyValue.FromObject(StructSequenceType.Make(s_resultType.Value, v));
    }
}
