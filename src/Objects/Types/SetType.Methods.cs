namespace ProtoPython.Objects;

/// <summary>set and frozenset: slots, operators and methods.</summary>
internal static partial class SetType
{
    private static PySet Self(PyValue v) => (PySet)v.AsObject;

    static partial void InstallAll()
    {
        foreach (var t in new[] { PyType.Set, PyType.FrozenSet })
        {
            t.Length = static (ts, v) => Self(v).Count;
            t.Contains = Contains;

            // A method (METH_COEXIST in CPython), not a slot wrapper.
            t.AddMethod1("__contains__", static (ts, self, key) => Contains(ts, self, key) is var r && r < 0 ? PyValue.Error : PyValue.FromBool(r > 0));
            t.Iter = static (ts, v) => PyValue.FromObject(new PySetIterator(Self(v)));
            t.Repr = Repr;
            t.RichCompare = PySet.RichCompare;
            t.Number[(int)NumberOp.Or] = static (ts, a, b) => Binary(a, b) ? Result(Self(a).Union(ts, [b])) : PyValue.NotImplemented;
            t.Number[(int)NumberOp.And] = static (ts, a, b) => Binary(a, b) ? Result(Self(a).Intersection(ts, b)) : PyValue.NotImplemented;
            t.Number[(int)NumberOp.Subtract] = static (ts, a, b) => Binary(a, b) ? Result(Self(a).Difference(ts, b)) : PyValue.NotImplemented;
            t.Number[(int)NumberOp.Xor] = static (ts, a, b) => Binary(a, b) ? Result(Self(a).SymmetricDifference(ts, b)) : PyValue.NotImplemented;
            t.AddMethod0("copy", static (ts, self) =>
                ReferenceEquals(self.Type, PyType.FrozenSet) ? self : PyValue.FromObject(Self(self).Copy(ts)));
            t.AddMethod("union", static (ts, a, kw) => Multi(ts, a, kw, "union", static (ts, s, o) => s.Union(ts, o)));
            t.AddMethod("intersection", static (ts, a, kw) => Multi(ts, a, kw, "intersection", static (ts, s, o) => s.IntersectionMulti(ts, o)));
            t.AddMethod("difference", static (ts, a, kw) => Multi(ts, a, kw, "difference", static (ts, s, o) => s.DifferenceMulti(ts, o)));
            t.AddMethod1("symmetric_difference", static (ts, self, o) => Result(Self(self).SymmetricDifference(ts, o)));
            t.AddMethod1("issubset", static (ts, self, o) => Truth(Self(self).IsSubset(ts, o)));
            t.AddMethod1("issuperset", static (ts, self, o) => Truth(Self(self).IsSuperset(ts, o)));
            t.AddMethod1("isdisjoint", static (ts, self, o) => Truth(Self(self).IsDisjoint(ts, o)));
            t.AddClassMethod("__class_getitem__", static (ts, a, kw) => GenericAliases.Create(ts, a, kw));
            t.AddMethod0("__reduce__", Reduce);
        }

        var set = PyType.Set;
        set.HashFunction = PyType.HashNotImplemented;
        set.New = static (ts, type, args, kw) => PyValue.FromObject(PySet.Create(type));
        set.Init = static (ts, self, args, kw) =>
        {
            if (!Args.Check(ts, args.Length - (kw?.Length ?? 0), kw, self.Type.Name, "set", 0, 1))
            {
                return false;
            }

            var s = Self(self);
            s.Clear();
            return args.Length == 0 || s.UpdateFrom(ts, args[0]);
        };
        Inplace(set, NumberOp.Or, static (ts, s, o) => s.UpdateFrom(ts, o));
        Inplace(set, NumberOp.Subtract, static (ts, s, o) => s.DifferenceUpdate(ts, o));
        Inplace(set, NumberOp.Xor, static (ts, s, o) => s.SymmetricDifferenceUpdate(ts, o));
        Inplace(set, NumberOp.And, IntersectionUpdate);
        set.AddMethod1("add", static (ts, self, x) => Self(self).Add(ts, x) ? PyValue.None : PyValue.Error);
        set.AddMethod0("clear", static (ts, self) =>
        {
            Self(self).Clear();
            return PyValue.None;
        });
        set.AddMethod0("pop", static (ts, self) => Self(self).Pop(ts));
        set.AddMethod1("discard", static (ts, self, x) => Discard(ts, self, x) >= 0 ? PyValue.None : PyValue.Error);
        set.AddMethod1("remove", static (ts, self, x) =>
        {
            var r = Discard(ts, self, x);
            return r > 0 ? PyValue.None : r == 0 ? ts.SetError(PyExc.KeyError, x) : PyValue.Error;
        });
        set.AddMethod("update", static (ts, a, kw) => Each(ts, a, kw, "update", static (ts, s, o) => s.UpdateFrom(ts, o)));
        set.AddMethod("difference_update", static (ts, a, kw) => Each(ts, a, kw, "difference_update", static (ts, s, o) => s.DifferenceUpdate(ts, o)));
        set.AddMethod("intersection_update", static (ts, a, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                return ts.SetError(PyExc.TypeError, "set.intersection_update() takes no keyword arguments");
            }

            var tmp = Self(a[0]).IntersectionMulti(ts, a[1..]);
            if (tmp is null)
            {
                return PyValue.Error;
            }

            Self(a[0]).SwapBodies(tmp);
            return PyValue.None;
        });
        set.AddMethod1("symmetric_difference_update", static (ts, self, o) =>
            Self(self).SymmetricDifferenceUpdate(ts, o) ? PyValue.None : PyValue.Error);

