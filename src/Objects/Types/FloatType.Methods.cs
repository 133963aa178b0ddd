namespace ProtoPython.Objects;

/// <summary>float's named methods and attributes.</summary>
internal static partial class FloatType
{
    static partial void InstallMethods()
    {
        var t = PyType.Float;
        t.AddMethod0("conjugate", static (ts, v) => PyFloat.Exact(v));
        t.AddMethod0("is_integer", static (ts, v) =>
        {
            var x = PyFloat.AsDouble(v);
            return PyValue.FromBool(double.IsFinite(x) && Math.Floor(x) == x);
        });
        t.AddMethod0("as_integer_ratio", static (ts, v) => PyFloat.AsIntegerRatio(ts, PyFloat.AsDouble(v)));
        t.AddMethod0("hex", static (ts, v) => PyValue.FromObject(new PyStr(PyFloat.Hex(PyFloat.AsDouble(v)))));
        t.AddMethod0("__trunc__", static (ts, v) => PyInt.FromDouble(ts, Math.Truncate(PyFloat.AsDouble(v))));
        t.AddMethod0("__floor__", static (ts, v) => PyInt.FromDouble(ts, Math.Floor(PyFloat.AsDouble(v))));
        t.AddMethod0("__ceil__", static (ts, v) => PyInt.FromDouble(ts, Math.Ceiling(PyFloat.AsDouble(v))));
        t.AddMethod0("__getnewargs__", static (ts, v) => PyValue.FromObject(new PyTuple([PyFloat.Exact(v)])));
        t.AddMethod("__round__", Round);
        t.AddClassMethod("fromhex", static (ts, a, kw) => WithClass(ts, a[0], FromHexArgument(ts, a, kw)));
        t.AddClassMethod("from_number", FromNumber);
        t.AddClassMethod("__getformat__", GetFormat);
        t.AddGetSet("real", static (ts, v) => PyFloat.Exact(v));
        t.AddGetSet("imag", static (ts, v) => PyValue.FromDouble(0.0));
    }

    // float.__round__(ndigits=None): positional only.
    private static PyValue Round(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "float.__round__() takes no keyword arguments");
        }

        if (a.Length > 2)
        {
            return ts.SetError(PyExc.TypeError, "__round__ expected at most 1 argument, got " + (a.Length - 1));
        }

        var x = PyFloat.AsDouble(a[0]);
        if (a.Length == 1 || a[1].IsNone)
        {
            return PyFloat.RoundToInt(ts, x);
        }

        return PyOps.TryIndexAsInt64(ts, a[1], null, out var n) ? PyFloat.Round(ts, x, n) : PyValue.Error;
    }

    private static PyValue FromHexArgument(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "float.fromhex() takes no keyword arguments");
        }

        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "float.fromhex() takes exactly one argument (" + (a.Length - 1) + " given)");
        }

        return a[1].AsObject is PyStr s ? PyFloat.FromHex(ts, s.Value) : ts.SetError(PyExc.TypeError, "bad argument type for built-in operation");
    }

    // A classmethod's float result for a subclass: cls(value), as CPython does.
    private static PyValue WithClass(ThreadState ts, PyValue cls, PyValue value) =>
        value.IsError || ReferenceEquals(cls.AsObject, PyType.Float) ? value : PyOps.Call1(ts, cls, value);

    // float.from_number(number): a real number (strings refused) as a float.
    private static PyValue FromNumber(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "float.from_number() takes no keyword arguments");
        }

        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "float.from_number() takes exactly one argument (" + (a.Length - 1) + " given)");
        }

        var x = a[1];
        if (x.IsFloat && ReferenceEquals(a[0].AsObject, PyType.Float))
        {
            return x;
        }

        return TryAsDouble(ts, x, out var d) ? WithClass(ts, a[0], PyValue.FromDouble(d)) : PyValue.Error;
    }

    // float.__getformat__(typestr): this runtime's doubles are IEEE 754, little-endian in memory.
    private static PyValue GetFormat(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 } || a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "float.__getformat__() takes exactly one argument (" + (a.Length - 1) + " given)");
        }

        if (a[1].AsObject is not PyStr s)
        {
            return ts.SetError(PyExc.TypeError, "__getformat__() argument must be str, not " + NumberArgs.TypeName(a[1]));
        }

        if (s.Value is not ("double" or "float"))
        {
            return ts.SetError(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        }

        return PyValue.FromObject(new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian"));
    }
}
