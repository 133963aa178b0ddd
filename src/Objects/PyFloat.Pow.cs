namespace ProtoPython.Objects;

/// <summary>float ** float with CPython's special cases (float_pow), which C99's pow alone does not give.</summary>
public static partial class PyFloat
{
    /// <summary><c>a ** b</c> where either is a float (ints converted).</summary>
    public static PyValue Power(ThreadState ts, PyValue a, PyValue b) =>
        TryOperands(ts, a, b, out var x, out var y, out var failed) ? Power(ts, x, y) : failed;

    /// <summary>
    /// <c>x ** y</c>. ZeroDivisionError for 0.0 to a negative power, OverflowError
    /// (34, 'Numerical result out of range') when a finite result overflows.
    /// A negative base with a non-integral exponent gives a complex result, as in CPython.
    /// </summary>
    public static PyValue Power(ThreadState ts, double x, double y)
    {
        if (y == 0.0)
        {
            return PyValue.FromDouble(1.0);
        }

        if (double.IsNaN(x))
        {
            return PyValue.FromDouble(x);
        }

        if (double.IsNaN(y))
        {
            return PyValue.FromDouble(x == 1.0 ? 1.0 : y);
        }

        if (double.IsInfinity(y))
        {
            var ax = Math.Abs(x);
            return PyValue.FromDouble(ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? Math.Abs(y) : 0.0);
        }

        if (double.IsInfinity(x))
        {
            var odd = IsOddInteger(y);
            return PyValue.FromDouble(y > 0 ? (odd ? x : Math.Abs(x)) : (odd ? Math.CopySign(0.0, x) : 0.0));
        }

        if (x == 0.0)
        {
            if (y < 0)
            {
                return ts.SetError(PyExc.ZeroDivisionError, "zero to a negative power");
            }

            return PyValue.FromDouble(IsOddInteger(y) ? x : 0.0);
        }

        var negate = false;
        if (x < 0.0)
        {
            if (y != Math.Floor(y))
            {
                // A negative base to a fractional power has a complex result: complex's power does it.
                return ComplexType.Power(ts, PyValue.FromDouble(x), PyValue.FromDouble(y), PyValue.None);
            }

            x = -x;
            negate = IsOddInteger(y);
        }

        if (x == 1.0)
        {
            return PyValue.FromDouble(negate ? -1.0 : 1.0);
        }

        var r = Math.Pow(x, y);
        if (double.IsInfinity(r))
        {
            return ts.SetError(PyExc.OverflowError, PyValue.FromInt64(34), PyValue.FromObject(new PyStr("Numerical result out of range")));
        }

        return PyValue.FromDouble(negate ? -r : r);
    }

    // DOUBLE_IS_ODD_INTEGER: y is an integer and odd (every double >= 2**53 is even).
    private static bool IsOddInteger(double y) => Math.Abs(y % 2.0) == 1.0;
}
