using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

/// <summary>
/// LOAD_ATTR and STORE_ATTR (wave 2). Cache use, in code units after the counter:
/// LOAD_ATTR <c>+2</c> type version (32 bits), <c>+4</c> shape id or module keys version (32 bits),
/// <c>+6</c> slot or entry index; STORE_ATTR <c>+2</c> type version, <c>+4</c> slot index. Objects
/// (the method of LOAD_ATTR_METHOD_*, a class attribute, the shape of STORE_ATTR) go in
/// <see cref="PyCode.CacheValues"/> at the instruction's index.
/// </summary>
public static partial class Specialize
{
    public static void LoadAttr(PyCode code, int instr, PyValue owner, PyStr name, bool method)
    {
        var units = code.Instructions;
        var op = LoadAttrForm(code, instr, owner, name, method);
        if (op == Opcode.LoadAttr)
        {
            Fail(units, instr, AttrFailure(owner, name, store: false));
        }
        else
        {
            Publish(units, instr, op);
        }
    }

    private static Opcode LoadAttrForm(PyCode code, int instr, PyValue owner, PyStr name, bool method)
    {
        var units = code.Instructions;
        var type = owner.Type;
        if (owner.AsObject is PyModule module && ReferenceEquals(type, PyType.Module))
        {
            var dict = module.Dict;
            var ix = dict.Keys.StrOnly ? dict.FindStr(name) : -1;
            var version = ix >= 0 ? dict.Keys.Version : 0;
            if (ix < 0 || ix > ushort.MaxValue || version == 0)
            {
                return Opcode.LoadAttr;
            }

            WriteU32(units, instr + 4, version);
            units[instr + 6] = (ushort)ix;
            return Opcode.LoadAttrModule;
        }

        if (owner.AsObject is PyType cls)
        {
            return LoadClassAttrForm(code, instr, cls, name);
        }

        if (!HasGenericGetAttr(type))
        {
            return method ? Opcode.LoadAttr : GetAttributeForm(code, instr, type);
        }

        var typeVersion = type.GetOrAssignVersion();
        if (typeVersion == 0)
        {
            return Opcode.LoadAttr;
        }

        var hasDescr = type.TryLookup(name, out var descr);
        var descrType = hasDescr ? descr.Type : null;
        if (descrType is { DescrGet: not null, DescrSet: not null })
        {
            // A data descriptor wins over the instance: __slots__ members are read directly.
            if (descr.AsObject is PyMemberDescriptor member && owner.AsObject is PyInstance && !method)
            {
                WriteU32(units, instr + 2, typeVersion);
                units[instr + 6] = (ushort)member.Index;
                return Opcode.LoadAttrSlot;
            }

            // An exact property whose getter is a Python function of one argument: the getter runs
            // as an inline frame. Cache: the property in CacheValues[instr], the getter's version at
            // [instr + 1] (the getter can be replaced without the class changing).
            if (descr.AsObject is PyProperty { Getter.AsObject: PyFunction getter } && ReferenceEquals(descrType, PyType.Property) &&
                !method && ExactArgs(getter, 1))
            {
                WriteU32(units, instr + 2, typeVersion);
                CacheValue(code, instr, descr);
                code.CacheValues![instr + 1] = PyValue.FromInt64(getter.Version);
                return Opcode.LoadAttrProperty;
            }

            return Opcode.LoadAttr;
        }

        if (owner.AsObject is PyInstance inst)
        {
            if (inst.Shape is not { } shape)
            {
                if (inst.Dict is { } dict)
                {
                    return DictHintForm(units, instr, dict, name, typeVersion, Opcode.LoadAttrWithHint, 6);
                }

                // A class attribute that is no descriptor, on an instance without a __dict__.
                if (!method && hasDescr && !type.HasInstanceDict && descrType!.DescrGet is null)
                {
                    WriteU32(units, instr + 2, typeVersion);
                    CacheValue(code, instr, descr);
                    return Opcode.LoadAttrNondescriptorNoDict;
                }

                // Instances of a class with __slots__ only have no __dict__ (the type version fixes
                // that): their methods come from the type alone.
                if (method && hasDescr && !type.HasInstanceDict && inst.Dict is null && descrType!.HasFlag(TypeFlags.MethodDescriptor))
                {
                    WriteU32(units, instr + 2, typeVersion);
                    CacheValue(code, instr, descr);
                    return Opcode.LoadAttrMethodNoDict;
                }

                return Opcode.LoadAttr;
            }

            WriteU32(units, instr + 2, typeVersion);
            WriteU32(units, instr + 4, (uint)shape.Id);
            var slot = shape.IndexOf(name);
            if (slot >= 0)
            {
                units[instr + 6] = (ushort)slot;
                return Opcode.LoadAttrInstanceValue;
            }

            if (!hasDescr)
            {
                return Opcode.LoadAttr;
            }

            if (method && descrType!.HasFlag(TypeFlags.MethodDescriptor))
            {
                CacheValue(code, instr, descr);
                return Opcode.LoadAttrMethodWithValues;
            }

            if (!method && descrType!.DescrGet is null)
            {
                CacheValue(code, instr, descr);
                return Opcode.LoadAttrNondescriptorWithValues;
            }

            return Opcode.LoadAttr;
        }

        // Instances of heap subclasses of builtins (exceptions...) whose dict does not exist yet.
        if (method && hasDescr && type.HasInstanceDict && owner.AsObject is IHasDict lazy && lazy.GetDict(false) is null
            && descrType!.HasFlag(TypeFlags.MethodDescriptor))
        {
            WriteU32(units, instr + 2, typeVersion);
            CacheValue(code, instr, descr);
            return Opcode.LoadAttrMethodLazyDict;
        }

        // Objects without a __dict__ (instances of builtin types, and of native types whose objects
        // could hold one only in a subclass, like deque): methods of the type.
        if (method && hasDescr && (owner.AsObject is not IHasDict || !type.HasInstanceDict) && descrType!.HasFlag(TypeFlags.MethodDescriptor))
        {
            WriteU32(units, instr + 2, typeVersion);
            CacheValue(code, instr, descr);
            return Opcode.LoadAttrMethodNoDict;
        }

        return Opcode.LoadAttr;
    }

