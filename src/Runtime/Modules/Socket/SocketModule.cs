using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_socket</c> without sockets yet: Linux's constants, the exception names, the byte-order and
/// host-name helpers, and a subclassable <c>socket</c> type whose construction raises OSError.
/// It lets socket.py (and so asyncio, unittest.mock and pdb/doctest) import; creating a socket
/// needs the real module (a later task).
/// </summary>
internal sealed class SocketModule : INativeModule
{
    private static readonly (string Name, long Value)[] s_constants =
    [
        ("AF_UNSPEC", 0), ("AF_UNIX", 1), ("AF_INET", 2), ("AF_INET6", 10), ("AF_NETLINK", 16), ("AF_PACKET", 17),
        ("AI_PASSIVE", 1), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4), ("AI_V4MAPPED", 8), ("AI_ALL", 16),
        ("AI_ADDRCONFIG", 32), ("AI_NUMERICSERV", 1024),
        ("EAI_ADDRFAMILY", -9), ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1), ("EAI_FAIL", -4), ("EAI_FAMILY", -6),
        ("EAI_MEMORY", -10), ("EAI_NODATA", -5), ("EAI_NONAME", -2), ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8),
        ("EAI_SOCKTYPE", -7), ("EAI_SYSTEM", -11),
        ("INADDR_ANY", 0), ("INADDR_LOOPBACK", 2130706433), ("INADDR_NONE", 4294967295),
        ("IPPROTO_IP", 0), ("IPPROTO_ICMP", 1), ("IPPROTO_TCP", 6), ("IPPROTO_UDP", 17), ("IPPROTO_IPV6", 41),
        ("IPV6_V6ONLY", 26), ("IP_TTL", 2),
        ("MSG_OOB", 1), ("MSG_PEEK", 2), ("MSG_DONTWAIT", 64), ("MSG_WAITALL", 256), ("MSG_NOSIGNAL", 16384),
        ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2), ("NI_NOFQDN", 4), ("NI_NAMEREQD", 8), ("NI_DGRAM", 16),
        ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32),
        ("SHUT_RD", 0), ("SHUT_WR", 1), ("SHUT_RDWR", 2),
        ("SOCK_STREAM", 1), ("SOCK_DGRAM", 2), ("SOCK_RAW", 3), ("SOCK_RDM", 4), ("SOCK_SEQPACKET", 5),
        ("SOCK_NONBLOCK", 2048), ("SOCK_CLOEXEC", 524288),
        ("SOL_IP", 0), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_UDP", 17), ("SOMAXCONN", 4096),
        ("SO_REUSEADDR", 2), ("SO_TYPE", 3), ("SO_ERROR", 4), ("SO_BROADCAST", 6), ("SO_SNDBUF", 7),
        ("SO_RCVBUF", 8), ("SO_KEEPALIVE", 9), ("SO_LINGER", 13), ("SO_REUSEPORT", 15), ("TCP_NODELAY", 1),
    ];

    private static readonly Lazy<PyType> s_socketType = new(CreateSocketType);

    private PyValue _defaultTimeout = PyValue.None;

    public string Name => "_socket";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_socket");
        foreach (var (name, value) in s_constants)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.Add("has_ipv6", PyValue.True);
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        m.Add("timeout", PyValue.FromObject(PyExc.TimeoutError));
        var herror = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [PyValue.FromObject(new PyStr("herror")),
            PyValue.FromObject(new PyTuple([PyValue.FromObject(PyExc.OSError)])), PyValue.FromObject(ModuleDict("socket"))]);
        var gaierror = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [PyValue.FromObject(new PyStr("gaierror")),
            PyValue.FromObject(new PyTuple([PyValue.FromObject(PyExc.OSError)])), PyValue.FromObject(ModuleDict("socket"))]);
        if (herror.IsError || gaierror.IsError)
        {
            return null;
        }

        m.Add("herror", herror);
        m.Add("gaierror", gaierror);
        m.Add("socket", PyValue.FromObject(s_socketType.Value));
        m.Add("SocketType", PyValue.FromObject(s_socketType.Value));
        m.AddFunction("gethostname", static (ts, a, kw) => PyValue.FromObject(new PyStr(System.Net.Dns.GetHostName())), NativeArity.NoArgs);
        m.AddFunction("getdefaulttimeout", (ts, a, kw) => _defaultTimeout, NativeArity.NoArgs);
        m.AddFunction("setdefaulttimeout", (ts, a, kw) =>
        {
            _defaultTimeout = a[0];
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("htons", static (ts, a, kw) => Swap(ts, a[0], 16), NativeArity.One);
        m.AddFunction("ntohs", static (ts, a, kw) => Swap(ts, a[0], 16), NativeArity.One);
        m.AddFunction("htonl", static (ts, a, kw) => Swap(ts, a[0], 32), NativeArity.One);
        m.AddFunction("ntohl", static (ts, a, kw) => Swap(ts, a[0], 32), NativeArity.One);
        return m;
    }

    private static PyDict ModuleDict(string module)
    {
        var d = new PyDict();
        d.SetStr(PyStr.Intern("__module__"), PyValue.FromObject(new PyStr(module)));
        return d;
    }

    private static PyType CreateSocketType()
    {
        var t = NativeTypes.Create("socket", "_socket", subclassable: true);
        t.New = static (ts, type, args, kw) =>
            ts.SetError(PyExc.OSError, PyValue.FromInt64(97), PyValue.FromObject(new PyStr("sockets are not supported by ProtoPython yet")));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue Swap(ThreadState ts, PyValue v, int bits)
    {
        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var n))
        {
            return PyValue.Error;
        }

        if (n < 0 || n >= 1L << bits)
        {
            return ts.SetError(PyExc.OverflowError, bits == 16 ? "ntohs: Python int too large to convert to C 16-bit unsigned integer" : "int larger than 32 bits");
        }

        return PyValue.FromInt64(bits == 16
            ? System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((ushort)n)
            : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)n));
    }
}
