using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// One posix_spawn of fork_exec: file actions in the order of CPython's child_exec (close the
/// parent's pipe ends, dup the child's ends onto 0/1/2, keep pass_fds, close the rest, chdir) and
/// each candidate executable tried in turn (the first error other than ENOENT/ENOTDIR wins).
/// </summary>
internal sealed unsafe class SpawnSpec(
    List<byte[]> argv, List<byte[]> executables, List<byte[]> env, byte[]? cwd, HashSet<int> keep,
    bool closeFds, bool restoreSignals, bool newSession, int pgid, ReadOnlySpan<int> fds)
{
    private const int ENoEnt = 2, ENotDir = 20, FDupFdCloExec = 1030;

    // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
    private readonly int[] _fds = fds.ToArray();
    private int _setupError;

    private void Check(int rc)
    {
        if (rc != 0 && _setupError == 0)
        {
            _setupError = rc;
        }
    }

    /// <summary>The child's pid, or 0 and the errno of the failure.</summary>
    public (int Pid, int Error) Spawn()
    {
        var allocations = new List<nint>();
        var temporaryFds = new List<int>();
        var actions = NativeMemory.AllocZeroed(SpawnNative.FileActionsSize);
        var attr = NativeMemory.AllocZeroed(SpawnNative.AttrSize);
        try
        {
            Check(SpawnNative.FileActionsInit(actions));
            Check(SpawnNative.AttrInit(attr));
            AddFileActions(actions, allocations, temporaryFds);
            SetAttributes(attr);
            var argvPtr = PointerArray(argv, allocations);
            var envPtr = PointerArray(env, allocations);
            if (_setupError != 0)
            {
                return (0, _setupError);
            }

            var saved = 0;
            var last = ENoEnt;
            foreach (var exe in executables)
            {
                var path = CString(exe, allocations);
                int pid;
                var rc = SpawnNative.Spawn(&pid, path, actions, attr, argvPtr, envPtr);
                if (rc == 0)
                {
                    return (pid, 0);
                }

                last = rc;
                if (rc != ENoEnt && rc != ENotDir && saved == 0)
                {
                    saved = rc;
                }
            }

            return (0, saved != 0 ? saved : last);
        }
        finally
        {
            _ = SpawnNative.FileActionsDestroy(actions);
            _ = SpawnNative.AttrDestroy(attr);
            NativeMemory.Free(actions);
            NativeMemory.Free(attr);
            foreach (var p in allocations)
            {
                Marshal.FreeHGlobal(p);
            }

            foreach (var fd in temporaryFds)
            {
                _ = PosixNative.Close(fd);
            }
        }
    }

    private void AddFileActions(void* actions, List<nint> allocations, List<int> temporaryFds)
    {
        int p2cread = _fds[0], p2cwrite = _fds[1], c2pread = _fds[2], c2pwrite = _fds[3], errread = _fds[4], errwrite = _fds[5];

        // A child end that sits on 0 or 1 would be overwritten by an earlier dup2: move it first (CPython #12607).
        int Lift(int fd)
        {
            var copy = SpawnNative.Fcntl(fd, FDupFdCloExec, 3);
            temporaryFds.Add(copy);
            return copy;
        }

        if (c2pwrite == 0)
        {
            c2pwrite = Lift(c2pwrite);
        }

        if (errwrite is 0 or 1)
        {
            errwrite = Lift(errwrite);
        }

        foreach (var fd in new[] { p2cwrite, c2pread, errread })
        {
            if (fd != -1)
            {
                Check(SpawnNative.AddClose(actions, fd));
            }
        }

        // dup2(fd, fd) clears FD_CLOEXEC in glibc: the fd is inherited as it is.
        if (p2cread != -1)
        {
            Check(SpawnNative.AddDup2(actions, p2cread, 0));
        }

        if (c2pwrite != -1)
        {
            Check(SpawnNative.AddDup2(actions, c2pwrite, 1));
        }

        if (errwrite != -1)
        {
            Check(SpawnNative.AddDup2(actions, errwrite, 2));
        }

        var errpipeWrite = _fds[7];
        foreach (var fd in keep)
        {
            if (fd != errpipeWrite && fd > 2)
            {
                Check(SpawnNative.AddDup2(actions, fd, fd));
            }
        }

        if (closeFds)
        {
            var kept = keep.Where(fd => fd > 2 && fd != errpipeWrite).ToHashSet();
            if (kept.Count == 0)
            {
                Check(SpawnNative.AddCloseFrom(actions, 3));
            }
            else
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
                {
                    if (int.TryParse(Path.GetFileName(entry), out var fd) && fd > 2 && !kept.Contains(fd))
                    {
                        Check(SpawnNative.AddClose(actions, fd));
                    }
                }
            }
        }

        if (cwd is not null)
        {
            Check(SpawnNative.AddChdir(actions, CString(cwd, allocations)));
        }
    }

    private void SetAttributes(void* attr)
    {
        short flags = SpawnNative.SetSigMask;
        var empty = stackalloc byte[SignalNative.SigSetBytes];
        new Span<byte>(empty, SignalNative.SigSetBytes).Clear();
        Check(SpawnNative.AttrSetSigMask(attr, empty));
        if (restoreSignals)
        {
            // CPython's _Py_RestoreSignals: SIGPIPE and SIGXFSZ back to their defaults.
            var set = stackalloc byte[SignalNative.SigSetBytes];
            new Span<byte>(set, SignalNative.SigSetBytes).Clear();
            set[(13 - 1) / 8] |= 1 << ((13 - 1) % 8);
            set[(25 - 1) / 8] |= 1 << ((25 - 1) % 8);
            Check(SpawnNative.AttrSetSigDefault(attr, set));
            flags |= SpawnNative.SetSigDef;
        }

        if (newSession)
        {
            flags |= SpawnNative.SetSid;
        }

        if (pgid >= 0)
        {
            Check(SpawnNative.AttrSetPGroup(attr, pgid));
            flags |= SpawnNative.SetPGroup;
        }

        Check(SpawnNative.AttrSetFlags(attr, flags));
    }

    private static byte* CString(byte[] bytes, List<nint> allocations)
    {
        var p = Marshal.AllocHGlobal(bytes.Length + 1);
        allocations.Add(p);
        Marshal.Copy(bytes, 0, p, bytes.Length);
        ((byte*)p)[bytes.Length] = 0;
        return (byte*)p;
    }

    private static byte** PointerArray(List<byte[]> items, List<nint> allocations)
    {
        var array = (byte**)Marshal.AllocHGlobal(sizeof(nint) * (items.Count + 1));
        allocations.Add((nint)array);
        for (var i = 0; i < items.Count; i++)
        {
            array[i] = CString(items[i], allocations);
        }

        array[items.Count] = null;
        return array;
    }
}
