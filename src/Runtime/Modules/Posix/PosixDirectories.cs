using System.Runtime.InteropServices;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>Directory and path functions: listdir, scandir, mkdir, rmdir, unlink, rename, access, chmod, utime, links.</summary>
internal static class PosixDirectories
{
    public static void Register(PyModule m)
    {
        m.AddFunction("listdir", ListDir);
        m.AddFunction("scandir", static (ts, a, kw) => Scandir(ts, a, kw));
        m.AddFunction("mkdir", static (ts, a, kw) => PathCall(ts, "mkdir", a, kw, ["path", "mode", "dir_fd"], 0x1ff, static (p, n) => PosixNative.MkDir(p, (int)n)));
        m.AddFunction("rmdir", static (ts, a, kw) => PathCall(ts, "rmdir", a, kw, ["path", "dir_fd"], 0, static (p, n) => PosixNative.RmDir(p)));
        m.AddFunction("unlink", static (ts, a, kw) => PathCall(ts, "unlink", a, kw, ["path", "dir_fd"], 0, static (p, n) => PosixNative.Unlink(p)));
        m.AddFunction("remove", static (ts, a, kw) => PathCall(ts, "remove", a, kw, ["path", "dir_fd"], 0, static (p, n) => PosixNative.Unlink(p)));
        m.AddFunction("chmod", static (ts, a, kw) => PathCall(ts, "chmod", a, kw, ["path", "mode", "dir_fd", "follow_symlinks"], -1, static (p, n) => PosixNative.ChMod(p, (int)n)));
        m.AddFunction("truncate", static (ts, a, kw) => PathCall(ts, "truncate", a, kw, ["path", "length"], -1, static (p, n) => PosixNative.Truncate(p, n)));
        m.AddFunction("access", Access);
        m.AddFunction("rename", static (ts, a, kw) => TwoPaths(ts, "rename", a, kw, PosixNative.Rename));
        m.AddFunction("replace", static (ts, a, kw) => TwoPaths(ts, "replace", a, kw, PosixNative.Rename));
        m.AddFunction("symlink", static (ts, a, kw) => TwoPaths(ts, "symlink", a, kw, PosixNative.SymLink));
        m.AddFunction("link", static (ts, a, kw) => TwoPaths(ts, "link", a, kw, PosixNative.Link));
        m.AddFunction("readlink", ReadLink);
        m.AddFunction("utime", UTime);
    }

    /// <summary>The entries of a directory in readdir order, without "." and "..", with their d_type.</summary>
    public static List<(string Name, byte Type)>? Read(ThreadState ts, PosixPath path)
    {
        var dir = PosixNative.OpenDir(path.Native);
        if (dir == 0)
        {
            PosixErrors.Raise(ts, path.Original);
            return null;
        }

        var entries = new List<(string, byte)>();
        try
        {
            while (PosixNative.ReadDir(dir) is var entry && entry != 0)
            {
                var name = Marshal.PtrToStringUTF8(entry + 19) ?? "";
                if (name is not ("." or ".."))
                {
                    entries.Add((name, Marshal.ReadByte(entry + 18)));
                }
            }
        }
        finally
        {
            PosixNative.CloseDir(dir);
        }

        return entries;
    }

    private static bool PathArg(ThreadState ts, string func, PyValue value, out PosixPath path)
    {
        if (value.IsNull || value.IsNone)
        {
            path = new PosixPath(PyValue.FromObject(PyStr.Intern(".")), ".", false, -1);
            return true;
        }

        if (value.IsExactInt)
        {
            ts.SetError(PyExc.NotImplementedError, func + ": listing a directory by file descriptor is not supported yet");
            path = default;
            return false;
        }

        return PosixPath.TryConvert(ts, func, "path", value, allowFd: true, out path, allowNone: true);
    }

    private static PyValue ListDir(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[1];
        if (!ArgParser.Parse(ts, "listdir", a, kw, ["path"], 0, 0, args) || !PathArg(ts, "listdir", args[0], out var path))
        {
            return PyValue.Error;
        }

        var entries = Read(ts, path);
        if (entries is null)
        {
            return PyValue.Error;
        }

        var list = new PyList();
        foreach (var (name, _) in entries)
        {
            list.Append(path.Result(name));
        }

        return PyValue.FromObject(list);
    }

    private static PyValue Scandir(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[1];
        if (!ArgParser.Parse(ts, "scandir", a, kw, ["path"], 0, 0, args) || !PathArg(ts, "scandir", args[0], out var path))
        {
            return PyValue.Error;
        }

        var entries = Read(ts, path);
        if (entries is null)
        {
            return PyValue.Error;
        }

        var items = new List<PyValue>(entries.Count);
        var prefix = args[0].IsNull || args[0].IsNone ? "." : path.Text;
        foreach (var (name, type) in entries)
        {
            var full = prefix.EndsWith('/') ? prefix + name : prefix + "/" + name;
            items.Add(PyValue.FromObject(new PosixDirEntry(path.Result(name), path.Result(full), full, type)));
        }

        return PyValue.FromObject(new PosixScandirIterator(items));
    }

