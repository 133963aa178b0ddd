using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>math's two-argument float functions and the IEEE helpers (pow, fmod, remainder, atan2, copysign, fma).</summary>
internal static class MathFloatOps
{
    public static void Register(PyModule m)
    {
        AddTwo(m, "atan2", Atan2);
        AddTwo(m, "copysign", Math.CopySign);
        AddTwo(m, "remainder", Remainder);
        m.AddFunction("fmod", static (ts, a, kw) =>
            TwoDoubles(ts, "fmod", a, kw, out var x, out var y) ? Fmod(ts, x, y) : PyValue.Error);
        m.AddFunction("pow", static (ts, a, kw) =>
            TwoDoubles(ts, "pow", a, kw, out var x, out var y) ? Pow(ts, x, y) : PyValue.Error);
        m.AddFunction("fma", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckPositional(ts, "math.fma", "fma", a, kw, 3, 3)
                || !MathArgs.TryToDouble(ts, a[0], out var x) || !MathArgs.TryToDouble(ts, a[1], out var y)
                || !MathArgs.TryToDouble(ts, a[2], out var z))
            {
                return PyValue.Error;
            }

            return Fma(ts, x, y, z);
        });
    }

    /// <summary>Two clinic "double" arguments, positional only.</summary>
    public static bool TwoDoubles(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, out double x, out double y)
    {
        y = 0;
        x = 0;
        return MathArgs.CheckPositional(ts, "math." + name, name, a, kw, 2, 2)
            && MathArgs.TryToDouble(ts, a[0], out x) && MathArgs.TryToDouble(ts, a[1], out y);
    }

    // math_2: NaN from non-NaN arguments is a domain error, an infinity from finite ones a range error.
    private static void AddTwo(PyModule m, string name, Func<double, double, double> f) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!TwoDoubles(ts, name, a, kw, out var x, out var y))
            {
                return PyValue.Error;
            }

            var r = f(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
            {
                return ts.SetError(PyExc.ValueError, "math domain error");
            }

            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
            {
                return ts.SetError(PyExc.OverflowError, "math range error");
            }

            return PyValue.FromDouble(r);
        });

    /// <summary>atan2 with the special values settled here, as CPython's m_atan2, before libm.</summary>
    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return MathArgs.NaN;
        }

        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
            {
                return Math.CopySign(Math.CopySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }

            return Math.CopySign(0.5 * Math.PI, y);
        }

        if (double.IsInfinity(x) || y == 0.0)
        {
            return Math.CopySign(Math.CopySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }

        return Math.Atan2(y, x);
    }

    /// <summary>IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to even. Always exact.</summary>
    public static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0)
            {
                return MathArgs.NaN;
            }

            var absx = Math.Abs(x);
            var absy = Math.Abs(y);
            var m = absx % absy;

            // Compare m with absy - m rather than with 0.5*absy, which may not be representable.
            var c = absy - m;
            double r;
            if (m < c)
            {
                r = m;
            }
            else if (m > c)
            {
                r = -c;
            }
            else
            {
                // Halfway: m or -m, whichever makes the multiple of absy even.
                r = m - (2.0 * ((0.5 * (absx - m)) % absy));
            }

            return Math.CopySign(1.0, x) * r;
        }

        if (double.IsNaN(x))
        {
            return x;
        }

        if (double.IsNaN(y))
        {
            return y;
        }

        return double.IsInfinity(x) ? MathArgs.NaN : x;
    }

    private static PyValue Fmod(ThreadState ts, double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x))
        {
            return PyValue.FromDouble(x);
        }

        var r = x % y; // C fmod: exact
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
        {
            return ts.SetError(PyExc.ValueError, "math domain error");
        }

        return PyValue.FromDouble(r);
    }

    /// <summary>math.pow: C99 annex F for the special values, libm for finite ** finite.</summary>
    public static PyValue Pow(ThreadState ts, double x, double y)
    {
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
            {
                r = y == 0.0 ? 1.0 : x;
            }
            else if (double.IsNaN(y))
            {
                r = x == 1.0 ? 1.0 : y;
            }
            else if (double.IsInfinity(x))
            {
                var oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                r = y > 0.0 ? (oddY ? x : Math.Abs(x)) : y == 0.0 ? 1.0 : (oddY ? Math.CopySign(0.0, x) : 0.0);
            }
            else if (Math.Abs(x) == 1.0)
            {
                r = 1.0;
            }
            else if (y > 0.0 && Math.Abs(x) > 1.0)
            {
                r = y;
            }
            else if (y < 0.0 && Math.Abs(x) < 1.0)
            {
                r = -y;
            }
            else
            {
                r = 0.0;
            }

            return PyValue.FromDouble(r);
        }

        r = Math.Pow(x, y);
        if (double.IsNaN(r))
        {
            return ts.SetError(PyExc.ValueError, "math domain error"); // (-ve) ** non-integer
        }

        if (double.IsInfinity(r))
        {
            return x == 0.0
                ? ts.SetError(PyExc.ValueError, "math domain error") // 0 ** negative
                : ts.SetError(PyExc.OverflowError, "math range error");
        }

        return PyValue.FromDouble(r);
    }

    private static PyValue Fma(ThreadState ts, double x, double y, double z)
    {
        var r = Math.FusedMultiplyAdd(x, y, z);
        if (double.IsFinite(r))
        {
            return PyValue.FromDouble(r);
        }

        if (double.IsNaN(r))
        {
            if (!double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z))
            {
                return ts.SetError(PyExc.ValueError, "invalid operation in fma");
            }
        }
        else if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z))
        {
            return ts.SetError(PyExc.OverflowError, "overflow in fma");
        }

        return PyValue.FromDouble(r);
    }
}
