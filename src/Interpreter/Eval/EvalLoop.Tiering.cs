using System.Reflection;
using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// The eval loop's own tiering (docs/internals/startup.md): a program starts in the precompiled
/// <c>Execute</c> and, once it has run for a while, moves to <c>ExecuteOptimized</c>, the JIT's copy.
/// </summary>
internal static partial class EvalLoop
{
    /// <summary>The runtimeconfig option that the ReadyToRun publish of the CLI sets (src/Cli).</summary>
    private const string PrecompiledLoopOption = "ProtoPython.PrecompiledLoop";

    /// <summary>How long a program runs before the optimized copy is compiled; PROTOPY_LOOP_TIERUP_MS overrides.</summary>
    private const int DefaultTierUpDelayMs = 200;

    private static Timer? s_tierUpTimer;
    private static int s_tierUpDelayMs;
    private static long s_startedAt;

    /// <summary>Activations of the precompiled loop that moved to the optimized copy (for --jit-stats).</summary>
    internal static int LoopSwitches;

    /// <summary>Milliseconds from the first Python code run to the optimized copy being ready; -1 while it is not (for --jit-stats).</summary>
    internal static long OptimizedLoopReadyAfterMs = -1;

    /// <summary>Whether this process started in the precompiled loop.</summary>
    internal static bool StartedPrecompiled;

    /// <summary>
    /// Chooses the loop for this process. Without a precompiled loop (a JIT build: tests, dotnet run)
    /// the optimized copy is used from the start; with one, it is compiled on a pool thread after the
    /// delay (never, with a negative PROTOPY_LOOP_TIERUP_MS) and the running loops move over.
    /// </summary>
    public static void StartLoopTiering()
    {
        // PROTOPY_LOOP_TIERUP_MS given and positive starts in Execute even in a JIT build (tests use it).
        var delay = DefaultTierUpDelayMs;
        var requested = int.TryParse(Environment.GetEnvironmentVariable("PROTOPY_LOOP_TIERUP_MS"), out var ms);
        if (requested)
        {
            delay = ms;
        }

        var precompiled = AppContext.GetData(PrecompiledLoopOption) is "true" || (requested && delay > 0);
        if (!precompiled || delay == 0)
        {
            EvalTables.OptimizedLoopReady = true;
            return;
        }

        StartedPrecompiled = true;

        s_tierUpDelayMs = delay;
    }

    // The delay counts from the first Python code run (Run's first call), not from start-up, and in
    // the process's CPU time, not wall time: on a loaded machine a short program (an import, a
    // script of 60 ms of work) can take 200 ms of wall time, and compiling the copy (~60 ms of CPU)
    // would then cost more than it saves.
    private static void ScheduleOptimizedLoop()
    {
        var delay = Interlocked.Exchange(ref s_tierUpDelayMs, 0);
        if (delay > 0)
        {
            s_startedAt = Environment.TickCount64;
            s_startedCpuMs = ProcessCpuMs();
            s_delayCpuMs = delay;
            s_tierUpTimer = new Timer(static _ => OnTierUpTimer(), null, delay, Timeout.Infinite);
        }
    }

    private static long s_startedCpuMs;
    private static long s_delayCpuMs;

    private static long ProcessCpuMs() => (long)Environment.CpuUsage.TotalTime.TotalMilliseconds;

    private static void OnTierUpTimer()
    {
        var remaining = s_delayCpuMs - (ProcessCpuMs() - s_startedCpuMs);
        if (remaining > 5)
        {
            s_tierUpTimer?.Change(remaining, Timeout.Infinite);
            return;
        }

        CompileOptimizedLoop();
    }

    private static void CompileOptimizedLoop()
    {
        var method = typeof(EvalLoop).GetMethod(nameof(ExecuteOptimized), BindingFlags.NonPublic | BindingFlags.Static);
        if (method is null)
        {
            return;
        }

        RuntimeHelpers.PrepareMethod(method.MethodHandle);
        OptimizedLoopReadyAfterMs = Environment.TickCount64 - s_startedAt;
        EvalTables.OptimizedLoopReady = true;
        s_tierUpTimer?.Dispose();
    }
}
