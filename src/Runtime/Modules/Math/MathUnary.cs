using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The one-argument float functions of math (CPython's FUNC1/FUNC1D/FUNC1A): the libm result,
/// with ValueError for a NaN from a non-NaN (or a singularity) and OverflowError for an infinity
/// from a finite argument where the function can overflow. 3.14's messages name the argument.
/// </summary>
internal static class MathUnary
{
    private const string Finite = "expected a finite input, got ";
    private const string UnitRange = "expected a number in range from -1 up to 1, got ";
    private const string GammaPole = "expected a noninteger or positive integer, got ";

    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;

    public static void Register(PyModule m)
    {
        Add(m, "acos", Math.Acos, false, UnitRange);
        Add(m, "acosh", Math.Acosh, false, "expected argument value not less than 1, got ");
        Add(m, "asin", Math.Asin, false, UnitRange);
        Add(m, "asinh", Math.Asinh, false, null);
        Add(m, "atan", Math.Atan, false, null);
        Add(m, "atanh", Math.Atanh, false, "expected a number between -1 and 1, got ");
        Add(m, "cbrt", Math.Cbrt, false, null);
        Add(m, "cos", Math.Cos, false, Finite);
        Add(m, "cosh", Math.Cosh, true, null);
        Add(m, "exp", Math.Exp, true, null);
        Add(m, "exp2", LibM.Exp2, true, null);
        Add(m, "expm1", LibM.Expm1, true, null);
        Add(m, "fabs", Math.Abs, false, null);
        Add(m, "log1p", static x => x == 0.0 ? x : LibM.Log1p(x), false, "expected argument value > -1, got ");
        Add(m, "sin", Math.Sin, false, Finite);
        Add(m, "sinh", Math.Sinh, true, null);
        Add(m, "sqrt", Math.Sqrt, false, "expected a nonnegative input, got ");
        Add(m, "tan", Math.Tan, false, Finite);
        Add(m, "tanh", Math.Tanh, false, null);

        // FUNC1A: functions that report through errno (CPython's own gamma/lgamma; libm's erf/erfc never fail).
        AddErrno(m, "erf", static (double x, out MathErrno e) => { e = MathErrno.None; return LibM.Erf(x); }, null);
        AddErrno(m, "erfc", static (double x, out MathErrno e) => { e = MathErrno.None; return LibM.Erfc(x); }, null);
        AddErrno(m, "gamma", MathGamma.Gamma, GammaPole);
        AddErrno(m, "lgamma", MathGamma.LogGamma, GammaPole);

        AddDouble(m, "degrees", static (ts, x) => PyValue.FromDouble(RadToDeg * x));
        AddDouble(m, "radians", static (ts, x) => PyValue.FromDouble(DegToRad * x));
        AddDouble(m, "isfinite", static (ts, x) => PyValue.FromBool(double.IsFinite(x)));
        AddDouble(m, "isinf", static (ts, x) => PyValue.FromBool(double.IsInfinity(x)));
        AddDouble(m, "isnan", static (ts, x) => PyValue.FromBool(double.IsNaN(x)));
    }

    /// <summary>math_1: <paramref name="domainMessage"/> null means "math domain error".</summary>
    public static PyValue Apply(ThreadState ts, PyValue arg, Func<double, double> f, bool canOverflow, string? domainMessage)
    {
        if (!MathArgs.TryToDouble(ts, arg, out var x))
        {
            return PyValue.Error;
        }

        var r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x))
        {
            return DomainError(ts, x, domainMessage);
        }

        if (double.IsInfinity(r) && double.IsFinite(x))
        {
            return canOverflow ? ts.SetError(PyExc.OverflowError, "math range error") : DomainError(ts, x, domainMessage);
        }

        return PyValue.FromDouble(r);
    }

    public static PyValue DomainError(ThreadState ts, double x, string? message) =>
        ts.SetError(PyExc.ValueError, message is null ? "math domain error" : message + MathArgs.Repr(x));

    /// <summary>CPython's is_error for errno-reporting functions: underflow (|r| &lt; 1.5) is not an error.</summary>
    public static PyValue FromErrno(ThreadState ts, double x, double r, MathErrno errno, string? domainMessage) => errno switch
    {
        MathErrno.Domain => DomainError(ts, x, domainMessage),
        MathErrno.Range when Math.Abs(r) >= 1.5 => ts.SetError(PyExc.OverflowError, "math range error"),
        _ => PyValue.FromDouble(r),
    };

    private static void Add(PyModule m, string name, Func<double, double> f, bool canOverflow, string? domainMessage)
    {
        var qualified = "math." + name;
        m.AddFunction(name, (ts, args, kw) =>
            MathArgs.CheckOne(ts, qualified, args, kw) ? Apply(ts, args[0], f, canOverflow, domainMessage) : PyValue.Error);
    }

    private static void AddErrno(PyModule m, string name, ErrnoFunction f, string? domainMessage)
    {
        var qualified = "math." + name;
        m.AddFunction(name, (ts, args, kw) =>
        {
            if (!MathArgs.CheckOne(ts, qualified, args, kw) || !MathArgs.TryToDouble(ts, args[0], out var x))
            {
                return PyValue.Error;
            }

            var r = f(x, out var errno);
            return FromErrno(ts, x, r, errno, domainMessage);
        });
    }

    /// <summary>A METH_O function of one clinic "double" argument.</summary>
    public static void AddDouble(PyModule m, string name, Func<ThreadState, double, PyValue> f)
    {
        var qualified = "math." + name;
        m.AddFunction(name, (ts, args, kw) =>
            MathArgs.CheckOne(ts, qualified, args, kw) && MathArgs.TryToDouble(ts, args[0], out var x) ? f(ts, x) : PyValue.Error);
    }

    public delegate double ErrnoFunction(double x, out MathErrno errno);
}

/// <summary>What C's errno would say after a libm-style function: nothing, EDOM or ERANGE.</summary>
internal enum MathErrno
{
    None,
    Domain,
    Range,
}
