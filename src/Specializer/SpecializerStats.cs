namespace ProtoPython.Specializer;

/// <summary>
/// Counters behind <c>--jit-stats</c> (ARCHITECTURE §5.5), indexed by opcode. Process-wide plain
/// arrays, not per thread: counts from several threads can be lost to races (they are statistics,
/// not guards). Nothing is counted unless <see cref="SpecializerConfig.Stats"/> was on when the
/// interpreter was installed; the eval loop then folds the checks away.
/// </summary>
public static class SpecializerStats
{
    /// <summary>Executions per opcode as dispatched (a specialized form counts under its own name).</summary>
    public static readonly long[] Executions = new long[256];

    /// <summary>Failed guards per specialized opcode.</summary>
    public static readonly long[] Misses = new long[256];

    /// <summary>Generic executions per family while warming up or backing off.</summary>
    public static readonly long[] Deferred = new long[256];

    /// <summary>Specialization attempts that succeeded, per family.</summary>
    public static readonly long[] Successes = new long[256];

    /// <summary>Specialization attempts that failed, per family.</summary>
    public static readonly long[] Failures = new long[256];

    /// <summary>Failed specialization attempts per (family, reason), for the "why not" table.</summary>
    public static readonly Dictionary<(int Family, string Reason), long> FailureReasons = new();

    /// <summary>Counts one failure of <paramref name="family"/> for <paramref name="reason"/>.</summary>
    public static void RecordFailure(int family, string reason)
    {
        lock (FailureReasons)
        {
            FailureReasons[(family, reason)] = FailureReasons.GetValueOrDefault((family, reason)) + 1;
        }
    }

    /// <summary>Python frames pushed by the eval loop's inline calls and by C# calling into Python.</summary>
    public static long Frames;
}
