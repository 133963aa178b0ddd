using System.Numerics;
using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// Bodies of specialized instructions (issue 5) that are more than a line: the eval loop has
/// already checked the guard, so these only compute.
/// </summary>
internal static class Specialized
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue AddInt(long x, long y)
    {
        var r = unchecked(x + y);
        return ((x ^ r) & (y ^ r)) < 0 ? PyInt.Promote((BigInteger)x + y) : PyValue.FromInt64(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue SubtractInt(long x, long y)
    {
        var r = unchecked(x - y);
        return ((x ^ y) & (x ^ r)) < 0 ? PyInt.Promote((BigInteger)x - y) : PyValue.FromInt64(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue MultiplyInt(long x, long y)
    {
        var high = Math.BigMul(x, y, out var low);
        return high == (low >> 63) ? PyValue.FromInt64(low) : PyInt.Promote((BigInteger)x * y);
    }

    /// <summary>
    /// COMPARE_OP's oparg carries a mask of the outcomes that make it true (CPython's
    /// COMPARISON_BIT): 1 unordered, 2 less, 4 greater, 8 equal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareInt(long x, long y, int oparg) =>
        ((1 << ((x >= y ? 2 : 0) + (x <= y ? 1 : 0))) & oparg) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareFloat(double x, double y, int oparg) =>
        ((1 << ((x >= y ? 2 : 0) + (x <= y ? 1 : 0))) & oparg) != 0;

    /// <summary>COMPARE_OP_STR: == or != of two exact str.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareStr(PyStr x, PyStr y, int oparg) =>
        (ReferenceEquals(x, y) || PyStr.ValueEquals(x, y)) == ((CompareOp)(oparg >> 5) == CompareOp.Eq);

    /// <summary>BINARY_OP_SUBSCR_LIST_INT's in-range index (negative counts from the end), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ListIndex(long index, int count)
    {
        if (index < 0)
        {
            index += count;
        }

        return (ulong)index < (ulong)count ? (int)index : -1;
    }

    /// <summary>
    /// BINARY_OP_SUBSCR_LIST_I64/_F64: <c>list[i]</c> of an exact list stored as
    /// <paramref name="strategy"/>, with an in-range int index; false (a miss) otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLoadFlat(PyValue container, PyValue sub, ListStrategy strategy, out PyValue item)
    {
        int index;
        if (container.AsObject is not PyList list || !ReferenceEquals(list.Type, PyType.List) || list.Strategy != strategy || !sub.IsInt64
            || (index = ListIndex(sub.AsInt64, list.Count)) < 0)
        {
            item = default;
            return false;
        }

        item = strategy == ListStrategy.Int64 ? PyValue.FromInt64(list.Int64At(index)) : PyValue.FromDouble(list.Float64At(index));
        return true;
    }

    /// <summary>
    /// STORE_SUBSCR_LIST_I64/_F64: <c>list[i] = value</c> where the list is stored as
    /// <paramref name="strategy"/> and the value fits it (an int, or a float), the index in range;
    /// false (a miss, nothing stored) otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStoreFlat(PyValue container, PyValue sub, PyValue value, ListStrategy strategy)
    {
        int index;
        if (container.AsObject is not PyList list || !ReferenceEquals(list.Type, PyType.List) || list.Strategy != strategy || !sub.IsInt64
            || (strategy == ListStrategy.Int64 ? !value.IsInt64 : !value.IsFloat) || (index = ListIndex(sub.AsInt64, list.Count)) < 0)
        {
            return false;
        }

        if (strategy == ListStrategy.Int64)
        {
            list.SetInt64At(index, value.AsInt64);
        }
        else
        {
            list.SetFloat64At(index, value.AsDouble);
        }

        return true;
    }
}
