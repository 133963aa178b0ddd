using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>A type's <c>tp_hash</c>: false with a pending exception on failure.</summary>
public delegate bool HashFunction(ThreadState ts, PyValue self, out long hash);

/// <summary>
/// Type slots: the per-type entry points the generic protocols dispatch through (CPython's
/// <c>tp_*</c>/<c>nb_*</c>). Only <c>tp_hash</c> exists so far; the number, sequence, mapping,
/// attribute and call slots follow the same pattern (a delegate field, inherited from the base,
/// overridden by dunder methods on heap types).
/// </summary>
public sealed partial class PyType
{
    /// <summary>CPython's constant hash of None (3.12+).</summary>
    public const long NoneHash = 0xFCA86420;

    /// <summary><c>tp_hash</c>; null = unhashable (list, dict).</summary>
    public HashFunction? HashFunction { get; set; }

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
        List.HashFunction = null;
        Dict.HashFunction = null;
        return true;
    }
}
