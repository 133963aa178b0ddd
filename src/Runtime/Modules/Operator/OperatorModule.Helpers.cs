using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>length_hint and _compare_digest.</summary>
internal sealed partial class OperatorModule
{
    // length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
    private static PyValue LengthHint(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "length_hint", a, kw, 1, 2))
        {
            return PyValue.Error;
        }

        long deflt = 0;
        if (a.Length == 2)
        {
            if (!PyInt.IsInt(a[1]))
            {
                return ts.SetError(PyExc.TypeError, "'" + a[1].Type.Name + "' object cannot be interpreted as an integer");
            }

            if (!PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out deflt))
            {
                return PyValue.Error;
            }
        }

        var obj = a[0];
        if (obj.Type.Length is not null)
        {
            var n = PyOps.Length(ts, obj);
            if (n >= 0)
            {
                return PyValue.FromInt64(n);
            }

            if (!ts.ErrorMatches(PyExc.TypeError))
            {
                return PyValue.Error;
            }

            ts.ClearError();
        }

        var r = PyOps.CallSpecial(ts, obj, Names.LengthHint, [], out var found);
        if (!found)
        {
            return PyValue.FromInt64(deflt);
        }

        if (r.IsError)
        {
            if (!ts.ErrorMatches(PyExc.TypeError))
            {
                return PyValue.Error;
            }

            ts.ClearError();
            return PyValue.FromInt64(deflt);
        }

        if (r.IsNotImplemented)
        {
            return PyValue.FromInt64(deflt);
        }

        if (!PyInt.IsInt(r))
        {
            return ts.SetError(PyExc.TypeError, "__length_hint__ must be an integer, not " + r.Type.Name);
        }

        if (!PyOps.TryIndexAsInt64(ts, r, PyExc.OverflowError, out var hint))
        {
            return PyValue.Error;
        }

        return hint < 0 ? ts.SetError(PyExc.ValueError, "__length_hint__() should return >= 0") : PyValue.FromInt64(hint);
    }

    // _compare_digest(a, b): constant-time equality of two ASCII strs or two bytes-like objects.
    private static PyValue CompareDigest(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "_compare_digest", a, kw, 2, 2))
        {
            return PyValue.Error;
        }

        byte[] x, y;
        if (a[0].AsObject is PyStr s && a[1].AsObject is PyStr t)
        {
            if (!IsAscii(s.Value) || !IsAscii(t.Value))
            {
                return ts.SetError(PyExc.TypeError, "comparing strings with non-ASCII characters is not supported");
            }

            x = System.Text.Encoding.ASCII.GetBytes(s.Value);
            y = System.Text.Encoding.ASCII.GetBytes(t.Value);
        }
        else if (!BytesLike.IsBuffer(a[0]) && !BytesLike.IsBuffer(a[1]))
        {
            return ts.SetError(PyExc.TypeError, "unsupported operand types(s) or combination of types: '" + a[0].Type.Name + "' and '" + a[1].Type.Name + "'");
        }
        else
        {
            if (!BytesLike.TryGetArgument(ts, a[0], out var sa))
            {
                return PyValue.Error;
            }

            x = sa.ToArray();
            if (!BytesLike.TryGetArgument(ts, a[1], out var sb))
            {
                return PyValue.Error;
            }

            y = sb.ToArray();
        }

        return PyValue.FromBool(System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y));
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
