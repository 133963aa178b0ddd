namespace ProtoPython.Objects;

/// <summary>set/frozenset <c>__reduce__</c> (CPython's set_reduce): (type, (list of items,), __getstate__()), so copy and pickle rebuild them.</summary>
internal static partial class SetType
{
    private static readonly PyStr s_getState = PyStr.Intern("__getstate__");

    private static PyValue Reduce(ThreadState ts, PyValue self)
    {
        var items = PyList.FromValues(Self(self).ToArray());

        var state = PyOps.CallMethod(ts, self, s_getState, []);
        return state.IsError
            ? state
            : PyValue.FromObject(new PyTuple([PyValue.FromObject(self.Type), PyValue.FromObject(new PyTuple([PyValue.FromObject(items)])), state]));
    }
}
