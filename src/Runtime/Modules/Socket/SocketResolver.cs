using System.Runtime.InteropServices;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Name resolution over libc's getaddrinfo/getnameinfo: socket.getaddrinfo, gethostbyname,
/// getnameinfo, and the host lookups of address parsing. Failures raise socket.gaierror.
/// </summary>
internal static unsafe class SocketResolver
{
    private const int EaiSystem = -11;
    private static readonly object s_lock = new();
    private static PyType? s_gaierror, s_herror;

    public readonly record struct Info(int Family, int SockType, int Protocol, string? CanonName, byte[] Address);

    /// <summary>socket.gaierror and socket.herror (OSError subclasses), made once for every program.</summary>
    public static bool TryErrorTypes(ThreadState ts, out PyType gaierror, out PyType herror)
    {
        lock (s_lock)
        {
            s_gaierror ??= MakeError(ts, "gaierror");
            s_herror ??= MakeError(ts, "herror");
        }

        gaierror = s_gaierror!;
        herror = s_herror!;
        return s_gaierror is not null && s_herror is not null;
    }

    private static PyType? MakeError(ThreadState ts, string name)
    {
        var dict = new PyDict();
        dict.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("socket"));
        var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [NativeTypes.Str(name),
            NativeTypes.Tuple(PyValue.FromObject(PyExc.OSError)), PyValue.FromObject(dict)]);
        return t.IsError ? null : (PyType)t.AsObject;
    }

    /// <summary>getaddrinfo: the results, or null with gaierror (or TypeError) pending.</summary>
    public static List<Info>? Lookup(ThreadState ts, PyValue host, PyValue port, int family, int type, int proto, int flags)
    {
        byte[]? node = null, service = null;
        if (host.AsObject is PyStr hs)
        {
            node = PosixPath.Encode(hs.Value);
        }
        else if (host.AsObject is PyBytes hb)
        {
            node = [.. hb.Span, 0];
        }
        else if (!host.IsNone)
        {
            ts.SetError(PyExc.TypeError, "getaddrinfo() argument 1 must be string or None");
            return null;
        }

        if (PyInt.IsInt(port))
        {
            if (!PyOps.TryIndexAsInt64(ts, port, PyExc.OverflowError, out var p))
            {
                return null;
            }

            service = PosixPath.Encode(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (port.AsObject is PyStr ps)
        {
            service = PosixPath.Encode(ps.Value);
        }
        else if (port.AsObject is PyBytes pb)
        {
            service = [.. pb.Span, 0];
        }
        else if (!port.IsNone)
        {
            ts.SetError(PyExc.OSError, "Int or String expected");
            return null;
        }

        var hints = new SocketNative.AddrInfo { Family = family, SockType = type, Protocol = proto, Flags = flags };
        SocketNative.AddrInfo* result = null;
        int code, errno;
        fixed (byte* n = node, s = service)
        {
            // A name server may take its time: other threads run meanwhile.
            using (ts.ReleaseGil())
            {
                code = SocketNative.GetAddrInfo(n, s, &hints, &result);
                errno = Marshal.GetLastPInvokeError();
            }
        }

        if (code != 0)
        {
            RaiseGai(ts, code, errno);
            return null;
        }

        var infos = new List<Info>();
        for (var p = result; p != null; p = p->Next)
        {
            var canon = p->CanonName == null ? null : Marshal.PtrToStringUTF8((nint)p->CanonName);
            infos.Add(new Info(p->Family, p->SockType, p->Protocol, canon, new ReadOnlySpan<byte>(p->Addr, p->AddrLen).ToArray()));
        }

        SocketNative.FreeAddrInfo(result);
        return infos;
    }

    /// <summary>socket.gaierror(code, message); OSError from errno for EAI_SYSTEM.</summary>
    public static PyValue RaiseGai(ThreadState ts, int code, int errno)
    {
        if (code == EaiSystem)
        {
            return PosixErrors.Raise(ts, errno);
        }

        if (!TryErrorTypes(ts, out var gaierror, out _))
        {
            return PyValue.Error;
        }

        var exc = PyOps.Call(ts, PyValue.FromObject(gaierror), [PyValue.FromInt64(code), NativeTypes.Str(SocketNative.GaiMessage(code))]);
        return exc.IsError ? exc : ts.SetError((PyBaseException)exc.AsObject);
    }

    /// <summary>socket.getaddrinfo(host, port, family=0, type=0, proto=0, flags=0).</summary>
    public static PyValue GetAddrInfo(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[6];
        if (!ArgParser.Parse(ts, "getaddrinfo", a, kw, ["host", "port", "family", "type", "proto", "flags"], 2, 0, args)
            || !ClinicArgs.TryInt(ts, args[2], 0, out var family) || !ClinicArgs.TryInt(ts, args[3], 0, out var type)
            || !ClinicArgs.TryInt(ts, args[4], 0, out var proto) || !ClinicArgs.TryInt(ts, args[5], 0, out var flags))
        {
            return PyValue.Error;
        }

        var infos = Lookup(ts, args[0], args[1], family, type, proto, flags);
        if (infos is null)
        {
            return PyValue.Error;
        }

        var items = new PyValue[infos.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var info = infos[i];
            var addr = SocketAddress.ToPython(ts, info.Address);
            if (addr.IsError)
            {
                return addr;
            }

            items[i] = NativeTypes.Tuple(PyValue.FromInt64(info.Family), PyValue.FromInt64(info.SockType), PyValue.FromInt64(info.Protocol),
                NativeTypes.Str(info.CanonName ?? ""), addr);
        }

        return PyValue.FromObject(PyList.FromValues(items));
    }

    /// <summary>socket.gethostbyname(name): the first IPv4 address as text.</summary>
    public static PyValue GetHostByName(ThreadState ts, PyValue name)
    {
        if (name.AsObject is not PyStr && !BytesLike.TryGetSpan(name, out _))
        {
            return ts.SetError(PyExc.TypeError, "gethostbyname() argument 1 must be str, bytes or bytearray, not " + name.Type.Name);
        }

        var ip = SocketAddress.ResolveHost(ts, name, SocketAddress.AfInet);
        return ip is null ? PyValue.Error : NativeTypes.Str(SocketAddress.NumericHost(SocketAddress.AfInet, ip));
    }

    /// <summary>socket.getnameinfo(sockaddr, flags): (host, port) as text.</summary>
    public static PyValue GetNameInfo(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "getnameinfo expected 2 arguments, got " + a.Length);
        }

        if (a[0].AsObject is not PyTuple t || t.Length is < 2 or > 4)
        {
            return ts.SetError(PyExc.TypeError, "getnameinfo() argument 1 must be a tuple");
        }

        if (!ClinicArgs.TryInt(ts, a[1], 0, out var flags))
        {
            return PyValue.Error;
        }

        var family = t[0].AsObject is PyStr s && s.Value.Contains(':') ? SocketAddress.AfInet6 : SocketAddress.AfInet;
        var addr = SocketAddress.Parse(ts, family, family == SocketAddress.AfInet && t.Length > 2 ? NativeTypes.Tuple(t[0], t[1]) : a[0], "getnameinfo");
        if (addr is null)
        {
            return PyValue.Error;
        }

        var host = stackalloc byte[1025];
        var serv = stackalloc byte[32];
        int code;
        fixed (byte* p = addr)
        {
            code = SocketNative.GetNameInfo(p, addr.Length, host, 1025, serv, 32, flags);
        }

        return code != 0 ? RaiseGai(ts, code, Marshal.GetLastPInvokeError())
            : NativeTypes.Tuple(NativeTypes.Str(new string((sbyte*)host, 0, Strlen(host), Encoding.UTF8)), NativeTypes.Str(new string((sbyte*)serv)));
    }

    private static int Strlen(byte* p)
    {
        var n = 0;
        while (p[n] != 0)
        {
            n++;
        }

        return n;
    }
}
