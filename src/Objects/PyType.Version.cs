namespace ProtoPython.Objects;

/// <summary>
/// Type version tags (ARCHITECTURE §2.5, CPython's <c>tp_version_tag</c>). A version is assigned
/// lazily from a global counter when a specializer first asks, and reset to 0 by
/// <see cref="Modified"/>, which also resets every subclass (<c>PyType_Modified</c>).
/// Invariant: a type only has a version if every type of its MRO has one, so a reset can stop at
/// a type whose version is already 0. Stage 1 (GIL) needs no atomics; stage 2 takes the global type lock.
/// </summary>
public sealed partial class PyType
{
    /// <summary>CPython's MAX_VERSIONS_PER_CLASS: a heap type modified this often stops being specialized.</summary>
    public const int MaxVersionsPerClass = 1000;

    private static uint s_lastVersion;
    internal uint _version;
    private int _versionsAssigned;
    private List<WeakReference<PyType>>? _subclasses;

    /// <summary>The current version tag, 0 when none is assigned (guards on 0 never pass).</summary>
    public uint Version => _version;

    /// <summary>
    /// The version tag, assigning one (and the bases' first) if needed. 0 when none can be assigned:
    /// the counter is exhausted or the type was modified <see cref="MaxVersionsPerClass"/> times.
    /// </summary>
    public uint GetOrAssignVersion() => AssignVersion() ? _version : 0;

    // Assigns versions to every unversioned type of the MRO, ancestors first, or to none. Iterative:
    // inheritance chains can be arbitrarily deep.
    private bool AssignVersion()
    {
        if (_version != 0)
        {
            return true;
        }

        var needed = 0;
        foreach (var t in Mro)
        {
            if (t._version == 0)
            {
                if (t.HasFlag(TypeFlags.HeapType) && t._versionsAssigned >= MaxVersionsPerClass)
                {
                    return false;
                }

                needed++;
            }
        }

        if (uint.MaxValue - s_lastVersion < (uint)needed)
        {
            return false;
        }

        for (var i = Mro.Length - 1; i >= 0; i--)
        {
            var t = Mro[i];
            if (t._version == 0)
            {
                t._version = ++s_lastVersion;
                t._versionsAssigned++;
                if (ObjectStats.Enabled)
                {
                    ObjectStats.TypeVersionsAssigned++;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Invalidates the version of this type and all its subclasses: call before any change that can
    /// alter an attribute lookup (dict writes, <c>__bases__</c>, MRO).
    /// </summary>
    public void Modified()
    {
        if (_version == 0)
        {
            return;
        }

        // Iterative walk over the subclass graph (deep hierarchies must not overflow the stack).
        var pending = new Stack<PyType>();
        pending.Push(this);
        while (pending.TryPop(out var type))
        {
            if (type._version == 0)
            {
                continue;
            }

            type._version = 0;
            if (ObjectStats.Enabled)
            {
                ObjectStats.TypeVersionResets++;
            }

            if (type._subclasses is null)
            {
                continue;
            }

            type._subclasses.RemoveAll(static w => !w.TryGetTarget(out _));
            foreach (var weak in type._subclasses)
            {
                if (weak.TryGetTarget(out var sub))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary><c>__subclasses__()</c>: the live direct subclasses.</summary>
    public List<PyType> Subclasses()
    {
        var list = new List<PyType>();
        if (_subclasses is not null)
        {
            foreach (var weak in _subclasses)
            {
                if (weak.TryGetTarget(out var sub))
                {
                    list.Add(sub);
                }
            }
        }

        return list;
    }

    private void AttachToBases()
    {
        foreach (var b in Bases)
        {
            (b._subclasses ??= []).Add(new WeakReference<PyType>(this));
        }
    }
}
