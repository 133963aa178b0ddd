namespace ProtoPython.Objects;

/// <summary>The named methods of list.</summary>
internal static partial class ListType
{
    private static PyList Self(PyValue v) => (PyList)v.AsObject;

    static partial void InstallMethods()
    {
        var t = PyType.List;
        t.AddMethod1("append", static (ts, self, x) =>
        {
            Self(self).Append(x);
            return PyValue.None;
        });
        t.AddMethod1("extend", static (ts, self, x) => Extend(ts, Self(self), x) ? PyValue.None : PyValue.Error);
        t.AddMethod("insert", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            if (!Args.Check(ts, pos.Length, kw, "insert", "list.insert", 2, 2)
                || !PyOps.TryIndexAsInt64(ts, pos[0], PyExc.OverflowError, out var i))
            {
                return PyValue.Error;
            }

            Self(a[0]).Insert(i, pos[1]);
            return PyValue.None;
        });
        t.AddMethod("pop", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            if (!Args.Check(ts, pos.Length, kw, "pop", "list.pop", 0, 1))
            {
                return PyValue.Error;
            }

            long i = -1;
            if (pos.Length == 1 && !PyOps.TryIndexAsInt64(ts, pos[0], PyExc.OverflowError, out i))
            {
                return PyValue.Error;
            }

            return Self(a[0]).Pop(ts, i);
        });
        t.AddMethod1("remove", static (ts, self, x) =>
        {
            var list = Self(self);
            var i = list.Find(ts, x);
            if (i == PyList.FindFailed)
            {
                return PyValue.Error;
            }

            if (i < 0)
            {
                return ts.SetError(PyExc.ValueError, "list.remove(x): x not in list");
            }

            // __eq__ may have shortened the list; pop checks the index again.
            return list.Pop(ts, i).IsError ? PyValue.Error : PyValue.None;
        });
        t.AddMethod("index", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            var list = Self(a[0]);
            if (!Args.Check(ts, pos.Length, kw, "index", "list.index", 1, 3)
                || !Args.IndexRange(ts, pos, list.Count, out var start, out var stop))
            {
                return PyValue.Error;
            }

            var i = list.Find(ts, pos[0], start, stop);
            return i >= 0 ? PyValue.FromInt64(i)
                : i == PyList.FindFailed ? PyValue.Error : ts.SetError(PyExc.ValueError, "list.index(x): x not in list");
        });
        t.AddMethod1("count", static (ts, self, x) =>
        {
            var n = Self(self).CountEqual(ts, x);
            return n < 0 ? PyValue.Error : PyValue.FromInt64(n);
        });
        t.AddMethod0("clear", static (ts, self) =>
        {
            Self(self).Clear();
            return PyValue.None;
        });
        t.AddMethod0("copy", static (ts, self) => PyValue.FromObject(Self(self).SliceRange(0, Self(self).Count)));
        t.AddMethod0("reverse", static (ts, self) =>
        {
            Self(self).Reverse();
            return PyValue.None;
        });
        t.AddMethod("sort", static (ts, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) > 1)
            {
                return ts.SetError(PyExc.TypeError, "sort() takes no positional arguments");
            }

            if (!Args.OnlyKeywords(ts, kw, "sort", "key", "reverse"))
            {
                return PyValue.Error;
            }

            var key = Args.Keyword(a, kw, "key");
            var reverse = Args.Keyword(a, kw, "reverse");
            var rev = 0;
            if (!reverse.IsNull)
            {
                rev = PyOps.IsTrue(ts, reverse);
                if (rev < 0)
                {
                    return PyValue.Error;
                }
            }

            return Self(a[0]).Sort(ts, key, rev != 0) ? PyValue.None : PyValue.Error;
        });
        t.AddMethod0("__reversed__", static (ts, self) => PyValue.FromObject(new PyListReverseIterator(Self(self))));
        t.AddMethod0("__sizeof__", static (ts, self) => PyValue.FromInt64(40 + (8L * Math.Max(Self(self).Capacity, 0))));
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => GenericAliases.Create(ts, a, kw));
    }
}
