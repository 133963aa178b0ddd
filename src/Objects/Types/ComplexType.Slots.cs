namespace ProtoPython.Objects;

/// <summary>complex's slots: arithmetic with int/float operands (their slots decline complex ones), comparison, hash, repr.</summary>
internal static partial class ComplexType
{
    private const string DivisionByZero = "division by zero";

    static partial void InstallAll()
    {
        var t = PyType.Complex;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(((PyComplex)v.AsObject).Repr()));
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = ((PyComplex)v.AsObject).Hash();
            return true;
        };
        t.RichCompare = RichCompare;
        t.ToBool = static (ts, v) => v.AsObject is PyComplex c && (c.Real != 0.0 || c.Imag != 0.0) ? 1 : 0;
        t.Negative = static (ts, v) => v.AsObject is PyComplex c ? PyComplex.From(-c.Real, -c.Imag) : PyValue.NotImplemented;
        t.Positive = static (ts, v) => Exact(v);
        t.Absolute = static (ts, v) =>
        {
            var c = (PyComplex)v.AsObject;
            var r = PyComplex.Abs(c.Real, c.Imag, out var overflow);
            return overflow ? ts.SetError(PyExc.OverflowError, "absolute value too large") : PyValue.FromDouble(r);
        };
        t.Number[(int)NumberOp.Add] = static (ts, a, b) => Binary(ts, a, b, '+');
        t.Number[(int)NumberOp.Subtract] = static (ts, a, b) => Binary(ts, a, b, '-');
        t.Number[(int)NumberOp.Multiply] = static (ts, a, b) => Binary(ts, a, b, '*');
        t.Number[(int)NumberOp.TrueDivide] = static (ts, a, b) => Binary(ts, a, b, '/');
        t.Number[(int)NumberOp.Power] = static (ts, a, b) => Power(ts, a, b, PyValue.None);
        t.Power = Power;
        t.New = New;
        InstallMethods();
    }

    /// <summary>The value as an exact complex (subclass instances copied).</summary>
    public static PyValue Exact(PyValue v) =>
        v.AsObject is PyComplexSubclassInstance s ? PyComplex.From(s.Real, s.Imag) : v;

    /// <summary>A real operand (int, float, their subclasses) as a double: 1 ok, 0 not real, -1 error (int too large).</summary>
    internal static int ToReal(ThreadState ts, PyValue v, out double d)
    {
        if (PyFloat.IsFloat(v))
        {
            d = PyFloat.AsDouble(v);
            return 1;
        }

        if (PyInt.IsInt(v))
        {
            return PyInt.TryToDouble(ts, v, out d) ? 1 : -1;
        }

        d = 0;
        return 0;
    }

    // complex_add/sub/mul/div of 3.14: a real operand combines with each part directly (C11 Annex G).
    private static PyValue Binary(ThreadState ts, PyValue a, PyValue b, char op)
    {
        var error = PyComplex.MathError.None;
        (double Re, double Im) r;
        if (b.AsObject is PyComplex y)
        {
            if (a.AsObject is PyComplex x)
            {
                r = op switch
                {
                    '+' => (x.Real + y.Real, x.Imag + y.Imag),
                    '-' => (x.Real - y.Real, x.Imag - y.Imag),
                    '*' => PyComplex.Product(x.Real, x.Imag, y.Real, y.Imag),
                    _ => PyComplex.Quotient(x.Real, x.Imag, y.Real, y.Imag, ref error),
                };
            }
            else
            {
                var k = ToReal(ts, a, out var ar);
                if (k <= 0)
                {
                    return k == 0 ? PyValue.NotImplemented : PyValue.Error;
                }

                r = op switch
                {
                    '+' => (ar + y.Real, y.Imag),
                    '-' => (ar - y.Real, -y.Imag),
                    '*' => (ar * y.Real, ar * y.Imag),
                    _ => PyComplex.RealQuotient(ar, y.Real, y.Imag, ref error),
                };
            }
        }
        else if (a.AsObject is PyComplex x)
        {
            var k = ToReal(ts, b, out var br);
            if (k <= 0)
            {
                return k == 0 ? PyValue.NotImplemented : PyValue.Error;
            }

            if (op == '/' && br == 0.0)
            {
                error = PyComplex.MathError.Domain;
            }

            r = op switch
            {
                '+' => (x.Real + br, x.Imag),
                '-' => (x.Real - br, x.Imag),
                '*' => (x.Real * br, x.Imag * br),
                _ => (x.Real / br, x.Imag / br),
            };
        }
        else
        {
            return PyValue.NotImplemented;
        }

        return error == PyComplex.MathError.Domain ? ts.SetError(PyExc.ZeroDivisionError, DivisionByZero) : PyComplex.From(r.Re, r.Im);
    }

    // TO_COMPLEX: complex values as they are, reals as (x, 0); 0 = not a number here (NotImplemented).
    private static int ToComplex(ThreadState ts, PyValue v, out double re, out double im)
    {
        im = 0;
        if (v.AsObject is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return 1;
        }

        return ToReal(ts, v, out re);
    }

    /// <summary>complex_pow: also the target of float ** float with a negative base and a fractional exponent.</summary>
    internal static PyValue Power(ThreadState ts, PyValue a, PyValue b, PyValue modulus)
    {
        var ka = ToComplex(ts, a, out var ar, out var ai);
        if (ka <= 0)
        {
            return ka == 0 ? PyValue.NotImplemented : PyValue.Error;
        }

        var kb = ToComplex(ts, b, out var br, out var bi);
        if (kb <= 0)
        {
            return kb == 0 ? PyValue.NotImplemented : PyValue.Error;
        }

        if (!modulus.IsNone)
        {
            return ts.SetError(PyExc.ValueError, "complex modulo");
        }

        var error = PyComplex.MathError.None;
        var (re, im) = PyComplex.PowerOf(ar, ai, br, bi, ref error);
        return error switch
        {
            PyComplex.MathError.Domain => ts.SetError(PyExc.ZeroDivisionError, "zero to a negative or complex power"),
            PyComplex.MathError.Range => ts.SetError(PyExc.OverflowError, "complex exponentiation"),
            _ => PyComplex.From(re, im),
        };
    }

    // complex_richcompare: only == and !=; ints compare exactly through float's comparison when imag is 0.
    private static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || a.AsObject is not PyComplex x)
        {
            return PyValue.NotImplemented;
        }

        bool equal;
        if (PyInt.IsInt(b))
        {
            if (x.Imag == 0.0)
            {
                return PyFloat.RichCompare(PyValue.FromDouble(x.Real), b, op);
            }

            equal = false;
        }
        else if (PyFloat.IsFloat(b))
        {
            equal = x.Real == PyFloat.AsDouble(b) && x.Imag == 0.0;
        }
        else if (b.AsObject is PyComplex y)
        {
            equal = x.Real == y.Real && x.Imag == y.Imag;
        }
        else
        {
            return PyValue.NotImplemented;
        }

        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }
}
