using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>The libc calls behind _signal (Linux, glibc: sigset_t is 128 bytes).</summary>
internal static partial class SignalNative
{
    private const string Libc = "libc.so.6";

    public const int SigSetBytes = 128;

    [LibraryImport(Libc, EntryPoint = "raise", SetLastError = true)]
    public static partial int Raise(int signum);

    [LibraryImport(Libc, EntryPoint = "strsignal")]
    public static partial nint StrSignal(int signum);

    [LibraryImport(Libc, EntryPoint = "alarm")]
    public static partial uint Alarm(uint seconds);

    [LibraryImport(Libc, EntryPoint = "pthread_sigmask")]
    public static unsafe partial int PthreadSigmask(int how, byte* set, byte* old);

    [LibraryImport(Libc, EntryPoint = "sigpending", SetLastError = true)]
    public static unsafe partial int SigPending(byte* set);

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int fd, byte* buffer, nint count);

    public static unsafe void WriteByte(int fd, byte b) => Write(fd, &b, 1);
}
