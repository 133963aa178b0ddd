using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The libc calls behind <c>posix</c> (Linux, glibc). Paths are NUL-terminated UTF-8 byte arrays;
/// failures return -1 (or null) and leave errno in <see cref="Marshal.GetLastPInvokeError"/>.
/// stat goes through statx, whose layout is the same on every Linux architecture.
/// </summary>
internal static partial class PosixNative
{
    private const string Libc = "libc.so.6";

    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte[] path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Libc, EntryPoint = "read", SetLastError = true)]
    public static unsafe partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Libc, EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true)]
    public static unsafe partial int Statx(int dirfd, byte[] path, int flags, uint mask, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "opendir", SetLastError = true)]
    public static partial nint OpenDir(byte[] path);

    [LibraryImport(Libc, EntryPoint = "readdir64", SetLastError = true)]
    public static partial nint ReadDir(nint dir);

    [LibraryImport(Libc, EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint dir);

    [LibraryImport(Libc, EntryPoint = "mkdir", SetLastError = true)]
    public static partial int MkDir(byte[] path, int mode);

    [LibraryImport(Libc, EntryPoint = "rmdir", SetLastError = true)]
    public static partial int RmDir(byte[] path);

    [LibraryImport(Libc, EntryPoint = "unlink", SetLastError = true)]
    public static partial int Unlink(byte[] path);

    [LibraryImport(Libc, EntryPoint = "rename", SetLastError = true)]
    public static partial int Rename(byte[] from, byte[] to);

    [LibraryImport(Libc, EntryPoint = "access", SetLastError = true)]
    public static partial int Access(byte[] path, int mode);

    [LibraryImport(Libc, EntryPoint = "chmod", SetLastError = true)]
    public static partial int ChMod(byte[] path, int mode);

    [LibraryImport(Libc, EntryPoint = "utimensat", SetLastError = true)]
    public static unsafe partial int UTimeNsAt(int dirfd, byte[] path, long* times, int flags);

    [LibraryImport(Libc, EntryPoint = "readlink", SetLastError = true)]
    public static unsafe partial nint ReadLink(byte[] path, byte* buffer, nint size);

    [LibraryImport(Libc, EntryPoint = "symlink", SetLastError = true)]
    public static partial int SymLink(byte[] target, byte[] link);

    [LibraryImport(Libc, EntryPoint = "link", SetLastError = true)]
    public static partial int Link(byte[] target, byte[] link);

    [LibraryImport(Libc, EntryPoint = "isatty", SetLastError = true)]
    public static partial int IsATty(int fd);

    [LibraryImport(Libc, EntryPoint = "ioctl", SetLastError = true)]
    public static unsafe partial int IoCtl(int fd, nuint request, ushort* winsize);

    public const int FGetFl = 3, FSetFl = 4, ONonBlock = 0x800;

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);

    [LibraryImport(Libc, EntryPoint = "umask")]
    public static partial int UMask(int mask);

    [LibraryImport(Libc, EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport(Libc, EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int fd, int fd2);

    [LibraryImport(Libc, EntryPoint = "pipe", SetLastError = true)]
    public static unsafe partial int Pipe(int* fds);

    [LibraryImport(Libc, EntryPoint = "pipe2", SetLastError = true)]
    public static unsafe partial int Pipe2(int* fds, int flags);

    [LibraryImport(Libc, EntryPoint = "waitpid", SetLastError = true)]
    public static unsafe partial int WaitPid(int pid, int* status, int options);

    [LibraryImport(Libc, EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(int fd);

    [LibraryImport(Libc, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int FTruncate(int fd, long length);

    [LibraryImport(Libc, EntryPoint = "truncate", SetLastError = true)]
    public static partial int Truncate(byte[] path, long length);

    [LibraryImport(Libc, EntryPoint = "getppid")]
    public static partial int GetPPid();

    [LibraryImport(Libc, EntryPoint = "getuid")]
    public static partial uint GetUid();

    [LibraryImport(Libc, EntryPoint = "geteuid")]
    public static partial uint GetEUid();

    [LibraryImport(Libc, EntryPoint = "getgid")]
    public static partial uint GetGid();

    [LibraryImport(Libc, EntryPoint = "getegid")]
    public static partial uint GetEGid();

    [LibraryImport(Libc, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Libc, EntryPoint = "_exit")]
    public static partial void Exit(int status);

    /// <summary>The raw statx record (256 bytes) of a path, or of <paramref name="fd"/> when <paramref name="path"/> is empty.</summary>
    public static unsafe int Stat(int fd, byte[] path, bool followSymlinks, byte[] buffer)
    {
        var flags = followSymlinks ? 0 : AtSymlinkNoFollow;
        if (path.Length <= 1)
        {
            flags |= AtEmptyPath;
        }

        fixed (byte* p = buffer)
        {
            return Statx(path.Length <= 1 ? fd : AtFdCwd, path, flags, StatxBasicStats, p);
        }
    }
}
