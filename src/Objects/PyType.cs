namespace ProtoPython.Objects;

/// <summary>
/// A Python type object. Builtin types are static singletons (<c>PyType.Builtins.cs</c>); heap
/// types come from <see cref="Create"/>. Lookups walk the MRO (<c>PyType.Mro.cs</c>) and every
/// mutation that can change a lookup result resets the version tag (<c>PyType.Version.cs</c>).
/// </summary>
public sealed partial class PyType : PyObject
{
    // The type dict: keys are interned names; every write goes through SetDictEntry so the version
    // tag and the slots follow it (ARCHITECTURE §2.5).
    private readonly PyDict _dict = new();

    private PyType(PyType? metatype, string name, string module, PyType[] bases, TypeFlags flags)
        : base(metatype!)
    {
        Name = name;
        QualName = name;
        ModuleName = module;
        Bases = bases;
        Base = bases.Length > 0 ? bases[0] : null;
        Flags = flags;
        foreach (var b in bases)
        {
            Flags |= b.Flags & TypeFlags.Inherited;
        }

        Mro = [this];
        SolidBase = (flags & TypeFlags.OwnLayout) != 0 || Base is null ? this : Base.SolidBase;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; private set; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get; private set; }

    /// <summary><c>__module__</c> ("builtins" for builtin types).</summary>
    public string ModuleName { get; }

    /// <summary><c>__bases__</c>.</summary>
    public PyType[] Bases { get; private set; }

    /// <summary><c>__base__</c>: the base with the most derived solid base (the first base for builtins).</summary>
    public PyType? Base { get; private set; }

    /// <summary><c>__mro__</c>, this type first.</summary>
    public PyType[] Mro { get; private set; }

    public TypeFlags Flags { get; private set; }

    /// <summary>A non-empty <c>__abstractmethods__</c> was set (Py_TPFLAGS_IS_ABSTRACT): object.__new__ refuses to instantiate.</summary>
    public bool IsAbstract { get; internal set; }

    /// <summary>The nearest type along the base chain whose instances have their own layout (<c>solid_base</c>).</summary>
    public PyType SolidBase { get; private set; }

    public bool HasFlag(TypeFlags flag) => (Flags & flag) != 0;

    /// <summary>
    /// CPython's <c>tp_name</c>, which error messages show: the name of a heap or builtins type,
    /// module.name for other static types (<c>collections.deque</c>, <c>string.templatelib.Template</c>).
    /// </summary>
    public string TpName => HasFlag(TypeFlags.HeapType) || ModuleName == "builtins" ? Name : ModuleName + "." + Name;

    /// <summary>The full name as repr shows it: qualname for builtins, module.qualname otherwise.</summary>
    public string FullName
    {
        get
        {
            var module = ModuleName;
            if (HasFlag(TypeFlags.HeapType) && _dict.TryGetStr(Names.Module, out var m) && m.AsObject is PyStr ms)
            {
                module = ms.Value;
            }

            return module == "builtins" ? QualName : module + "." + QualName;
        }
    }

    /// <summary>CPython's <c>%T</c> in error messages (_PyType_GetFullyQualifiedName): as <see cref="FullName"/>, without a <c>__main__</c> module too.</summary>
    public string FullyQualifiedName
    {
        get
        {
            var full = FullName;
            return full.StartsWith("__main__.", StringComparison.Ordinal) ? QualName : full;
        }
    }

    /// <summary>Renames the type (<c>__name__</c>/<c>__qualname__</c> assignment); null keeps a name.</summary>
    public void SetNames(string? name, string? qualName)
    {
        Name = name ?? Name;
        QualName = qualName ?? QualName;
    }

    /// <summary>Creates a builtin type (not a heap type): name, bases, flags. Computes the MRO.</summary>
    internal static PyType CreateBuiltin(string name, PyType? baseType, TypeFlags flags, string module = "builtins")
    {
        var type = new PyType(s_typeType, name, module, baseType is null ? [] : [baseType], flags | TypeFlags.ImmutableType);
        type.Mro = baseType is null ? [type] : [type, .. baseType.Mro];
        type.HashFunction = baseType?.HashFunction;
        type.AttachToBases();
        return type;
    }

    /// <summary>
    /// A builtin (non-heap, immutable) type made by a layer above Objects (iterators, wrappers).
    /// Set its slots, then call <see cref="SlotTable.AddWrappers"/> so its dunders exist.
    /// <paramref name="module"/> is its <c>__module__</c> (<c>time</c> for <c>time.struct_time</c>).
    /// </summary>
    public static PyType CreateRuntimeType(string name, PyType? baseType = null, TypeFlags flags = TypeFlags.None, string module = "builtins")
    {
        BuiltinTypes.Initialize();
        var t = CreateBuiltin(name, baseType ?? Object, flags, module);
        SlotTable.InheritBuiltin(t);
        return t;
    }

    /// <summary>A builtin type with several bases (ExceptionGroup): C3 MRO, flags inherited from all.</summary>
    internal static PyType CreateBuiltinMulti(string name, PyType[] bases)
    {
        var type = new PyType(s_typeType, name, "builtins", bases, TypeFlags.BaseType | TypeFlags.ImmutableType);
        type.Base = bases[0];
        type.SolidBase = bases[0].SolidBase;
        type.Mro = ComputeMro(ThreadState.Current, type, bases) ?? [type, .. bases[0].Mro];
        type.HashFunction = bases[0].HashFunction;
        type.AttachToBases();
        return type;
    }

