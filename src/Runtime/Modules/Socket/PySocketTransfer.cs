using System.Diagnostics;
using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>_socket.socket</c> methods that move data or connections: bind, connect, accept, send*, recv*.</summary>
internal sealed partial class PySocket
{
    private static void AddTransferMethods(PyType t)
    {
        t.AddMethod1("bind", static (ts, v, address) => Self(v).Bind(ts, address));
        t.AddMethod1("connect", static (ts, v, address) =>
        {
            var err = Self(v).Connect(ts, address, raise: true);
            return err < 0 ? PyValue.Error : PyValue.None;
        });
        t.AddMethod1("connect_ex", static (ts, v, address) =>
        {
            var err = Self(v).Connect(ts, address, raise: false);
            return err < 0 ? PyValue.Error : PyValue.FromInt64(err);
        });
        t.AddMethod0("_accept", static (ts, v) => Self(v).Accept(ts));
        t.AddMethod("send", static (ts, a, kw) => Self(a[0]).Send(ts, a[1..], all: false), NativeArity.Positional);
        t.AddMethod("sendall", static (ts, a, kw) => Self(a[0]).Send(ts, a[1..], all: true), NativeArity.Positional);
        t.AddMethod("sendto", static (ts, a, kw) => Self(a[0]).SendTo(ts, a[1..]), NativeArity.Positional);
        t.AddMethod("recv", static (ts, a, kw) => Self(a[0]).Recv(ts, a[1..], kw, from: false), NativeArity.Any);
        t.AddMethod("recvfrom", static (ts, a, kw) => Self(a[0]).Recv(ts, a[1..], kw, from: true), NativeArity.Any);
        t.AddMethod("recv_into", static (ts, a, kw) => Self(a[0]).RecvInto(ts, a[1..], kw, from: false), NativeArity.Any);
        t.AddMethod("recvfrom_into", static (ts, a, kw) => Self(a[0]).RecvInto(ts, a[1..], kw, from: true), NativeArity.Any);
    }

    private unsafe PyValue Bind(ThreadState ts, PyValue address)
    {
        var addr = SocketAddress.Parse(ts, Family, address, "bind");
        if (addr is null)
        {
            return PyValue.Error;
        }

        fixed (byte* p = addr)
        {
            return SocketNative.Bind(Fd, p, addr.Length) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        }
    }

    /// <summary>internal_connect: 0 or the errno (when not raising); -1 with an exception pending.</summary>
    private unsafe int Connect(ThreadState ts, PyValue address, bool raise)
    {
        var addr = SocketAddress.Parse(ts, Family, address, raise ? "connect" : "connect_ex");
        if (addr is null)
        {
            return -1;
        }

        int r, err;
        var fd = Fd;
        using (ts.ReleaseGil())
        {
            fixed (byte* p = addr)
            {
                r = SocketNative.Connect(fd, p, addr.Length);
            }

            err = r == 0 ? 0 : Marshal.GetLastPInvokeError();
        }

        var waitConnect = Timeout != 0 && (err == SocketNative.EInProgress || err == SocketNative.EIntr);
        if (waitConnect)
        {
            var deadline = Timeout > 0 ? Stopwatch.GetTimestamp() + (long)(Timeout * Stopwatch.Frequency) : 0;
            if (!WaitReady(ts, writing: true, deadline))
            {
                if (!raise && ts.ErrorMatches(PyExc.TimeoutError))
                {
                    ts.ClearError();
                    return SocketNative.EAgain;
                }

                return -1;
            }

            err = SocketNative.GetIntOption(Fd, SocketNative.SolSocket, SocketNative.SoError, out var soError) < 0
                ? Marshal.GetLastPInvokeError() : soError;
        }

        if (err != 0 && raise)
        {
            PosixErrors.Raise(ts, err);
            return -1;
        }

        return err;
    }

    private unsafe PyValue Accept(ThreadState ts)
    {
        var addr = new byte[SocketNative.AddrStorage];
        var len = new int[1];
        var fd = Call(ts, writing: false, fd =>
        {
            fixed (byte* p = addr)
            fixed (int* l = len)
            {
                *l = SocketNative.AddrStorage;
                return SocketNative.Accept4(fd, p, l, SocketNative.SockCloexec);
            }
        });
        if (fd < 0)
        {
            return PyValue.Error;
        }

        var address = SocketAddress.ToPython(ts, addr.AsSpan(0, Math.Min(len[0], addr.Length)));
        return address.IsError ? address : NativeTypes.Tuple(PyValue.FromInt64(fd), address);
    }

