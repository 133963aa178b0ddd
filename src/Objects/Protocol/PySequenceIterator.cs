namespace ProtoPython.Objects;

/// <summary>The <c>iterator</c> type: iteration over <c>__getitem__</c> with 0, 1, 2... until IndexError or StopIteration.</summary>
public sealed class PySequenceIterator : PyObject
{
    private PyValue _sequence;
    private long _index;

    public PySequenceIterator(PyValue sequence)
        : base(PyType.SequenceIterator)
    {
        _sequence = sequence;
    }

    public static int NextSlot(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PySequenceIterator)self.AsObject;
        if (it._sequence.IsNull)
        {
            item = default;
            return 0;
        }

        item = PyOps.GetItem(ts, it._sequence, PyValue.FromInt64(it._index));
        if (!item.IsError)
        {
            it._index++;
            return 1;
        }

        if (ts.ErrorMatches(PyExc.IndexError) || ts.ErrorMatches(PyExc.StopIteration))
        {
            ts.ClearError();
            it._sequence = PyValue.Null;
            return 0;
        }

        return -1;
    }
}