    /// <summary>
    /// <c>type(name, bases, {})</c> without the dict and metaclass machinery (which needs the call
    /// protocol): checks the bases, computes the C3 MRO. Returns null with a pending TypeError on failure.
    /// </summary>
    public static PyType? Create(ThreadState ts, string name, string module, PyType[] bases)
    {
        if (bases.Length == 0)
        {
            bases = [Object];
        }

        foreach (var b in bases)
        {
            if (!b.HasFlag(TypeFlags.BaseType))
            {
                ts.SetError(PyExc.TypeError, "type '" + b.FullName + "' is not an acceptable base type");
                return null;
            }
        }

        var best = BestBase(ts, bases);
        if (best is null)
        {
            return null;
        }

        var type = new PyType(s_typeType, name, module, bases, TypeFlags.HeapType | TypeFlags.BaseType);
        type.Base = best;
        type.HashFunction = best.HashFunction;
        type.SolidBase = best.SolidBase;
        var mro = ComputeMro(ts, type, bases);
        if (mro is null)
        {
            return null;
        }

        type.Mro = mro;
        type.AttachToBases();
        return type;
    }

    // best_base: the base whose solid base is the most derived; all solid bases must lie on one chain.
    private static PyType? BestBase(ThreadState ts, PyType[] bases)
    {
        PyType? best = null;
        PyType? winner = null;
        foreach (var b in bases)
        {
            var candidate = b.LayoutBase;
            if (winner is null || (candidate.IsSubtypeOf(winner) && !ReferenceEquals(candidate, winner)))
            {
                winner = candidate;
                best = b;
            }
            else if (!winner.IsSubtypeOf(candidate))
            {
                ts.SetError(PyExc.TypeError, "multiple bases have instance lay-out conflict");
                return null;
            }
        }

        return best;
    }

    /// <summary>The type's own dict (<c>__dict__</c> is a read-only proxy of it). Write through <see cref="SetDictEntry(PyStr, PyValue)"/>.</summary>
    public PyDict TypeDict => _dict;

    /// <summary>An entry of this type's own dict (no MRO walk).</summary>
    public bool TryGetOwn(PyStr name, out PyValue value) => _dict.TryGetStr(name, out value);

    /// <summary>An entry of this type's own dict (no MRO walk).</summary>
    public bool TryGetOwn(string name, out PyValue value) => _dict.TryGetStr(PyStr.Intern(name), out value);

    /// <summary>
    /// <c>_PyType_Lookup</c>: the first definition of <paramref name="name"/> along the MRO, or
    /// false (no exception is set: absence is not an error at this level).
    /// </summary>
    public bool TryLookup(PyStr name, out PyValue value)
    {
        var version = _version;
        if (version == 0)
        {
            return LookupMro(name, out value);
        }

        // The type attribute cache (CPython's MCACHE): a version tag names one state of the whole
        // MRO's dicts, so (version, name) -> result holds until a write resets the version.
        ref var entry = ref s_attributeCache[(int)((version * 0x9E3779B1u) ^ (uint)name.Hash()) & AttributeCacheMask];
        if (entry.Version == version && ReferenceEquals(entry.Name, name))
        {
            value = entry.Value;
            return !value.IsNull;
        }

        var found = LookupMro(name, out value);
        entry.Version = version;
        entry.Name = name;
        entry.Value = found ? value : PyValue.Null;
        return found;
    }

    private bool LookupMro(PyStr name, out PyValue value)
    {
        foreach (var t in Mro)
        {
            if (t._dict.TryGetStr(name, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    private const int AttributeCacheMask = 4095;

    private struct AttributeCacheEntry
    {
        public uint Version;
        public PyStr? Name;
        public PyValue Value;
    }

    // Shared by all threads: entries are only read and written with the GIL held (or by the
    // program's single thread).
    private static readonly AttributeCacheEntry[] s_attributeCache = new AttributeCacheEntry[AttributeCacheMask + 1];

    /// <summary>The MRO lookup by .NET name (cold paths; interns the name).</summary>
    public bool TryLookup(string name, out PyValue value) => TryLookup(PyStr.Intern(name), out value);

    /// <summary>Writes a type-dict entry, invalidates the version of this type and its subclasses, and re-derives dunder slots.</summary>
    public void SetDictEntry(PyStr name, PyValue value)
    {
        Modified();
        _dict.SetStr(PyStr.Intern(name), value);
        OnDictEntryChanged(name);
    }

    /// <inheritdoc cref="SetDictEntry(PyStr, PyValue)"/>
    public void SetDictEntry(string name, PyValue value) => SetDictEntry(PyStr.Intern(name), value);

    /// <summary>Removes a type-dict entry; false when absent (the caller raises AttributeError).</summary>
    public bool RemoveDictEntry(PyStr name)
    {
        if (!_dict.TryGetStr(name, out _))
        {
            return false;
        }

        Modified();
        _dict.RemoveStr(name);
        OnDictEntryChanged(name);
        return true;
    }

    /// <inheritdoc cref="RemoveDictEntry(PyStr)"/>
    public bool RemoveDictEntry(string name) => RemoveDictEntry(PyStr.Intern(name));

    // Dunder writes on heap types re-derive the slot (and the subclasses'), as CPython's update_slot.
    private void OnDictEntryChanged(PyStr name)
    {
        var text = name.Value;
        if (HasFlag(TypeFlags.HeapType) && text.Length > 4 && text.StartsWith("__", StringComparison.Ordinal) && text.EndsWith("__", StringComparison.Ordinal))
        {
            SlotTable.OnDunderChanged(this, text);
        }
    }

    /// <summary>Python's <c>issubclass(this, other)</c> for types without <c>__subclasscheck__</c>: an MRO scan.</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>repr(type): <c>&lt;class 'name'&gt;</c>.</summary>
    public override string ToString() => "<class '" + FullName + "'>";
}
