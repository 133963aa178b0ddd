namespace ProtoPython.Objects;

/// <summary>
/// CPython's <c>slotdefs</c>: which dunder fills which type slot. Two directions:
/// <list type="bullet">
/// <item>builtin types set slots in C# and get wrapper descriptors made from them
/// (<see cref="AddWrappers"/>: <c>int.__add__</c>, <c>list.__len__</c>);</item>
/// <item>heap types get their slots from the MRO (<see cref="Update"/>): inherited when every
/// dunder of the slot resolves to a builtin wrapper, else a function that calls the Python
/// method (<see cref="HeapSlots"/>). Writing a dunder on a class re-derives that slot for the
/// class and its subclasses (<see cref="OnDunderChanged"/>).</item>
/// </list>
/// </summary>
public static partial class SlotTable
{
    // A dunder can feed more than one slot (__pow__: binary ** and three-argument pow).
    private static readonly Dictionary<string, List<SlotDef>> s_byName = new(StringComparer.Ordinal);

    static SlotTable()
    {
        foreach (var def in Definitions())
        {
            foreach (var name in def.Names)
            {
                if (!s_byName.TryGetValue(name, out var list))
                {
                    s_byName[name] = list = [];
                }

                list.Add(def);
            }
        }
    }

    /// <summary>Re-derives every slot of heap type <paramref name="type"/> from its MRO.</summary>
    public static void Update(PyType type)
    {
        foreach (var def in Definitions())
        {
            UpdateOne(type, def);
        }
    }

    /// <summary>Called when a dunder of a heap type's dict changes: re-derives the slot for it and its subclasses.</summary>
    public static void OnDunderChanged(PyType type, string name)
    {
        if (!s_byName.TryGetValue(name, out var defs))
        {
            return;
        }

        foreach (var def in defs)
        {
            UpdateOne(type, def);
        }

        foreach (var sub in type.Subclasses())
        {
            OnDunderChanged(sub, name);
        }
    }

    private static void UpdateOne(PyType type, SlotDef def)
    {
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return;
        }

        // The slot comes from the builtin type whose wrapper the MRO finds first (CPython's
        // update_one_slot): class E(ValueError, KeyError) gets KeyError's __str__, not __base__'s.
        var python = false;
        PyType? source = null;
        var names = def.Names;
        var keys = def.Keys;
        for (var n = 0; n < keys.Length; n++)
        {
            var name = names[n];
            foreach (var t in type.Mro)
            {
                if (!t.TryGetOwn(keys[n], out var attr))
                {
                    continue;
                }

                if (attr.AsObject is PyMethodDescriptor { Kind: MethodKind.SlotWrapper } wrapper && wrapper.Name == name)
                {
                    source ??= wrapper.Owner;
                }
                else if (attr.AsObject is PyMethodDescriptor { Kind: MethodKind.Method } method && ReferenceEquals(t, method.Owner)
                    && !t.HasFlag(TypeFlags.HeapType) && def.IsSet(t))
                {
                    // A builtin method standing for a slot the type also fills (list.__getitem__).
                    source ??= method.Owner;
                }
                else if (attr.AsObject is PyBuiltinFunction { WrapsSlot: true })
                {
                    source ??= ReferenceEquals(t, type) ? null : t;
                }
                else
                {
                    python = true;
                }

                break;
            }

            if (python)
            {
                break;
            }
        }

        if (python)
        {
            def.InstallPython(type);
        }
        else
        {
            def.Inherit(type, source ?? type.Base!);
        }
    }

    /// <summary>
    /// Builtin types inherit every slot they do not set from their base (CPython's inherit_slots),
    /// except __new__/__init__ directly from object: a builtin type without a constructor cannot be instantiated.
    /// </summary>
    public static void InheritBuiltin(PyType type)
    {
        if (type.Base is not { } b)
        {
            return;
        }

        foreach (var def in Definitions())
        {
            if (def.IsSet(type) || (ReferenceEquals(b, PyType.Object) && def.Names[0] is "__new__" or "__init__"))
            {
                continue;
            }

            def.Inherit(type, b);
        }
    }

    /// <summary>Adds the wrapper descriptors of the slots <paramref name="type"/> defines itself (not inherited unchanged), unless its dict already has the name.</summary>
    public static void AddWrappers(PyType type)
    {
        if (type.HashFunction == PyType.HashNotImplemented && !type.TryGetOwn(Names.Hash, out _)
            && type.Base is { } hb && hb.HashFunction != PyType.HashNotImplemented)
        {
            type.TypeDict.SetStr(Names.Hash, PyValue.None);
        }

        foreach (var def in Definitions())
        {
            if (!def.DefinedBy(type) || (def.Names[0] == "__hash__" && type.HashFunction == PyType.HashNotImplemented))
            {
                continue;
            }

            foreach (var (name, wrapper) in def.Wrappers(type))
            {
                if (!type.TryGetOwn(name, out _))
                {
                    type.TypeDict.SetStr(PyStr.Intern(name), wrapper);
                }
            }
        }

        // Every builtin type has its own __doc__ (tp_doc or None), so none inherits object's.
        if (!type.TryGetOwn(Names.Doc, out _))
        {
            type.TypeDict.SetStr(Names.Doc, PyValue.None);
        }
    }
}

/// <summary>One slot (or slot group) and its dunders.</summary>
internal sealed class SlotDef
{
    public required string[] Names { get; init; }

    /// <summary>
    /// <see cref="Names"/> interned, so deriving a heap type's slots (about 90 dunders along its
    /// MRO for every class statement) looks dicts up without interning a string each time.
    /// </summary>
    public PyStr[] Keys => field ??= InternAll(Names);

    /// <summary>Copies the slot from <c>base</c>.</summary>
    public required Action<PyType, PyType> Inherit { get; init; }

    /// <summary>Sets the slot to the function calling the Python dunder(s).</summary>
    public required Action<PyType> InstallPython { get; init; }

    /// <summary>True when the type has the slot set.</summary>
    public required Func<PyType, bool> IsSet { get; init; }

    /// <summary>True when the type has the slot and it differs from its base's.</summary>
    public required Func<PyType, bool> DefinedBy { get; init; }

    /// <summary>The (name, descriptor) pairs exposing the type's slot.</summary>
    public required Func<PyType, IEnumerable<(string Name, PyValue Wrapper)>> Wrappers { get; init; }

    private static PyStr[] InternAll(string[] names)
    {
        var keys = new PyStr[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            keys[i] = PyStr.Intern(names[i]);
        }

        return keys;
    }
}
