using System.Collections.Immutable;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// Reproduces the iteration order of a CPython set built by adding items one by one, so a
/// folded frozenset constant shows its items as CPython's would. Hashes and equality are
/// <see cref="ConstantValue.PythonHash"/> and <see cref="ConstantValue.PythonEquals"/>; str and
/// bytes hash as CPython does with PYTHONHASHSEED=0 (with a random seed CPython's own order
/// varies from run to run).
/// </summary>
internal static class SetOrder
{
    private const int PerturbShift = 5;
    private const int LinearProbes = 9;

    public static ImmutableArray<ConstantValue> Order(ConstantValue[] items)
    {
        // Python's equality merges 1, 1.0 and True: the first one added wins.
        var distinct = new List<ConstantValue>();
        foreach (var item in items)
        {
            if (!distinct.Any(d => d.PythonEquals(item)))
            {
                distinct.Add(item);
            }
        }

        var hashes = new long[distinct.Count];
        for (int i = 0; i < distinct.Count; i++)
        {
            var h = Hash(distinct[i]);
            if (h is null)
            {
                return [.. distinct];
            }

            hashes[i] = h.Value;
        }

        // setobject.c: 8 slots, resized when fill*5 >= mask*3, linear probing of up to
        // LINEAR_PROBES slots, then perturbation. Replay the insertions.
        var table = Insert(distinct, hashes);
        return [.. table];
    }

    private static List<ConstantValue> Insert(List<ConstantValue> items, long[] hashes)
    {
        int mask = 7;
        var slots = new int[mask + 1];
        Array.Fill(slots, -1);
        int fill = 0;
        for (int i = 0; i < items.Count; i++)
        {
            Place(slots, mask, hashes[i], i);
            fill++;
            if (fill * 5 >= mask * 3)
            {
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                int newSize = 8;
                while (newSize <= minused)
                {
                    newSize <<= 1;
                }

                var old = slots;
                mask = newSize - 1;
                slots = new int[newSize];
                Array.Fill(slots, -1);
                foreach (var idx in old)
                {
                    if (idx >= 0)
                    {
                        Place(slots, mask, hashes[idx], idx);
                    }
                }
            }
        }

        return slots.Where(s => s >= 0).Select(s => items[s]).ToList();
    }

    private static void Place(int[] slots, int mask, long hash, int value)
    {
        ulong perturb = unchecked((ulong)hash);
        ulong i = unchecked((ulong)hash) & (ulong)mask;
        while (true)
        {
            if (slots[i] < 0)
            {
                slots[i] = value;
                return;
            }

            if (i + LinearProbes <= (ulong)mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (slots[i + (ulong)j] < 0)
                    {
                        slots[i + (ulong)j] = value;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & (ulong)mask;
        }
    }

    /// <summary>
    /// Python's hash() of a constant when CPython's value does not depend on an object's address:
    /// NaN hashes by identity since 3.10, and Ellipsis and code objects always do, so a set holding
    /// one keeps the order it was written in (null). Everything else is
    /// <see cref="ConstantValue.PythonHash"/>.
    /// </summary>
    internal static long? Hash(ConstantValue value) => HasAddressHash(value) ? null : value.PythonHash();

    private static bool HasAddressHash(ConstantValue value) => value switch
    {
        FloatConstant f => double.IsNaN(f.Value),
        ComplexConstant c => double.IsNaN(c.Real) || double.IsNaN(c.Imag),
        TupleConstant t => t.Items.Any(HasAddressHash),
        FrozenSetConstant fs => fs.Items.Any(HasAddressHash),
        NoneConstant or BoolConstant or IntConstant or StrConstant or BytesConstant => false,
        _ => true,
    };
}
