using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>
/// range: start, stop, step and the length as Python ints (unbounded). The common case of values
/// that fit 64 bits takes long arithmetic; anything else BigInteger, as CPython's long paths.
/// </summary>
public sealed class PyRange : PyObject
{
    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
        : base(PyType.Range)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start, stop, step);
        IsSmall = start >= long.MinValue && start <= long.MaxValue && stop >= long.MinValue && stop <= long.MaxValue
            && step >= long.MinValue && step <= long.MaxValue && Length <= long.MaxValue;
        if (IsSmall)
        {
            SmallStart = (long)start;
            SmallStep = (long)step;
            SmallLength = (long)Length;
        }
    }

    public BigInteger Start { get; }

    public BigInteger Stop { get; }

    public BigInteger Step { get; }

    /// <summary>The number of items (may exceed 64 bits).</summary>
    public BigInteger Length { get; }

    /// <summary>Everything fits a long: iteration and indexing use the Small* fields.</summary>
    public bool IsSmall { get; }

    public long SmallStart { get; }

    public long SmallStep { get; }

    public long SmallLength { get; }

    /// <summary>compute_range_length.</summary>
    public static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0 && lo < hi)
        {
            return ((hi - lo - 1) / step) + 1;
        }

        if (step.Sign < 0 && lo > hi)
        {
            return ((lo - hi - 1) / -step) + 1;
        }

        return BigInteger.Zero;
    }

    /// <summary>The item at index <paramref name="i"/> in [0, Length).</summary>
    public PyValue ItemAt(BigInteger i) =>
        IsSmall && i <= long.MaxValue ? PyValue.FromBigInteger(SmallStart + ((Int128)(long)i * SmallStep)) : PyValue.FromBigInteger(Start + (i * Step));

    /// <summary>
    /// O(1) membership of an int: inside the bounds and on the step grid.
    /// </summary>
    public bool ContainsInt(BigInteger ob)
    {
        bool inBounds = Step.Sign > 0 ? Start <= ob && ob < Stop : Stop < ob && ob <= Start;
        return inBounds && BigInteger.Remainder(ob - Start, Step).IsZero;
    }
}
