namespace ProtoPython.Objects;

/// <summary>Type flags, named after CPython's <c>Py_TPFLAGS_*</c> where one exists.</summary>
[Flags]
public enum TypeFlags
{
    None = 0,

    /// <summary>Created by a class statement or <c>type()</c> (<c>Py_TPFLAGS_HEAPTYPE</c>).</summary>
    HeapType = 1 << 0,

    /// <summary>May be subclassed (<c>Py_TPFLAGS_BASETYPE</c>); bool, NoneType and friends may not.</summary>
    BaseType = 1 << 1,

    /// <summary>Attributes cannot be set on the type (<c>Py_TPFLAGS_IMMUTABLETYPE</c>): all builtins.</summary>
    ImmutableType = 1 << 2,

    /// <summary>Subclass markers used for fast isinstance checks (<c>Py_TPFLAGS_*_SUBCLASS</c>).</summary>
    LongSubclass = 1 << 3,
    FloatSubclass = 1 << 4,
    StrSubclass = 1 << 5,
    TupleSubclass = 1 << 6,
    ListSubclass = 1 << 7,
    DictSubclass = 1 << 8,
    BaseExceptionSubclass = 1 << 9,
    TypeSubclass = 1 << 10,

    /// <summary>
    /// Instances have a memory layout of their own (extra fields over the base's): CPython's
    /// "solid base". Two bases with unrelated solid bases cannot be combined.
    /// </summary>
    OwnLayout = 1 << 11,

    /// <summary>
    /// Calling the attribute unbound with self first equals binding it and calling
    /// (<c>Py_TPFLAGS_METHOD_DESCRIPTOR</c>): functions and method descriptors. LOAD_ATTR's method form relies on it.
    /// </summary>
    MethodDescriptor = 1 << 12,

    /// <summary>Instances of the type are sequences for <c>match</c> (<c>Py_TPFLAGS_SEQUENCE</c>).</summary>
    Sequence = 1 << 13,

    /// <summary>Instances of the type are mappings for <c>match</c> (<c>Py_TPFLAGS_MAPPING</c>).</summary>
    Mapping = 1 << 14,

    /// <summary>Flags a subclass inherits from its bases.</summary>
    Inherited = LongSubclass | FloatSubclass | StrSubclass | TupleSubclass | ListSubclass | DictSubclass
        | BaseExceptionSubclass | TypeSubclass | Sequence | Mapping,
}
