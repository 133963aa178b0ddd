using System.Buffers.Binary;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Socket addresses between Python and sockaddr bytes (CPython's getsockaddrarg, setipaddr and
/// makesockaddr) for AF_UNIX (a path), AF_INET ((host, port)) and AF_INET6
/// ((host, port, flowinfo, scope_id)).
/// </summary>
internal static unsafe class SocketAddress
{
    public const int AfUnspec = 0, AfUnix = 1, AfInet = 2, AfInet6 = 10;
    private const int SunPathSize = 108;

    /// <summary>A Python address as sockaddr bytes for a socket of <paramref name="family"/>; null with a pending exception.</summary>
    public static byte[]? Parse(ThreadState ts, int family, PyValue address, string caller)
    {
        switch (family)
        {
            case AfUnix:
                return ParseUnix(ts, address);
            case AfInet:
            case AfInet6:
                return ParseInet(ts, family, address, caller);
            default:
                ts.SetError(PyExc.OSError, caller + "(): bad family");
                return null;
        }
    }

    private static byte[]? ParseUnix(ThreadState ts, PyValue address)
    {
        byte[] path;
        if (address.AsObject is PyStr s)
        {
            path = Encoding.UTF8.GetBytes(s.Value);
        }
        else if (BytesLike.TryGetSpan(address, out var span))
        {
            path = span.ToArray();
        }
        else
        {
            var fs = PosixPath.FsPath(ts, address, "a bytes-like object is required, not ");
            if (fs.IsError)
            {
                if (ts.ErrorMatches(PyExc.TypeError))
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + address.Type.Name + "'");
                }

                return null;
            }

            return ParseUnix(ts, fs);
        }

        var abstractName = path.Length > 0 && path[0] == 0;
        if (abstractName ? path.Length > SunPathSize : path.Length >= SunPathSize)
        {
            ts.SetError(PyExc.OSError, "AF_UNIX path too long");
            return null;
        }

        var result = new byte[2 + path.Length];
        result[0] = AfUnix;
        path.CopyTo(result, 2);
        return result;
    }

    private static byte[]? ParseInet(ThreadState ts, int family, PyValue address, string caller)
    {
        var name = family == AfInet ? "AF_INET" : "AF_INET6";
        if (address.AsObject is not PyTuple tuple)
        {
            ts.SetError(PyExc.TypeError, caller + "(): " + name + " address must be tuple, not " + address.Type.Name);
            return null;
        }

        var usage = family == AfInet ? "AF_INET address must be a pair (host, port)" : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])";
        if (tuple.Length < 2 || tuple.Length > (family == AfInet ? 2 : 4))
        {
            ts.SetError(PyExc.TypeError, usage);
            return null;
        }

        var ip = ResolveHost(ts, tuple[0], family);
        if (ip is null)
        {
            return null;
        }

        if (!PyInt.IsInt(tuple[1]))
        {
            ts.SetError(PyExc.TypeError, "'" + tuple[1].Type.Name + "' object cannot be interpreted as an integer");
            return null;
        }

        if (!ClinicArgs.TryInt(ts, tuple[1], 0, out var port))
        {
            return null;
        }

        if (port is < 0 or > 65535)
        {
            ts.SetError(PyExc.OverflowError, caller + "(): port must be 0-65535.");
            return null;
        }

        if (family == AfInet)
        {
            var v4 = new byte[16];
            v4[0] = AfInet;
            BinaryPrimitives.WriteUInt16BigEndian(v4.AsSpan(2), (ushort)port);
            ip.CopyTo(v4, 4);
            return v4;
        }

        long flow = 0, scope = 0;
        if ((tuple.Length > 2 && !PyOps.TryIndexAsInt64(ts, tuple[2], PyExc.OverflowError, out flow))
            || (tuple.Length > 3 && !PyOps.TryIndexAsInt64(ts, tuple[3], PyExc.OverflowError, out scope)))
        {
            return null;
        }

        if (flow is < 0 or > 0xfffff)
        {
            ts.SetError(PyExc.OverflowError, caller + "(): flowinfo must be 0-1048575.");
            return null;
        }

        var v6 = new byte[28];
        v6[0] = AfInet6;
        BinaryPrimitives.WriteUInt16BigEndian(v6.AsSpan(2), (ushort)port);
        BinaryPrimitives.WriteUInt32BigEndian(v6.AsSpan(4), (uint)flow);
        ip.CopyTo(v6, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(v6.AsSpan(24), (uint)scope);
        return v6;
    }

    /// <summary>setipaddr: a host name or numeric address as the 4 or 16 address bytes of <paramref name="family"/>.</summary>
    public static byte[]? ResolveHost(ThreadState ts, PyValue host, int family)
    {
        string text;
        if (host.AsObject is PyStr s)
        {
            text = s.Value;
        }
        else if (host.AsObject is PyBytes or PyByteArray && BytesLike.TryGetSpan(host, out var span))
        {
            text = Encoding.UTF8.GetString(span);
        }
        else
        {
            ts.SetError(PyExc.TypeError, "str, bytes or bytearray expected, not " + host.Type.Name);
            return null;
        }

        var size = family == AfInet ? 4 : 16;
        if (text.Length == 0)
        {
            return new byte[size];
        }

        if (text is "<broadcast>" or "255.255.255.255")
        {
            if (family != AfInet)
            {
                ts.SetError(PyExc.OSError, "address family mismatched");
                return null;
            }

            return [255, 255, 255, 255];
        }

        var numeric = new byte[16];
        var native = PosixPath.Encode(text);
        fixed (byte* n = native, r = numeric)
        {
            if (SocketNative.InetPton(family, n, r) == 1)
            {
                return numeric[..size];
            }
        }

        var infos = SocketResolver.Lookup(ts, host, PyValue.None, family, 0, 0, 0);
        if (infos is null)
        {
            return null;
        }

        var first = infos[0].Address;
        return family == AfInet ? first[4..8] : first[8..24];
    }

    /// <summary>makesockaddr: sockaddr bytes as the Python address of their family.</summary>
    public static PyValue ToPython(ThreadState ts, ReadOnlySpan<byte> addr)
    {
        if (addr.Length < 2)
        {
            return PyValue.None;
        }

        int family = BinaryPrimitives.ReadUInt16LittleEndian(addr);
        switch (family)
        {
            case AfInet:
                return NativeTypes.Tuple(NativeTypes.Str(NumericHost(AfInet, addr.Slice(4, 4))),
                    PyValue.FromInt64(BinaryPrimitives.ReadUInt16BigEndian(addr[2..])));
            case AfInet6:
                var host = NumericHost(AfInet6, addr.Slice(8, 16));
                var scope = BinaryPrimitives.ReadUInt32LittleEndian(addr[24..]);
                return NativeTypes.Tuple(NativeTypes.Str(scope != 0 ? host + "%" + scope : host),
                    PyValue.FromInt64(BinaryPrimitives.ReadUInt16BigEndian(addr[2..])),
                    PyValue.FromInt64(BinaryPrimitives.ReadUInt32BigEndian(addr[4..])), PyValue.FromInt64(scope));
            case AfUnix:
                var path = addr[2..];
                if (path.Length > 0 && path[0] == 0)
                {
                    return PyBytes.From(path.ToArray());
                }

                var end = path.IndexOf((byte)0);
                return NativeTypes.Str(Encoding.UTF8.GetString(end < 0 ? path : path[..end]));
            default:
                return NativeTypes.Tuple(PyValue.FromInt64(family), PyBytes.From(addr[2..].ToArray()));
        }
    }

    /// <summary>inet_ntop of 4 or 16 address bytes.</summary>
    public static string NumericHost(int family, ReadOnlySpan<byte> packed)
    {
        var text = stackalloc byte[64];
        fixed (byte* p = packed)
        {
            return SocketNative.InetNtop(family, p, text, 64) == 0 ? "" : new string((sbyte*)text);
        }
    }
}
