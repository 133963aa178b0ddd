namespace ProtoPython.Objects;

/// <summary>
/// The builtin type objects. Static initializers run in textual order, which is the bootstrap
/// order: object and type first (each other's metatype and base), then the rest. Keep every
/// builtin type field in this one file so the order stays defined.
/// </summary>
public sealed partial class PyType
{
    private static PyType? s_typeType;

    public static readonly PyType Object = new(null, "object", "builtins", [], TypeFlags.BaseType | TypeFlags.ImmutableType | TypeFlags.OwnLayout);

    public static readonly PyType TypeType = BootstrapTypeType();

    public static readonly PyType Int = CreateBuiltin("int", Object, TypeFlags.BaseType | TypeFlags.LongSubclass | TypeFlags.OwnLayout);
    public static readonly PyType Bool = CreateBuiltin("bool", Int, TypeFlags.None);
    public static readonly PyType Float = CreateBuiltin("float", Object, TypeFlags.BaseType | TypeFlags.FloatSubclass | TypeFlags.OwnLayout);
    public static readonly PyType Str = CreateBuiltin("str", Object, TypeFlags.BaseType | TypeFlags.StrSubclass | TypeFlags.OwnLayout);
    public static readonly PyType Tuple = CreateBuiltin("tuple", Object, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.OwnLayout);
    public static readonly PyType List = CreateBuiltin("list", Object, TypeFlags.BaseType | TypeFlags.ListSubclass | TypeFlags.OwnLayout);
    public static readonly PyType Dict = CreateBuiltin("dict", Object, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.OwnLayout);
    public static readonly PyType NoneType = CreateBuiltin("NoneType", Object, TypeFlags.None);
    public static readonly PyType NotImplementedType = CreateBuiltin("NotImplementedType", Object, TypeFlags.None);
    public static readonly PyType Ellipsis = CreateBuiltin("ellipsis", Object, TypeFlags.None);

    // Last: every builtin type above exists when the slots are installed.
    private static readonly bool s_slotsInstalled = InstallBuiltinSlots();

    private static PyType BootstrapTypeType()
    {
        var type = new PyType(null, "type", "builtins", [Object], TypeFlags.BaseType | TypeFlags.ImmutableType | TypeFlags.TypeSubclass | TypeFlags.OwnLayout);
        type.Type = type;
        Object.Type = type;
        type.Mro = [type, Object];
        type.AttachToBases();
        s_typeType = type;
        return type;
    }
}
