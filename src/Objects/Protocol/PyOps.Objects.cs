namespace ProtoPython.Objects;

public static partial class PyOps
{
    /// <summary><c>repr(v)</c> as a PyStr, or null with a pending exception.</summary>
    public static PyStr? Repr(ThreadState ts, PyValue v)
    {
        if (v.AsObject is PyStr s && v.Type == PyType.Str)
        {
            return new PyStr(s.HasSurrogates ? Formatting.StringRepr.Format(s.CodePoints) : Formatting.StringRepr.Format(s.Value));
        }

        if (!EnsureStack(ts, " while getting the repr of an object"))
        {
            return null;
        }

        var slot = v.Type.Repr ?? DefaultRepr;
        return CheckStr(ts, slot(ts, v), "__repr__");
    }

    /// <summary><c>str(v)</c> as a PyStr, or null with a pending exception.</summary>
    public static PyStr? Str(ThreadState ts, PyValue v)
    {
        if (v.AsObject is PyStr s && v.Type == PyType.Str)
        {
            return s;
        }

        if (!EnsureStack(ts, " while getting the str of an object"))
        {
            return null;
        }

        var slot = v.Type.ToStr ?? v.Type.Repr ?? DefaultRepr;
        return CheckStr(ts, slot(ts, v), "__str__");
    }

    private static PyStr? CheckStr(ThreadState ts, PyValue r, string method)
    {
        if (r.IsError)
        {
            return null;
        }

        if (r.AsObject is PyStr s)
        {
            return s;
        }

        ts.SetError(PyExc.TypeError, method + " returned non-string (type " + r.Type.Name + ")");
        return null;
    }

    /// <summary>object.__repr__: <c>&lt;module.Name object at 0x...&gt;</c> with a stable fake address.</summary>
    public static PyValue DefaultRepr(ThreadState ts, PyValue v) =>
        PyValue.FromObject(new PyStr("<" + v.Type.FullName + " object at 0x" + AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));

    /// <summary>What <c>id()</c> returns: immediates derive it from their bits, heap objects from a per-object number (ARCHITECTURE §2.1).</summary>
    public static long AddressOf(PyValue v) => ObjectIds.Of(v);

    /// <summary><c>hash(v)</c>.</summary>
    public static bool Hash(ThreadState ts, PyValue v, out long hash) => v.TryHash(ts, out hash);

    /// <summary><c>bool(v)</c>: 1, 0, or -1 with a pending exception (<c>PyObject_IsTrue</c>).</summary>
    public static int IsTrue(ThreadState ts, PyValue v)
    {
        if (v.IsBool)
        {
            return (int)v.RawBits;
        }

        if (v.IsInt64)
        {
            return v.RawBits != 0 ? 1 : 0;
        }

        if (v.IsNone)
        {
            return 0;
        }

        var type = v.Type;
        if (type.ToBool is { } b)
        {
            return b(ts, v);
        }

        if (type.Length is { } len)
        {
            var n = len(ts, v);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }

        return 1;
    }

    /// <summary>
    /// <c>PyObject_RichCompare</c>: the reflected operation of the right operand first when its type
    /// is a proper subclass overriding it, then the left, then the right; <c>==</c>/<c>!=</c> fall
    /// back to identity, ordering raises TypeError.
    /// </summary>
    public static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.IsInt64 && b.IsInt64)
        {
            return PyValue.FromBool(op.Holds(a.RawBits.CompareTo(b.RawBits)));
        }

        if (!EnsureStack(ts, " in comparison"))
        {
            return PyValue.Error;
        }

        var ta = a.Type;
        var tb = b.Type;
        var reflected = op.Swapped();
        var checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.RichCompare is { } fb)
        {
            checkedReflected = true;
            var r = fb(ts, b, a, reflected);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        if (ta.RichCompare is { } fa)
        {
            var r = fa(ts, a, b, op);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        if (!checkedReflected && tb.RichCompare is { } fb2)
        {
            var r = fb2(ts, b, a, reflected);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        return op switch
        {
            CompareOp.Eq => PyValue.FromBool(PyValue.Is(a, b)),
            CompareOp.Ne => PyValue.FromBool(!PyValue.Is(a, b)),
            _ => ts.SetError(PyExc.TypeError, "'" + op.Symbol() + "' not supported between instances of '" + ta.TpName + "' and '" + tb.TpName + "'"),
        };
    }

    /// <summary><c>PyObject_RichCompareBool</c>: identity implies equality for == and !=; 1, 0 or -1.</summary>
    public static int RichCompareBool(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (PyValue.Is(a, b))
        {
            if (op == CompareOp.Eq)
            {
                return 1;
            }

            if (op == CompareOp.Ne)
            {
                return 0;
            }
        }

        var r = RichCompare(ts, a, b, op);
        if (r.IsError)
        {
            return -1;
        }

        return r.IsBool ? (int)r.RawBits : IsTrue(ts, r);
    }

    /// <summary><c>a == b</c> as 1/0/-1.</summary>
    public static int Equals(ThreadState ts, PyValue a, PyValue b) => RichCompareBool(ts, a, b, CompareOp.Eq);
}
