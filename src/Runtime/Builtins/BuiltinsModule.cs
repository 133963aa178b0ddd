using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// The <c>builtins</c> module: the builtin types, the exception classes, constants and the
/// builtin functions. Functions live in the other files of this folder, grouped by theme; each
/// group adds itself from <see cref="AddFunctions"/>. Functions that need the interpreter
/// (exec, eval, compile, __import__, __build_class__, super's frame lookup) are added by
/// <c>PythonRuntime</c> through <see cref="Add"/>.
/// </summary>
public static partial class BuiltinsModule
{
    /// <summary>A fresh builtins module with everything that needs no interpreter.</summary>
    public static PyModule Create()
    {
        BuiltinTypes.Initialize();
        var m = new PyModule("builtins");
        m.Add("__doc__", PyValue.FromObject(new PyStr("Built-in functions, types, exceptions, and other objects.")));
        m.Add("None", PyValue.None);
        m.Add("True", PyValue.True);
        m.Add("False", PyValue.False);
        m.Add("Ellipsis", PyValue.Ellipsis);
        m.Add("NotImplemented", PyValue.NotImplemented);
        m.Add("__debug__", PyValue.True);
        foreach (var (name, type) in PublicTypes())
        {
            m.Add(name, PyValue.FromObject(type));
        }

        AddFunctions(m);
        IteratorReduce.Install(m);
        BuiltinDocs.Apply(m);
        if (!PyType.Int.TryGetOwn(Objects.Names.Doc, out var intDoc) || intDoc.IsNone)
        {
            PyType.Int.TypeDict.SetStr(Objects.Names.Doc, PyValue.FromObject(new PyStr(BuiltinDocs.Int)));
        }

        return m;
    }

    /// <summary>Adds a C# function to the module.</summary>
    public static void Add(PyModule m, string name, NativeFunction impl, NativeArity arity = NativeArity.Any) => m.AddFunction(name, impl, arity);

    /// <summary>Implemented by the function groups of this folder.</summary>
    static partial void AddFunctions(PyModule m);

    private static IEnumerable<(string, PyType)> PublicTypes()
    {
        yield return ("object", PyType.Object);
        yield return ("type", PyType.TypeType);
        yield return ("int", PyType.Int);
        yield return ("bool", PyType.Bool);
        yield return ("float", PyType.Float);
        yield return ("complex", PyType.Complex);
        yield return ("str", PyType.Str);
        yield return ("bytes", PyType.Bytes);
        yield return ("bytearray", PyType.ByteArray);
        yield return ("memoryview", PyType.MemoryView);
        yield return ("tuple", PyType.Tuple);
        yield return ("list", PyType.List);
        yield return ("dict", PyType.Dict);
        yield return ("set", PyType.Set);
        yield return ("frozenset", PyType.FrozenSet);
        yield return ("range", PyType.Range);
        yield return ("slice", PyType.Slice);
        yield return ("staticmethod", PyType.StaticMethod);
        yield return ("classmethod", PyType.ClassMethod);
        yield return ("property", PyType.Property);
        yield return ("super", PyType.Super);
        foreach (var f in typeof(PyExc).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (f.GetValue(null) is PyType t)
            {
                yield return (t.Name, t);
            }
        }

        yield return ("EnvironmentError", PyExc.EnvironmentError);
        yield return ("IOError", PyExc.IOError);
    }
}
