using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>math's integer functions: gcd, lcm, isqrt, factorial, comb, perm (exact for any size).</summary>
internal static class MathIntegers
{
    public static void Register(PyModule m)
    {
        m.AddFunction("gcd", static (ts, a, kw) => GcdOrLcm(ts, "math.gcd", a, kw, lcm: false));
        m.AddFunction("lcm", static (ts, a, kw) => GcdOrLcm(ts, "math.lcm", a, kw, lcm: true));
        m.AddFunction("isqrt", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckOne(ts, "math.isqrt", a, kw) || !MathArgs.TryIndex(ts, a[0], out var n))
            {
                return PyValue.Error;
            }

            return n.Sign < 0
                ? ts.SetError(PyExc.ValueError, "isqrt() argument must be nonnegative")
                : PyValue.FromBigInteger(Isqrt(n));
        });
        m.AddFunction("factorial", static (ts, a, kw) =>
            MathArgs.CheckOne(ts, "math.factorial", a, kw) ? Factorial(ts, a[0]) : PyValue.Error);
        m.AddFunction("comb", static (ts, a, kw) =>
            MathArgs.CheckPositional(ts, "math.comb", "comb", a, kw, 2, 2) ? PermComb(ts, a[0], a[1], comb: true) : PyValue.Error);
        m.AddFunction("perm", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckPositional(ts, "math.perm", "perm", a, kw, 1, 2))
            {
                return PyValue.Error;
            }

            return a.Length == 1 || a[1].IsNone ? Factorial(ts, a[0]) : PermComb(ts, a[0], a[1], comb: false);
        });
    }

    private static PyValue GcdOrLcm(ThreadState ts, string qualified, ReadOnlySpan<PyValue> args, PyTuple? kw, bool lcm)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, qualified + "() takes no keyword arguments");
        }

        if (args.Length == 0)
        {
            return PyValue.FromInt64(lcm ? 1 : 0);
        }

        if (!MathArgs.TryIndex(ts, args[0], out var result))
        {
            return PyValue.Error;
        }

        result = BigInteger.Abs(result);
        for (var i = 1; i < args.Length; i++)
        {
            if (!MathArgs.TryIndex(ts, args[i], out var x))
            {
                return PyValue.Error;
            }

            // Once the answer is settled (gcd 1, lcm 0) the rest are only checked to be ints.
            if (lcm && !result.IsZero)
            {
                result = x.IsZero ? BigInteger.Zero : BigInteger.Abs(result / BigInteger.GreatestCommonDivisor(result, x) * x);
            }
            else if (!lcm && !result.IsOne)
            {
                result = BigInteger.GreatestCommonDivisor(result, x);
            }
        }

        return PyValue.FromBigInteger(result);
    }

    /// <summary>The integer square root: the largest a with a*a &lt;= n (n &gt;= 0).</summary>
    public static BigInteger Isqrt(BigInteger n)
    {
        if (n.IsZero)
        {
            return n;
        }

        if (n < (BigInteger.One << 52))
        {
            return (long)Math.Sqrt((double)n); // exact: n and its root are exact doubles
        }

        // Newton's iteration from above: the estimate decreases to the root.
        var shift = (int)((n.GetBitLength() + 1) / 2);
        var x = BigInteger.One << shift;
        while (true)
        {
            var y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    private static PyValue Factorial(ThreadState ts, PyValue arg)
    {
        if (!MathArgs.TryIndex(ts, arg, out var n))
        {
            return PyValue.Error;
        }

        if (n > long.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
        }

        if (n.Sign < 0)
        {
            return ts.SetError(PyExc.ValueError, "factorial() not defined for negative values");
        }

        return PyValue.FromBigInteger(Product(BigInteger.One, n));
    }

    /// <summary>lo * (lo+1) * ... * hi by splitting in halves (balanced products are much faster).</summary>
    private static BigInteger Product(BigInteger lo, BigInteger hi)
    {
        if (hi < lo)
        {
            return BigInteger.One;
        }

        if (hi - lo < 16)
        {
            var p = lo;
            for (var i = lo + 1; i <= hi; i++)
            {
                p *= i;
            }

            return p;
        }

        var mid = (lo + hi) >> 1;
        return Product(lo, mid) * Product(mid + 1, hi);
    }

    private static PyValue PermComb(ThreadState ts, PyValue nArg, PyValue kArg, bool comb)
    {
        if (!MathArgs.TryIndex(ts, nArg, out var n) || !MathArgs.TryIndex(ts, kArg, out var k))
        {
            return PyValue.Error;
        }

        if (n.Sign < 0)
        {
            return ts.SetError(PyExc.ValueError, "n must be a non-negative integer");
        }

        if (k.Sign < 0)
        {
            return ts.SetError(PyExc.ValueError, "k must be a non-negative integer");
        }

        if (comb)
        {
            var rest = n - k;
            if (rest.Sign < 0)
            {
                return PyValue.FromInt64(0);
            }

            if (rest < k)
            {
                k = rest;
            }

            if (k > long.MaxValue)
            {
                return ts.SetError(PyExc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
            }

            return PyValue.FromBigInteger(Product(n - k + 1, n) / Product(BigInteger.One, k));
        }

        if (n < k)
        {
            return PyValue.FromInt64(0);
        }

        if (k > long.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "k must not exceed 9223372036854775807");
        }

        return PyValue.FromBigInteger(Product(n - k + 1, n));
    }
}