        var frozen = PyType.FrozenSet;
        frozen.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = Self(v).FrozenHash();
            return true;
        };
        frozen.New = FrozenNew;
        PySetIterator.Install();
    }

    private static bool Binary(PyValue a, PyValue b) => a.AsObject is PySet && b.AsObject is PySet;

    private static PyValue Result(PySet? s) => s is null ? PyValue.Error : PyValue.FromObject(s);

    private static PyValue Truth(int r) => r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);

    private static bool IntersectionUpdate(ThreadState ts, PySet s, PyValue other)
    {
        var tmp = s.Intersection(ts, other);
        if (tmp is null)
        {
            return false;
        }

        s.SwapBodies(tmp);
        return true;
    }

    private static void Inplace(PyType t, NumberOp op, Func<ThreadState, PySet, PyValue, bool> update) =>
        t.Number[(int)op + NumberOps.InplaceOffset] = (ts, a, b) =>
            a.AsObject is PySet s && b.AsObject is PySet ? (update(ts, s, b) ? a : PyValue.Error) : PyValue.NotImplemented;

    private static PyValue Multi(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, Func<ThreadState, PySet, ReadOnlySpan<PyValue>, PySet?> op)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, a[0].Type.Name + "." + name + "() takes no keyword arguments");
        }

        return Result(op(ts, Self(a[0]), a[1..]));
    }

    private static PyValue Each(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, Func<ThreadState, PySet, PyValue, bool> op)
    {
        if (kw is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "set." + name + "() takes no keyword arguments");
        }

        var s = Self(a[0]);
        for (var i = 1; i < a.Length; i++)
        {
            if (!op(ts, s, a[i]))
            {
                return PyValue.Error;
            }
        }

        return PyValue.None;
    }

    // A set key is unhashable: CPython retries with frozenset(key).
    private static bool RetryAsFrozen(ThreadState ts, PyValue key, out PyValue frozen)
    {
        frozen = default;
        if (key.AsObject is not PySet s || s.IsFrozen || !ts.ErrorMatches(PyExc.TypeError))
        {
            return false;
        }

        ts.ClearError();
        var f = new PySet(frozen: true);
        if (!f.UpdateFrom(ts, key))
        {
            return false;
        }

        frozen = PyValue.FromObject(f);
        return true;
    }

    private static int Contains(ThreadState ts, PyValue self, PyValue key)
    {
        var r = Self(self).ContainsKey(ts, key);
        if (r < 0 && RetryAsFrozen(ts, key, out var frozen))
        {
            r = Self(self).ContainsKey(ts, frozen);
        }

        return r;
    }

    private static int Discard(ThreadState ts, PyValue self, PyValue key)
    {
        var r = Self(self).Discard(ts, key);
        if (r < 0 && RetryAsFrozen(ts, key, out var frozen))
        {
            r = Self(self).Discard(ts, frozen);
        }

        return r;
    }

    private static PyValue FrozenNew(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        // Keywords are the subclass __init__'s business when it has one (CPython's frozenset_new).
        var npos = args.Length - (kw?.Length ?? 0);
        var checkedKw = InitOverride.HasOwnInit(type) ? null : kw;
        if (!Args.Check(ts, npos, checkedKw, type.Name, "frozenset", 0, 1))
        {
            return PyValue.Error;
        }

        args = args[..npos];
        if (args.Length == 1 && ReferenceEquals(type, PyType.FrozenSet) && ReferenceEquals(args[0].Type, PyType.FrozenSet))
        {
            return args[0];
        }

        var s = PySet.Create(type);
        return args.Length == 0 || s.UpdateFrom(ts, args[0]) ? PyValue.FromObject(s) : PyValue.Error;
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var s = Self(v);
        var name = v.Type.Name;
        if (!ReprGuard.Enter(s))
        {
            return PyValue.FromObject(new PyStr(name + "(...)"));
        }

        try
        {
            if (s.Count == 0)
            {
                return PyValue.FromObject(new PyStr(name + "()"));
            }

            var inner = SequenceHelpers.JoinReprs(ts, s.ToArray());
            if (inner is null)
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(new PyStr(ReferenceEquals(v.Type, PyType.Set) ? "{" + inner + "}" : name + "({" + inner + "})"));
        }
        finally
        {
            ReprGuard.Leave(s);
        }
    }
}
