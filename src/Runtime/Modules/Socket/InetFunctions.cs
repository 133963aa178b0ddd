using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>socket.inet_aton, inet_ntoa, inet_pton and inet_ntop (libc's parsers, CPython's messages).</summary>
internal static unsafe class InetFunctions
{
    public static void Add(PyModule m)
    {
        m.AddFunction("inet_aton", static (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "inet_aton() argument must be str, not " + ArgParser.TypeNameOf(a[0]));
            }

            var text = PosixPath.Encode(s.Value);
            var packed = new byte[4];
            fixed (byte* t = text, p = packed)
            {
                return SocketNative.InetAton(t, p) != 0 ? PyBytes.From(packed) : ts.SetError(PyExc.OSError, "illegal IP address string passed to inet_aton");
            }
        }, NativeArity.One);
        m.AddFunction("inet_ntoa", static (ts, a, kw) =>
        {
            if (!BytesLike.TryGetArgument(ts, a[0], out var packed))
            {
                return PyValue.Error;
            }

            return packed.Length != 4 ? ts.SetError(PyExc.OSError, "packed IP wrong length for inet_ntoa")
                : NativeTypes.Str(SocketAddress.NumericHost(SocketAddress.AfInet, packed));
        }, NativeArity.One);
        m.AddFunction("inet_pton", static (ts, a, kw) =>
        {
            if (a.Length != 2)
            {
                return ts.SetError(PyExc.TypeError, "inet_pton expected 2 arguments, got " + a.Length);
            }

            if (!ClinicArgs.TryInt(ts, a[0], 0, out var family))
            {
                return PyValue.Error;
            }

            if (a[1].AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "inet_pton() argument 2 must be str, not " + ArgParser.TypeNameOf(a[1]));
            }

            if (family is not (SocketAddress.AfInet or SocketAddress.AfInet6))
            {
                return PosixErrors.Raise(ts, 97);
            }

            var text = PosixPath.Encode(s.Value);
            var packed = new byte[16];
            fixed (byte* t = text, p = packed)
            {
                if (SocketNative.InetPton(family, t, p) != 1)
                {
                    return ts.SetError(PyExc.OSError, "illegal IP address string passed to inet_pton");
                }
            }

            return PyBytes.From(family == SocketAddress.AfInet ? packed[..4] : packed);
        }, NativeArity.Positional);
        m.AddFunction("inet_ntop", static (ts, a, kw) =>
        {
            if (a.Length != 2)
            {
                return ts.SetError(PyExc.TypeError, "inet_ntop expected 2 arguments, got " + a.Length);
            }

            if (!ClinicArgs.TryInt(ts, a[0], 0, out var family) || !BytesLike.TryGetArgument(ts, a[1], out var packed))
            {
                return PyValue.Error;
            }

            if (family is not (SocketAddress.AfInet or SocketAddress.AfInet6))
            {
                return ts.SetError(PyExc.ValueError, "unknown address family " + family);
            }

            if (packed.Length != (family == SocketAddress.AfInet ? 4 : 16))
            {
                return ts.SetError(PyExc.ValueError, "invalid length of packed IP address string");
            }

            return NativeTypes.Str(SocketAddress.NumericHost(family, packed));
        }, NativeArity.Positional);
    }
}
