using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary>Creates the static types Runtime defines (enumerate, zip, ...): iterators that return themselves from <c>__iter__</c>.</summary>
internal static class NativeTypes
{
    /// <summary>
    /// A subclassable builtin iterator type: <paramref name="newSlot"/> builds instances (of the
    /// type or a subclass), <paramref name="next"/> steps them. Adds the slot wrappers.
    /// </summary>
    public static PyType Iterator(string name, NewFunc? newSlot, IterNextFunc next, bool subclassable = true, string? doc = null)
    {
        BuiltinTypes.Initialize();
        var t = PyType.CreateRuntimeType(name, PyType.Object, subclassable ? TypeFlags.BaseType : TypeFlags.None);
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.New = newSlot;
        t.Iter = static (ts, v) => v;
        t.IterNext = next;
        if (doc is not null)
        {
            t.AddValue("__doc__", PyValue.FromObject(new PyStr(doc)));
        }

        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>Puts a freshly made object under the requested (sub)type.</summary>
    public static PyValue As(PyObject obj, PyType type)
    {
        obj.Type = type;
        return PyValue.FromObject(obj);
    }

    /// <summary>One step of an inner iterator where StopIteration raised by Python code also means "exhausted".</summary>
    public static int Step(ThreadState ts, PyValue iterator, out PyValue item)
    {
        var r = PyOps.Next(ts, iterator, out item);
        if (r < 0 && ts.ErrorMatches(PyExc.StopIteration))
        {
            ts.ClearError();
            return 0;
        }

        return r;
    }
}
