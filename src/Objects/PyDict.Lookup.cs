using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>Probing and key equality.</summary>
public sealed partial class PyDict
{
    /// <summary>Result of a lookup that found nothing.</summary>
    internal const int NotFound = -1;

    /// <summary>Result of a lookup whose key comparison raised (the exception is pending).</summary>
    internal const int Failed = -3;

    private const int PerturbShift = 5;

    /// <summary>
    /// The entry index of <paramref name="key"/> (with hash <paramref name="hash"/>) in
    /// <paramref name="keys"/>, <see cref="NotFound"/>, or <see cref="Failed"/>. Identity first,
    /// then equal hashes go to <see cref="KeysEqual"/>.
    /// </summary>
    internal static int FindEntry(ThreadState ts, DictKeys keys, PyValue key, long hash)
    {
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

                var eq = KeysEqual(ts, candidate, key);
                if (eq != 0)
                {
                    return eq > 0 ? ix : Failed;
                }
            }

            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /// <summary>
    /// Key equality: 1 equal, 0 not equal, -1 with a pending exception. The one place dict key
    /// comparison is decided; identity has already been checked. Types without value equality
    /// compare by identity (object.__eq__) until the compare slot exists: then this is where
    /// <c>__eq__</c> is called through the type slots (and where a mutating <c>__eq__</c> must
    /// be detected, as CPython's "dictionary changed size during iteration" / restart logic).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int KeysEqual(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.AsObject is PyStr sa)
        {
            return b.AsObject is PyStr sb && PyStr.ValueEquals(sa, sb) ? 1 : 0;
        }

        return KeysEqualSlow(ts, a, b);
    }

    private static int KeysEqualSlow(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt64 && b.IsInt64)
        {
            return a.RawBits == b.RawBits ? 1 : 0;
        }

        if (a.IsFloat || b.IsFloat)
        {
            var r = PyFloat.RichCompare(a, b, CompareOp.Eq);
            return !r.IsNotImplemented && r.RawBits != 0 ? 1 : 0;
        }

        if (PyInt.IsInt(a) && PyInt.IsInt(b))
        {
            return PyInt.RichCompare(a, b, CompareOp.Eq).RawBits != 0 ? 1 : 0;
        }

        if (a.AsObject is PyTuple ta && b.AsObject is PyTuple tb)
        {
            return TuplesEqual(ts, ta, tb);
        }

        if (a.AsObject is PyBytes xa && b.AsObject is PyBytes xb)
        {
            return xa.Span.SequenceEqual(xb.Span) ? 1 : 0;
        }

        return 0;
    }

    private static int TuplesEqual(ThreadState ts, PyTuple a, PyTuple b)
    {
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

            var eq = KeysEqual(ts, x, y);
            if (eq <= 0)
            {
                return eq;
            }
        }

        return 1;
    }
}
