namespace ProtoPython.Objects;

/// <summary>C3 linearization (<c>mro_internal</c>/<c>pmerge</c> in CPython's typeobject.c).</summary>
public sealed partial class PyType
{
    /// <summary>
    /// The C3 MRO of a new type with <paramref name="bases"/>: the type, then the merge of the bases'
    /// MROs and the base list. Null with a pending TypeError (CPython's messages) when no consistent order exists.
    /// </summary>
    internal static PyType[]? ComputeMro(ThreadState ts, PyType type, PyType[] bases)
    {
        for (var i = 0; i < bases.Length; i++)
        {
            for (var j = i + 1; j < bases.Length; j++)
            {
                if (ReferenceEquals(bases[i], bases[j]))
                {
                    ts.SetError(PyExc.TypeError, "duplicate base class " + bases[i].Name);
                    return null;
                }
            }
        }

        if (bases.Length == 1)
        {
            return [type, .. bases[0].Mro];
        }

        // The sequences to merge: each base's MRO, then the base list itself. heads[i] is the
        // index of the first element of seqs[i] not yet taken.
        var seqs = new PyType[bases.Length + 1][];
        for (var i = 0; i < bases.Length; i++)
        {
            seqs[i] = bases[i].Mro;
        }

        seqs[bases.Length] = bases;
        var heads = new int[seqs.Length];
        var result = new List<PyType> { type };
        while (true)
        {
            var empty = true;
            PyType? chosen = null;
            for (var i = 0; i < seqs.Length && chosen is null; i++)
            {
                if (heads[i] >= seqs[i].Length)
                {
                    continue;
                }

                empty = false;
                var candidate = seqs[i][heads[i]];
                if (!InAnyTail(seqs, heads, candidate))
                {
                    chosen = candidate;
                }
            }

            if (empty)
            {
                return [.. result];
            }

            if (chosen is null)
            {
                ts.SetError(PyExc.TypeError, MroConflictMessage(seqs, heads));
                return null;
            }

            result.Add(chosen);
            for (var i = 0; i < seqs.Length; i++)
            {
                if (heads[i] < seqs[i].Length && ReferenceEquals(seqs[i][heads[i]], chosen))
                {
                    heads[i]++;
                }
            }
        }
    }

    private static bool InAnyTail(PyType[][] seqs, int[] heads, PyType candidate)
    {
        for (var i = 0; i < seqs.Length; i++)
        {
            for (var k = heads[i] + 1; k < seqs[i].Length; k++)
            {
                if (ReferenceEquals(seqs[i][k], candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // CPython's set_mro_error: the distinct heads of the unfinished sequences, in order.
    private static string MroConflictMessage(PyType[][] seqs, int[] heads)
    {
        var names = new List<string>();
        var seen = new HashSet<PyType>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < seqs.Length; i++)
        {
            if (heads[i] < seqs[i].Length && seen.Add(seqs[i][heads[i]]))
            {
                names.Add(seqs[i][heads[i]].Name);
            }
        }

        return "Cannot create a consistent method resolution order (MRO) for bases " + string.Join(", ", names);
    }
}
