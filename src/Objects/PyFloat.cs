using System.Numerics;

namespace ProtoPython.Objects;

/// <summary>
/// The operations of float (<c>float_as_number</c>). Floats are always immediates
/// (<see cref="ImmediateTag.Float"/> + the IEEE bits). Binary operations accept int operands
/// (converted exactly or with OverflowError, as CPython's CONVERT_TO_DOUBLE) and return
/// NotImplemented for anything else.
/// </summary>
public static partial class PyFloat
{
    private const string DivisionByZero = "division by zero";

    /// <summary>True for floats and instances of float subclasses (<c>PyFloat_Check</c>).</summary>
    public static bool IsFloat(PyValue v) => v.IsFloat || v._ref is PyFloatSubclassInstance;

    /// <summary>The double of a float or float-subclass value (<c>PyFloat_AS_DOUBLE</c>). Only valid when <see cref="IsFloat(PyValue)"/>.</summary>
    public static double AsDouble(PyValue v) => v._ref is PyFloatSubclassInstance s ? s.Value : v.AsDouble;

    /// <summary>The value as an exact float: subclass instances become plain floats.</summary>
    public static PyValue Exact(PyValue v) => v._ref is PyFloatSubclassInstance s ? PyValue.FromDouble(s.Value) : v;

    /// <summary>
    /// The operand as a double: 1 = ok, 0 = not a float or int (NotImplemented), -1 = error pending
    /// (an int too large for a double).
    /// </summary>
    private static int ToDouble(ThreadState ts, PyValue v, out double d)
    {
        if (v.IsFloat)
        {
            d = v.AsDouble;
            return 1;
        }

        if (v._ref is PyFloatSubclassInstance sub)
        {
            d = sub.Value;
            return 1;
        }

        if (PyInt.IsInt(v))
        {
            return PyInt.TryToDouble(ts, v, out d) ? 1 : -1;
        }

        d = 0;
        return 0;
    }

    // Converts both operands; on 0/-1 'failed' is the value to return (NotImplemented or Error).
    private static bool TryOperands(ThreadState ts, PyValue a, PyValue b, out double x, out double y, out PyValue failed)
    {
        y = 0;
        failed = default;
        var ra = ToDouble(ts, a, out x);
        var rb = ra == 1 ? ToDouble(ts, b, out y) : 1;
        if (ra == 1 && rb == 1)
        {
            return true;
        }

        failed = ra == 0 || rb == 0 ? PyValue.NotImplemented : PyValue.Error;
        return false;
    }

    public static PyValue Add(ThreadState ts, PyValue a, PyValue b) =>
        TryOperands(ts, a, b, out var x, out var y, out var failed) ? PyValue.FromDouble(x + y) : failed;

    public static PyValue Subtract(ThreadState ts, PyValue a, PyValue b) =>
        TryOperands(ts, a, b, out var x, out var y, out var failed) ? PyValue.FromDouble(x - y) : failed;

    public static PyValue Multiply(ThreadState ts, PyValue a, PyValue b) =>
        TryOperands(ts, a, b, out var x, out var y, out var failed) ? PyValue.FromDouble(x * y) : failed;

    /// <summary><c>a / b</c>; ZeroDivisionError for a zero divisor (including -0.0).</summary>
    public static PyValue TrueDivide(ThreadState ts, PyValue a, PyValue b)
    {
        if (!TryOperands(ts, a, b, out var x, out var y, out var failed))
        {
            return failed;
        }

        return y == 0.0 ? ts.SetError(PyExc.ZeroDivisionError, DivisionByZero) : PyValue.FromDouble(x / y);
    }

    /// <summary><c>a % b</c>: fmod, moved to b's sign; a zero result takes b's sign.</summary>
    public static PyValue Remainder(ThreadState ts, PyValue a, PyValue b)
    {
        if (!TryOperands(ts, a, b, out var x, out var y, out var failed))
        {
            return failed;
        }

        if (y == 0.0)
        {
            return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
        }

        return PyValue.FromDouble(Mod(x, y));
    }

