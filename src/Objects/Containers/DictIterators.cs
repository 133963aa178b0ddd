namespace ProtoPython.Objects;

/// <summary>What a dict iterator or view yields.</summary>
public enum DictViewKind : byte
{
    Keys,
    Values,
    Items,
}

/// <summary>
/// The dict iterators, forward and reversed, over keys, values or items. The entries are walked by
/// index; a change of size raises "dictionary changed size during iteration" (sticky), and a
/// forward iterator that finds more entries than the dict had raises "dictionary keys changed
/// during iteration", as CPython's dictiter_iternext*.
/// </summary>
public sealed class PyDictIterator : PyObject
{
    private readonly DictViewKind _kind;
    private readonly bool _reverse;
    private PyDict? _dict;
    private int _used;
    private int _pos;
    private int _remaining;

    public PyDictIterator(PyDict dict, DictViewKind kind, bool reverse)
        : base(TypeOf(kind, reverse))
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _used = dict.Count;
        _remaining = dict.Count;
        _pos = reverse ? dict.EntryCount - 1 : 0;
    }

    private static PyType TypeOf(DictViewKind kind, bool reverse) => kind switch
    {
        DictViewKind.Keys => reverse ? PyType.DictReverseKeyIterator : PyType.DictKeyIterator,
        DictViewKind.Values => reverse ? PyType.DictReverseValueIterator : PyType.DictValueIterator,
        _ => reverse ? PyType.DictReverseItemIterator : PyType.DictItemIterator,
    };

    /// <summary>An iterator at the same position (for __reduce__, which lists what is left without moving this one).</summary>
    public PyDictIterator CopyPosition() => (PyDictIterator)MemberwiseClone();

    internal static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PyDictIterator)self.AsObject;
        item = default;
        var d = it._dict;
        if (d is null)
        {
            return 0;
        }

        if (it._used != d.Count)
        {
            ts.SetError(PyExc.RuntimeError, "dictionary changed size during iteration");
            it._used = -1;
            return -1;
        }

        PyValue key;
        PyValue value;
        if (it._reverse)
        {
            var i = it._pos;
            while (i >= 0 && !d.EntryAt(i, out _, out _))
            {
                i--;
            }

            if (i < 0)
            {
                it._dict = null;
                return 0;
            }

            d.EntryAt(i, out key, out value);
            it._pos = i - 1;
        }
        else
        {
            var i = it._pos;
            var n = d.EntryCount;
            while (i < n && !d.EntryAt(i, out _, out _))
            {
                i++;
            }

            if (i >= n)
            {
                it._dict = null;
                return 0;
            }

            if (it._remaining == 0)
            {
                // Same size, but an entry we did not expect: keys were deleted and added.
                ts.SetError(PyExc.RuntimeError, "dictionary keys changed during iteration");
                it._dict = null;
                return -1;
            }

            d.EntryAt(i, out key, out value);
            it._pos = i + 1;
        }

        it._remaining--;
        item = it._kind switch
        {
            DictViewKind.Keys => key,
            DictViewKind.Values => value,
            _ => PyValue.FromObject(new PyTuple([key, value])),
        };
        return 1;
    }

    internal static void Install()
    {
        foreach (var t in new[]
        {
            PyType.DictKeyIterator, PyType.DictValueIterator, PyType.DictItemIterator,
            PyType.DictReverseKeyIterator, PyType.DictReverseValueIterator, PyType.DictReverseItemIterator,
        })
        {
            t.Iter = static (ts, v) => v;
            t.IterNext = Next;
            t.AddMethod0("__length_hint__", static (ts, v) =>
            {
                var it = (PyDictIterator)v.AsObject;
                return PyValue.FromInt64(it._dict is not null && it._used == it._dict.Count ? it._remaining : 0);
            });
        }
    }
}
