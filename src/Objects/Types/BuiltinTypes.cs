namespace ProtoPython.Objects;

/// <summary>
/// Fills every builtin type's slots and dict, once, before any Python code runs. Order matters
/// only in that <see cref="SlotTable.AddWrappers"/> runs after all slots are set.
/// Each type's <c>Install</c> lives in <c>Types/&lt;Name&gt;Type.cs</c>.
/// </summary>
public static class BuiltinTypes
{
    private static readonly Lock s_lock = new();
    private static bool s_done;

    /// <summary>Idempotent; the runtime calls it at startup, tests may call it directly.</summary>
    public static void Initialize()
    {
        lock (s_lock)
        {
            if (s_done)
            {
                return;
            }

            s_done = true;

            // The dicts of types created before dict itself (object, type, int...) have no type yet.
            foreach (var t in AllTypes())
            {
                t.TypeDict.Type ??= PyType.Dict;
            }

            foreach (var install in Installers())
            {
                install();
            }

            // Bases before subclasses: the MRO length orders them well enough for single inheritance chains.
            var types = AllTypes().Distinct().OrderBy(t => t.Mro.Length).ToList();
            foreach (var t in types)
            {
                SlotTable.InheritBuiltin(t);
            }

            foreach (var t in types)
            {
                SlotTable.AddWrappers(t);
            }
        }
    }

    private static IEnumerable<Action> Installers() =>
    [
        ObjectType.Install,
        TypeType.Install,
        FunctionTypes.Install,
        CodeType.Install,
        FrameTypes.Install,
        DescriptorTypes.Install,
        NoneTypes.Install,
        IntType.Install,
        FloatType.Install,
        StrType.Install,
        TupleType.Install,
        ListType.Install,
        DictType.Install,
        ComplexType.Install,
        SetType.Install,
        RangeType.Install,
        SliceType.Install,
        BytesType.Install,
        ExceptionTypes.Install,
    ];

    /// <summary>Attribute access is inherited along the base chain (tp_getattro/tp_setattro inheritance).</summary>
    public static void InheritAttributeSlots(PyType t)
    {
        for (var b = t.Base; b is not null && (t.GetAttr is null || t.SetAttr is null); b = b.Base)
        {
            t.GetAttr ??= b.GetAttr;
            t.SetAttr ??= b.SetAttr;
        }
    }

    /// <summary>Every builtin type object (the PyType and PyExc static fields).</summary>
    public static IEnumerable<PyType> AllTypes()
    {
        foreach (var holder in new[] { typeof(PyType), typeof(PyExc), typeof(UnicodeErrors) })
        {
            foreach (var f in holder.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                if (f.FieldType == typeof(PyType) && f.GetValue(null) is PyType t)
                {
                    yield return t;
                }
            }
        }
    }
}
