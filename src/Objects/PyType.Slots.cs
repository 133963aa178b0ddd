using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>A type's <c>tp_hash</c>: false with a pending exception on failure.</summary>
public delegate bool HashFunction(ThreadState ts, PyValue self, out long hash);

/// <summary>
/// Type slots: the per-type entry points the generic protocols (<see cref="PyOps"/>) dispatch
/// through, CPython's <c>tp_*</c>/<c>nb_*</c>/<c>sq_*</c>/<c>mp_*</c>. A builtin type sets them to
/// C# functions and gets wrapper descriptors (<c>__add__</c>, <c>__len__</c>...) made from them
/// (<see cref="SlotTable"/>); a heap type inherits them from its base, and where its dict defines
/// the dunder they become calls of that Python method (<see cref="SlotTable.Update"/>).
/// A null slot means "not supported".
/// </summary>
public sealed partial class PyType
{
    /// <summary>CPython's constant hash of None (3.12+).</summary>
    public const long NoneHash = 0xFCA86420;

    /// <summary><c>tp_hash</c>; null = unhashable (list, dict).</summary>
    public HashFunction? HashFunction { get; set; }

    public UnaryFunc? Repr;
    public UnaryFunc? ToStr;
    public RichCompareFunc? RichCompare;
    public GetAttrFunc? GetAttr;
    public SetAttrFunc? SetAttr;
    public CallFunc? Call;
    public NewFunc? New;
    public InitFunc? Init;
    public UnaryFunc? Iter;
    public IterNextFunc? IterNext;
    public DescrGetFunc? DescrGet;
    public DescrSetFunc? DescrSet;

    /// <summary>sq_length / mp_length (one slot: Python has one <c>__len__</c>).</summary>
    public LengthFunc? Length;

    /// <summary>mp_subscript (also serves sq_item: <c>__getitem__</c>).</summary>
    public BinaryFunc? GetItem;

    /// <summary>mp_ass_subscript (<c>__setitem__</c> and, with Null, <c>__delitem__</c>).</summary>
    public SetItemFunc? SetItem;
    public PredicateFunc? Contains;
    public InquiryFunc? ToBool;

    /// <summary>
    /// nb_* binary slots indexed by <see cref="NumberOp"/> 0..12 and the in-place forms 13..25,
    /// BINARY_OP's oparg order. Power is here too (two-argument form); <see cref="Power"/> is the three-argument one.
    /// </summary>
    public readonly BinaryFunc?[] Number = new BinaryFunc?[NumberOps.SlotCount];

    public TernaryFunc? Power;
    public UnaryFunc? Negative;
    public UnaryFunc? Positive;
    public UnaryFunc? Invert;
    public UnaryFunc? Absolute;
    public UnaryFunc? Index;
    public UnaryFunc? ToInt;
    public UnaryFunc? ToFloat;

    /// <summary>The hash slot of unhashable types (PyObject_HashNotImplemented): set explicitly so subclasses do not inherit object's.</summary>
    public static bool HashNotImplemented(ThreadState ts, PyValue self, out long hash)
    {
        hash = -1;
        ts.SetError(PyExc.TypeError, "unhashable type: '" + self.Type.Name + "'");
        return false;
    }

    /// <summary>
    /// Object identity hash. CPython hashes the address; objects here move, so this is the
    /// runtime's identity hash code (stable for the object's lifetime, not address-derived).
    /// </summary>
    public static bool IdentityHash(ThreadState ts, PyValue self, out long hash)
    {
        hash = RuntimeHelpers.GetHashCode(self.AsObject);
        return true;
    }

    private static bool InstallBuiltinSlots()
    {
        Object.HashFunction = IdentityHash;
        TypeType.HashFunction = IdentityHash;
        Int.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = PyInt.Hash(v);
            return true;
        };
        Bool.HashFunction = Int.HashFunction;
        Float.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = PyFloat.Hash(v.AsDouble);
            return true;
        };
        Str.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = ((PyStr)v.AsObject).Hash();
            return true;
        };
        Tuple.HashFunction = PyTuple.Hash;
        NoneType.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = NoneHash;
            return true;
        };
        NotImplementedType.HashFunction = IdentityHash;
        Ellipsis.HashFunction = IdentityHash;
        List.HashFunction = HashNotImplemented;
        Dict.HashFunction = HashNotImplemented;
        return true;
    }
}
