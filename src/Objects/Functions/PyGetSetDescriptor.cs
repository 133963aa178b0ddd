namespace ProtoPython.Objects;

/// <summary>Reads an attribute computed in C#: <c>int.real</c>, <c>function.__name__</c>.</summary>
public delegate PyValue GetterFunc(ThreadState ts, PyValue self);

/// <summary>Writes (or with Null deletes) an attribute computed in C#.</summary>
public delegate bool SetterFunc(ThreadState ts, PyValue self, PyValue value);

/// <summary><c>getset_descriptor</c>: a data descriptor over C# accessors.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public PyGetSetDescriptor(PyType owner, string name, GetterFunc getter, SetterFunc? setter)
        : base(PyType.GetSetDescriptor)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public GetterFunc Getter { get; }

    public SetterFunc? Setter { get; }

    /// <summary><c>__doc__</c>, or null (None).</summary>
    public string? Doc { get; init; }

    public static PyValue DescrGetSlot(ThreadState ts, PyValue descriptor, PyValue instance, PyType owner)
    {
        var d = (PyGetSetDescriptor)descriptor.AsObject;
        if (instance.IsNull)
        {
            return descriptor;
        }

        if (!instance.Type.IsSubtypeOf(d.Owner))
        {
            return ts.SetError(PyExc.TypeError, "descriptor '" + d.Name + "' for '" + d.Owner.Name + "' objects doesn't apply to a '" + instance.Type.Name + "' object");
        }

        return d.Getter(ts, instance);
    }

    public static bool DescrSetSlot(ThreadState ts, PyValue descriptor, PyValue instance, PyValue value)
    {
        var d = (PyGetSetDescriptor)descriptor.AsObject;
        if (d.Setter is null)
        {
            ts.SetError(PyExc.AttributeError, "attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects is not writable");
            return false;
        }

        return d.Setter(ts, instance, value);
    }

    public override string ToString() => "<attribute '" + Name + "' of '" + Owner.Name + "' objects>";
}
