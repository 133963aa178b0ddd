using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>math.fsum, prod, hypot and dist; sumprod is in <see cref="MathSumProd"/>.</summary>
internal static class MathSums
{
    private static readonly string[] s_prodKeywords = ["start"];

    public static void Register(PyModule m)
    {
        m.AddFunction("fsum", static (ts, a, kw) => MathArgs.CheckOne(ts, "math.fsum", a, kw) ? Fsum(ts, a[0]) : PyValue.Error);
        m.AddFunction("prod", Prod);
        m.AddFunction("hypot", static (ts, a, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                return ts.SetError(PyExc.TypeError, "math.hypot() takes no keyword arguments");
            }

            var coordinates = new double[a.Length];
            double max = 0.0;
            var foundNaN = false;
            for (var i = 0; i < a.Length; i++)
            {
                if (!MathArgs.TryToDouble(ts, a[i], out var x))
                {
                    return PyValue.Error;
                }

                x = Math.Abs(x);
                coordinates[i] = x;
                foundNaN |= double.IsNaN(x);
                max = x > max ? x : max;
            }

            return PyValue.FromDouble(MathNorm.VectorNorm(coordinates, max, foundNaN));
        });
        m.AddFunction("dist", static (ts, a, kw) =>
            MathArgs.CheckPositional(ts, "math.dist", "dist", a, kw, 2, 2) ? Dist(ts, a[0], a[1]) : PyValue.Error);
    }

    /// <summary>The items of an iterable (a tuple's own items without copying).</summary>
    public static List<PyValue>? Collect(ThreadState ts, PyValue iterable)
    {
        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return null;
        }

        var items = new List<PyValue>();
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return items;
            }

            items.Add(item);
        }
    }

    private static PyValue Dist(ThreadState ts, PyValue p, PyValue q)
    {
        var ps = Collect(ts, p);
        var qs = ps is null ? null : Collect(ts, q);
        if (ps is null || qs is null)
        {
            return PyValue.Error;
        }

        if (ps.Count != qs.Count)
        {
            return ts.SetError(PyExc.ValueError, "both points must have the same number of dimensions");
        }

        var diffs = new double[ps.Count];
        double max = 0.0;
        var foundNaN = false;
        for (var i = 0; i < diffs.Length; i++)
        {
            if (!MathArgs.TryToDouble(ts, ps[i], out var px) || !MathArgs.TryToDouble(ts, qs[i], out var qx))
            {
                return PyValue.Error;
            }

            var x = Math.Abs(px - qx);
            diffs[i] = x;
            foundNaN |= double.IsNaN(x);
            max = x > max ? x : max;
        }

        return PyValue.FromDouble(MathNorm.VectorNorm(diffs, max, foundNaN));
    }

    /// <summary>
    /// Shewchuk's exact summation as CPython's math_fsum: non-overlapping partials, specials summed
    /// apart, and a final half-even fix-up across partials.
    /// </summary>
    private static PyValue Fsum(ThreadState ts, PyValue seq)
    {
        var it = PyOps.GetIter(ts, seq);
        if (it.IsError)
        {
            return it;
        }

        var p = new List<double>(32);
        double specialSum = 0.0, infSum = 0.0;
        while (true)
        {
            var step = PyOps.Next(ts, it, out var item);
            if (step < 0)
            {
                return PyValue.Error;
            }

            if (step == 0)
            {
                break;
            }

            if (!MathArgs.TryToDouble(ts, item, out var x))
            {
                return PyValue.Error;
            }

            var xsave = x;
            var i = 0;
            for (var j = 0; j < p.Count; j++)
            {
                var y = p[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0)
                {
                    p[i++] = lo;
                }

                x = hi;
            }

            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // From an inf or nan summand, or from intermediate overflow.
                    if (double.IsFinite(xsave))
                    {
                        return ts.SetError(PyExc.OverflowError, "intermediate overflow in fsum");
                    }

                    if (double.IsInfinity(xsave))
                    {
                        infSum += xsave;
                    }

                    specialSum += xsave;
                    p.Clear();
                }
                else
                {
                    p.Add(x);
                }
            }
        }

        if (specialSum != 0.0)
        {
            return double.IsNaN(infSum) ? ts.SetError(PyExc.ValueError, "-inf + inf in fsum") : PyValue.FromDouble(specialSum);
        }

        return PyValue.FromDouble(SumPartials(p));
    }

    // Sums the partials from the top while exact, then rounds half-even across the rest.
    private static double SumPartials(List<double> p)
    {
        var n = p.Count;
        var hi = 0.0;
        if (n == 0)
        {
            return hi;
        }

        hi = p[--n];
        var lo = 0.0;
        while (n > 0)
        {
            var x = hi;
            var y = p[--n];
            hi = x + y;
            var yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
            {
                break;
            }
        }

        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
        {
            var y = lo * 2.0;
            var x = hi + y;
            var yr = x - hi;
            if (y == yr)
            {
                hi = x;
            }
        }

        return hi;
    }

    private static PyValue Prod(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var named = new PyValue[1];
        if (!MathArgs.TryKeywords(ts, "prod", args, kw, s_prodKeywords, named, out var positional))
        {
            return PyValue.Error;
        }

        if (positional != 1)
        {
            return ts.SetError(PyExc.TypeError, "prod() takes exactly 1 positional argument (" + positional + " given)");
        }

        var it = PyOps.GetIter(ts, args[0]);
        if (it.IsError)
        {
            return it;
        }

        var result = named[0].IsNull ? PyValue.FromInt64(1) : named[0];
        while (true)
        {
            var step = PyOps.Next(ts, it, out var item);
            if (step <= 0)
            {
                return step < 0 ? PyValue.Error : result;
            }

            // Fast paths with the same results as the generic multiply.
            if (result.IsInt64 && item.IsInt64 && TryMultiply(result.AsInt64, item.AsInt64, out var product))
            {
                result = PyValue.FromInt64(product);
            }
            else if (result.IsFloat && item.IsFloat)
            {
                result = PyValue.FromDouble(result.AsDouble * item.AsDouble);
            }
            else
            {
                result = PyOps.BinaryOp(ts, result, item, NumberOp.Multiply);
                if (result.IsError)
                {
                    return result;
                }
            }
        }
    }

    private static bool TryMultiply(long a, long b, out long product)
    {
        var wide = Math.BigMul(a, b, out var low);
        product = low;
        return wide == (low >> 63);
    }
}
