using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The libc socket calls behind <c>_socket</c> (Linux, glibc). Addresses are raw sockaddr bytes
/// (<see cref="SocketAddress"/> builds and reads them); failures return -1 and leave errno in
/// <see cref="Marshal.GetLastPInvokeError"/>.
/// </summary>
internal static unsafe partial class SocketNative
{
    private const string Libc = "libc.so.6";

    public const int EIntr = 4, EAgain = 11, EInProgress = 115, EBadF = 9, EInval = 22;
    public const int SolSocket = 1, SoType = 3, SoError = 4, SoProtocol = 38, SoDomain = 39;
    public const int SockNonBlock = 0x800, SockCloexec = 0x80000;

    /// <summary>Large enough for any sockaddr (sockaddr_storage).</summary>
    public const int AddrStorage = 128;

    [LibraryImport(Libc, EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int family, int type, int proto);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Libc, EntryPoint = "socketpair", SetLastError = true)]
    public static partial int SocketPair(int family, int type, int proto, int* fds);

    [LibraryImport(Libc, EntryPoint = "bind", SetLastError = true)]
    public static partial int Bind(int fd, byte* addr, int len);

    [LibraryImport(Libc, EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(int fd, byte* addr, int len);

    [LibraryImport(Libc, EntryPoint = "listen", SetLastError = true)]
    public static partial int Listen(int fd, int backlog);

    [LibraryImport(Libc, EntryPoint = "accept4", SetLastError = true)]
    public static partial int Accept4(int fd, byte* addr, int* len, int flags);

    [LibraryImport(Libc, EntryPoint = "send", SetLastError = true)]
    public static partial nint Send(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Libc, EntryPoint = "sendto", SetLastError = true)]
    public static partial nint SendTo(int fd, byte* buffer, nint length, int flags, byte* addr, int len);

    [LibraryImport(Libc, EntryPoint = "recv", SetLastError = true)]
    public static partial nint Recv(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Libc, EntryPoint = "recvfrom", SetLastError = true)]
    public static partial nint RecvFrom(int fd, byte* buffer, nint length, int flags, byte* addr, int* len);

    [LibraryImport(Libc, EntryPoint = "shutdown", SetLastError = true)]
    public static partial int Shutdown(int fd, int how);

    [LibraryImport(Libc, EntryPoint = "getsockopt", SetLastError = true)]
    public static partial int GetSockOpt(int fd, int level, int name, byte* value, int* len);

    [LibraryImport(Libc, EntryPoint = "setsockopt", SetLastError = true)]
    public static partial int SetSockOpt(int fd, int level, int name, byte* value, int len);

    [LibraryImport(Libc, EntryPoint = "getsockname", SetLastError = true)]
    public static partial int GetSockName(int fd, byte* addr, int* len);

    [LibraryImport(Libc, EntryPoint = "getpeername", SetLastError = true)]
    public static partial int GetPeerName(int fd, byte* addr, int* len);

    [LibraryImport(Libc, EntryPoint = "getaddrinfo", SetLastError = true)]
    public static partial int GetAddrInfo(byte* node, byte* service, AddrInfo* hints, AddrInfo** result);

    [LibraryImport(Libc, EntryPoint = "freeaddrinfo")]
    public static partial void FreeAddrInfo(AddrInfo* info);

    [LibraryImport(Libc, EntryPoint = "gai_strerror")]
    public static partial nint GaiStrError(int code);

    [LibraryImport(Libc, EntryPoint = "getnameinfo", SetLastError = true)]
    public static partial int GetNameInfo(byte* addr, int len, byte* host, int hostLen, byte* serv, int servLen, int flags);

    [LibraryImport(Libc, EntryPoint = "inet_aton")]
    public static partial int InetAton(byte* text, byte* result);

    [LibraryImport(Libc, EntryPoint = "inet_pton")]
    public static partial int InetPton(int family, byte* text, byte* result);

    [LibraryImport(Libc, EntryPoint = "inet_ntop", SetLastError = true)]
    public static partial nint InetNtop(int family, byte* packed, byte* text, int size);

    [LibraryImport(Libc, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(SelectModule.PollFd* fds, nuint count, int timeout);

    /// <summary>struct addrinfo on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int Flags;
        public int Family;
        public int SockType;
        public int Protocol;
        public int AddrLen;
        public byte* Addr;
        public byte* CanonName;
        public AddrInfo* Next;
    }

    /// <summary>An int socket option (getsockopt), or -1 with errno set.</summary>
    public static int GetIntOption(int fd, int level, int name, out int value)
    {
        int v = 0, len = 4;
        var r = GetSockOpt(fd, level, name, (byte*)&v, &len);
        value = v;
        return r;
    }

    /// <summary>The error text of a getaddrinfo code.</summary>
    public static string GaiMessage(int code) => Marshal.PtrToStringUTF8(GaiStrError(code)) ?? "Unknown error";
}
