using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>__reduce__</c> of the set and dict iterators: <c>(iter, (list of the items left,))</c> as
/// CPython, listed from a copy so the iterator itself does not move; list and tuple iterators give
/// <c>(iter, (sequence,), position)</c> (their __setstate__ restores the position). Installed with builtins,
/// where <c>iter</c> is.
/// </summary>
internal static class IteratorReduce
{
    public static void Install(PyModule builtins)
    {
        if (!builtins.Dict.TryGetStr(PyStr.Intern("iter"), out var iter))
        {
            return;
        }

        if (builtins.Dict.TryGetStr(PyStr.Intern("reversed"), out var reversed))
        {
            PyType.ListReverseIterator.AddMethod0("__reduce__", (ts, self) => ((PyListReverseIterator)self.AsObject) is { List: { } l } r
                ? Tuple3(reversed, PyValue.FromObject(l), r.Position)
                : Tuple2(reversed, PyValue.FromObject(new PyList())));
        }

        PyType.ListIterator.AddMethod0("__reduce__", (ts, self) => ((PyListIterator)self.AsObject) is { List: { } l } r
            ? Tuple3(iter, PyValue.FromObject(l), r.Position)
            : Tuple2(iter, PyValue.FromObject(new PyList())));
        PyType.TupleIterator.AddMethod0("__reduce__", (ts, self) => ((PyTupleIterator)self.AsObject) is { Tuple: { } t } r
            ? Tuple3(iter, PyValue.FromObject(t), r.Position)
            : Tuple2(iter, PyValue.FromObject(PyTuple.Empty)));
        PyType.SetIterator.AddMethod0("__reduce__", (ts, self) =>
            Reduce(ts, iter, PyValue.FromObject(((PySetIterator)self.AsObject).CopyPosition())));
        foreach (var t in new[]
        {
            PyType.DictKeyIterator, PyType.DictValueIterator, PyType.DictItemIterator,
            PyType.DictReverseKeyIterator, PyType.DictReverseValueIterator, PyType.DictReverseItemIterator,
        })
        {
            t.AddMethod0("__reduce__", (ts, self) => Reduce(ts, iter, PyValue.FromObject(((PyDictIterator)self.AsObject).CopyPosition())));
        }
    }

    private static PyValue Tuple2(PyValue callable, PyValue arg) =>
        PyValue.FromObject(new PyTuple([callable, PyValue.FromObject(new PyTuple([arg]))]));

    private static PyValue Tuple3(PyValue callable, PyValue arg, int position) =>
        PyValue.FromObject(new PyTuple([callable, PyValue.FromObject(new PyTuple([arg])), PyValue.FromInt64(position)]));

    private static PyValue Reduce(ThreadState ts, PyValue iter, PyValue copy)
    {
        var list = PyOps.Call(ts, PyValue.FromObject(PyType.List), [copy]);
        return list.IsError ? list : PyValue.FromObject(new PyTuple([iter, PyValue.FromObject(new PyTuple([list]))]));
    }
}
