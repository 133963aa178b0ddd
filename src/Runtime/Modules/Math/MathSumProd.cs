using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// math.sumprod(p, q) as CPython: an exact 64-bit int accumulator while both items are ints, a
/// triple-length float accumulator while they are floats (or float/int pairs), and the generic
/// multiply and add otherwise. Each fast path, once left, is not entered again.
/// </summary>
internal static class MathSumProd
{
    public static void Register(PyModule m) =>
        m.AddFunction("sumprod", static (ts, a, kw) =>
            MathArgs.CheckPositional(ts, "math.sumprod", "sumprod", a, kw, 2, 2) ? SumProd(ts, a[0], a[1]) : PyValue.Error);

    private static PyValue SumProd(ThreadState ts, PyValue p, PyValue q)
    {
        var pIt = PyOps.GetIter(ts, p);
        if (pIt.IsError)
        {
            return pIt;
        }

        var qIt = PyOps.GetIter(ts, q);
        if (qIt.IsError)
        {
            return qIt;
        }

        var total = PyValue.FromInt64(0);
        bool intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        var fltTotal = default(MathNorm.TripleLength);
        while (true)
        {
            var pStep = PyOps.Next(ts, pIt, out var pi);
            if (pStep < 0)
            {
                return PyValue.Error;
            }

            var qStep = PyOps.Next(ts, qIt, out var qi);
            if (qStep < 0)
            {
                return PyValue.Error;
            }

            if ((pStep == 0) != (qStep == 0))
            {
                return ts.SetError(PyExc.ValueError, "Inputs are not the same length");
            }

            var finished = pStep == 0;
            if (intPath)
            {
                if (!finished && pi.IsInt64 && qi.IsInt64 && TryMultiplyAdd(intTotal, pi.AsInt64, qi.AsInt64, out var next))
                {
                    intTotal = next;
                    intInUse = true;
                    continue;
                }

                intPath = false;
                if (intInUse)
                {
                    total = PyOps.BinaryOp(ts, total, PyValue.FromInt64(intTotal), NumberOp.Add);
                    if (total.IsError)
                    {
                        return total;
                    }

                    intInUse = false;
                }
            }

            if (fltPath)
            {
                if (!finished && TryFloatPair(ts, pi, qi, out var x, out var y))
                {
                    var next = MathNorm.Fma(x, y, fltTotal);
                    if (double.IsFinite(next.Hi))
                    {
                        fltTotal = next;
                        fltInUse = true;
                        continue;
                    }
                }

                fltPath = false;
                if (fltInUse)
                {
                    total = PyOps.BinaryOp(ts, total, PyValue.FromDouble(MathNorm.ToDouble(fltTotal)), NumberOp.Add);
                    if (total.IsError)
                    {
                        return total;
                    }

                    fltInUse = false;
                }
            }

            if (finished)
            {
                return total;
            }

            var term = PyOps.BinaryOp(ts, pi, qi, NumberOp.Multiply);
            total = term.IsError ? term : PyOps.BinaryOp(ts, total, term, NumberOp.Add);
            if (total.IsError)
            {
                return total;
            }
        }
    }

    private static bool TryMultiplyAdd(long total, long a, long b, out long result)
    {
        var high = Math.BigMul(a, b, out var product);
        result = 0;
        if (high != (product >> 63))
        {
            return false;
        }

        result = unchecked(total + product);
        return !(((total ^ result) & (product ^ result)) < 0);
    }

    // Float pairs, and float/int pairs (ints exact or bools), converted as CPython does; an int too
    // large for a double leaves the float path without an error.
    private static bool TryFloatPair(ThreadState ts, PyValue p, PyValue q, out double x, out double y)
    {
        x = y = 0;
        if (p.IsFloat && q.IsFloat)
        {
            x = p.AsDouble;
            y = q.AsDouble;
            return true;
        }

        if (p.IsFloat && PyInt.IsInt(q))
        {
            x = p.AsDouble;
            return ConvertQuietly(ts, q, out y);
        }

        if (q.IsFloat && PyInt.IsInt(p))
        {
            y = q.AsDouble;
            return ConvertQuietly(ts, p, out x);
        }

        return false;
    }

    private static bool ConvertQuietly(ThreadState ts, PyValue v, out double d)
    {
        if (PyInt.TryToDouble(ts, v, out d))
        {
            return true;
        }

        ts.ClearError();
        return false;
    }
}
