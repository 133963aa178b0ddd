namespace ProtoPython.Objects;

/// <summary>
/// An instance of BaseException or a subclass. The chaining slots exist now and are filled in by
/// the interpreter later (raise ... from, implicit context, traceback entries). Exception types
/// with their own fields (OSError, SyntaxError...) have instances of the subclasses in
/// <c>Exceptions/PyExceptionObjects.cs</c>; <see cref="Create(PyType, PyValue[])"/> picks the right one.
/// </summary>
public class PyBaseException : PyObject, IHasDict
{
    private PyDict? _dict;

    /// <summary>
    /// Creates an exception of <paramref name="type"/> with <c>args</c> and no other field set. Only
    /// for types without fields of their own; <see cref="Create(PyType, PyValue[])"/> works for any.
    /// </summary>
    public PyBaseException(PyType type, PyValue[] args)
        : base(type)
    {
        Args = args.Length == 0 ? PyTuple.Empty : new PyTuple(args);
    }

    /// <summary>An instance with empty args, for the subclasses' allocation.</summary>
    protected PyBaseException(PyType type)
        : base(type)
    {
        Args = PyTuple.Empty;
    }

    /// <summary><c>args</c>.</summary>
    public PyTuple Args { get; set; }

    /// <summary><c>__cause__</c> (explicit chaining, <c>raise X from Y</c>).</summary>
    public PyBaseException? Cause { get; set; }

    /// <summary><c>__context__</c> (implicit chaining).</summary>
    public PyBaseException? Context { get; set; }

    /// <summary><c>__suppress_context__</c>.</summary>
    public bool SuppressContext { get; set; }

    /// <summary><c>__traceback__</c>: a traceback object once frames exist.</summary>
    public PyObject? Traceback { get; set; }

    /// <summary>
    /// Sets an attribute the way <c>setattr</c> would for the common names: the type's own fields
    /// (<c>name</c>/<c>obj</c> of AttributeError...) or else the instance dict.
    /// </summary>
    public void SetAttribute(PyStr name, PyValue value)
    {
        if (!TrySetField(name.Value, value))
        {
            GetDict(true)!.SetStr(PyStr.Intern(name), value);
        }
    }

    /// <summary>Stores <paramref name="value"/> in a field of the subclass named <paramref name="name"/>; false when there is none.</summary>
    protected virtual bool TrySetField(string name, PyValue value) => false;

    /// <summary>
    /// <c>add_note(note)</c> for C# callers: appends to <c>__notes__</c>, creating the list when
    /// absent. False when <c>__notes__</c> is something else than a list (nothing is raised).
    /// </summary>
    public bool AddNote(string note)
    {
        var dict = GetDict(true)!;
        var key = PyStr.Intern("__notes__");
        if (!dict.TryGetStr(key, out var notes))
        {
            var list = new PyList();
            dict.SetStr(key, PyValue.FromObject(list));
            notes = PyValue.FromObject(list);
        }

        if (notes.AsObject is not PyList target)
        {
            return false;
        }

        target.Append(PyValue.FromObject(new PyStr(note)));
        return true;
    }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    /// <summary>An exception with one str argument, the common case of <c>PyErr_SetString</c>.</summary>
    public static PyBaseException Create(PyType type, string message) => Create(type, [PyValue.FromObject(new PyStr(message))]);

    /// <summary>
    /// <c>type(*args)</c> for a builtin exception type without running Python code: the instance of
    /// the right class with its fields set from <paramref name="args"/> (StopIteration.value,
    /// OSError(2, ...) becoming FileNotFoundError, SyntaxError's location...). Used by
    /// <see cref="ThreadState.SetError(PyType, PyValue[])"/>.
    /// </summary>
    public static PyBaseException Create(PyType type, PyValue[] args) => ExceptionTypes.CreateNative(type, args);

    /// <summary>
    /// <c>str(exc)</c>: "" for no args, str(arg) for one (repr for KeyError), the args tuple's repr otherwise.
    /// Formats only simple values (str, int, float, singletons); the full one is the type's <c>__str__</c>.
    /// </summary>
    public string Message
    {
        get
        {
            if (Args.Length == 0)
            {
                return "";
            }

            if (Args.Length == 1)
            {
                return Type.IsSubtypeOf(PyExc.KeyError) ? ReprOf(Args[0]) : StrOf(Args[0]);
            }

            var parts = new string[Args.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = ReprOf(Args[i]);
            }

            return "(" + string.Join(", ", parts) + ")";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Type.Name + ": " + Message;

    private static string StrOf(PyValue v) => v.AsObject is PyStr s ? s.Value : ReprOf(v);

    private static string ReprOf(PyValue v) => v.AsObject switch
    {
        PyStr s => Formatting.StringRepr.Format(s.Value),
        PyBigInt => PyInt.ToDecimalString(v) ?? "<int>",
        _ => v.ToString(),
    };
}
