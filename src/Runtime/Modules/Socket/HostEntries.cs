using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// socket.gethostbyname_ex and gethostbyaddr over libc's hostent lookups: (name, aliases,
/// addresses); a failed lookup raises socket.herror(h_errno, hstrerror(h_errno)).
/// </summary>
internal static unsafe partial class HostEntries
{
    [StructLayout(LayoutKind.Sequential)]
    private struct HostEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int AddrType;
        public int Length;
        public byte** AddrList;
    }

    [LibraryImport("libc.so.6", EntryPoint = "gethostbyname2")]
    private static partial HostEnt* GetHostByName2(byte* name, int family);

    [LibraryImport("libc.so.6", EntryPoint = "gethostbyaddr")]
    private static partial HostEnt* GetHostByAddr(byte* addr, int length, int family);

    [LibraryImport("libc.so.6", EntryPoint = "__h_errno_location")]
    private static partial int* HErrnoLocation();

    [LibraryImport("libc.so.6", EntryPoint = "hstrerror")]
    private static partial nint HStrError(int code);

    // The hostent lookups use static storage: one at a time in the process.
    private static readonly object s_lock = new();

    public static PyValue ByName(ThreadState ts, PyValue name)
    {
        if (name.AsObject is not PyStr && !BytesLike.TryGetSpan(name, out _))
        {
            return ts.SetError(PyExc.TypeError, "gethostbyname_ex() argument 1 must be str, bytes or bytearray, not " + name.Type.Name);
        }

        var ip = SocketAddress.ResolveHost(ts, name, SocketAddress.AfInet);
        if (ip is null)
        {
            return PyValue.Error;
        }

        var text = PosixPath.Encode(name.AsObject is PyStr s ? s.Value : System.Text.Encoding.UTF8.GetString(BytesLike.TryGetSpan(name, out var span) ? span : default));
        lock (s_lock)
        {
            fixed (byte* p = text)
            {
                return Result(ts, GetHostByName2(p, SocketAddress.AfInet));
            }
        }
    }

    public static PyValue ByAddr(ThreadState ts, PyValue address)
    {
        if (address.AsObject is not PyStr && !BytesLike.TryGetSpan(address, out _))
        {
            return ts.SetError(PyExc.TypeError, "gethostbyaddr() argument 1 must be str, bytes or bytearray, not " + address.Type.Name);
        }

        var family = address.AsObject is PyStr s && s.Value.Contains(':') ? SocketAddress.AfInet6 : SocketAddress.AfInet;
        var ip = SocketAddress.ResolveHost(ts, address, family);
        if (ip is null)
        {
            return PyValue.Error;
        }

        lock (s_lock)
        {
            fixed (byte* p = ip)
            {
                return Result(ts, GetHostByAddr(p, ip.Length, family));
            }
        }
    }

    private static PyValue Result(ThreadState ts, HostEnt* entry)
    {
        if (entry == null)
        {
            var code = *HErrnoLocation();
            if (!SocketResolver.TryErrorTypes(ts, out _, out var herror))
            {
                return PyValue.Error;
            }

            var exc = PyOps.Call(ts, PyValue.FromObject(herror), [PyValue.FromInt64(code), NativeTypes.Str(Marshal.PtrToStringUTF8(HStrError(code)) ?? "")]);
            return exc.IsError ? exc : ts.SetError((PyBaseException)exc.AsObject);
        }

        var aliases = new List<PyValue>();
        for (var a = entry->Aliases; a != null && *a != null; a++)
        {
            aliases.Add(NativeTypes.Str(Marshal.PtrToStringUTF8((nint)(*a)) ?? ""));
        }

        var addresses = new List<PyValue>();
        for (var a = entry->AddrList; a != null && *a != null; a++)
        {
            addresses.Add(NativeTypes.Str(SocketAddress.NumericHost(entry->AddrType, new ReadOnlySpan<byte>(*a, entry->Length))));
        }

        return NativeTypes.Tuple(NativeTypes.Str(Marshal.PtrToStringUTF8((nint)entry->Name) ?? ""),
            PyValue.FromObject(PyList.FromValues(aliases.ToArray())), PyValue.FromObject(PyList.FromValues(addresses.ToArray())));
    }
}
