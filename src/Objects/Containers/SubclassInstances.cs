namespace ProtoPython.Objects;

// Instances of Python subclasses of the builtin containers: the builtin's storage plus an
// instance __dict__ (GenericGetAttr/SetAttr and the __dict__ descriptor find it through
// IHasDict). Exact builtin instances are never these classes, so `[].x = 1` still fails.

/// <summary>An instance of a subclass of list.</summary>
public sealed class PyListInstance(PyType type) : PyList(type), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}

/// <summary>An instance of a subclass of dict.</summary>
public sealed class PyDictInstance(PyType type) : PyDict(type), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}

/// <summary>An instance of a subclass of tuple (items fixed at creation, as any tuple).</summary>
public sealed class PyTupleInstance(PyType type, PyValue[] items) : PyTuple(type, items), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}

/// <summary>An instance of a subclass of set or frozenset.</summary>
public sealed class PySetInstance(PyType type, bool frozen) : PySet(type, frozen), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}
