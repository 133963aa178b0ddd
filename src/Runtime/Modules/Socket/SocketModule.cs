using System.Buffers.Binary;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_socket</c> for Linux over libc: the socket type (<see cref="PySocket"/>), socketpair, name
/// resolution (<see cref="SocketResolver"/>), the inet_* conversions, byte-order helpers, the
/// default timeout and Linux's constants.
/// </summary>
internal sealed class SocketModule : INativeModule
{
    public string Name => "_socket";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_socket");
        foreach (var (name, value) in SocketConstants.All)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        if (!SocketResolver.TryErrorTypes(ts, out var gaierror, out var herror))
        {
            return null;
        }

        m.Add("has_ipv6", PyValue.True);
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        m.Add("timeout", PyValue.FromObject(PyExc.TimeoutError));
        m.Add("herror", PyValue.FromObject(herror));
        m.Add("gaierror", PyValue.FromObject(gaierror));
        m.Add("socket", PyValue.FromObject(PySocket.SocketType.Value));
        m.Add("SocketType", PyValue.FromObject(PySocket.SocketType.Value));
        m.AddFunction("socketpair", SocketPair);
        m.AddFunction("dup", static (ts, a, kw) =>
        {
            if (!ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            var copy = PosixNative.Fcntl(fd, 1030, 0); // F_DUPFD_CLOEXEC
            return copy < 0 ? PosixErrors.Raise(ts) : PyValue.FromInt64(copy);
        }, NativeArity.One);
        m.AddFunction("close", static (ts, a, kw) =>
        {
            if (!ClinicArgs.TryInt(ts, a[0], 0, out var fd))
            {
                return PyValue.Error;
            }

            return SocketNative.Close(fd) == 0 || System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == 104 ? PyValue.None : PosixErrors.Raise(ts);
        }, NativeArity.One);
        m.AddFunction("getaddrinfo", SocketResolver.GetAddrInfo);
        m.AddFunction("gethostbyname", static (ts, a, kw) => SocketResolver.GetHostByName(ts, a[0]), NativeArity.One);
        m.AddFunction("gethostbyname_ex", static (ts, a, kw) => HostEntries.ByName(ts, a[0]), NativeArity.One);
        m.AddFunction("gethostbyaddr", static (ts, a, kw) => HostEntries.ByAddr(ts, a[0]), NativeArity.One);
        m.AddFunction("getnameinfo", static (ts, a, kw) => SocketResolver.GetNameInfo(ts, a), NativeArity.Positional);
        m.AddFunction("gethostname", static (ts, a, kw) => NativeTypes.Str(System.Net.Dns.GetHostName()), NativeArity.NoArgs);
        m.AddFunction("getdefaulttimeout", static (ts, a, kw) => PySocket.TimeoutValue(PySocket.DefaultTimeout), NativeArity.NoArgs);
        m.AddFunction("setdefaulttimeout", static (ts, a, kw) =>
        {
            if (!PySocket.TryParseTimeout(ts, a[0], out var seconds))
            {
                return PyValue.Error;
            }

            PySocket.DefaultTimeout = seconds;
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("htons", static (ts, a, kw) => Swap(ts, a[0], 16), NativeArity.One);
        m.AddFunction("ntohs", static (ts, a, kw) => Swap(ts, a[0], 16), NativeArity.One);
        m.AddFunction("htonl", static (ts, a, kw) => Swap(ts, a[0], 32), NativeArity.One);
        m.AddFunction("ntohl", static (ts, a, kw) => Swap(ts, a[0], 32), NativeArity.One);
        InetFunctions.Add(m);
        return m;
    }

    /// <summary>socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0): two connected _socket.socket objects.</summary>
    private static unsafe PyValue SocketPair(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[3];
        if (!ArgParser.Parse(ts, "socketpair", a, kw, ["family", "type", "proto"], 0, 3, args)
            || !ClinicArgs.TryInt(ts, args[0], SocketAddress.AfUnix, out var family) || !ClinicArgs.TryInt(ts, args[1], 1, out var type)
            || !ClinicArgs.TryInt(ts, args[2], 0, out var proto))
        {
            return PyValue.Error;
        }

        var fds = stackalloc int[2];
        if (SocketNative.SocketPair(family, type | SocketNative.SockCloexec, proto, fds) < 0)
        {
            return PosixErrors.Raise(ts);
        }

        var first = new PySocket(PySocket.SocketType.Value);
        var second = new PySocket(PySocket.SocketType.Value);
        if (!first.Setup(ts, fds[0], family, type, proto) || !second.Setup(ts, fds[1], family, type, proto))
        {
            return PyValue.Error;
        }

        return NativeTypes.Tuple(PyValue.FromObject(first), PyValue.FromObject(second));
    }

    private static PyValue Swap(ThreadState ts, PyValue v, int bits)
    {
        if (!PyInt.IsInt(v))
        {
            return ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer");
        }

        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        if (n < 0)
        {
            return ts.SetError(PyExc.ValueError, "Cannot convert negative int");
        }

        if (n >= 1L << bits)
        {
            return ts.SetError(PyExc.OverflowError, bits == 16 ? "Python int too large for C uint16_t" : "Python int too large for C uint32_t");
        }

        return PyValue.FromInt64(bits == 16 ? BinaryPrimitives.ReverseEndianness((ushort)n) : BinaryPrimitives.ReverseEndianness((uint)n));
    }
}
