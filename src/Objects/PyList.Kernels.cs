using System.Numerics;
using System.Runtime.Intrinsics;

namespace ProtoPython.Objects;

/// <summary>
/// Search and sum kernels over the raw storage (ARCHITECTURE §2.2), with Python's results:
/// Int64 searches use the BCL's vectorized <c>Span&lt;long&gt;</c> methods; Float64 matches by
/// "bits-equal OR ==" (identity then equality, so a NaN finds the same NaN and 0.0 finds -0.0).
/// Equality for other values is the numeric one (int, bool, float, exactly) plus identity;
/// general <c>__eq__</c> dispatch comes with the compare slots.
/// </summary>
public partial class PyList
{
    /// <summary><c>value in l</c>.</summary>
    public bool Contains(PyValue value) => IndexOf(value) >= 0;

    /// <summary>The first index whose item equals <paramref name="value"/>, or -1.</summary>
    public int IndexOf(PyValue value)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                return TryAsInt64Key(value, out var key) ? Int64Items.IndexOf(key) : -1;
            case ListStrategy.Float64:
                if (value.IsFloat)
                {
                    var items = Float64Items;
                    var d = value.AsDouble;
                    var bits = value.RawBits;
                    for (var i = 0; i < items.Length; i++)
                    {
                        if (items[i] == d || BitConverter.DoubleToInt64Bits(items[i]) == bits)
                        {
                            return i;
                        }
                    }

                    return -1;
                }

                goto default;
            default:
                for (var i = 0; i < _count; i++)
                {
                    if (ItemEquals(ItemAt(i), value))
                    {
                        return i;
                    }
                }

                return -1;
        }
    }

    /// <summary><c>list.index(value)</c>: ValueError "list.index(x): x not in list" when absent (-1 returned).</summary>
    public int Index(ThreadState ts, PyValue value)
    {
        var i = IndexOf(value);
        if (i < 0)
        {
            ts.SetError(PyExc.ValueError, "list.index(x): x not in list");
        }

        return i;
    }

    /// <summary><c>list.count(value)</c>.</summary>
    public int CountOf(PyValue value)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                return TryAsInt64Key(value, out var key) ? Int64Items.Count(key) : 0;
            case ListStrategy.Float64 when value.IsFloat:
                var items = Float64Items;
                var d = value.AsDouble;
                var bits = value.RawBits;
                var n = 0;
                foreach (var x in items)
                {
                    if (x == d || BitConverter.DoubleToInt64Bits(x) == bits)
                    {
                        n++;
                    }
                }

                return n;
            default:
                var count = 0;
                for (var i = 0; i < _count; i++)
                {
                    if (ItemEquals(ItemAt(i), value))
                    {
                        count++;
                    }
                }

                return count;
        }
    }

    /// <summary>
    /// The long an exact-int item would have to be to equal <paramref name="value"/>: ints and bools
    /// by value, integral floats in range exactly; false when no int64 can equal it.
    /// </summary>
    private static bool TryAsInt64Key(PyValue value, out long key)
    {
        if (value.IsInt64 || value.IsBool)
        {
            key = value.AsInt64;
            return true;
        }

        if (value.IsFloat)
        {
            var d = value.AsDouble;
            // [-2^63, 2^63) as doubles; NaN fails both comparisons.
            if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && Math.Floor(d) == d)
            {
                key = (long)d;
                return true;
            }
        }

        key = 0;
        return false;
    }

    /// <summary>Identity, then numeric equality (int/bool/float, exact across kinds).</summary>
    private static bool ItemEquals(PyValue item, PyValue value)
    {
        if (PyValue.Is(item, value))
        {
            return true;
        }

        if (item.IsFloat || value.IsFloat)
        {
            return PyValue.Is(PyFloat.RichCompare(item, value, CompareOp.Eq), PyValue.True);
        }

        return PyInt.IsInt(item) && PyInt.IsInt(value) && PyValue.Is(PyInt.RichCompare(item, value, CompareOp.Eq), PyValue.True);
    }

    /// <summary>
    /// <c>sum(l)</c> of an Int64 list (start 0): the exact int, identical to the sequential sum.
    /// Only valid while <see cref="Strategy"/> is Int64 (or the list is empty).
    /// </summary>
    public PyValue SumInt64() => SumInt64(Int64Items);

    /// <summary>
    /// Exact sum of <paramref name="items"/>: Vector256 blocks while no lane overflows (checked on
    /// the sign bits), then a BigInteger continuation from the last good state. Integer addition is
    /// associative, so the result equals the sequential sum.
    /// </summary>
    public static PyValue SumInt64(ReadOnlySpan<long> items)
    {
        var i = 0;
        long total = 0;
        if (Vector256.IsHardwareAccelerated && items.Length >= 2 * Vector256<long>.Count)
        {
            var acc = Vector256<long>.Zero;
            var lastBlock = items.Length - Vector256<long>.Count;
            for (; i <= lastBlock; i += Vector256<long>.Count)
            {
                var x = Vector256.Create(items.Slice(i, Vector256<long>.Count));
                var r = acc + x;
                // Signed overflow: both operands differ in sign from the result.
                var overflow = (acc ^ r) & (x ^ r);
                if (Vector256.ExtractMostSignificantBits(overflow) != 0)
                {
                    break;
                }

                acc = r;
            }

            // Combine lanes exactly: four lanes may overflow a long when added.
            var big = BigInteger.Zero;
            for (var lane = 0; lane < Vector256<long>.Count; lane++)
            {
                big += acc.GetElement(lane);
            }

            return ScalarContinue(items, i, big);
        }

        for (; i < items.Length; i++)
        {
            var x = items[i];
            var r = unchecked(total + x);
            if (((total ^ r) & (x ^ r)) < 0)
            {
                return ScalarContinue(items, i, total);
            }

            total = r;
        }

        return PyValue.FromInt64(total);
    }

    private static PyValue ScalarContinue(ReadOnlySpan<long> items, int from, BigInteger total)
    {
        // Int128 cannot overflow for fewer than 2^63 items; the BigInteger only carries the start.
        if (total >= (BigInteger)long.MinValue * 4 && total <= (BigInteger)long.MaxValue * 4)
        {
            Int128 acc = (Int128)total;
            for (var i = from; i < items.Length; i++)
            {
                acc += items[i];
            }

            return PyValue.FromBigInteger((BigInteger)acc);
        }

        for (var i = from; i < items.Length; i++)
        {
            total += items[i];
        }

        return PyValue.FromBigInteger(total);
    }
}
