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

    /// <summary>
    /// Chooses the loop for this process. Without a precompiled loop (a JIT build: tests, dotnet run)
    /// the optimized copy is used from the start; with one, it is compiled on a pool thread after the
    /// delay (never, with a negative PROTOPY_LOOP_TIERUP_MS) and <paramref name="main"/> moves over.
    /// </summary>
    public static void StartLoopTiering(ThreadState main)
    {
        var delay = DefaultTierUpDelayMs;
        if (int.TryParse(Environment.GetEnvironmentVariable("PROTOPY_LOOP_TIERUP_MS"), out var requested))
        {
            delay = requested;
        }

        if (AppContext.GetData(PrecompiledLoopOption) is not string option || option != "true" || delay == 0)
        {
            EvalTables.OptimizedLoopReady = true;
            return;
        }

        if (delay > 0)
        {
            s_tierUpTimer = new Timer(static state => CompileOptimizedLoop((ThreadState)state!), main, delay, Timeout.Infinite);
        }
    }

    private static void CompileOptimizedLoop(ThreadState main)
    {
        var method = typeof(EvalLoop).GetMethod(nameof(ExecuteOptimized), BindingFlags.NonPublic | BindingFlags.Static);
        if (method is null)
        {
            return;
        }

        RuntimeHelpers.PrepareMethod(method.MethodHandle);
        EvalTables.OptimizedLoopReady = true;
        Interlocked.Or(ref main.EvalBreaker, ThreadState.BreakerLoopTierUp);
        s_tierUpTimer?.Dispose();
    }
}
