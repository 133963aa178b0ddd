namespace ProtoPython.Objects;

/// <summary>complex's methods and attributes.</summary>
internal static partial class ComplexType
{
    private static void InstallMethods()
    {
        var t = PyType.Complex;
        t.AddMethod0("conjugate", static (ts, v) => v.AsObject is PyComplex c ? PyComplex.From(c.Real, -c.Imag) : PyValue.NotImplemented);
        t.AddMethod0("__complex__", static (ts, v) => Exact(v));
        t.AddMethod0("__getnewargs__", static (ts, v) =>
        {
            var c = (PyComplex)v.AsObject;
            return PyValue.FromObject(new PyTuple([PyValue.FromDouble(c.Real), PyValue.FromDouble(c.Imag)]));
        });
        t.AddClassMethod("from_number", FromNumber);
        t.AddMember("real", static (ts, v) => PyValue.FromDouble(((PyComplex)v.AsObject).Real));
        t.AddMember("imag", static (ts, v) => PyValue.FromDouble(((PyComplex)v.AsObject).Imag));
    }

    // complex.from_number(number): like complex(number) but strings are refused; a subclass gets cls(result).
    private static PyValue FromNumber(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "complex.from_number() takes no keyword arguments");
        }

        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "complex.from_number() takes exactly one argument (" + (a.Length - 1) + " given)");
        }

        var x = a[1];
        if (x.AsObject is PyStr)
        {
            return ts.SetError(PyExc.TypeError, "must be real number, not str");
        }

        var cls = (PyType)a[0].AsObject;
        if (x.AsObject is PyComplex { } exact && exact.Type == PyType.Complex && ReferenceEquals(cls, PyType.Complex))
        {
            return x;
        }

        if (!TryAsComplex(ts, x, "must be real number, not ", out var re, out var im))
        {
            return PyValue.Error;
        }

        var value = PyComplex.From(re, im);
        return ReferenceEquals(cls, PyType.Complex) ? value : PyOps.Call1(ts, a[0], value);
    }
}
