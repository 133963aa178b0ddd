using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Specializer;

namespace ProtoPython.Interpreter;

/// <summary>
/// The tier-1 eval loop (ARCHITECTURE §3, §4): one activation runs frames until the entry frame
/// returns. Python-to-Python calls push a frame and keep dispatching here, without C# recursion;
/// only C# code calling back into Python starts another activation. Failures follow the error
/// protocol: the pending exception is unwound through the frames' exception tables.
/// </summary>
internal static partial class EvalLoop
{
    private static void Trace(InterpreterFrame frame, int instr, int op, int oparg, int sp) =>
        Console.Error.WriteLine(frame.Code.QualName.Value + " " + instr + " " + OpcodeInfo.Name((Opcode)op) + " " + oparg + " depth " + (sp - frame.StackBottom));

    /// <summary>
    /// Runs <paramref name="entry"/> (already current in <paramref name="ts"/>) to completion. The
    /// driver: .NET exceptions escaping C# code are converted to Python ones here, outside the hot
    /// method, and unwinding resumes in the frame that was running.
    /// </summary>
    public static PyValue Run(ThreadState ts, InterpreterFrame entry, bool pendingError = false)
    {
        entry.IsEntry = true;
        if (!PyOps.EnsureStack(ts))
        {
            PopFrame(ts, entry);
            return PyValue.Error;
        }

        if (s_tierUpDelayMs > 0)
        {
            ScheduleOptimizedLoop();
        }

        var resumeWithError = pendingError;
        while (true)
        {
            try
            {
                var result = EvalTables.OptimizedLoopReady
                    ? ExecuteOptimized(ts, entry, resumeWithError)
                    : Execute(ts, entry, resumeWithError);
                if (!ts.LoopSwitchPending)
                {
                    return result;
                }

                // The precompiled loop stopped for the optimized copy: continue the same frames there.
                ts.LoopSwitchPending = false;
                Interlocked.Increment(ref LoopSwitches);
                resumeWithError = false;
                continue;
            }
            catch (Exception e) when (e is not ThreadInterruptedException)
            {
                ts.SetError(ExceptionMapping.FromDotNet(e));
                resumeWithError = true;
                if (ts.CurrentFrame is null || !IsWithin(ts.CurrentFrame, entry))
                {
                    return PyValue.Error;
                }
            }
        }
    }

    /// <summary>The precompiled loop's exit to the optimized copy: the running frame resumes at <paramref name="ip"/>.</summary>
    private static PyValue SaveForLoopSwitch(ThreadState ts, InterpreterFrame frame, int ip, int sp, int instr)
    {
        frame.Ip = ip;
        frame.Sp = sp;
        frame.LastI = instr;
        ts.LoopSwitchPending = true;
        return PyValue.Null;
    }

    private static bool IsWithin(InterpreterFrame frame, InterpreterFrame entry)
    {
        for (var f = frame; f is not null; f = f.Previous)
        {
            if (ReferenceEquals(f, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Unlinks a finished frame and releases its window. A frame that nothing captured (no frame
    /// object, not a generator's) goes back to the thread's pool; its fields stay readable until the
    /// next push (callers read <c>Previous</c> and <c>IsEntry</c> right after this).
    /// </summary>
    internal static void PopFrame(ThreadState ts, InterpreterFrame frame)
    {
        ts.CurrentFrame = frame.Previous;
        ts.Depth--;
        if (frame.OnDataStack)
        {
            ts.ReleaseWindow(frame.Stack, frame.Base, frame.Base + frame.Code.NLocalsPlus);
            frame.OnDataStack = false;
            if (frame.FrameObject is null && frame.Owner is null)
            {
                ts.ReturnFrame(frame);
            }
        }
    }
}

/// <summary>
/// Read-only tables of the eval loop, in their own class so that they are initialized before
/// <see cref="EvalLoop"/>'s loop is compiled (<see cref="Initialize"/>, from
/// <see cref="PythonInterpreter.Install"/>): RyuJIT then treats them as constants, folding the
/// trace check away and dropping the class-initialization checks from the loop.
/// </summary>
internal static class EvalTables
{
    /// <summary>PROTOPY_TRACE=1 prints every instruction to stderr.</summary>
    public static readonly bool Trace = Environment.GetEnvironmentVariable("PROTOPY_TRACE") == "1";

    /// <summary>Whether generic instructions count down and specialize (issue 5); false with <c>-X nospecialize</c>.</summary>
    public static readonly bool Specializing = SpecializerConfig.Mode != SpecializationMode.Off;

    /// <summary>Whether <c>--jit-stats</c> counters run (<see cref="SpecializerStats"/>).</summary>
    public static readonly bool Stats = SpecializerConfig.Stats;

    /// <summary>Tracing or statistics: the dispatch takes its slow path.</summary>
    public static readonly bool SlowDispatch = Trace || Stats;

    /// <summary>Each opcode's family base (itself for generic instructions): where a failed guard goes.</summary>
    public static readonly byte[] DeoptTarget = BuildDeoptTable();

    /// <summary>
    /// Whether <c>EvalLoop.ExecuteOptimized</c> (the JIT-compiled copy of the loop) is ready: new
    /// activations use it and the precompiled loop moves over at its next eval-breaker check.
    /// </summary>
    public static volatile bool OptimizedLoopReady;

    /// <summary>Runs the static initializer (the fields above) now.</summary>
    public static void Initialize() => GC.KeepAlive(DeoptTarget);

    private static byte[] BuildDeoptTable()
    {
        var table = new byte[256];
        for (var op = 0; op < 256; op++)
        {
            table[op] = (byte)OpcodeInfo.Deopt((Opcode)op);
        }

        return table;
    }
}
