using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>glibc's posix_spawn and its file actions and attributes (opaque buffers, generously sized).</summary>
internal static unsafe partial class SpawnNative
{
    private const string Libc = "libc.so.6";

    public const int FileActionsSize = 256, AttrSize = 1024;
    public const short SetPGroup = 0x2, SetSigDef = 0x4, SetSigMask = 0x8, SetSid = 0x80;

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_init")]
    public static partial int FileActionsInit(void* actions);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_destroy")]
    public static partial int FileActionsDestroy(void* actions);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_adddup2")]
    public static partial int AddDup2(void* actions, int fd, int newfd);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_addclose")]
    public static partial int AddClose(void* actions, int fd);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_addclosefrom_np")]
    public static partial int AddCloseFrom(void* actions, int from);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_addchdir_np")]
    public static partial int AddChdir(void* actions, byte* path);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_init")]
    public static partial int AttrInit(void* attr);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_destroy")]
    public static partial int AttrDestroy(void* attr);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setflags")]
    public static partial int AttrSetFlags(void* attr, short flags);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setsigdefault")]
    public static partial int AttrSetSigDefault(void* attr, byte* set);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setsigmask")]
    public static partial int AttrSetSigMask(void* attr, byte* set);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setpgroup")]
    public static partial int AttrSetPGroup(void* attr, int pgroup);

    [LibraryImport(Libc, EntryPoint = "posix_spawn")]
    public static partial int Spawn(int* pid, byte* path, void* actions, void* attr, byte** argv, byte** envp);

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);
}
