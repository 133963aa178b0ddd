using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// math.log, log2 and log10. Ints are handled exactly as CPython's loghelper: an int too large for
/// a double is split as m * 2**e (m correctly rounded), and log(m) + log(2) * e is returned.
/// </summary>
internal static class MathLog
{
    private const string Positive = "expected a positive input";

    public static void Register(PyModule m)
    {
        m.AddFunction("log", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckPositional(ts, "math.log", "log", a, kw, 1, 2))
            {
                return PyValue.Error;
            }

            if (!TryLog(ts, a[0], Ln, out var num))
            {
                return PyValue.Error;
            }

            if (a.Length == 1)
            {
                return PyValue.FromDouble(num);
            }

            if (!TryLog(ts, a[1], Ln, out var den))
            {
                return PyValue.Error;
            }

            return den == 0.0 ? ts.SetError(PyExc.ZeroDivisionError, "division by zero") : PyValue.FromDouble(num / den);
        });
        m.AddFunction("log2", static (ts, a, kw) =>
            MathArgs.CheckOne(ts, "math.log2", a, kw) && TryLog(ts, a[0], Log2, out var r) ? PyValue.FromDouble(r) : PyValue.Error);
        m.AddFunction("log10", static (ts, a, kw) =>
            MathArgs.CheckOne(ts, "math.log10", a, kw) && TryLog(ts, a[0], Log10, out var r) ? PyValue.FromDouble(r) : PyValue.Error);
    }

    // m_log, m_log2, m_log10: special values here, positive finite arguments to libm.
    private static double Ln(double x) => Special(x) ?? Math.Log(x);

    private static double Log2(double x) => Special(x) ?? Math.Log2(x);

    private static double Log10(double x) => Special(x) ?? Math.Log10(x);

    private static double? Special(double x)
    {
        if (double.IsFinite(x))
        {
            return x > 0.0 ? null : x == 0.0 ? double.NegativeInfinity : MathArgs.NaN;
        }

        return double.IsNaN(x) || x > 0.0 ? x : MathArgs.NaN;
    }

    private static bool TryLog(ThreadState ts, PyValue arg, Func<double, double> f, out double result)
    {
        result = 0;
        if (PyInt.TryGetBigInteger(arg, out var n))
        {
            if (n.Sign <= 0)
            {
                ts.SetError(PyExc.ValueError, Positive);
                return false;
            }

            if (PyInt.TryToDouble(ts, arg, out var x))
            {
                result = f(x);
                return true;
            }

            ts.ClearError(); // too large for a double: the log is still finite
            var mantissa = Frexp(n, out var e);
            result = f(mantissa) + (f(2.0) * e);
            return true;
        }

        if (!MathArgs.TryToDouble(ts, arg, out var d))
        {
            return false;
        }

        var r = f(d);
        if ((double.IsNaN(r) && !double.IsNaN(d)) || (double.IsInfinity(r) && double.IsFinite(d)))
        {
            ts.SetError(PyExc.ValueError, Positive + ", got " + MathArgs.Repr(d));
            return false;
        }

        result = r;
        return true;
    }

    /// <summary>
    /// <c>_PyLong_Frexp</c> for a positive int: n ~= m * 2**e with 0.5 &lt;= m &lt; 1, m the
    /// correctly rounded (half to even) 53-bit mantissa.
    /// </summary>
    public static double Frexp(BigInteger n, out long e)
    {
        var bits = (long)n.GetBitLength();
        e = bits;
        if (bits <= 53)
        {
            return (double)(long)n / Math.Pow(2, bits);
        }

        var drop = (int)(bits - 53);
        var q = n >> drop;
        var rest = n - (q << drop);
        var half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && !q.IsEven))
        {
            q += 1;
        }

        if (q.GetBitLength() > 53)
        {
            q >>= 1;
            e += 1;
        }

        return Math.ScaleB((double)(long)q, -53);
    }
}
