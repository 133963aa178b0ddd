using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>__reduce__</c> of the set and dict iterators: <c>(iter, (list of the items left,))</c> as
/// CPython, listed from a copy so the iterator itself does not move. Installed with builtins,
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

    private static PyValue Reduce(ThreadState ts, PyValue iter, PyValue copy)
    {
        var list = PyOps.Call(ts, PyValue.FromObject(PyType.List), [copy]);
        return list.IsError ? list : PyValue.FromObject(new PyTuple([iter, PyValue.FromObject(new PyTuple([list]))]));
    }
}
