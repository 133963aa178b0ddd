namespace ProtoPython.Objects;

/// <summary><c>complex(real=0, imag=0)</c> with 3.14's rules: one argument may be a string or any number, two must be real numbers.</summary>
internal static partial class ComplexType
{
    private static readonly string[] s_newNames = ["real", "imag"];
    private static readonly PyStr s_complexDunder = PyStr.Intern("__complex__");

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var p = new PyValue[2];
        if (!NumberArgs.Bind(ts, "complex", args, kwnames, 0, s_newNames, 2, 0, p))
        {
            return PyValue.Error;
        }

        var r = p[0].IsNull ? PyValue.FromInt64(0) : p[0];
        var i = p[1];
        if (i.IsNull)
        {
            if (ReferenceEquals(type, PyType.Complex) && r.AsObject is PyComplex c && ReferenceEquals(c.Type, PyType.Complex))
            {
                return r;
            }

            if (r.AsObject is PyStr s)
            {
                if (TryParse(s.Value, out var pr, out var pi, out var badUnderscore))
                {
                    return PyComplex.From(type, pr, pi);
                }

                return ts.SetError(PyExc.ValueError, badUnderscore
                    ? "could not convert string to complex: " + Formatting.StringRepr.Format(s.Value)
                    : "complex() arg is a malformed string");
            }

            return TryAsComplex(ts, r, "complex() argument must be a string or a number, not ", out var re, out var im)
                ? PyComplex.From(type, re, im) : PyValue.Error;
        }

        if (!TryPart(ts, r, "real", out var rr, out var ri) || !TryPart(ts, i, "imag", out var ir, out var ii))
        {
            return PyValue.Error;
        }

        // real + imag*1j, where either may itself be complex (deprecated, still honoured); the
        // corrections apply only then, so the signs of zero parts survive.
        var realIsComplex = r.AsObject is PyComplex;
        var imagIsComplex = i.AsObject is PyComplex;
        return PyComplex.From(type, imagIsComplex ? rr - ii : rr, realIsComplex ? ri + ir : ir);
    }

    // One part of complex(real, imag): a real number (complex accepted with CPython's deprecation).
    private static bool TryPart(ThreadState ts, PyValue v, string name, out double re, out double im)
    {
        im = 0;
        if (v.AsObject is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return true;
        }

        if (v.Type.ToFloat is null && v.Type.Index is null)
        {
            re = 0;
            ts.SetError(PyExc.TypeError, "complex() argument '" + name + "' must be a real number, not " + v.Type.Name);
            return false;
        }

        return FloatType.TryAsDouble(ts, v, out re);
    }

    /// <summary>
    /// <c>PyComplex_AsCComplex</c> for one non-string argument: <c>__complex__</c>, a complex
    /// value, then <c>__float__</c>/<c>__index__</c>; else TypeError <paramref name="error"/> + the type name.
    /// </summary>
    internal static bool TryAsComplex(ThreadState ts, PyValue v, string error, out double re, out double im)
    {
        re = im = 0;
        var found = PyOps.LookupSpecial(ts, v, s_complexDunder, out var method);
        if (found < 0)
        {
            return false;
        }

        if (found > 0)
        {
            var r = PyOps.Call0(ts, method);
            if (r.IsError)
            {
                return false;
            }

            if (r.AsObject is not PyComplex rc)
            {
                ts.SetError(PyExc.TypeError, "__complex__ returned non-complex (type " + r.Type.Name + ")");
                return false;
            }

            re = rc.Real;
            im = rc.Imag;
            return true;
        }

        if (v.AsObject is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return true;
        }

        if (v.Type.ToFloat is null && v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, error + v.Type.Name);
            return false;
        }

        return FloatType.TryAsDouble(ts, v, out re);
    }
}
