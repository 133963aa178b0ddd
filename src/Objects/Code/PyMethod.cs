namespace ProtoPython.Objects;

/// <summary>A bound method: a callable plus the instance it receives first.</summary>
public sealed class PyMethod : PyObject
{
    public PyMethod(PyValue function, PyValue self)
        : base(PyType.Method)
    {
        Function = function;
        Self = self;
    }

    public PyValue Function { get; }

    public PyValue Self { get; }

    public static PyValue CallSlot(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var m = (PyMethod)callable.AsObject;
        return PyOps.CallPrepended(ts, m.Function, m.Self, args, kwnames);
    }
}
