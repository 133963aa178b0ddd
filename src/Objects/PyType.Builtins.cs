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
    public static readonly PyType Tuple = CreateBuiltin("tuple", Object, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.OwnLayout | TypeFlags.Sequence);
    public static readonly PyType List = CreateBuiltin("list", Object, TypeFlags.BaseType | TypeFlags.ListSubclass | TypeFlags.OwnLayout | TypeFlags.Sequence);
    public static readonly PyType Dict = CreateBuiltin("dict", Object, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.OwnLayout | TypeFlags.Mapping);
    public static readonly PyType NoneType = CreateBuiltin("NoneType", Object, TypeFlags.None);
    public static readonly PyType NotImplementedType = CreateBuiltin("NotImplementedType", Object, TypeFlags.None);
    public static readonly PyType Ellipsis = CreateBuiltin("ellipsis", Object, TypeFlags.None);
    public static readonly PyType Complex = CreateBuiltin("complex", Object, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType Bytes = CreateBuiltin("bytes", Object, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType ByteArray = CreateBuiltin("bytearray", Object, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType MemoryView = CreateBuiltin("memoryview", Object, TypeFlags.Sequence);
    public static readonly PyType Set = CreateBuiltin("set", Object, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType FrozenSet = CreateBuiltin("frozenset", Object, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType Range = CreateBuiltin("range", Object, TypeFlags.Sequence);
    public static readonly PyType Slice = CreateBuiltin("slice", Object, TypeFlags.None);
    public static readonly PyType BuiltinFunction = CreateBuiltin("builtin_function_or_method", Object, TypeFlags.None);
    public static readonly PyType MethodDescriptor = CreateBuiltin("method_descriptor", Object, TypeFlags.MethodDescriptor);
    public static readonly PyType WrapperDescriptor = CreateBuiltin("wrapper_descriptor", Object, TypeFlags.MethodDescriptor);
    public static readonly PyType MethodWrapper = CreateBuiltin("method-wrapper", Object, TypeFlags.None);
    public static readonly PyType ClassMethodDescriptor = CreateBuiltin("classmethod_descriptor", Object, TypeFlags.None);
    public static readonly PyType GetSetDescriptor = CreateBuiltin("getset_descriptor", Object, TypeFlags.None);
    public static readonly PyType MemberDescriptor = CreateBuiltin("member_descriptor", Object, TypeFlags.None);
    public static readonly PyType StaticMethod = CreateBuiltin("staticmethod", Object, TypeFlags.BaseType);
    public static readonly PyType ClassMethod = CreateBuiltin("classmethod", Object, TypeFlags.BaseType);
    public static readonly PyType Property = CreateBuiltin("property", Object, TypeFlags.BaseType);
    public static readonly PyType Function = CreateBuiltin("function", Object, TypeFlags.MethodDescriptor);
    public static readonly PyType Method = CreateBuiltin("method", Object, TypeFlags.None);
    public static readonly PyType Cell = CreateBuiltin("cell", Object, TypeFlags.None);
    public static readonly PyType Code = CreateBuiltin("code", Object, TypeFlags.None);
    public static readonly PyType Module = CreateBuiltin("module", Object, TypeFlags.BaseType);
    public static readonly PyType MappingProxy = CreateBuiltin("mappingproxy", Object, TypeFlags.Mapping);
    public static readonly PyType SequenceIterator = CreateBuiltin("iterator", Object, TypeFlags.None);
    public static readonly PyType StrIterator = CreateBuiltin("str_iterator", Object, TypeFlags.None);
    public static readonly PyType StrAsciiIterator = CreateBuiltin("str_ascii_iterator", Object, TypeFlags.None);
    public static readonly PyType Frame = CreateBuiltin("frame", Object, TypeFlags.None);
    public static readonly PyType Traceback = CreateBuiltin("traceback", Object, TypeFlags.None);
    public static readonly PyType Generator = CreateBuiltin("generator", Object, TypeFlags.None);
    public static readonly PyType Coroutine = CreateBuiltin("coroutine", Object, TypeFlags.None);
    public static readonly PyType AsyncGenerator = CreateBuiltin("async_generator", Object, TypeFlags.None);
    public static readonly PyType Super = CreateBuiltin("super", Object, TypeFlags.BaseType);

    // Container iterators and views (Containers/*).
    public static readonly PyType ListIterator = CreateBuiltin("list_iterator", Object, TypeFlags.None);
    public static readonly PyType ListReverseIterator = CreateBuiltin("list_reverseiterator", Object, TypeFlags.None);
    public static readonly PyType TupleIterator = CreateBuiltin("tuple_iterator", Object, TypeFlags.None);
    public static readonly PyType SetIterator = CreateBuiltin("set_iterator", Object, TypeFlags.None);
    public static readonly PyType RangeIterator = CreateBuiltin("range_iterator", Object, TypeFlags.None);
    public static readonly PyType LongRangeIterator = CreateBuiltin("longrange_iterator", Object, TypeFlags.None);
    public static readonly PyType DictKeys = CreateBuiltin("dict_keys", Object, TypeFlags.None);
    public static readonly PyType DictValues = CreateBuiltin("dict_values", Object, TypeFlags.None);
    public static readonly PyType DictItems = CreateBuiltin("dict_items", Object, TypeFlags.None);
    public static readonly PyType DictKeyIterator = CreateBuiltin("dict_keyiterator", Object, TypeFlags.None);
    public static readonly PyType DictValueIterator = CreateBuiltin("dict_valueiterator", Object, TypeFlags.None);
    public static readonly PyType DictItemIterator = CreateBuiltin("dict_itemiterator", Object, TypeFlags.None);
    public static readonly PyType DictReverseKeyIterator = CreateBuiltin("dict_reversekeyiterator", Object, TypeFlags.None);
    public static readonly PyType DictReverseValueIterator = CreateBuiltin("dict_reversevalueiterator", Object, TypeFlags.None);
    public static readonly PyType DictReverseItemIterator = CreateBuiltin("dict_reverseitemiterator", Object, TypeFlags.None);
    public static readonly PyType GenericAlias = CreateBuiltin("GenericAlias", Object, TypeFlags.BaseType);
    public static readonly PyType Union = CreateBuiltin("Union", Object, TypeFlags.None, "typing");
    public static readonly PyType Template = CreateBuiltin("Template", Object, TypeFlags.None, "string.templatelib");
    public static readonly PyType Interpolation = CreateBuiltin("Interpolation", Object, TypeFlags.None, "string.templatelib");

    // The type dicts made before `dict` existed were created with a null type: give them theirs.
    private static readonly bool s_bootstrapDictsTyped = TypeBootstrapDicts();

    // Last: every builtin type above exists when the slots are installed.
    private static readonly bool s_slotsInstalled = InstallBuiltinSlots();

    private static bool TypeBootstrapDicts()
    {
        foreach (var t in new[] { Object, s_typeType, Int, Bool, Float, Str, Tuple, List, Dict })
        {
            if (t is not null)
            {
                t._dict.Type ??= Dict;
            }
        }

        return true;
    }

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
