namespace ProtoPython.Objects;

/// <summary>Subset relations, disjointness and the rich comparison of sets.</summary>
public partial class PySet
{
    /// <summary>set_isdisjoint: 1, 0, -1.</summary>
    public int IsDisjoint(ThreadState ts, PyValue other)
    {
        if (ReferenceEquals(other.AsObject, this))
        {
            return Count == 0 ? 1 : 0;
        }

        if (other.AsObject is PySet os && (ReferenceEquals(os.Type, PyType.Set) || ReferenceEquals(os.Type, PyType.FrozenSet)))
        {
            var big = this;
            var small = os;
            if (os.Count > Count)
            {
                big = os;
                small = this;
            }

            var pos = 0;
            while (small.Next(ref pos, out var key, out var hash))
            {
                var rv = big.ContainsEntry(ts, key, hash);
                if (rv != 0)
                {
                    return rv < 0 ? -1 : 0;
                }
            }

            return 1;
        }

        var it = PyOps.GetIter(ts, other);
        if (it.IsError)
        {
            return -1;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r <= 0)
            {
                return r == 0 ? 1 : -1;
            }

            var rv = ContainsKey(ts, key);
            if (rv != 0)
            {
                return rv < 0 ? -1 : 0;
            }
        }
    }

    /// <summary>set_issubset: 1, 0, -1.</summary>
    public int IsSubset(ThreadState ts, PyValue other)
    {
        if (other.AsObject is not PySet os)
        {
            var tmp = Intersection(ts, other);
            return tmp is null ? -1 : tmp.Count == Count ? 1 : 0;
        }

        if (Count > os.Count)
        {
            return 0;
        }

        var pos = 0;
        while (Next(ref pos, out var key, out var hash))
        {
            var rv = os.ContainsEntry(ts, key, hash);
            if (rv <= 0)
            {
                return rv;
            }
        }

        return 1;
    }

    /// <summary>set_issuperset: 1, 0, -1.</summary>
    public int IsSuperset(ThreadState ts, PyValue other)
    {
        if (other.AsObject is PySet os)
        {
            return os.IsSubset(ts, PyValue.FromObject(this));
        }

        var it = PyOps.GetIter(ts, other);
        if (it.IsError)
        {
            return -1;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r <= 0)
            {
                return r == 0 ? 1 : -1;
            }

            var rv = ContainsKey(ts, key);
            if (rv <= 0)
            {
                return rv;
            }
        }
    }

    /// <summary>set_richcompare: subset relations; == also uses cached frozenset hashes.</summary>
    internal static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.AsObject is not PySet v || b.AsObject is not PySet w)
        {
            return PyValue.NotImplemented;
        }

        int r;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (v.Count != w.Count || (v._hash != -1 && w._hash != -1 && v._hash != w._hash))
                {
                    r = 0;
                }
                else
                {
                    r = v.IsSubset(ts, b);
                }

                if (r >= 0 && op == CompareOp.Ne)
                {
                    r = 1 - r;
                }

                break;
            case CompareOp.Le:
                r = v.IsSubset(ts, b);
                break;
            case CompareOp.Ge:
                r = v.IsSuperset(ts, b);
                break;
            case CompareOp.Lt:
                r = v.Count >= w.Count ? 0 : v.IsSubset(ts, b);
                break;
            default:
                r = v.Count <= w.Count ? 0 : v.IsSuperset(ts, b);
                break;
        }

        return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
    }
}