    // Foo.attr where the metaclass is `type`: plain values and functions (which bind to nothing on a class).
    private static Opcode LoadClassAttrForm(PyCode code, int instr, PyType cls, PyStr name)
    {
        if (!ReferenceEquals(cls.Type, PyType.TypeType))
        {
            return MetaclassAttrForm(code, instr, cls, name);
        }

        if (!cls.TryLookup(name, out var descr))
        {
            return Opcode.LoadAttr;
        }

        if (PyType.TypeType.TryLookup(name, out _) || (descr.Type.DescrGet is not null && descr.AsObject is not PyFunction))
        {
            // Shadowed by a metaclass attribute, or a descriptor (classmethod, property...) that must run.
            return Opcode.LoadAttr;
        }

        var version = cls.GetOrAssignVersion();
        if (version == 0)
        {
            return Opcode.LoadAttr;
        }

        WriteU32(code.Instructions, instr + 2, version);
        CacheValue(code, instr, descr);
        return Opcode.LoadAttrClass;
    }

    /// <summary>
    /// STORE_ATTR on an instance of a class without <c>__setattr__</c>: a <c>__slots__</c> member
    /// (STORE_ATTR_SLOT, cache +4 the slot index), or an attribute in the instance's shape
    /// (STORE_ATTR_INSTANCE_VALUE, cache +4 the value index). The latter also covers adding the
    /// attribute (what <c>__init__</c> does): then the index is <see cref="AddsAttribute"/> and the
    /// shape after the store is cached next to the guarded one (its last slot is the value's).
    /// </summary>
    public static void StoreAttr(PyCode code, int instr, PyValue owner, PyStr name)
    {
        var units = code.Instructions;
        var op = StoreAttrForm(code, instr, owner, name);
        if (op == Opcode.StoreAttr)
        {
            Fail(units, instr, AttrFailure(owner, name, store: true));
        }
        else
        {
            Publish(units, instr, op);
        }
    }

