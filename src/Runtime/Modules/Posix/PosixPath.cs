using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A path argument as posix functions take it (CPython's path_converter): str, bytes or an
/// os.PathLike, or an open file descriptor where allowed. Results for a bytes path are bytes.
/// </summary>
internal readonly struct PosixPath
{
    public PosixPath(PyValue original, string text, bool isBytes, int fd)
    {
        Original = original;
        Text = text;
        IsBytes = isBytes;
        Fd = fd;
    }

    /// <summary>What the caller passed (the exception's filename).</summary>
    public PyValue Original { get; }

    public string Text { get; }

    public bool IsBytes { get; }

    /// <summary>The file descriptor, or -1 for a path.</summary>
    public int Fd { get; }

    /// <summary>NUL-terminated UTF-8 for libc (empty for a descriptor).</summary>
    public byte[] Native => Fd >= 0 ? [0] : Encode(Text);

    public static byte[] Encode(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>A name in the caller's flavour: str, or bytes for a bytes path.</summary>
    public PyValue Result(string name) =>
        IsBytes ? PyBytes.From(Encoding.UTF8.GetBytes(name)) : PyValue.FromObject(new PyStr(name));

    /// <summary>os.fspath: str and bytes as they are, else the result of <c>__fspath__</c>.</summary>
    public static PyValue FsPath(ThreadState ts, PyValue value, string what = "expected str, bytes or os.PathLike object, not ")
    {
        if (value.AsObject is PyStr or PyBytes)
        {
            return value;
        }

        var found = PyOps.LookupSpecial(ts, value, PyStr.Intern("__fspath__"), out var method);
        if (found <= 0)
        {
            return found < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, what + value.Type.Name);
        }

        var result = PyOps.Call(ts, method, []);
        if (result.IsError || result.AsObject is PyStr or PyBytes)
        {
            return result;
        }

        return ts.SetError(PyExc.TypeError, "expected " + value.Type.Name + ".__fspath__() to return str or bytes, not " + result.Type.Name);
    }

    /// <summary>Converts argument <paramref name="argName"/> of <paramref name="func"/>; false with TypeError pending.</summary>
    public static bool TryConvert(ThreadState ts, string func, string argName, PyValue value, bool allowFd, out PosixPath path, bool allowNone = false)
    {
        path = default;
        if (allowFd && value.IsExactInt)
        {
            path = new PosixPath(value, "", false, (int)value.AsInt64);
            return true;
        }

        var fs = FsPath(ts, value, func + ": " + argName + " should be string, bytes" + (allowFd ? ", os.PathLike" + (allowNone ? ", integer or None" : " or integer") + ", not " : " or os.PathLike, not "));
        if (fs.IsError)
        {
            return false;
        }

        if (fs.AsObject is PyBytes b)
        {
            path = new PosixPath(value, Encoding.UTF8.GetString(b.Span), true, -1);
            return true;
        }

        var text = ((PyStr)fs.AsObject).Value;
        if (text.Contains('\0'))
        {
            ts.SetError(PyExc.ValueError, func + ": embedded null character in " + argName);
            return false;
        }

        path = new PosixPath(value, text, false, -1);
        return true;
    }
}
