using System.Runtime.CompilerServices;

namespace ProtoPython.Specializer;

/// <summary>
/// CPython 3.14's adaptive counter (ARCHITECTURE §5.3), the first inline cache entry of every
/// specializable instruction: a 12-bit value over a 4-bit backoff exponent. Executing the generic
/// form subtracts 1 from the value (16 from the word); the counter triggers when the value is 0 and
/// the backoff is below 15 (15 marks a counter that never triggers), which is one unsigned compare.
/// </summary>
public static class AdaptiveCounter
{
    private const int BackoffBits = 4;
    private const int MaxBackoff = 12;
    private const int UnreachableBackoff = 15;

    /// <summary>The counter written by quickening: specialize on the second execution (stress: the first).</summary>
    public static readonly ushort Warmup = SpecializerConfig.Mode == SpecializationMode.Stress ? Make(0, 0) : Make(1, 1);

    /// <summary>
    /// After a successful specialization: re-specialize after 53 misses (stress: at the second; the
    /// first miss must run the generic body, or a guard that fails on values rather than types, such
    /// as an index out of range, would re-specialize the same form forever).
    /// </summary>
    public static readonly ushort Cooldown = SpecializerConfig.Mode == SpecializationMode.Stress ? Make(1, 0) : Make(52, 0);

    /// <summary>A counter that never triggers.</summary>
    public const ushort Unreachable = UnreachableBackoff;

    public static ushort Make(int value, int backoff) => (ushort)((value << BackoffBits) | backoff);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Triggers(ushort counter) => counter < UnreachableBackoff;

    /// <summary>One generic execution: the value goes down by one (only called when not triggered).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Advance(ushort counter) => (ushort)(counter - (1 << BackoffBits));

    /// <summary>After a failed specialization: wait 2^(b+1)-1 executions, b growing up to 12.</summary>
    public static ushort Backoff(ushort counter)
    {
        if (SpecializerConfig.Mode == SpecializationMode.Stress)
        {
            return Make(1, 0);
        }

        var backoff = Math.Min((counter & 15) + 1, MaxBackoff);
        return Make((1 << backoff) - 1, backoff);
    }

    /// <summary>The value part (for <c>dis</c> and stats).</summary>
    public static int Value(ushort counter) => counter >> BackoffBits;
}
