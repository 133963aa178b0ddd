namespace ProtoPython.Objects;

/// <summary>int's named methods and attributes (bool inherits them).</summary>
internal static partial class IntType
{
    private static readonly string[] s_toBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] s_fromBytesNames = ["bytes", "byteorder", "signed"];

    static partial void InstallMethods()
    {
        var t = PyType.Int;
        t.AddMethod0("conjugate", static (ts, v) => PyInt.Exact(v));
        t.AddMethod0("bit_length", static (ts, v) => PyValue.FromInt64(PyInt.BitLength(v)));
        t.AddMethod0("bit_count", static (ts, v) => PyValue.FromInt64(PyInt.BitCount(v)));
        t.AddMethod0("as_integer_ratio", static (ts, v) => PyValue.FromObject(new PyTuple([PyInt.Exact(v), PyValue.FromInt64(1)])));
        t.AddMethod0("is_integer", static (ts, v) => PyValue.True);
        t.AddMethod0("__trunc__", static (ts, v) => PyInt.Exact(v));
        t.AddMethod0("__floor__", static (ts, v) => PyInt.Exact(v));
        t.AddMethod0("__ceil__", static (ts, v) => PyInt.Exact(v));
        t.AddMethod0("__getnewargs__", static (ts, v) => PyValue.FromObject(new PyTuple([PyInt.Exact(v)])));
        t.AddMethod("__round__", Round);
        t.AddMethod("to_bytes", ToBytes);
        t.AddClassMethod("from_bytes", FromBytes);
        t.AddGetSet("real", static (ts, v) => PyInt.Exact(v));
        t.AddGetSet("imag", static (ts, v) => PyValue.FromInt64(0));
        t.AddGetSet("numerator", static (ts, v) => PyInt.Exact(v));
        t.AddGetSet("denominator", static (ts, v) => PyValue.FromInt64(1));
    }

    // int.__round__(ndigits=None): METH_FASTCALL, positional only.
    private static PyValue Round(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "int.__round__() takes no keyword arguments");
        }

        if (a.Length > 2)
        {
            return ts.SetError(PyExc.TypeError, "__round__ expected at most 1 argument, got " + (a.Length - 1));
        }

        if (a.Length == 1 || a[1].IsNone)
        {
            return PyInt.Exact(a[0]);
        }

        var n = PyOps.Index(ts, a[1]);
        if (n.IsError)
        {
            return n;
        }

        PyInt.TryGetBigInteger(n, out var ndigits);
        return PyInt.Round(a[0], ndigits);
    }

    // int.to_bytes(length=1, byteorder='big', *, signed=False)
    private static PyValue ToBytes(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var p = new PyValue[3];
        if (!NumberArgs.Bind(ts, "to_bytes", a, kw, 1, s_toBytesNames, 2, 0, p))
        {
            return PyValue.Error;
        }

        long length = 1;
        if (!p[0].IsNull)
        {
            var n = PyOps.Index(ts, p[0]);
            if (n.IsError)
            {
                return n;
            }

            if (!n.IsInt64)
            {
                return ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }

            length = n.AsInt64;
        }

        if (length < 0)
        {
            return ts.SetError(PyExc.ValueError, "length argument must be non-negative");
        }

        if (!TryByteOrder(ts, "to_bytes", p[1], out var little) || !TrySigned(ts, p[2], out var signed))
        {
            return PyValue.Error;
        }

        var bytes = PyInt.ToBytes(ts, a[0], length, little, signed);
        if (bytes is null)
        {
            return PyValue.Error;
        }

        return PyBytes.From(bytes);
    }

    // int.from_bytes(bytes, byteorder='big', *, signed=False); a subclass gets cls(value).
    private static PyValue FromBytes(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var p = new PyValue[3];
        if (!NumberArgs.Bind(ts, "from_bytes", a, kw, 1, s_fromBytesNames, 2, 1, p))
        {
            return PyValue.Error;
        }

        if (!TryByteOrder(ts, "from_bytes", p[1], out var little) || !TrySigned(ts, p[2], out var signed))
        {
            return PyValue.Error;
        }

        var data = BytesOf(ts, p[0]);
        if (data is null)
        {
            return PyValue.Error;
        }

        var value = PyInt.FromBytes(data, little, signed);
        var cls = (PyType)a[0].AsObject;
        return ReferenceEquals(cls, PyType.Int) ? value : PyOps.Call1(ts, a[0], value);
    }

    private static bool TryByteOrder(ThreadState ts, string fname, PyValue v, out bool little)
    {
        little = false;
        if (v.IsNull)
        {
            return true;
        }

        var s = NumberArgs.Str(ts, fname, "byteorder", v);
        if (s is null)
        {
            return false;
        }

        if (s is not ("little" or "big"))
        {
            ts.SetError(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
            return false;
        }

        little = s == "little";
        return true;
    }

    private static bool TrySigned(ThreadState ts, PyValue v, out bool signed)
    {
        signed = false;
        if (v.IsNull)
        {
            return true;
        }

        var r = PyOps.IsTrue(ts, v);
        signed = r > 0;
        return r >= 0;
    }

    // PyObject_Bytes for from_bytes: a buffer as is; anything else through bytes(v) (__bytes__, iterables of ints).
    private static byte[]? BytesOf(ThreadState ts, PyValue v)
    {
        if (BytesLike.TryGetSpan(v, out var span))
        {
            return span.ToArray();
        }

        if (v.AsObject is PyStr)
        {
            ts.SetError(PyExc.TypeError, "cannot convert 'str' object to bytes");
            return null;
        }

        if (v.Type.Iter is null && v.Type.GetItem is null && !v.Type.TryLookup(PyStr.Intern("__bytes__"), out _))
        {
            ts.SetError(PyExc.TypeError, "cannot convert '" + v.Type.Name + "' object to bytes");
            return null;
        }

        var b = PyOps.Call1(ts, PyValue.FromObject(PyType.Bytes), v);
        return b.IsError ? null : ((PyBytes)b.AsObject).Array;
    }
}
