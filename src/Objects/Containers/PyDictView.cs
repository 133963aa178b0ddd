namespace ProtoPython.Objects;

/// <summary>
/// <c>dict_keys</c>, <c>dict_values</c>, <c>dict_items</c>: live views of a dict. Keys and items
/// views are set-like (comparisons, <c>&amp; | - ^</c> giving sets, isdisjoint).
/// </summary>
public sealed class PyDictView : PyObject
{
    public PyDictView(PyDict dict, DictViewKind kind)
        : base(kind switch { DictViewKind.Keys => PyType.DictKeys, DictViewKind.Values => PyType.DictValues, _ => PyType.DictItems })
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }

    public DictViewKind Kind { get; }

    private static PyDictView Self(PyValue v) => (PyDictView)v.AsObject;

    private static bool IsSetLike(PyValue v) => v.AsObject is PySet || (v.AsObject is PyDictView dv && dv.Kind != DictViewKind.Values);

    internal static void Install()
    {
        foreach (var t in new[] { PyType.DictKeys, PyType.DictValues, PyType.DictItems })
        {
            t.Length = static (ts, v) => Self(v).Dict.Count;
            t.Iter = static (ts, v) => PyValue.FromObject(new PyDictIterator(Self(v).Dict, Self(v).Kind, reverse: false));
            t.Repr = Repr;
            t.AddMethod0("__reversed__", static (ts, v) => PyValue.FromObject(new PyDictIterator(Self(v).Dict, Self(v).Kind, reverse: true)));
            t.AddGetSet("mapping", static (ts, v) => PyValue.FromObject(new PyMappingProxy(PyValue.FromObject(Self(v).Dict))));
        }

        foreach (var t in new[] { PyType.DictKeys, PyType.DictItems })
        {
            t.HashFunction = PyType.HashNotImplemented;
            t.Contains = Contains;
            t.RichCompare = RichCompare;
            t.Number[(int)NumberOp.Or] = static (ts, a, b) => ToSetThen(ts, a, b, static (ts, s, o) => s.UpdateFrom(ts, o));
            t.Number[(int)NumberOp.Subtract] = static (ts, a, b) => ToSetThen(ts, a, b, static (ts, s, o) => s.DifferenceUpdate(ts, o));
            t.Number[(int)NumberOp.Xor] = static (ts, a, b) => ToSetThen(ts, a, b, static (ts, s, o) => s.SymmetricDifferenceUpdate(ts, o));
            t.Number[(int)NumberOp.And] = Intersect;
            t.AddMethod1("isdisjoint", IsDisjoint);
        }
    }

    private static int Contains(ThreadState ts, PyValue v, PyValue x)
    {
        var view = Self(v);
        if (view.Kind == DictViewKind.Keys)
        {
            return (int)view.Dict.TryGetValue(ts, x, out _);
        }

        if (x.AsObject is not PyTuple t || t.Length != 2)
        {
            return 0;
        }

        var r = view.Dict.TryGetValue(ts, t[0], out var value);
        return r != DictLookup.Found ? (int)r : PyOps.RichCompareBool(ts, value, t[1], CompareOp.Eq);
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var view = Self(v);
        if (!ReprGuard.Enter(view))
        {
            return PyValue.FromObject(new PyStr("..."));
        }

        try
        {
            var list = PyList.FromValues([]);
            if (!ListType.Extend(ts, list, v))
            {
                return PyValue.Error;
            }

            var r = PyOps.Repr(ts, PyValue.FromObject(list));
            return r is null ? PyValue.Error : PyValue.FromObject(new PyStr(v.Type.Name + "(" + r.Value + ")"));
        }
        finally
        {
            ReprGuard.Leave(view);
        }
    }

    // dictviews_to_set then an in-place set operation with the other operand.
    private static PyValue ToSetThen(ThreadState ts, PyValue a, PyValue b, Func<ThreadState, PySet, PyValue, bool> op)
    {
        var result = new PySet();
        var source = a.AsObject is PyDictView dv && dv.Kind == DictViewKind.Keys ? PyValue.FromObject(dv.Dict) : a;
        return result.UpdateFrom(ts, source) && op(ts, result, b) ? PyValue.FromObject(result) : PyValue.Error;
    }

    // _PyDictView_Intersect: iterate the smaller side, keep what the view contains.
    private static PyValue Intersect(ThreadState ts, PyValue a, PyValue b)
    {
        var self = a;
        var other = b;
        if (self.AsObject is not PyDictView)
        {
            (self, other) = (other, self);
        }

        var len = Self(self).Dict.Count;
        if (other.AsObject is PySet os && ReferenceEquals(os.Type, PyType.Set) && len <= os.Count)
        {
            return os.Intersection(ts, self) is { } r ? PyValue.FromObject(r) : PyValue.Error;
        }

        if (other.AsObject is PyDictView ov && ov.Kind != DictViewKind.Values && ov.Dict.Count > len)
        {
            (self, other) = (other, self);
        }

        var result = new PySet();
        var it = PyOps.GetIter(ts, other);
        if (it.IsError)
        {
            return PyValue.Error;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                return PyValue.FromObject(result);
            }

            var c = Contains(ts, self, key);
            if (c < 0 || (c > 0 && !result.Add(ts, key)))
            {
                return PyValue.Error;
            }
        }
    }

    private static PyValue IsDisjoint(ThreadState ts, PyValue self, PyValue other)
    {
        if (ReferenceEquals(self.AsObject, other.AsObject))
        {
            return PyValue.FromBool(Self(self).Dict.Count == 0);
        }

        // Iterate the smaller one when both sizes are known.
        var a = self;
        var b = other;
        if (IsSetLike(other) && PyOps.Length(ts, other) is var n && n > Self(self).Dict.Count)
        {
            (a, b) = (b, a);
        }

        var it = PyOps.GetIter(ts, b);
        if (it.IsError)
        {
            return PyValue.Error;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0 ? PyValue.True : PyValue.Error;
            }

            var c = PyOps.Contains(ts, a, item);
            if (c != 0)
            {
                return c < 0 ? PyValue.Error : PyValue.False;
            }
        }
    }

    // all_contained_in: every item of a is in b.
    private static int AllContainedIn(ThreadState ts, PyValue a, PyValue b)
    {
        var it = PyOps.GetIter(ts, a);
        if (it.IsError)
        {
            return -1;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0 ? 1 : -1;
            }

            var c = PyOps.Contains(ts, b, item);
            if (c <= 0)
            {
                return c;
            }
        }
    }

    private static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.AsObject is not PyDictView || !IsSetLike(b))
        {
            return PyValue.NotImplemented;
        }

        var la = PyOps.Length(ts, a);
        var lb = PyOps.Length(ts, b);
        if (la < 0 || lb < 0)
        {
            return PyValue.Error;
        }

        int ok;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                ok = la == lb ? AllContainedIn(ts, a, b) : 0;
                if (ok >= 0 && op == CompareOp.Ne)
                {
                    ok = 1 - ok;
                }

                break;
            case CompareOp.Lt:
                ok = la < lb ? AllContainedIn(ts, a, b) : 0;
                break;
            case CompareOp.Le:
                ok = la <= lb ? AllContainedIn(ts, a, b) : 0;
                break;
            case CompareOp.Gt:
                ok = la > lb ? AllContainedIn(ts, b, a) : 0;
                break;
            default:
                ok = la >= lb ? AllContainedIn(ts, b, a) : 0;
                break;
        }

        return ok < 0 ? PyValue.Error : PyValue.FromBool(ok > 0);
    }
}
