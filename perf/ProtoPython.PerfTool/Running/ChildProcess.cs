using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ProtoPython.PerfTool.Running;

/// <summary>What one execution of an interpreter cost and printed.</summary>
/// <param name="ExitCode">The exit status, or -signal when a signal ended it (e.g. -9 after a timeout).</param>
/// <param name="MaxRssBytes">Peak resident set size of the child (getrusage's ru_maxrss).</param>
public sealed record ChildResult(
    int ExitCode,
    bool TimedOut,
    double WallSeconds,
    double UserSeconds,
    double SystemSeconds,
    long MaxRssBytes,
    string Stdout,
    string Stderr,
    string? StartError);

/// <summary>
/// Runs a command as a child process with posix_spawn and reaps it with wait4, so the kernel
/// hands us that child's own resource usage (peak RSS, CPU time). System.Diagnostics.Process
/// reaps children itself and cannot report a finished child's peak memory. Linux only.
/// The child gets its own process group so a timeout kills wrappers and their children alike.
/// </summary>
public static partial class ChildProcess
{
    private const int O_RDONLY = 0, O_WRONLY = 1, O_CREAT = 0x40, O_TRUNC = 0x200;
    private const short POSIX_SPAWN_SETPGROUP = 0x2;
    private const int SIGKILL = 9, EINTR = 4;

    /// <summary>Runs <paramref name="argv"/> (argv[0] looked up in PATH) with <paramref name="environment"/> and a timeout.</summary>
    public static ChildResult Run(IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the perf runner measures children with posix_spawn/wait4 and runs on Linux");
        }

        var outPath = Path.GetTempFileName();
        var errPath = Path.GetTempFileName();
        var allocations = new List<IntPtr>();
        var fileActions = Marshal.AllocHGlobal(512);
        var attributes = Marshal.AllocHGlobal(1024);
        try
        {
            Check(posix_spawn_file_actions_init(fileActions), "posix_spawn_file_actions_init");
            Check(posix_spawn_file_actions_addopen(fileActions, 0, "/dev/null", O_RDONLY, 0), "addopen stdin");
            Check(posix_spawn_file_actions_addopen(fileActions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0x180), "addopen stdout");
            Check(posix_spawn_file_actions_addopen(fileActions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0x180), "addopen stderr");
            Check(posix_spawnattr_init(attributes), "posix_spawnattr_init");
            Check(posix_spawnattr_setflags(attributes, POSIX_SPAWN_SETPGROUP), "posix_spawnattr_setflags");
            Check(posix_spawnattr_setpgroup(attributes, 0), "posix_spawnattr_setpgroup");

            var argvPtrs = ToNativeArray(argv, allocations);
            var envPtrs = ToNativeArray(environment.Select(kv => kv.Key + "=" + kv.Value).ToList(), allocations);

            var clock = Stopwatch.StartNew();
            var error = posix_spawnp(out var pid, argv[0], fileActions, attributes, argvPtrs, envPtrs);
            if (error != 0)
            {
                return new ChildResult(127, false, 0, 0, 0, 0, "", "", $"cannot start '{argv[0]}': {Marshal.GetPInvokeErrorMessage(error)}");
            }

            var status = 0;
            var usage = default(RUsage);
            var elapsed = 0.0;
            var waiter = new Thread(() =>
            {
                while (wait4(pid, out status, 0, out usage) < 0 && Marshal.GetLastPInvokeError() == EINTR)
                {
                }

                elapsed = clock.Elapsed.TotalSeconds;
            }) { IsBackground = true, Name = "perf-wait4" };
            waiter.Start();
            var timedOut = !waiter.Join(timeout);
            if (timedOut)
            {
                _ = kill(-pid, SIGKILL);
                waiter.Join();
            }

            var exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f);
            return new ChildResult(exitCode, timedOut, elapsed,
                usage.UserSeconds + usage.UserMicroseconds / 1e6,
                usage.SystemSeconds + usage.SystemMicroseconds / 1e6,
                usage.MaxRssKilobytes * 1024,
                ReadText(outPath), ReadText(errPath), null);
        }
        finally
        {
            _ = posix_spawn_file_actions_destroy(fileActions);
            _ = posix_spawnattr_destroy(attributes);
            Marshal.FreeHGlobal(fileActions);
            Marshal.FreeHGlobal(attributes);
            foreach (var p in allocations)
            {
                Marshal.FreeCoTaskMem(p);
            }

            File.Delete(outPath);
            File.Delete(errPath);
        }
    }

    private static string ReadText(string path)
    {
        // Interpreters may print anything; invalid UTF-8 must not break the runner.
        return System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
    }

    private static IntPtr[] ToNativeArray(IReadOnlyList<string> items, List<IntPtr> allocations)
    {
        var result = new IntPtr[items.Count + 1];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = Marshal.StringToCoTaskMemUTF8(items[i]);
            allocations.Add(result[i]);
        }

        return result;
    }

    private static void Check(int error, string what)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"{what} failed: {Marshal.GetPInvokeErrorMessage(error)}");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRssKilobytes, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_init(IntPtr actions);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_destroy(IntPtr actions);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn_file_actions_addopen(IntPtr actions, int fd, string path, int flags, int mode);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_init(IntPtr attributes);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_destroy(IntPtr attributes);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_setflags(IntPtr attributes, short flags);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_setpgroup(IntPtr attributes, int group);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawnp(out int pid, string file, IntPtr actions, IntPtr attributes, IntPtr[] argv, IntPtr[] envp);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int wait4(int pid, out int status, int options, out RUsage usage);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
