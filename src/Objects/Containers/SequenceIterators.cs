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

    /// <summary>
    /// FOR_ITER_LIST_I64/_F64: 1 with the next item of a list stored as <paramref name="strategy"/>
    /// (Int64 or Float64), 0 when exhausted, -1 (nothing consumed) when the list uses another storage.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int NextOfStrategy(ListStrategy strategy, out PyValue item)
    {
        var list = _list;
        if (list is null || _index >= list.Count)
        {
            _list = null;
            item = default;
            return 0;
        }

        if (list.Strategy != strategy)
        {
            item = default;
            return -1;
        }

        item = strategy == ListStrategy.Int64 ? PyValue.FromInt64(list.Int64At(_index)) : PyValue.FromDouble(list.Float64At(_index));
        _index++;
        return 1;
    }

    internal long LengthHint => _list is null ? 0 : Math.Max(_list.Count - _index, 0);

    /// <summary>The list, null once exhausted (for __reduce__).</summary>
    public PyList? List => _list;

    public int Position => _index;

    internal static void Install()
    {
        var t = PyType.ListIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) => PyValue.FromInt64(((PyListIterator)v.AsObject).LengthHint));
        t.AddMethod1("__setstate__", static (ts, v, state) =>
        {
            var it = (PyListIterator)v.AsObject;
            if (!SetStateIndex.TryGet(ts, state, out var index))
            {
                return PyValue.Error;
            }

            if (it._list is not null)
            {
                // CPython 3.14: a negative index exhausts the iterator, a large one is clamped.
                it._index = (int)Math.Min(index, it._list.Count);
                it._list = index < 0 ? null : it._list;
            }

            return PyValue.None;
        });
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

    /// <summary>The list, null once exhausted (for __reduce__).</summary>
    public PyList? List => _list;

    public int Position => _index;

    internal static void Install()
    {
        var t = PyType.ListReverseIterator;
        t.AddMethod1("__setstate__", static (ts, v, state) =>
        {
            var it = (PyListReverseIterator)v.AsObject;
            if (!SetStateIndex.TryGet(ts, state, out var index))
            {
                return PyValue.Error;
            }

            if (it._list is not null)
            {
                it._index = (int)Math.Clamp(index, -1, it._list.Count - 1);
            }

            return PyValue.None;
        });
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

    /// <summary>The tuple, null once exhausted (for __reduce__).</summary>
    public PyTuple? Tuple => _tuple;

    public int Position => _index;

    internal static void Install()
    {
        var t = PyType.TupleIterator;
        t.AddMethod1("__setstate__", static (ts, v, state) =>
        {
            var it = (PyTupleIterator)v.AsObject;
            if (!SetStateIndex.TryGet(ts, state, out var index))
            {
                return PyValue.Error;
            }

            if (it._tuple is not null)
            {
                it._index = (int)Math.Clamp(index, 0, it._tuple.Length);
            }

            return PyValue.None;
        });
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (PyTupleIterator)v.AsObject;
            return PyValue.FromInt64(it._tuple is null ? 0 : it._tuple.Length - it._index);
        });
    }
}

/// <summary>The index argument of the sequence iterators' <c>__setstate__</c>.</summary>
internal static class SetStateIndex
{
    public static bool TryGet(ThreadState ts, PyValue state, out long index) =>
        PyOps.TryIndexAsInt64(ts, state, PyExc.OverflowError, out index);
}
