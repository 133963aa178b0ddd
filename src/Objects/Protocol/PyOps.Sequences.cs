namespace ProtoPython.Objects;

public static partial class PyOps
{
    /// <summary><c>iter(v)</c>: the Iter slot, or a sequence iterator over <c>__getitem__</c>.</summary>
    public static PyValue GetIter(ThreadState ts, PyValue v)
    {
        var type = v.Type;
        if (type.Iter is { } f)
        {
            var it = f(ts, v);
            if (!it.IsError && it.Type.IterNext is null)
            {
                return ts.SetError(PyExc.TypeError, "iter() returned non-iterator of type '" + it.Type.Name + "'");
            }

            return it;
        }

        if (type.GetItem is not null && !type.IsSubtypeOf(PyType.Dict))
        {
            return PyValue.FromObject(new PySequenceIterator(v));
        }

        return ts.SetError(PyExc.TypeError, "'" + type.Name + "' object is not iterable");
    }

    /// <summary>
    /// One step of iteration (PyIter_Next): 1 with an item, 0 when exhausted (no exception), -1 error.
    /// An IterNext slot may signal exhaustion by raising StopIteration (a generator's return value):
    /// that is cleared here. Callers that need the value (next(), yield from) call the slot directly.
    /// </summary>
    public static int Next(ThreadState ts, PyValue iterator, out PyValue item)
    {
        if (iterator.Type.IterNext is { } f)
        {
            var r = f(ts, iterator, out item);
            if (r < 0 && ts.ErrorMatches(PyExc.StopIteration))
            {
                ts.ClearError();
                return 0;
            }

            return r;
        }

        item = default;
        ts.SetError(PyExc.TypeError, "'" + iterator.Type.Name + "' object is not an iterator");
        return -1;
    }

    /// <summary><c>v[key]</c>.</summary>
    public static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        if (v.Type.GetItem is { } f)
        {
            return f(ts, v, key);
        }

        if (v.AsObject is PyType t)
        {
            var r = CallSpecialOnType(ts, t, Names.ClassGetItem, key, out var found);
            if (found)
            {
                return r;
            }

            return ts.SetError(PyExc.TypeError, "type '" + t.Name + "' is not subscriptable");
        }

        return ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object is not subscriptable");
    }

    // __class_getitem__ is an implicit classmethod: looked up on the class itself, called with the class.
    private static PyValue CallSpecialOnType(ThreadState ts, PyType t, PyStr name, PyValue arg, out bool found)
    {
        var r = TryGetAttr(ts, PyValue.FromObject(t), name, out var method);
        found = r > 0;
        if (r < 0)
        {
            found = true;
            return PyValue.Error;
        }

        return found ? Call1(ts, method, arg) : PyValue.Error;
    }

    /// <summary><c>v[key] = value</c>; Null value deletes.</summary>
    public static bool SetItem(ThreadState ts, PyValue v, PyValue key, PyValue value)
    {
        if (v.Type.SetItem is { } f)
        {
            return f(ts, v, key, value);
        }

        ts.SetError(PyExc.TypeError, value.IsNull
            ? "'" + v.Type.Name + "' object doesn't support item deletion"
            : "'" + v.Type.Name + "' object does not support item assignment");
        return false;
    }

    /// <summary><c>del v[key]</c>.</summary>
    public static bool DelItem(ThreadState ts, PyValue v, PyValue key) => SetItem(ts, v, key, PyValue.Null);

    /// <summary><c>item in container</c>: 1, 0, -1.</summary>
    public static int Contains(ThreadState ts, PyValue container, PyValue item)
    {
        if (container.Type.Contains is { } f)
        {
            return f(ts, container, item);
        }

        if (container.Type.Iter is null && container.Type.GetItem is null)
        {
            ts.SetError(PyExc.TypeError, "argument of type '" + container.Type.Name + "' is not a container or iterable");
            return -1;
        }

        var it = GetIter(ts, container);
        if (it.IsError)
        {
            return -1;
        }

        while (true)
        {
            var r = Next(ts, it, out var x);
            if (r <= 0)
            {
                return r;
            }

            var eq = RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0)
            {
                return eq;
            }
        }
    }

    /// <summary><c>len(v)</c>, or -1 with a pending exception.</summary>
    public static long Length(ThreadState ts, PyValue v)
    {
        if (v.Type.Length is { } f)
        {
            return f(ts, v);
        }

        ts.SetError(PyExc.TypeError, "object of type '" + v.Type.Name + "' has no len()");
        return -1;
    }
}