    /// <summary><c>a // b</c> (CPython's float_divmod quotient).</summary>
    public static PyValue FloorDivide(ThreadState ts, PyValue a, PyValue b)
    {
        if (!TryOperands(ts, a, b, out var x, out var y, out var failed))
        {
            return failed;
        }

        if (y == 0.0)
        {
            return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
        }

        return PyValue.FromDouble(DivMod(x, y, out _));
    }

    /// <summary><c>divmod(a, b)</c>: the tuple (a // b, a % b) from one float_divmod.</summary>
    public static PyValue DivMod(ThreadState ts, PyValue a, PyValue b)
    {
        if (!TryOperands(ts, a, b, out var x, out var y, out var failed))
        {
            return failed;
        }

        if (y == 0.0)
        {
            return ts.SetError(PyExc.ZeroDivisionError, DivisionByZero);
        }

        var quotient = DivMod(x, y, out var mod);
        return PyValue.FromObject(new PyTuple([PyValue.FromDouble(quotient), PyValue.FromDouble(mod)]));
    }

    private static double Mod(double x, double y)
    {
        var mod = x % y; // C fmod: exact, with x's sign
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        return mod;
    }

    // float_divmod: the quotient is computed from the exact remainder so that
    // q * y + mod == x as nearly as possible, then snapped to an integer.
    private static double DivMod(double x, double y, out double mod)
    {
        mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, x / y);
        }

        return floordiv;
    }

    /// <summary><c>-x</c>.</summary>
    public static PyValue Negative(PyValue v) => PyValue.FromDouble(-AsDouble(v));

    /// <summary><c>abs(x)</c>.</summary>
    public static PyValue Absolute(PyValue v) => PyValue.FromDouble(Math.Abs(AsDouble(v)));

    /// <summary><c>bool(x)</c>: NaN is true.</summary>
    public static bool IsTrue(PyValue v) => AsDouble(v) != 0.0;

    /// <summary><c>repr(x)</c>: the shortest string that round-trips.</summary>
    public static string Repr(PyValue v) => Formatting.FloatRepr.Format(AsDouble(v));

    /// <summary>
    /// Rich comparison where at least one operand is a float and the other a float or an int.
    /// int/float comparisons are exact, as CPython's float_richcompare (no rounding of the int).
    /// </summary>
    public static PyValue RichCompare(PyValue a, PyValue b, CompareOp op)
    {
        a = Exact(a);
        b = Exact(b);
        if (a.IsFloat && b.IsFloat)
        {
            double x = a.AsDouble, y = b.AsDouble;
            return PyValue.FromBool(op.Apply(x, y));
        }

        if (a.IsFloat && PyInt.IsInt(b))
        {
            return CompareWithInt(a.AsDouble, b, op, swapped: false);
        }

        if (b.IsFloat && PyInt.IsInt(a))
        {
            return CompareWithInt(b.AsDouble, a, op, swapped: true);
        }

        return PyValue.NotImplemented;
    }

    private static PyValue CompareWithInt(double f, PyValue i, CompareOp op, bool swapped)
    {
        if (double.IsNaN(f))
        {
            return PyValue.FromBool(op == CompareOp.Ne);
        }

        // order = sign of (f - i), computed exactly.
        int order;
        if ((i.IsInt64 || i.IsBool) && i.AsInt64 >= -(1L << 53) && i.AsInt64 <= (1L << 53))
        {
            order = f.CompareTo((double)i.AsInt64);
        }
        else if (double.IsInfinity(f))
        {
            order = f > 0 ? 1 : -1;
        }
        else
        {
            PyInt.TryGetBigInteger(i, out var n);
            var floor = Math.Floor(f);
            // floor(f) is an integral double, so the BigInteger conversion is exact.
            order = new BigInteger(floor).CompareTo(n);
            if (order == 0 && f != floor)
            {
                order = 1;
            }
        }

        if (swapped)
        {
            order = -order;
        }

        return PyValue.FromBool(op.Holds(order));
    }
}
