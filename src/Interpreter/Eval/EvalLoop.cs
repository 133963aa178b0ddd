using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// The tier-1 eval loop (ARCHITECTURE §3, §4): one activation runs frames until the entry frame
/// returns. Python-to-Python calls push a frame and keep dispatching here, without C# recursion;
/// only C# code calling back into Python starts another activation. Failures follow the error
/// protocol: the pending exception is unwound through the frames' exception tables.
/// </summary>
internal static partial class EvalLoop
{
    // Inline cache entries per opcode: the loop steps over them before running an instruction.
    private static readonly byte[] s_caches = BuildCacheTable();

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

        var resumeWithError = pendingError;
        while (true)
        {
            try
            {
                return Execute(ts, entry, resumeWithError);
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

    private static byte[] BuildCacheTable()
    {
        var table = new byte[256];
        for (var op = 0; op < 256; op++)
        {
            table[op] = (byte)OpcodeInfo.CacheEntries((Opcode)op);
        }

        return table;
    }

    /// <summary>Unlinks a finished frame and releases its window.</summary>
    internal static void PopFrame(ThreadState ts, InterpreterFrame frame)
    {
        ts.CurrentFrame = frame.Previous;
        ts.Depth--;
        if (frame.OnDataStack)
        {
            ts.ReleaseWindow(frame.Stack, frame.Base);
            frame.OnDataStack = false;
        }
    }
}
