namespace ProtoPython.Objects;

/// <summary><c>list_iterator</c>: walks the list by index; sees appends, stops at the current end.</summary>
public sealed class PyListIterator : PyObject
{
    private PyList? _list;
    private int _index;

    public PyListIterator(PyList list)
        : base(PyType.ListIterator)
    {
        _list = list;
    }

    internal static int Next(ThreadState ts, PyValue self, out PyValue item) =>
        ((PyListIterator)self.AsObject).TryNext(out item) ? 1 : 0;

    /// <summary>The next item, or false when exhausted (FOR_ITER_LIST calls this directly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out PyValue item)
    {
        var list = _list;
        if (list is not null && _index < list.Count)
        {
            item = list.ItemAt(_index++);
            return true;
        }

        _list = null;
        item = default;
        return false;
    }

    internal long LengthHint => _list is null ? 0 : Math.Max(_list.Count - _index, 0);

    internal static void Install()
    {
        var t = PyType.ListIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) => PyValue.FromInt64(((PyListIterator)v.AsObject).LengthHint));
    }
}

/// <summary><c>list_reverseiterator</c> (<c>reversed(list)</c>).</summary>
public sealed class PyListReverseIterator : PyObject
{
    private PyList? _list;
    private int _index;

    public PyListReverseIterator(PyList list)
        : base(PyType.ListReverseIterator)
    {
        _list = list;
        _index = list.Count - 1;
    }

    internal static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PyListReverseIterator)self.AsObject;
        var list = it._list;
        if (list is not null && it._index >= 0 && it._index < list.Count)
        {
            item = list.ItemAt(it._index--);
            return 1;
        }

        it._index = -1;
        it._list = null;
        item = default;
        return 0;
    }

    internal static void Install()
    {
        var t = PyType.ListReverseIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (PyListReverseIterator)v.AsObject;
            return PyValue.FromInt64(it._list is null || it._index >= it._list.Count ? 0 : it._index + 1);
        });
    }
}

/// <summary><c>tuple_iterator</c>.</summary>
public sealed class PyTupleIterator : PyObject
{
    private PyTuple? _tuple;
    private int _index;

    public PyTupleIterator(PyTuple tuple)
        : base(PyType.TupleIterator)
    {
        _tuple = tuple;
    }

    internal static int Next(ThreadState ts, PyValue self, out PyValue item) =>
        ((PyTupleIterator)self.AsObject).TryNext(out item) ? 1 : 0;

    /// <summary>The next item, or false when exhausted (FOR_ITER_TUPLE calls this directly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out PyValue item)
    {
        var tuple = _tuple;
        if (tuple is not null && _index < tuple.Length)
        {
            item = tuple[_index++];
            return true;
        }

        _tuple = null;
        item = default;
        return false;
    }

    internal static void Install()
    {
        var t = PyType.TupleIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (PyTupleIterator)v.AsObject;
            return PyValue.FromInt64(it._tuple is null ? 0 : it._tuple.Length - it._index);
        });
    }
}
