using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>math's rounding and representation functions: ceil, floor, trunc, frexp, ldexp, modf, nextafter, ulp, isclose.</summary>
internal static class MathFloatParts
{
    private static readonly PyStr s_ceil = PyStr.Intern("__ceil__");
    private static readonly PyStr s_floor = PyStr.Intern("__floor__");
    private static readonly PyStr s_trunc = PyStr.Intern("__trunc__");
    private static readonly string[] s_iscloseKeywords = ["a", "b", "rel_tol", "abs_tol"];
    private static readonly string[] s_nextafterKeywords = ["steps"];

    public static void Register(PyModule m)
    {
        m.AddFunction("ceil", static (ts, a, kw) => MathArgs.CheckOne(ts, "math.ceil", a, kw) ? Round(ts, a[0], s_ceil, Math.Ceiling) : PyValue.Error);
        m.AddFunction("floor", static (ts, a, kw) => MathArgs.CheckOne(ts, "math.floor", a, kw) ? Round(ts, a[0], s_floor, Math.Floor) : PyValue.Error);
        m.AddFunction("trunc", static (ts, a, kw) => MathArgs.CheckOne(ts, "math.trunc", a, kw) ? Trunc(ts, a[0]) : PyValue.Error);
        MathUnary.AddDouble(m, "frexp", static (ts, x) => Frexp(x));
        MathUnary.AddDouble(m, "modf", static (ts, x) => Modf(x));
        MathUnary.AddDouble(m, "ulp", static (ts, x) => PyValue.FromDouble(Ulp(x)));
        m.AddFunction("ldexp", static (ts, a, kw) =>
            MathArgs.CheckPositional(ts, "math.ldexp", "ldexp", a, kw, 2, 2) && MathArgs.TryToDouble(ts, a[0], out var x)
                ? Ldexp(ts, x, a[1]) : PyValue.Error);
        m.AddFunction("nextafter", NextAfterEntry);
        m.AddFunction("isclose", IsCloseEntry);
    }

    // ceil/floor: exact floats directly, ints as themselves, else __ceil__/__floor__, else via float.
    private static PyValue Round(ThreadState ts, PyValue v, PyStr dunder, Func<double, double> round)
    {
        if (v.IsFloat)
        {
            return PyInt.FromDouble(ts, round(v.AsDouble));
        }

        if (PyInt.IsInt(v))
        {
            return PyOps.Index(ts, v);
        }

        var found = PyOps.LookupSpecial(ts, v, dunder, out var method);
        if (found < 0)
        {
            return PyValue.Error;
        }

        if (found > 0)
        {
            return PyOps.Call0(ts, method);
        }

        return MathArgs.TryToDouble(ts, v, out var x) ? PyInt.FromDouble(ts, round(x)) : PyValue.Error;
    }

    private static PyValue Trunc(ThreadState ts, PyValue v)
    {
        if (v.IsFloat)
        {
            return PyInt.FromDouble(ts, Math.Truncate(v.AsDouble));
        }

        if (PyInt.IsInt(v))
        {
            return PyOps.Index(ts, v);
        }

        var found = PyOps.LookupSpecial(ts, v, s_trunc, out var method);
        return found switch
        {
            < 0 => PyValue.Error,
            > 0 => PyOps.Call0(ts, method),
            _ => ts.SetError(PyExc.TypeError, "type " + v.Type.Name + " doesn't define __trunc__ method"),
        };
    }

