namespace ProtoPython.Objects;

/// <summary><c>set_iterator</c>: table order; RuntimeError when the set's size changed since creation.</summary>
public sealed class PySetIterator : PyObject
{
    private PySet? _set;
    private int _used;
    private int _pos;
    private int _remaining;

    public PySetIterator(PySet set)
        : base(PyType.SetIterator)
    {
        _set = set;
        _used = set.Count;
        _remaining = set.Count;
    }

    /// <summary>An iterator at the same position (for __reduce__, which lists what is left without moving this one).</summary>
    public PySetIterator CopyPosition() => (PySetIterator)MemberwiseClone();

    internal static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PySetIterator)self.AsObject;
        item = default;
        var set = it._set;
        if (set is null)
        {
            return 0;
        }

        if (it._used != set.Count)
        {
            ts.SetError(PyExc.RuntimeError, "Set changed size during iteration");
            it._used = -1;
            return -1;
        }

        if (!set.Next(ref it._pos, out item, out _))
        {
            it._set = null;
            return 0;
        }

        it._remaining--;
        return 1;
    }

    internal static void Install()
    {
        var t = PyType.SetIterator;
        t.Iter = static (ts, v) => v;
        t.IterNext = Next;
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (PySetIterator)v.AsObject;
            return PyValue.FromInt64(it._set is not null && it._used == it._set.Count ? it._remaining : 0);
        });
    }
}
