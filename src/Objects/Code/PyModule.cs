namespace ProtoPython.Objects;

/// <summary>A module: a name and its globals dict (which is also its <c>__dict__</c>).</summary>
public sealed class PyModule : PyObject, IHasDict
{
    public PyModule(string name, PyDict? dict = null)
        : base(PyType.Module)
    {
        Dict = dict ?? new PyDict();
        Dict.SetStr(Names.Name, PyValue.FromObject(new PyStr(name)));
    }

    public PyDict Dict { get; private set; }

    /// <summary><c>__name__</c> as currently bound in the dict.</summary>
    public string Name => Dict.TryGetStr(Names.Name, out var n) && n.AsObject is PyStr s ? s.Value : "?";

    public PyDict? GetDict(bool create) => Dict;

    public void SetDict(PyDict dict) => Dict = dict;

    /// <summary>Sets a module attribute (module initialization).</summary>
    public void Add(string name, PyValue value) => Dict.SetStr(PyStr.Intern(name), value);

    /// <summary>Adds a C# function as a module attribute.</summary>
    public void AddFunction(string name, NativeFunction impl, NativeArity arity = NativeArity.Any) =>
        Add(name, PyValue.FromObject(new PyBuiltinFunction(name, impl, arity, Name)));
}
