using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// tuple: an immutable PyValue[]. Only construction and hashing so far; the sequence methods come
/// with the interpreter.
/// </summary>
public class PyTuple : PyObject
{
    // xxHash's primes, as CPython's tuplehash (Objects/tupleobject.c, 3.8+).
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    /// <summary>The empty tuple (a singleton, as in CPython).</summary>
    public static readonly PyTuple Empty = new([]);

    private readonly PyValue[] _items;

    /// <summary>A tuple that takes ownership of <paramref name="items"/> (the caller must not mutate it afterwards).</summary>
    public PyTuple(PyValue[] items)
        : base(PyType.Tuple)
    {
        _items = items;
    }

    /// <summary>An instance of a tuple subclass (see <see cref="PyTupleInstance"/>).</summary>
    protected PyTuple(PyType type, PyValue[] items)
        : base(type)
    {
        _items = items;
    }

    public int Length => _items.Length;

    public PyValue this[int index] => _items[index];

    public ReadOnlySpan<PyValue> Items => _items;

    /// <summary>
    /// <c>hash(t)</c>: CPython's xxHash-derived combination of the item hashes. False with a
    /// pending TypeError when an item is unhashable.
    /// </summary>
    public static bool Hash(ThreadState ts, PyValue self, out long hash)
    {
        var items = ((PyTuple)self.AsObject)._items;

        // Nested tuples hash recursively; a deep enough nesting must become RecursionError,
        // never a .NET stack overflow (ARCHITECTURE §3).
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
            hash = 0;
            return false;
        }

        var acc = XxPrime5;
        foreach (var item in items)
        {
            if (!item.TryHash(ts, out var lane))
            {
                hash = 0;
                return false;
            }

            unchecked
            {
                acc += (ulong)lane * XxPrime2;
                acc = (acc << 31) | (acc >> 33);
                acc *= XxPrime1;
            }
        }

        acc += (ulong)items.Length ^ (XxPrime5 ^ 3527539UL);
        hash = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        return true;
    }
}
