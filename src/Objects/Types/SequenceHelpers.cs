using System.Text;

namespace ProtoPython.Objects;

/// <summary>Shared pieces of the sequence types: index normalization, item reprs, iterators over spans.</summary>
public static class SequenceHelpers
{
    /// <summary>A sequence index: negative counts from the end; false with IndexError "<paramref name="what"/> index out of range".</summary>
    public static bool TryNormalizeIndex(ThreadState ts, PyValue key, long length, string what, out long index)
    {
        if (key.IsInt64)
        {
            index = key.RawBits;
        }
        else if (!PyOps.TryIndexAsInt64(ts, key, PyExc.IndexError, out index))
        {
            return false;
        }

        if (index < 0)
        {
            index += length;
        }

        if ((ulong)index >= (ulong)length)
        {
            ts.SetError(PyExc.IndexError, what + " index out of range");
            return false;
        }

        return true;
    }

    /// <summary>"a, b, c": the reprs joined, for list/tuple/set reprs. Null with a pending exception.</summary>
    public static string? JoinReprs(ThreadState ts, ReadOnlySpan<PyValue> items)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var r = PyOps.Repr(ts, items[i]);
            if (r is null)
            {
                return null;
            }

            sb.Append(r.Value);
        }

        return sb.ToString();
    }
}

/// <summary>Guards repr of self-containing containers (<c>Py_ReprEnter</c>): "[...]".</summary>
public static class ReprGuard
{
    [ThreadStatic]
    private static HashSet<object>? t_active;

    /// <summary>False when <paramref name="container"/> is already being repr'd on this thread.</summary>
    public static bool Enter(object container) => (t_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(container);

    public static void Leave(object container) => t_active?.Remove(container);
}
