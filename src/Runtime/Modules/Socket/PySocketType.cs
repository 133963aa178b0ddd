using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>_socket.socket</c> type: construction, descriptor life, options and addresses.</summary>
internal sealed partial class PySocket
{
    public static readonly Lazy<PyType> SocketType = new(CreateType);

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("socket", "_socket", subclassable: true);
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new PySocket(type));
        t.Init = Init;
        t.AddMember("family", static (ts, v) => PyValue.FromInt64(Self(v).Family));
        t.AddMember("type", static (ts, v) => PyValue.FromInt64(Self(v).SockType));
        t.AddMember("proto", static (ts, v) => PyValue.FromInt64(Self(v).Proto));
        t.AddGetSet("timeout", static (ts, v) => TimeoutValue(Self(v).Timeout));
        t.AddMethod0("fileno", static (ts, v) => PyValue.FromInt64(Self(v).Fd));
        t.AddMethod0("close", static (ts, v) => Self(v).Close(ts));
        t.AddMethod0("detach", static (ts, v) =>
        {
            var s = Self(v);
            var fd = s.Fd;
            s.Fd = -1;
            return PyValue.FromInt64(fd);
        });
        t.AddMethod0("__repr__", static (ts, v) =>
        {
            var s = Self(v);
            return NativeTypes.Str("<socket object, fd=" + s.Fd + ", family=" + s.Family + ", type=" + s.SockType + ", proto=" + s.Proto + ">");
        });
        t.AddMethod1("setblocking", static (ts, v, flag) =>
        {
            var block = PyOps.IsTrue(ts, flag);
            if (block < 0)
            {
                return PyValue.Error;
            }

            var s = Self(v);
            s.Timeout = block > 0 ? -1 : 0;
            return s.Fd < 0 ? PosixErrors.Raise(ts, SocketNative.EBadF) : s.SetNonBlocking(ts, block == 0) ? PyValue.None : PyValue.Error;
        });
        t.AddMethod0("getblocking", static (ts, v) => PyValue.FromBool(Self(v).Timeout != 0));
        t.AddMethod1("settimeout", static (ts, v, value) =>
        {
            if (!TryParseTimeout(ts, value, out var seconds))
            {
                return PyValue.Error;
            }

            var s = Self(v);
            s.Timeout = seconds;
            return s.Fd < 0 ? PosixErrors.Raise(ts, SocketNative.EBadF) : s.SetNonBlocking(ts, seconds >= 0) ? PyValue.None : PyValue.Error;
        });
        t.AddMethod0("gettimeout", static (ts, v) => TimeoutValue(Self(v).Timeout));
        t.AddMethod("setsockopt", static (ts, a, kw) => Self(a[0]).SetSockOpt(ts, a[1..], kw), NativeArity.Positional);
        t.AddMethod("getsockopt", static (ts, a, kw) => Self(a[0]).GetSockOpt(ts, a[1..], kw), NativeArity.Positional);
        t.AddMethod0("getsockname", static (ts, v) => Self(v).Name(ts, peer: false));
        t.AddMethod0("getpeername", static (ts, v) => Self(v).Name(ts, peer: true));
        t.AddMethod1("shutdown", static (ts, v, how) =>
        {
            if (!ClinicArgs.TryInt(ts, how, 0, out var h))
            {
                return PyValue.Error;
            }

            return SocketNative.Shutdown(Self(v).Fd, h) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        });
        t.AddMethod("listen", static (ts, a, kw) =>
        {
            var backlog = 128;
            if (!ArgParser.CheckPositional(ts, "listen", a[1..], kw, 0, 1) || (a.Length > 1 && !ClinicArgs.TryInt(ts, a[1], 0, out backlog)))
            {
                return PyValue.Error;
            }

            return SocketNative.Listen(Self(a[0]).Fd, Math.Max(backlog, 0)) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        }, NativeArity.Positional);
        AddTransferMethods(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>socket.__init__(family=-1, type=-1, proto=-1, fileno=None).</summary>
    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[4];
        if (!ArgParser.Parse(ts, "socket", a, kw, ["family", "type", "proto", "fileno"], 0, 0, args)
            || !ClinicArgs.TryInt(ts, args[0], -1, out var family) || !ClinicArgs.TryInt(ts, args[1], -1, out var type)
            || !ClinicArgs.TryInt(ts, args[2], -1, out var proto))
        {
            return false;
        }

        var s = Self(self);
        int fd;
        if (!args[3].IsNull && !args[3].IsNone)
        {
            if (args[3].IsFloat)
            {
                ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
                return false;
            }

            if (!ClinicArgs.TryInt(ts, args[3], 0, out fd))
            {
                return false;
            }

            if (fd < 0)
            {
                ts.SetError(PyExc.ValueError, "negative file descriptor");
                return false;
            }

            if ((family == -1 && SocketNative.GetIntOption(fd, SocketNative.SolSocket, SocketNative.SoDomain, out family) < 0)
                || (type == -1 && SocketNative.GetIntOption(fd, SocketNative.SolSocket, SocketNative.SoType, out type) < 0)
                || (proto == -1 && SocketNative.GetIntOption(fd, SocketNative.SolSocket, SocketNative.SoProtocol, out proto) < 0))
            {
                PosixErrors.Raise(ts);
                return false;
            }
        }
        else
        {
            family = family == -1 ? SocketAddress.AfInet : family;
            type = type == -1 ? 1 : type;
            proto = proto == -1 ? 0 : proto;
            fd = SocketNative.Socket(family, type | SocketNative.SockCloexec, proto);
            if (fd < 0)
            {
                PosixErrors.Raise(ts);
                return false;
            }
        }

        return s.Setup(ts, fd, family, type, proto);
    }

    private PyValue Close(ThreadState ts)
    {
        var fd = Fd;
        if (fd < 0)
        {
            return PyValue.None;
        }

        Fd = -1;
        // ECONNRESET on close is not worth an exception (as CPython).
        return SocketNative.Close(fd) == 0 || Marshal.GetLastPInvokeError() == 104 ? PyValue.None : PosixErrors.Raise(ts);
    }

    private unsafe PyValue Name(ThreadState ts, bool peer)
    {
        var buffer = stackalloc byte[SocketNative.AddrStorage];
        new Span<byte>(buffer, SocketNative.AddrStorage).Clear();
        var len = SocketNative.AddrStorage;
        var r = peer ? SocketNative.GetPeerName(Fd, buffer, &len) : SocketNative.GetSockName(Fd, buffer, &len);
        if (r < 0)
        {
            return PosixErrors.Raise(ts);
        }

        // An unnamed AF_UNIX socket reports only its family: its address is ''.
        return SocketAddress.ToPython(ts, new ReadOnlySpan<byte>(buffer, Math.Max(len, 2)));
    }

    private unsafe PyValue SetSockOpt(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "setsockopt", a, kw, 3, 4)
            || !ClinicArgs.TryInt(ts, a[0], 0, out var level) || !ClinicArgs.TryInt(ts, a[1], 0, out var name))
        {
            return PyValue.Error;
        }

        int r;
        if (a.Length == 4)
        {
            if (!a[2].IsNone)
            {
                return ts.SetError(PyExc.TypeError, "setsockopt() takes exactly 3 arguments when the third is not None");
            }

            if (!ClinicArgs.TryInt(ts, a[3], 0, out var optlen))
            {
                return PyValue.Error;
            }

            r = SocketNative.SetSockOpt(Fd, level, name, null, optlen);
        }
        else if (PyInt.IsInt(a[2]))
        {
            if (!ClinicArgs.TryInt(ts, a[2], 0, out var flag))
            {
                return PyValue.Error;
            }

            r = SocketNative.SetSockOpt(Fd, level, name, (byte*)&flag, 4);
        }
        else if (BytesLike.TryGetArgument(ts, a[2], out var data))
        {
            fixed (byte* p = data)
            {
                r = SocketNative.SetSockOpt(Fd, level, name, p, data.Length);
            }
        }
        else
        {
            return PyValue.Error;
        }

        return r == 0 ? PyValue.None : PosixErrors.Raise(ts);
    }

    private unsafe PyValue GetSockOpt(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "getsockopt", a, kw, 2, 3)
            || !ClinicArgs.TryInt(ts, a[0], 0, out var level) || !ClinicArgs.TryInt(ts, a[1], 0, out var name))
        {
            return PyValue.Error;
        }

        if (a.Length == 2)
        {
            return SocketNative.GetIntOption(Fd, level, name, out var value) == 0 ? PyValue.FromInt64(value) : PosixErrors.Raise(ts);
        }

        if (!ClinicArgs.TryInt(ts, a[2], 0, out var buflen))
        {
            return PyValue.Error;
        }

        if (buflen is <= 0 or > 1024)
        {
            return ts.SetError(PyExc.OSError, "getsockopt buflen out of range");
        }

        var buffer = new byte[buflen];
        var len = buflen;
        fixed (byte* p = buffer)
        {
            if (SocketNative.GetSockOpt(Fd, level, name, p, &len) < 0)
            {
                return PosixErrors.Raise(ts);
            }
        }

        return PyBytes.From(buffer[..len]);
    }
}
