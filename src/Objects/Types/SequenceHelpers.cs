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

    /// <summary>
    /// <c>PySequence_Fast</c>: the items of a list or tuple, or of any iterable. When
    /// <paramref name="value"/> is not iterable the TypeError says <paramref name="notIterable"/>.
    /// Null with a pending exception.
    /// </summary>
    public static PyValue[]? ToArray(ThreadState ts, PyValue value, string? notIterable = null)
    {
        switch (value.AsObject)
        {
            case PyList list:
                return list.ToArray();
            case PyTuple tuple:
                return tuple.Items.ToArray();
        }

        var it = PyOps.GetIter(ts, value);
        if (it.IsError)
        {
            if (notIterable is not null && ts.ErrorMatches(PyExc.TypeError))
            {
                ts.SetError(PyExc.TypeError, notIterable);
            }

            return null;
        }

        var items = new List<PyValue>();
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return [.. items];
            }

            items.Add(item);
        }
    }

    /// <summary>
    /// The multiply slot of a sequence type <typeparamref name="T"/> (sq_repeat through nb_multiply):
    /// <c>seq * n</c> or <c>n * seq</c> for an index n, NotImplemented otherwise.
    /// </summary>
    public static PyValue Repeat<T>(ThreadState ts, PyValue a, PyValue b, Func<ThreadState, T, long, PyValue> repeat)
        where T : PyObject
    {
        PyValue count;
        T seq;
        if (a.AsObject is T x)
        {
            seq = x;
            count = b;
        }
        else if (b.AsObject is T y)
        {
            seq = y;
            count = a;
        }
        else
        {
            return PyValue.NotImplemented;
        }

        if (!PyInt.IsInt(count) && count.Type.Index is null)
        {
            return PyValue.NotImplemented;
        }

        return PyOps.TryIndexAsInt64(ts, count, PyExc.OverflowError, out var n) ? repeat(ts, seq, n) : PyValue.Error;
    }

    /// <summary>
    /// CPython 3.14's wrapping of a hashing TypeError by dicts and sets: "cannot use 'list' as a
    /// dict key (unhashable type: 'list')". Other exceptions stay as they are.
    /// </summary>
    public static void ExplainUnhashable(ThreadState ts, PyValue key, string role)
    {
        var e = ts.CurrentException;
        if (e is null || !ReferenceEquals(e.Type, PyExc.TypeError))
        {
            return;
        }

        ts.ClearError();
        var inner = e.Args.Length == 1 && e.Args[0].AsObject is PyStr s ? s.Value : PyOps.Str(ts, PyValue.FromObject(e))?.Value ?? "";
        var wrapped = PyBaseException.Create(PyExc.TypeError, "cannot use '" + key.Type.Name + "' as a " + role + " (" + inner + ")");
        ts.SetError(wrapped);
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
