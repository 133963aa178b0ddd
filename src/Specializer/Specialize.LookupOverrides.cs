using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    /// <summary>
    /// LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN (not for method loads): the class's <c>__getattribute__</c>
    /// is a Python function of exactly (self, name) and there is no <c>__getattr__</c>; the form
    /// calls it as an inline frame. Cache +2 the class's version, +4 the function's version; the
    /// function in <see cref="PyCode.CacheValues"/>.
    /// </summary>
    private static Opcode GetAttributeForm(PyCode code, int instr, PyType type)
    {
        // A Python __getattribute__ on a heap class means its slot is the one that calls it.
        if (!type.HasFlag(TypeFlags.HeapType) || !type.TryLookup(Names.GetAttribute, out var getattribute)
            || getattribute.AsObject is not PyFunction func || type.TryLookup(Names.GetAttr, out _)
            || !ExactArgs(func, 2) || func.Code.IsGenerator || func.Version == 0)
        {
            return Opcode.LoadAttr;
        }

        var version = type.GetOrAssignVersion();
        if (version == 0)
        {
            return Opcode.LoadAttr;
        }

        WriteU32(code.Instructions, instr + 2, version);
        WriteU32(code.Instructions, instr + 4, func.Version);
        CacheValue(code, instr, getattribute);
        return Opcode.LoadAttrGetattributeOverridden;
    }

    /// <summary>
    /// LOAD_ATTR_CLASS_WITH_METACLASS_CHECK: <c>C.attr</c> where C's metaclass is not <c>type</c>
    /// but keeps type's attribute lookup, and the metaclass has no data descriptor of that name
    /// (which would win over C's attribute). Guards: C's version (+2) and the metaclass's (+4).
    /// </summary>
    private static Opcode MetaclassAttrForm(PyCode code, int instr, PyType cls, PyStr name)
    {
        var meta = cls.Type;
        if (meta.GetAttr != PyType.TypeType.GetAttr || !cls.TryLookup(name, out var descr)
            || (meta.TryLookup(name, out var metaDescr) && metaDescr.Type.DescrSet is not null)
            || (descr.Type.DescrGet is not null && descr.AsObject is not PyFunction))
        {
            return Opcode.LoadAttr;
        }

        var version = cls.GetOrAssignVersion();
        var metaVersion = meta.GetOrAssignVersion();
        if (version == 0 || metaVersion == 0)
        {
            return Opcode.LoadAttr;
        }

        WriteU32(code.Instructions, instr + 2, version);
        WriteU32(code.Instructions, instr + 4, metaVersion);
        CacheValue(code, instr, descr);
        return Opcode.LoadAttrClassWithMetaclassCheck;
    }
}
