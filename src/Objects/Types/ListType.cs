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
        t.GetItem = static (ts, v, key) =>
        {
            var list = (PyList)v.AsObject;
            if (!PyInt.IsInt(key) && key.Type.Index is null)
            {
                return ts.SetError(PyExc.TypeError, "list indices must be integers or slices, not " + key.Type.Name);
            }

            return SequenceHelpers.TryNormalizeIndex(ts, key, list.Count, "list", out var i) && list.TryGetItem(ts, i, out var item) ? item : PyValue.Error;
        };
        t.SetItem = static (ts, v, key, value) =>
        {
            var list = (PyList)v.AsObject;
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
        };
        t.Repr = static (ts, v) =>
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
                var items = new PyValue[list.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = list.ItemAt(i);
                }

                var inner = SequenceHelpers.JoinReprs(ts, items);
                return inner is null ? PyValue.Error : PyValue.FromObject(new PyStr("[" + inner + "]"));
            }
            finally
            {
                ReprGuard.Leave(list);
            }
        };
        t.Iter = static (ts, v) => PyValue.FromObject(new PySequenceIterator(v));
        t.AddMethod1("append", static (ts, self, x) =>
        {
            ((PyList)self.AsObject).Append(x);
            return PyValue.None;
        });
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyList());
        t.Init = static (ts, self, args, kw) =>
        {
            if (args.Length == 0)
            {
                return true;
            }

            var list = (PyList)self.AsObject;
            list.Clear();
            var it = PyOps.GetIter(ts, args[0]);
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
        };

        InstallMethods();
    }
}
