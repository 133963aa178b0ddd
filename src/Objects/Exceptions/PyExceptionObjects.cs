namespace ProtoPython.Objects;

// The instance layouts of the exception types with fields of their own (CPython's
// Py*Object structs in exceptions.c). A field holding PyValue.Null is CPython's NULL: the
// attribute reads as None, and state/reduce helpers leave it out.

/// <summary>StopIteration: <c>value</c>.</summary>
public sealed class PyStopIteration(PyType type) : PyBaseException(type)
{
    public PyValue Value { get; set; }
}

/// <summary>SystemExit: <c>code</c>.</summary>
public sealed class PySystemExit(PyType type) : PyBaseException(type)
{
    public PyValue Code { get; set; }
}

/// <summary>ImportError: <c>msg</c>, <c>name</c>, <c>path</c>, <c>name_from</c>.</summary>
public sealed class PyImportError(PyType type) : PyBaseException(type)
{
    public PyValue Msg { get; set; }

    public PyValue Name { get; set; }

    public PyValue Path { get; set; }

    public PyValue NameFrom { get; set; }

    protected override bool TrySetField(string name, PyValue value)
    {
        switch (name)
        {
            case "msg": Msg = value; return true;
            case "name": Name = value; return true;
            case "path": Path = value; return true;
            case "name_from": NameFrom = value; return true;
            default: return false;
        }
    }
}

/// <summary>AttributeError: <c>name</c> and <c>obj</c> (for suggestions).</summary>
public sealed class PyAttributeError(PyType type) : PyBaseException(type)
{
    public PyValue Name { get; set; }

    public PyValue Obj { get; set; }

    protected override bool TrySetField(string name, PyValue value)
    {
        switch (name)
        {
            case "name": Name = value; return true;
            case "obj": Obj = value; return true;
            default: return false;
        }
    }
}

/// <summary>NameError: <c>name</c>.</summary>
public sealed class PyNameError(PyType type) : PyBaseException(type)
{
    public PyValue Name { get; set; }

    protected override bool TrySetField(string name, PyValue value)
    {
        if (name != "name")
        {
            return false;
        }

        Name = value;
        return true;
    }
}

/// <summary>OSError: <c>errno</c>, <c>strerror</c>, <c>filename</c>, <c>filename2</c>, and BlockingIOError's <c>characters_written</c>.</summary>
public sealed class PyOSError(PyType type) : PyBaseException(type)
{
    public PyValue Errno { get; set; }

    public PyValue StrError { get; set; }

    public PyValue Filename { get; set; }

    public PyValue Filename2 { get; set; }

    /// <summary><c>characters_written</c>; -1 = absent (reading it raises AttributeError).</summary>
    public long Written { get; set; } = -1;
}

/// <summary>SyntaxError and its subclasses: the location fields.</summary>
public sealed class PySyntaxError(PyType type) : PyBaseException(type)
{
    public PyValue Msg { get; set; }

    public PyValue Filename { get; set; }

    public PyValue Lineno { get; set; }

    public PyValue Offset { get; set; }

    public PyValue Text { get; set; }

    public PyValue EndLineno { get; set; }

    public PyValue EndOffset { get; set; }

    public PyValue PrintFileAndLine { get; set; }

    /// <summary><c>_metadata</c> (3.14: what the traceback printer uses for extra hints).</summary>
    public PyValue Metadata { get; set; }

    protected override bool TrySetField(string name, PyValue value)
    {
        switch (name)
        {
            case "msg": Msg = value; return true;
            case "filename": Filename = value; return true;
            case "lineno": Lineno = value; return true;
            case "offset": Offset = value; return true;
            case "text": Text = value; return true;
            case "end_lineno": EndLineno = value; return true;
            case "end_offset": EndOffset = value; return true;
            default: return false;
        }
    }
}

/// <summary>UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: <c>encoding</c>, <c>object</c>, <c>start</c>, <c>end</c>, <c>reason</c>.</summary>
public sealed class PyUnicodeErrorObject(PyType type) : PyBaseException(type)
{
    public PyValue Encoding { get; set; }

    public PyValue Object { get; set; }

    public long Start { get; set; }

    public long End { get; set; }

    public PyValue Reason { get; set; }
}

/// <summary>BaseExceptionGroup and its subclasses: <c>message</c> and <c>exceptions</c>.</summary>
public sealed class PyExceptionGroup(PyType type) : PyBaseException(type)
{
    /// <summary><c>message</c> (a str).</summary>
    public PyValue Msg { get; set; }

    public PyTuple Exceptions { get; set; } = PyTuple.Empty;

    /// <summary>The repr of the exceptions argument when it was neither a list nor a tuple, taken at construction.</summary>
    public string? ExceptionsRepr { get; set; }
}
