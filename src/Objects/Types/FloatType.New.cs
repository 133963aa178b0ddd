namespace ProtoPython.Objects;

/// <summary><c>float(x=0.0, /)</c> and the conversions behind it (<c>PyNumber_Float</c>, <c>PyFloat_AsDouble</c>).</summary>
internal static partial class FloatType
{
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        // Keywords are the subclass __init__'s business when it has one (CPython's float_new).
        if (kwnames is { Length: > 0 } && !InitOverride.HasOwnInit(type))
        {
            return ts.SetError(PyExc.TypeError, "float() takes no keyword arguments");
        }

        args = args[..(args.Length - (kwnames?.Length ?? 0))];

        if (args.Length > 1)
        {
            return ts.SetError(PyExc.TypeError, "float expected at most 1 argument, got " + args.Length);
        }

        var value = args.Length == 0 ? PyValue.FromDouble(0.0)
            : args[0].AsObject is PyStr s ? PyFloat.FromString(ts, s.Value) : ToFloat(ts, args[0]);
        if (value.IsError || ReferenceEquals(type, PyType.Float))
        {
            return value;
        }

        return PyValue.FromObject(new PyFloatSubclassInstance(type, PyFloat.AsDouble(value)));
    }

    /// <summary>
    /// <c>PyNumber_Float</c>: floats as they are, then <c>__float__</c> (which must return a float),
    /// then <c>__index__</c>, then float subclasses without <c>__float__</c>, then strings.
    /// </summary>
    public static PyValue ToFloat(ThreadState ts, PyValue x)
    {
        if (x.IsFloat)
        {
            return x;
        }

        if (x.Type.ToFloat is { } f)
        {
            var r = f(ts, x);
            if (r.IsError || r.IsFloat)
            {
                return r;
            }

            // A strict subclass of float is accepted (CPython warns) and copied.
            return PyFloat.IsFloat(r) ? PyFloat.Exact(r)
                : ts.SetError(PyExc.TypeError, x.Type.Name + ".__float__ returned non-float (type " + r.Type.Name + ")");
        }

        if (x.Type.Index is not null)
        {
            var i = PyOps.Index(ts, x);
            return i.IsError ? i : PyInt.ToFloat(ts, i);
        }

        if (PyFloat.IsFloat(x))
        {
            return PyFloat.Exact(x);
        }

        if (x.AsObject is PyStr s)
        {
            return PyFloat.FromString(ts, s.Value);
        }

        if (BytesLike.IsBuffer(x))
        {
            if (x.AsObject is PyMemoryView mv && !mv.CheckReleased(ts))
            {
                return PyValue.Error;
            }

            var data = x.AsObject is PyMemoryView m ? m.ToArray() : BytesLike.TryGetSpan(x, out var span) ? span.ToArray() : [];
            // The error quotes the argument itself: b'x', bytearray(b'x').
            var shown = x.AsObject is PyBytes ? Formatting.BytesRepr.Format(data) : PyOps.Repr(ts, x)?.Value;
            return shown is null ? PyValue.Error : PyFloat.FromString(ts, BytesLike.AsNumberText(data), shown);
        }

        return ts.SetError(PyExc.TypeError, "float() argument must be a string or a real number, not '" + x.Type.Name + "'");
    }

    /// <summary>
    /// <c>PyFloat_AsDouble</c>: the double of a float, else of <c>__float__</c>'s result, else of
    /// <c>__index__</c>'s; TypeError "must be real number, not T" otherwise.
    /// </summary>
    public static bool TryAsDouble(ThreadState ts, PyValue x, out double d)
    {
        d = 0;
        if (PyFloat.IsFloat(x))
        {
            d = PyFloat.AsDouble(x);
            return true;
        }

        if (x.Type.ToFloat is { } f)
        {
            var r = f(ts, x);
            if (r.IsError)
            {
                return false;
            }

            if (!PyFloat.IsFloat(r))
            {
                ts.SetError(PyExc.TypeError, x.Type.Name + ".__float__ returned non-float (type " + r.Type.Name + ")");
                return false;
            }

            d = PyFloat.AsDouble(r);
            return true;
        }

        if (x.Type.Index is not null)
        {
            var i = PyOps.Index(ts, x);
            return !i.IsError && PyInt.TryToDouble(ts, i, out d);
        }

        ts.SetError(PyExc.TypeError, "must be real number, not " + x.Type.Name);
        return false;
    }
}
