using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>sum(iterable, /, start=0)</c> as CPython 3.12+ computes it: exact ints accumulate in 64 bits
/// until overflow or a non-int, exact floats with Neumaier compensation (same order, so the same
/// rounding), anything else through <c>+</c>. An all-int list uses the vectorized kernel.
/// </summary>
public static partial class BuiltinsModule
{
    private static readonly string[] s_sumNames = ["", "start"];

    private static void AddSumFunction(PyModule m) => Add(m, "sum", Sum);

    private static PyValue Sum(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (!ArgParser.Parse(ts, "sum", args, kwnames, s_sumNames, 1, 1, p))
        {
            return PyValue.Error;
        }

        var result = p[1].IsNull ? PyValue.FromInt64(0) : p[1];
        var st = result.Type;
        if (st.IsSubtypeOf(PyType.Str))
        {
            return ts.SetError(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }

        if (st.IsSubtypeOf(PyType.Bytes))
        {
            return ts.SetError(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }

        if (st.IsSubtypeOf(PyType.ByteArray))
        {
            return ts.SetError(PyExc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }

        // The vectorized kernel: integer addition is associative, so the result is the same.
        if (p[0].AsObject is PyList list && p[0].Type == PyType.List && list.Strategy == ListStrategy.Int64 && result.IsExactInt)
        {
            return PyInt.Add(result, list.SumInt64());
        }

        var it = PyOps.GetIter(ts, p[0]);
        return it.IsError ? it : SumIterator(ts, it, result);
    }

    /// <summary>The loop of <c>sum()</c> over an iterator, from <paramref name="result"/>.</summary>
    public static PyValue SumIterator(ThreadState ts, PyValue it, PyValue result)
    {
        PyValue item;
        int r;
        if (result.IsInt64)
        {
            var acc = result.RawBits;
            while (true)
            {
                r = PyOps.Next(ts, it, out item);
                if (r <= 0)
                {
                    return r < 0 ? PyValue.Error : PyValue.FromInt64(acc);
                }

                if ((item.IsInt64 || item.IsBool) && !AddOverflows(acc, item.RawBits))
                {
                    acc += item.RawBits;
                    continue;
                }

                result = PyOps.BinaryOp(ts, PyValue.FromInt64(acc), item, NumberOp.Add);
                if (result.IsError)
                {
                    return result;
                }

                break;
            }
        }

        if (result.IsFloat)
        {
            var hi = result.AsDouble;
            var lo = 0.0;
            while (true)
            {
                r = PyOps.Next(ts, it, out item);
                if (r <= 0)
                {
                    return r < 0 ? PyValue.Error : PyValue.FromDouble(Compensated(hi, lo));
                }

                double x;
                if (item.IsFloat)
                {
                    x = item.AsDouble;
                }
                else if (PyInt.IsInt(item))
                {
                    if (!PyInt.TryToDouble(ts, item, out x))
                    {
                        return PyValue.Error;
                    }
                }
                else
                {
                    result = PyOps.BinaryOp(ts, PyValue.FromDouble(Compensated(hi, lo)), item, NumberOp.Add);
                    if (result.IsError)
                    {
                        return result;
                    }

                    break;
                }

                // Neumaier's step: the low part keeps what the rounded high sum lost.
                var t = hi + x;
                lo += Math.Abs(hi) >= Math.Abs(x) ? (hi - t) + x : (x - t) + hi;
                hi = t;
            }
        }

        while (true)
        {
            r = PyOps.Next(ts, it, out item);
            if (r <= 0)
            {
                return r < 0 ? PyValue.Error : result;
            }

            result = PyOps.BinaryOp(ts, result, item, NumberOp.Add);
            if (result.IsError)
            {
                return result;
            }
        }
    }

    private static bool AddOverflows(long a, long b) => a >= 0 ? b > long.MaxValue - a : b < long.MinValue - a;

    // Don't lose the sign of a negative result, and don't turn an infinite or overflowed sum into NaN.
    private static double Compensated(double hi, double lo) => lo != 0.0 && double.IsFinite(lo) ? hi + lo : hi;
}