    private static Opcode StoreAttrForm(PyCode code, int instr, PyValue owner, PyStr name)
    {
        var units = code.Instructions;
        var type = owner.Type;
        if (owner.AsObject is not PyInstance inst || type.SetAttr != PyType.Object.SetAttr)
        {
            return Opcode.StoreAttr;
        }

        var version = type.GetOrAssignVersion();
        if (version == 0)
        {
            return Opcode.StoreAttr;
        }

        if (type.TryLookup(name, out var descr) && descr.Type.DescrSet is not null)
        {
            if (descr.AsObject is not PyMemberDescriptor { Getter: null } member || member.Index >= inst.Slots.Length ||
                member.Index > ushort.MaxValue || !ReferenceEquals(descr.Type, PyType.MemberDescriptor))
            {
                return Opcode.StoreAttr;
            }

            WriteU32(units, instr + 2, version);
            units[instr + 4] = (ushort)member.Index;
            return Opcode.StoreAttrSlot;
        }

        if (inst.Shape is not { } shape)
        {
            return inst.Dict is { } dict ? DictHintForm(units, instr, dict, name, version, Opcode.StoreAttrWithHint, 4) : Opcode.StoreAttr;
        }

        var shapes = code.CacheShapes ??= new Shape?[units.Length];
        var slot = shape.IndexOf(name);
        if (slot < 0)
        {
            var next = shape.Add(name);
            if (next is null)
            {
                return Opcode.StoreAttr;
            }

            shapes[instr + 1] = next;
            slot = AddsAttribute;
        }

        WriteU32(units, instr + 2, version);
        units[instr + 4] = (ushort)slot;
        shapes[instr] = shape;
        return Opcode.StoreAttrInstanceValue;
    }

    // An instance whose attributes live in a materialized __dict__ (CPython's WITH_HINT forms): the
    // entry index of the name, which the form checks still holds the name (str-keyed dicts only;
    // a load or store of a name the dict lacks stays generic, as in CPython).
    private static Opcode DictHintForm(ushort[] units, int instr, PyDict dict, PyStr name, uint typeVersion, Opcode form, int hintAt)
    {
        var hint = dict.Keys.StrOnly ? dict.FindStr(name) : -1;
        if (hint < 0 || hint > ushort.MaxValue)
        {
            return OpcodeInfo.Deopt(form);
        }

        WriteU32(units, instr + 2, typeVersion);
        units[instr + hintAt] = (ushort)hint;
        return form;
    }

    /// <summary>STORE_ATTR_INSTANCE_VALUE's index when the store adds the attribute (a shape transition; no real index is that large).</summary>
    public const int AddsAttribute = 0x8000;

    // Why LOAD_ATTR/STORE_ATTR stayed generic, re-derived from the same facts the forms check.
    private static string AttrFailure(PyValue owner, PyStr name, bool store)
    {
        var type = owner.Type;
        if (owner.AsObject is PyModule)
        {
            return "module attribute missing or module dict not str-keyed";
        }

        if (owner.AsObject is PyType cls)
        {
            return !ReferenceEquals(cls.Type, PyType.TypeType) ? "class with metaclass " + cls.Type.Name
                : store ? "class attribute store"
                : "class attribute missing, shadowed by type, or a descriptor";
        }

        if (store ? type.SetAttr != PyType.Object.SetAttr : !HasGenericGetAttr(type))
        {
            return store ? "__setattr__ overridden" : "__getattribute__ or __getattr__ overridden";
        }

        if (type.TryLookup(name, out var descr))
        {
            if (descr.Type.DescrSet is not null)
            {
                return (descr.AsObject is PyProperty ? "property" : "data descriptor " + descr.Type.Name) + (store ? " store" : "");
            }

            if (descr.Type.DescrGet is not null && !store)
            {
                return "non-data descriptor " + descr.Type.Name;
            }
        }

        return owner.AsObject switch
        {
            PyInstance { Shape: null, Dict: { } } => "name not in the instance's __dict__",
            PyInstance { Shape: null } => store ? "instance without __dict__" : "instance without __dict__, attribute not on the class",
            PyInstance => store ? "too many attributes for a shape" : "attribute not found",
            _ => "attribute of a " + type.Name + " object",
        };
    }

    // Delegates compare by method and target: types install their own delegate over the same method.
    private static bool HasGenericGetAttr(PyType type) => type.GetAttr is null || type.GetAttr == PyType.Object.GetAttr;

    private static void CacheValue(PyCode code, int instr, PyValue value)
    {
        var values = code.CacheValues ??= new PyValue[code.Instructions.Length];
        values[instr] = value;
    }
}
