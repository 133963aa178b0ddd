using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>Probing and key equality.</summary>
public partial class PyDict
{
    /// <summary>Result of a lookup that found nothing.</summary>
    internal const int NotFound = -1;

    /// <summary>Result of a lookup whose key comparison raised (the exception is pending).</summary>
    internal const int Failed = -3;

    private const int PerturbShift = 5;

    /// <summary>
    /// The entry index of <paramref name="key"/> (with hash <paramref name="hash"/>) in the current
    /// keys, <see cref="NotFound"/>, or <see cref="Failed"/>. Identity first, then equal hashes go
    /// to <see cref="KeysEqual"/>. When a Python <c>__eq__</c> changed the dict (a new keys object,
    /// or the compared entry replaced), the search starts over, as CPython's lookdict does.
    /// </summary>
    internal int FindEntry(ThreadState ts, PyValue key, long hash)
    {
    restart:
        var keys = _keys;
        var indices = keys.Indices;
        var mask = (ulong)(indices.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var ix = indices[i];
            if (ix == DictKeys.Empty)
            {
                return NotFound;
            }

            if (ix >= 0 && keys.Hashes[ix] == hash)
            {
                var candidate = keys.Keys[ix];
                if (PyValue.Is(candidate, key))
                {
                    return ix;
                }

                var eq = KeysEqual(ts, candidate, key, out var ranPython);
                if (eq < 0)
                {
                    return Failed;
                }

                if (ranPython && (!ReferenceEquals(keys, _keys) || !PyValue.Is(keys.Keys[ix], candidate)))
                {
                    goto restart;
                }

                if (eq > 0)
                {
                    return ix;
                }
            }

            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// <summary>
    /// Key equality: 1 equal, 0 not equal, -1 with a pending exception. The one place dict key
    /// comparison is decided; identity has already been checked. Exact str, int, float and tuples
    /// of them compare inline; anything else calls <c>__eq__</c> through
    /// <see cref="PyOps.RichCompareBool"/> and sets <paramref name="ranPython"/>, so the caller
    /// re-checks the table (<see cref="FindEntry"/>'s restart).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int KeysEqual(ThreadState ts, PyValue a, PyValue b, out bool ranPython)
    {
        ranPython = false;
        if (a.AsObject is PyStr sa && b.AsObject is PyStr sb && ReferenceEquals(sa.Type, PyType.Str) && ReferenceEquals(sb.Type, PyType.Str))
        {
            return PyStr.ValueEquals(sa, sb) ? 1 : 0;
        }

        return KeysEqualSlow(ts, a, b, out ranPython);
    }

    private static int KeysEqualSlow(ThreadState ts, PyValue a, PyValue b, out bool ranPython)
    {
        ranPython = false;
        if (a.IsInt64 && b.IsInt64)
        {
            return a.RawBits == b.RawBits ? 1 : 0;
        }

        if (a.IsFloat || b.IsFloat)
        {
            // NotImplemented (a complex, a user type): the general comparison below decides.
            var r = PyFloat.RichCompare(a, b, CompareOp.Eq);
            if (!r.IsNotImplemented)
            {
                return r.RawBits != 0 ? 1 : 0;
            }
        }

        if (PyInt.IsInt(a) && PyInt.IsInt(b))
        {
            return PyInt.RichCompare(a, b, CompareOp.Eq).RawBits != 0 ? 1 : 0;
        }

        if (a.AsObject is PyStr && b.AsObject is PyStr && ReferenceEquals(a.Type, PyType.Str) && ReferenceEquals(b.Type, PyType.Str))
        {
            return 0;
        }

        if (a.AsObject is PyTuple ta && b.AsObject is PyTuple tb && ReferenceEquals(ta.Type, PyType.Tuple) && ReferenceEquals(tb.Type, PyType.Tuple))
        {
            return TuplesEqual(ts, ta, tb, out ranPython);
        }

        // Anything else: the Python __eq__ (stored key on the left, as CPython).
        ranPython = true;
        return PyOps.RichCompareBool(ts, a, b, CompareOp.Eq);
    }

    private static int TuplesEqual(ThreadState ts, PyTuple a, PyTuple b, out bool ranPython)
    {
        ranPython = false;
        if (a.Length != b.Length)
        {
            return 0;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded in comparison");
            return -1;
        }

        for (var i = 0; i < a.Length; i++)
        {
            // Items compare as PyObject_RichCompare(Py_EQ) with the identity shortcut.
            var x = a[i];
            var y = b[i];
            if (PyValue.Is(x, y))
            {
                continue;
            }

            var eq = KeysEqual(ts, x, y, out var ran);
            ranPython |= ran;
            if (eq <= 0)
            {
                return eq;
            }
        }

        return 1;
    }
}