    // f(path, [int,] *, dir_fd=None...): the int is mode or length; -1 default means required.
    private static PyValue PathCall(ThreadState ts, string func, ReadOnlySpan<PyValue> a, PyTuple? kw, string[] names, long defaultNumber, Func<byte[], long, int> call)
    {
        Span<PyValue> args = new PyValue[names.Length];
        var hasNumber = names.Length > 1 && names[1] is "mode" or "length";
        var required = defaultNumber < 0 ? 2 : 1;
        if (!ArgParser.Parse(ts, func, a, kw, names, required, 0, args, hasNumber ? 2 : 1)
            || !PosixPath.TryConvert(ts, func, "path", args[0], false, out var path))
        {
            return PyValue.Error;
        }

        var number = defaultNumber;
        if (hasNumber && !args[1].IsNull && !PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out number))
        {
            return PyValue.Error;
        }

        return call(path.Native, number) == 0 ? PyValue.None : PosixErrors.Raise(ts, path.Original);
    }

    private static PyValue TwoPaths(ThreadState ts, string func, ReadOnlySpan<PyValue> a, PyTuple? kw, Func<byte[], byte[], int> call)
    {
        var names = func is "symlink" ? new[] { "src", "dst", "target_is_directory", "dir_fd" } : ["src", "dst", "src_dir_fd", "dst_dir_fd"];
        Span<PyValue> args = new PyValue[4];
        if (!ArgParser.Parse(ts, func, a, kw, names, 2, 0, args, func is "symlink" ? 3 : 2)
            || !PosixPath.TryConvert(ts, func, "src", args[0], false, out var src)
            || !PosixPath.TryConvert(ts, func, "dst", args[1], false, out var dst))
        {
            return PyValue.Error;
        }

        return call(src.Native, dst.Native) == 0 ? PyValue.None : PosixErrors.Raise(ts, src.Original, dst.Original);
    }

    private static PyValue Access(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[5];
        if (!ArgParser.Parse(ts, "access", a, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0, args, 2)
            || !PosixPath.TryConvert(ts, "access", "path", args[0], false, out var path)
            || !PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out var mode))
        {
            return PyValue.Error;
        }

        return PyValue.FromBool(PosixNative.Access(path.Native, (int)mode) == 0);
    }

    private static unsafe PyValue ReadLink(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[2];
        if (!ArgParser.Parse(ts, "readlink", a, kw, ["path", "dir_fd"], 1, 0, args, 1) || !PosixPath.TryConvert(ts, "readlink", "path", args[0], false, out var path))
        {
            return PyValue.Error;
        }

        var buffer = new byte[4096];
        nint n;
        fixed (byte* p = buffer)
        {
            n = PosixNative.ReadLink(path.Native, p, buffer.Length);
        }

        return n < 0 ? PosixErrors.Raise(ts, path.Original) : path.Result(Encoding.UTF8.GetString(buffer, 0, (int)n));
    }

    // utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)
    private static unsafe PyValue UTime(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[5];
        if (!ArgParser.Parse(ts, "utime", a, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 0, args, 2)
            || !PosixPath.TryConvert(ts, "utime", "path", args[0], false, out var path))
        {
            return PyValue.Error;
        }

        var spec = stackalloc long[4];
        const long utimeNow = (1L << 30) - 1;
        spec[1] = utimeNow;
        spec[3] = utimeNow;
        var hasTimes = !args[1].IsNull && !args[1].IsNone;
        if (hasTimes && !args[2].IsNull)
        {
            return ts.SetError(PyExc.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        }

        var source = hasTimes ? args[1] : args[2];
        if (!source.IsNull && !source.IsNone)
        {
            if (source.AsObject is not PyTuple { Length: 2 } pair)
            {
                return ts.SetError(PyExc.TypeError, hasTimes ? "utime: 'times' must be either a tuple of two ints or None" : "utime: 'ns' must be a tuple of two ints");
            }

            for (var i = 0; i < 2; i++)
            {
                if (hasTimes)
                {
                    var f = PyOps.Call1(ts, PyValue.FromObject(PyType.Float), pair[i]);
                    if (f.IsError)
                    {
                        return f;
                    }

                    var seconds = Math.Floor(f.AsDouble);
                    spec[2 * i] = (long)seconds;
                    spec[(2 * i) + 1] = (long)Math.Round((f.AsDouble - seconds) * 1e9);
                }
                else
                {
                    var big = PyOps.Call1(ts, PyValue.FromObject(PyType.Int), pair[i]);
                    if (big.IsError || !PyOps.TryIndexAsInt64(ts, big, PyExc.OverflowError, out var ns))
                    {
                        return PyValue.Error;
                    }

                    spec[2 * i] = Math.DivRem(ns, 1_000_000_000, out var rem) - (rem < 0 ? 1 : 0);
                    spec[(2 * i) + 1] = rem < 0 ? rem + 1_000_000_000 : rem;
                }
            }
        }

        return PosixNative.UTimeNsAt(PosixNative.AtFdCwd, path.Native, spec, 0) == 0 ? PyValue.None : PosixErrors.Raise(ts, path.Original);
    }
}
