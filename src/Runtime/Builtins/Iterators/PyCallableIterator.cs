using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>iter(callable, sentinel)</c>: calls until the result equals the sentinel (or StopIteration is raised).</summary>
public sealed class PyCallableIterator : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("callable_iterator", null, Next, subclassable: false);

    private PyValue _callable;
    private PyValue _sentinel;

    public PyCallableIterator(PyValue callable, PyValue sentinel)
        : base(TypeObject)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PyCallableIterator)self.AsObject;
        item = default;
        if (it._callable.IsNull)
        {
            return 0;
        }

        var result = PyOps.Call0(ts, it._callable);
        if (result.IsError)
        {
            if (!ts.ErrorMatches(PyExc.StopIteration))
            {
                return -1;
            }

            ts.ClearError();
            it.Exhaust();
            return 0;
        }

        var eq = PyOps.RichCompareBool(ts, it._sentinel, result, CompareOp.Eq);
        if (eq == 0)
        {
            item = result;
            return 1;
        }

        if (eq > 0)
        {
            it.Exhaust();
            return 0;
        }

        return -1;
    }

    private void Exhaust()
    {
        _callable = PyValue.Null;
        _sentinel = PyValue.Null;
    }
}
