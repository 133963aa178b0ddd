namespace ProtoPython.Objects;

/// <summary><c>C.__bases__ = (...)</c> (CPython's <c>type_set_bases</c>): new bases, new MROs for the class and its subclasses.</summary>
public sealed partial class PyType
{
    /// <summary>Assigns <c>__bases__</c>; false with a pending TypeError, leaving everything as it was.</summary>
    public bool SetBases(ThreadState ts, PyValue value)
    {
        if (value.AsObject is not PyTuple tuple)
        {
            ts.SetError(PyExc.TypeError, "can only assign tuple to " + Name + ".__bases__, not " + value.Type.Name);
            return false;
        }

        if (tuple.Length == 0)
        {
            ts.SetError(PyExc.TypeError, "can only assign non-empty tuple to " + Name + ".__bases__, not ()");
            return false;
        }

        var bases = new PyType[tuple.Length];
        for (var i = 0; i < bases.Length; i++)
        {
            if (tuple[i].AsObject is not PyType b)
            {
                ts.SetError(PyExc.TypeError, Name + ".__bases__ must be tuple of classes, not '" + tuple[i].Type.Name + "'");
                return false;
            }

            if (b.IsSubtypeOf(this))
            {
                ts.SetError(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
                return false;
            }

            bases[i] = b;
        }

        var best = BestBase(ts, bases);
        if (best is null)
        {
            return false;
        }

        if (!ReferenceEquals(Base!.LayoutBase, best.LayoutBase))
        {
            ts.SetError(PyExc.TypeError, "__bases__ assignment: '" + best.Name + "' object layout differs from '" + Base.Name + "'");
            return false;
        }

        var oldBases = Bases;
        var oldBase = Base;
        Modified();
        Bases = bases;
        Base = best;
        if (!RecomputeHierarchyMro(ts))
        {
            Bases = oldBases;
            Base = oldBase;
            return false;
        }

        foreach (var b in oldBases)
        {
            b._subclasses?.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, this));
        }

        AttachToBases();
        foreach (var t in Hierarchy())
        {
            SlotTable.Update(t);
        }

        return true;
    }

    // mro_hierarchy: the new MRO of this type, then of every subclass; on failure all old MROs come back.
    private bool RecomputeHierarchyMro(ThreadState ts)
    {
        var done = new List<(PyType Type, PyType[] OldMro)>();
        foreach (var t in Hierarchy())
        {
            done.Add((t, t.Mro));
            var mro = ComputeMro(ts, t, t.Bases);
            if (mro is not null)
            {
                t.Mro = mro;
            }

            if (mro is null || !ApplyCustomMro(ts, t))
            {
                foreach (var (type, old) in done)
                {
                    type.Mro = old;
                }

                return false;
            }
        }

        return true;
    }

    // This type and its subclasses, each before its own subclasses (depth first, iteratively).
    private List<PyType> Hierarchy()
    {
        var result = new List<PyType>();
        var pending = new Stack<PyType>();
        pending.Push(this);
        while (pending.TryPop(out var t))
        {
            result.Add(t);
            var subs = t.Subclasses();
            for (var i = subs.Count - 1; i >= 0; i--)
            {
                pending.Push(subs[i]);
            }
        }

        return result;
    }
}
