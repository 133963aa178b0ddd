namespace ProtoPython.Objects;

/// <summary>list slots; methods in <c>ListType.Methods.cs</c>.</summary>
internal static partial class ListType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.List;
        t.HashFunction = PyType.HashNotImplemented;
        t.Length = static (ts, v) => ((PyList)v.AsObject).Count;
        t.GetItem = GetItem;
        t.AddMethod1("__getitem__", static (ts, self, key) => GetItem(ts, self, key));
        t.SetItem = SetItem;
        t.Contains = static (ts, v, x) =>
        {
            var r = ((PyList)v.AsObject).Find(ts, x);
            return r >= 0 ? 1 : r == -1 ? 0 : -1;
        };
        t.Repr = Repr;
        t.Iter = static (ts, v) => PyValue.FromObject(new PyListIterator((PyList)v.AsObject));
        t.RichCompare = RichCompare;
        t.New = static (ts, type, args, kw) =>
            PyValue.FromObject(ReferenceEquals(type, PyType.List) ? new PyList() : new PyListInstance(type));
        t.Init = Init;
        t.Number[(int)NumberOp.Add] = static (ts, a, b) =>
            a.AsObject is PyList x && b.AsObject is PyList y ? PyValue.FromObject(PyList.Concat(x, y)) : PyValue.NotImplemented;
        t.Number[(int)NumberOp.Multiply] = static (ts, a, b) => SequenceHelpers.Repeat<PyList>(ts, a, b, static (ts, list, n) =>
            list.Repeat(ts, n) is { } r ? PyValue.FromObject(r) : PyValue.Error);
        t.Number[(int)NumberOp.Add + NumberOps.InplaceOffset] = static (ts, a, b) =>
            a.AsObject is PyList x ? (Extend(ts, x, b) ? a : PyValue.Error) : PyValue.NotImplemented;
        t.Number[(int)NumberOp.Multiply + NumberOps.InplaceOffset] = static (ts, a, b) =>
        {
            if (a.AsObject is not PyList x || (!PyInt.IsInt(b) && b.Type.Index is null))
            {
                return PyValue.NotImplemented;
            }

            return PyOps.TryIndexAsInt64(ts, b, PyExc.OverflowError, out var n) && x.InplaceRepeat(ts, n) ? a : PyValue.Error;
        };
        PyListIterator.Install();
        PyListReverseIterator.Install();
        PyGenericAlias.Install();
        PyUnion.Install();
        PyTemplate.Install();
        PyInterpolation.Install();

        // object's generic attribute slots: subclass instances keep attributes in their __dict__.
        foreach (var type in new[] { PyType.List, PyType.Tuple, PyType.Dict, PyType.Set, PyType.FrozenSet })
        {
            type.GetAttr ??= PyOps.GenericGetAttr;
            type.SetAttr ??= PyOps.GenericSetAttr;
        }

        InstallMethods();
    }

    private static PyValue GetItem(ThreadState ts, PyValue v, PyValue key)
    {
        var list = (PyList)v.AsObject;
        if (key.IsInt64)
        {
            return list.TryGetItem(ts, key.RawBits, out var fast) ? fast : PyValue.Error;
        }

        if (key.AsObject is PySlice slice)
        {
            return list.GetSlice(ts, slice) is { } r ? PyValue.FromObject(r) : PyValue.Error;
        }

        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            return ts.SetError(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name);
        }

        return SequenceHelpers.TryNormalizeIndex(ts, key, list.Count, "list", out var i) && list.TryGetItem(ts, i, out var item) ? item : PyValue.Error;
    }

    private static bool SetItem(ThreadState ts, PyValue v, PyValue key, PyValue value)
    {
        var list = (PyList)v.AsObject;
        if (key.AsObject is PySlice slice)
        {
            return list.AssignSlice(ts, slice, value);
        }

        if (!PyInt.IsInt(key) && key.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name);
            return false;
        }

        if (!SequenceHelpers.TryNormalizeIndex(ts, key, list.Count, "list assignment", out var i))
        {
            return false;
        }

        if (value.IsNull)
        {
            return !list.Pop(ts, i).IsError;
        }

        return list.SetItem(ts, i, value);
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var list = (PyList)v.AsObject;
        if (list.Count == 0)
        {
            return PyValue.FromObject(PyStr.Intern("[]"));
        }

        if (!ReprGuard.Enter(list))
        {
            return PyValue.FromObject(new PyStr("[...]"));
        }

        try
        {
            // Item reprs may change the list: walk it by index against its current length.
            var sb = new System.Text.StringBuilder("[");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                var r = PyOps.Repr(ts, list.ItemAt(i));
                if (r is null)
                {
                    return PyValue.Error;
                }

                sb.Append(r.Value);
            }

            return PyValue.FromObject(new PyStr(sb.Append(']').ToString()));
        }
        finally
        {
            ReprGuard.Leave(list);
        }
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!Args.Check(ts, args.Length - (kw?.Length ?? 0), kw, "list", "list", 0, 1))
        {
            return false;
        }

        var list = (PyList)self.AsObject;
        if (list.Count > 0)
        {
            list.Clear();
        }

        return args.Length == 0 || Extend(ts, list, args[0]);
    }

    /// <summary><c>list.extend(iterable)</c>.</summary>
    internal static bool Extend(ThreadState ts, PyList list, PyValue iterable)
    {
        switch (iterable.AsObject)
        {
            case PyList other:
                list.Extend(other);
                return true;
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    list.Append(item);
                }

                return true;
        }

        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            list.Append(item);
        }
    }

    /// <summary>list_richcompare: the first differing item decides, else the lengths.</summary>
    private static PyValue RichCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (a.AsObject is not PyList x || b.AsObject is not PyList y)
        {
            return PyValue.NotImplemented;
        }

        if (x.Count != y.Count && op is CompareOp.Eq or CompareOp.Ne)
        {
            return PyValue.FromBool(op == CompareOp.Ne);
        }

        var i = 0;
        for (; i < x.Count && i < y.Count; i++)
        {
            var vi = x.ItemAt(i);
            var wi = y.ItemAt(i);
            if (PyValue.Is(vi, wi))
            {
                continue;
            }

            var eq = PyOps.RichCompareBool(ts, vi, wi, CompareOp.Eq);
            if (eq < 0)
            {
                return PyValue.Error;
            }

            if (eq == 0)
            {
                break;
            }
        }

        if (i >= x.Count || i >= y.Count)
        {
            return PyValue.FromBool(op.Holds(x.Count.CompareTo(y.Count)));
        }

        return op switch
        {
            CompareOp.Eq => PyValue.False,
            CompareOp.Ne => PyValue.True,
            _ => PyOps.RichCompare(ts, x.ItemAt(i), y.ItemAt(i), op),
        };
    }
}
