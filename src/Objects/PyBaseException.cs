namespace ProtoPython.Objects;

/// <summary>
/// An instance of BaseException or a subclass. The chaining slots exist now and are filled in by
/// the interpreter later (raise ... from, implicit context, traceback entries).
/// </summary>
public class PyBaseException : PyObject, IHasDict
{
    private PyDict? _dict;

    /// <summary>Creates an exception of <paramref name="type"/> (a BaseException subclass) with <c>args</c>.</summary>
    public PyBaseException(PyType type, PyValue[] args)
        : base(type)
    {
        Args = args.Length == 0 ? PyTuple.Empty : new PyTuple(args);
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

    /// <summary>Sets an instance attribute (<c>name</c>/<c>obj</c> of AttributeError...).</summary>
    public void SetAttribute(PyStr name, PyValue value) => GetDict(true)!.SetStr(PyStr.Intern(name), value);

    /// <summary><c>add_note(note)</c>: appends to <c>__notes__</c>, creating the list.</summary>
    public void AddNote(string note)
    {
        var dict = GetDict(true)!;
        var key = PyStr.Intern("__notes__");
        if (!dict.TryGetStr(key, out var notes) || notes.AsObject is not PyList list)
        {
            list = new PyList();
            dict.SetStr(key, PyValue.FromObject(list));
        }

        list.Append(PyValue.FromObject(new PyStr(note)));
    }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    /// <summary>An exception with one str argument, the common case of <c>PyErr_SetString</c>.</summary>
    public static PyBaseException Create(PyType type, string message) => new(type, [PyValue.FromObject(new PyStr(message))]);

    /// <summary>
    /// <c>str(exc)</c>: "" for no args, str(arg) for one (repr for KeyError), the args tuple's repr otherwise.
    /// Temporary: formats only the value kinds that exist yet (str, int, float, singletons).
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
