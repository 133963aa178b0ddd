using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// <c>id()</c>: .NET objects move, so a heap object gets a number on first request, kept in a
/// weak table for its lifetime; it looks like an address (aligned, in a high range). Immediates
/// derive theirs from the payload, so equal ints have equal ids (ARCHITECTURE §2.1).
/// </summary>
public static class ObjectIds
{
    private static readonly ConditionalWeakTable<PyObject, StrongBox<long>> s_ids = new();
    private static long s_next = 0x7f3a00000000;

    public static long Of(PyValue v)
    {
        if (v.IsInt64)
        {
            return (v.RawBits << 4) | 0x1;
        }

        if (v.IsFloat)
        {
            return (v.RawBits << 4) | 0x3;
        }

        return s_ids.GetValue(v.AsObject, static _ => new StrongBox<long>(Interlocked.Add(ref s_next, 0x30))).Value;
    }
}
