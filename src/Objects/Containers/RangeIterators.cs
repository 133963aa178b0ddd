using System.Numerics;

namespace ProtoPython.Objects;

/// <summary><c>range_iterator</c>: start/step/remaining count in longs.</summary>
public sealed class PyRangeIterator : PyObject
{
    private long _next;
    private readonly long _step;
    private long _remaining;

    public PyRangeIterator(long start, long step, long length)
        : base(PyType.RangeIterator)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    internal static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        if (((PyRangeIterator)self.AsObject).TryNext(out var value))
        {
            item = PyValue.FromInt64(value);
            return 1;
        }

        item = default;
        return 0;
    }

    /// <summary>The next int, or false when exhausted (FOR_ITER_RANGE calls this directly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long value)
    {
        if (_remaining > 0)
        {
            value = _next;
            _next = unchecked(_next + _step);
            _remaining--;
            return true;
        }

        value = 0;
        return false;
    }

    internal static void Install()
    {
        var t = PyType.RangeIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) => PyValue.FromInt64(((PyRangeIterator)v.AsObject)._remaining));
    }
}

/// <summary><c>longrange_iterator</c>: the same over unbounded ints.</summary>
public sealed class PyLongRangeIterator : PyObject
{
    private BigInteger _next;
    private readonly BigInteger _step;
    private BigInteger _remaining;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length)
        : base(PyType.LongRangeIterator)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    internal static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PyLongRangeIterator)self.AsObject;
        if (it._remaining.Sign > 0)
        {
            item = PyValue.FromBigInteger(it._next);
            it._next += it._step;
            it._remaining--;
            return 1;
        }

        item = default;
        return 0;
    }

    internal static void Install()
    {
        var t = PyType.LongRangeIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) => PyValue.FromBigInteger(((PyLongRangeIterator)v.AsObject)._remaining));
    }
}