    private unsafe PyValue Send(ThreadState ts, ReadOnlySpan<PyValue> a, bool all)
    {
        var name = all ? "sendall" : "send";
        if (a.Length is < 1 or > 2)
        {
            return ts.SetError(PyExc.TypeError, name + "() takes at least 1 argument (" + a.Length + " given)");
        }

        if (!BytesLike.TryGetArgument(ts, a[0], out var span) || !ClinicArgs.TryInt(ts, a.Length > 1 ? a[1] : PyValue.Null, 0, out var flags))
        {
            return PyValue.Error;
        }

        var data = span.ToArray();
        var offset = 0;
        do
        {
            var start = offset;
            var n = Call(ts, writing: true, fd =>
            {
                fixed (byte* p = data)
                {
                    return SocketNative.Send(fd, p + start, data.Length - start, flags | 0x4000);
                }
            });
            if (n < 0)
            {
                return PyValue.Error;
            }

            offset += (int)n;
        }
        while (all && offset < data.Length);

        return all ? PyValue.None : PyValue.FromInt64(offset);
    }

    private unsafe PyValue SendTo(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length is < 2 or > 3)
        {
            return ts.SetError(PyExc.TypeError, "sendto() takes 2 or 3 arguments (" + a.Length + " given)");
        }

        if (!BytesLike.TryGetArgument(ts, a[0], out var span) || !ClinicArgs.TryInt(ts, a.Length == 3 ? a[1] : PyValue.Null, 0, out var flags))
        {
            return PyValue.Error;
        }

        var data = span.ToArray();
        var addr = SocketAddress.Parse(ts, Family, a[^1], "sendto");
        if (addr is null)
        {
            return PyValue.Error;
        }

        var n = Call(ts, writing: true, fd =>
        {
            fixed (byte* p = data, q = addr)
            {
                return SocketNative.SendTo(fd, p, data.Length, flags | 0x4000, q, addr.Length);
            }
        });
        return n < 0 ? PyValue.Error : PyValue.FromInt64(n);
    }

    /// <summary>recv(bufsize, flags=0) and recvfrom: the bytes (and the sender's address).</summary>
    private PyValue Recv(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, bool from)
    {
        var name = from ? "recvfrom" : "recv";
        if (!ArgParser.CheckPositional(ts, name, a, kw, 1, 2) || !ClinicArgs.TrySize(ts, a[0], 0, out var size)
            || !ClinicArgs.TryInt(ts, a.Length > 1 ? a[1] : PyValue.Null, 0, out var flags))
        {
            return PyValue.Error;
        }

        if (size < 0)
        {
            return ts.SetError(PyExc.ValueError, "negative buffersize in " + name);
        }

        var buffer = new byte[size];
        var n = Receive(ts, buffer, (int)size, flags, from, out var address);
        if (n < 0)
        {
            return PyValue.Error;
        }

        var data = PyBytes.From(n == size ? buffer : buffer[..n]);
        return from ? NativeTypes.Tuple(data, address) : data;
    }

    /// <summary>recv_into(buffer, nbytes=0, flags=0) and recvfrom_into: the count (and the sender's address).</summary>
    private PyValue RecvInto(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, bool from)
    {
        var name = from ? "recvfrom_into" : "recv_into";
        Span<PyValue> args = new PyValue[3];
        if (!ArgParser.Parse(ts, name, a, kw, ["buffer", "nbytes", "flags"], 1, 0, args)
            || !ClinicArgs.TrySize(ts, args[1], 0, out var size) || !ClinicArgs.TryInt(ts, args[2], 0, out var flags))
        {
            return PyValue.Error;
        }

        var length = PyOps.Length(ts, args[0]);
        if (length < 0)
        {
            return PyValue.Error;
        }

        if (size < 0)
        {
            return ts.SetError(PyExc.ValueError, "negative buffersize in " + name);
        }

        if (size == 0)
        {
            size = length;
        }
        else if (size > length)
        {
            return ts.SetError(PyExc.ValueError, from ? "nbytes is greater than the length of the buffer" : "buffer too small for requested bytes");
        }

        var buffer = new byte[size];
        var n = Receive(ts, buffer, (int)size, flags, from, out var address);
        if (n < 0)
        {
            return PyValue.Error;
        }

        var slice = PyOps.Call(ts, PyValue.FromObject(PyType.Slice), [PyValue.FromInt64(0), PyValue.FromInt64(n)]);
        if (slice.IsError || !PyOps.SetItem(ts, args[0], slice, PyBytes.From(buffer[..n])))
        {
            return PyValue.Error;
        }

        return from ? NativeTypes.Tuple(PyValue.FromInt64(n), address) : PyValue.FromInt64(n);
    }

    private unsafe int Receive(ThreadState ts, byte[] buffer, int size, int flags, bool from, out PyValue address)
    {
        address = PyValue.None;
        var addr = from ? new byte[SocketNative.AddrStorage] : [];
        var len = new int[1];
        var n = Call(ts, writing: false, fd =>
        {
            fixed (byte* p = buffer, q = addr)
            fixed (int* l = len)
            {
                if (!from)
                {
                    return SocketNative.Recv(fd, p, size, flags);
                }

                *l = SocketNative.AddrStorage;
                return SocketNative.RecvFrom(fd, p, size, flags, q, l);
            }
        });
        if (n >= 0 && from)
        {
            address = SocketAddress.ToPython(ts, addr.AsSpan(0, Math.Min(len[0], addr.Length)));
            if (address.IsError)
            {
                return -1;
            }
        }

        return (int)n;
    }
}