    /// <summary>C's frexp: x = m * 2**e with 0.5 &lt;= |m| &lt; 1; (x, 0) for zeros, infinities and NaN.</summary>
    public static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0.0 || !double.IsFinite(x))
        {
            return x;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        if (biased == 0)
        {
            // Subnormal: scale into the normal range first (exact).
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            biased = (int)((bits >> 52) & 0x7FF);
            e = -54;
        }

        e += biased - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    private static PyValue Frexp(double x)
    {
        var m = Frexp(x, out var e);
        return MathArgs.Tuple(PyValue.FromDouble(m), PyValue.FromInt64(e));
    }

    private static PyValue Modf(double x)
    {
        if (double.IsInfinity(x))
        {
            return MathArgs.Tuple(PyValue.FromDouble(Math.CopySign(0.0, x)), PyValue.FromDouble(x));
        }

        if (double.IsNaN(x))
        {
            return MathArgs.Tuple(PyValue.FromDouble(x), PyValue.FromDouble(x));
        }

        var whole = Math.Truncate(x);
        return MathArgs.Tuple(PyValue.FromDouble(Math.CopySign(x - whole, x)), PyValue.FromDouble(whole));
    }

    private static PyValue Ldexp(ThreadState ts, double x, PyValue exponent)
    {
        if (!PyInt.TryGetBigInteger(exponent, out var big))
        {
            return ts.SetError(PyExc.TypeError, "Expected an int as second argument to ldexp.");
        }

        double r;
        if (x == 0.0 || !double.IsFinite(x))
        {
            r = x;
        }
        else if (big > int.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "math range error");
        }
        else if (big < int.MinValue)
        {
            r = Math.CopySign(0.0, x);
        }
        else
        {
            r = Math.ScaleB(x, (int)big);
            if (double.IsInfinity(r))
            {
                return ts.SetError(PyExc.OverflowError, "math range error");
            }
        }

        return PyValue.FromDouble(r);
    }

    /// <summary>C's nextafter: the next double after x toward y (y itself when equal).</summary>
    public static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return x + y;
        }

        if (x == y)
        {
            return y;
        }

        if (x == 0.0)
        {
            return Math.CopySign(double.Epsilon, y);
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        bits += (y > x) == (x > 0.0) ? 1 : -1;
        return BitConverter.Int64BitsToDouble(bits);
    }

    public static double Ulp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        x = Math.Abs(x);
        if (double.IsInfinity(x))
        {
            return x;
        }

        var x2 = NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2))
        {
            return x - NextAfter(x, double.NegativeInfinity); // x is the largest finite double
        }

        return x2 - x;
    }

    private static PyValue NextAfterEntry(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var named = new PyValue[1];
        if (!MathArgs.TryKeywords(ts, "nextafter", args, kw, s_nextafterKeywords, named, out var positional))
        {
            return PyValue.Error;
        }

        if (positional != 2)
        {
            return ts.SetError(PyExc.TypeError, "nextafter() takes exactly 2 positional arguments (" + positional + " given)");
        }

        if (!MathArgs.TryToDouble(ts, args[0], out var x) || !MathArgs.TryToDouble(ts, args[1], out var y))
        {
            return PyValue.Error;
        }

        if (named[0].IsNull || named[0].IsNone)
        {
            return PyValue.FromDouble(NextAfter(x, y));
        }

        if (!MathArgs.TryIndex(ts, named[0], out var steps))
        {
            return PyValue.Error;
        }

        if (steps.Sign < 0)
        {
            return ts.SetError(PyExc.ValueError, "steps must be a non-negative integer");
        }

        var usteps = steps >= ulong.MaxValue ? ulong.MaxValue : (ulong)steps;
        return PyValue.FromDouble(NextAfterSteps(x, y, usteps));
    }

    // Steps through the bit patterns: doubles of one sign are ordered as their integer bits.
    private static double NextAfterSteps(double x, double y, ulong steps)
    {
        if (steps == 0 || double.IsNaN(x))
        {
            return x;
        }

        if (double.IsNaN(y))
        {
            return y;
        }

        var ux = (ulong)BitConverter.DoubleToInt64Bits(x);
        var uy = (ulong)BitConverter.DoubleToInt64Bits(y);
        if (ux == uy)
        {
            return x;
        }

        const ulong SignBit = 1UL << 63;
        var ax = ux & ~SignBit;
        var ay = uy & ~SignBit;
        ulong result;
        if (((ux ^ uy) & SignBit) != 0)
        {
            if (ax + ay <= steps)
            {
                return y;
            }

            result = ax < steps ? (uy & SignBit) | (steps - ax) : ux - steps;
        }
        else if (ax > ay)
        {
            if (ax - ay < steps)
            {
                return y;
            }

            result = ux - steps;
        }
        else
        {
            if (ay - ax < steps)
            {
                return y;
            }

            result = ux + steps;
        }

        return BitConverter.Int64BitsToDouble((long)result);
    }

    private static PyValue IsCloseEntry(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var named = new PyValue[4];
        if (!MathArgs.TryKeywords(ts, "isclose", args, kw, s_iscloseKeywords, named, out var positional))
        {
            return PyValue.Error;
        }

        if (positional > 2)
        {
            return ts.SetError(PyExc.TypeError, "isclose() takes exactly 2 positional arguments (" + positional + " given)");
        }

        for (var i = 0; i < positional; i++)
        {
            if (!named[i].IsNull)
            {
                return ts.SetError(PyExc.TypeError, "argument for isclose() given by name ('" + s_iscloseKeywords[i] + "') and position (" + (i + 1) + ")");
            }

            named[i] = args[i];
        }

        for (var i = 0; i < 2; i++)
        {
            if (named[i].IsNull)
            {
                return ts.SetError(PyExc.TypeError, "isclose() missing required argument '" + s_iscloseKeywords[i] + "' (pos " + (i + 1) + ")");
            }
        }

        double relTol = 1e-09, absTol = 0.0;
        if (!MathArgs.TryToDouble(ts, named[0], out var a) || !MathArgs.TryToDouble(ts, named[1], out var b)
            || (!named[2].IsNull && !MathArgs.TryToDouble(ts, named[2], out relTol))
            || (!named[3].IsNull && !MathArgs.TryToDouble(ts, named[3], out absTol)))
        {
            return PyValue.Error;
        }

        if (relTol < 0.0 || absTol < 0.0)
        {
            return ts.SetError(PyExc.ValueError, "tolerances must be non-negative");
        }

        if (a == b)
        {
            return PyValue.True;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return PyValue.False;
        }

        var diff = Math.Abs(b - a);
        return PyValue.FromBool(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }
}
