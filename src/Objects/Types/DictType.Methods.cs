namespace ProtoPython.Objects;

/// <summary>dict: constructor, iteration, views, comparison, | and |=, and the named methods.</summary>
internal static partial class DictType
{
    private static PyDict Self(PyValue v) => (PyDict)v.AsObject;

    static partial void InstallMethods()
    {
        var t = PyType.Dict;
        t.Init = static (ts, self, args, kw) =>
        {
            var nkw = kw?.Length ?? 0;
            return Self(self).Update(ts, args[..^nkw], args[^nkw..], kw, "dict");
        };
        t.Iter = static (ts, v) => PyValue.FromObject(new PyDictIterator(Self(v), DictViewKind.Keys, reverse: false));
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (a.AsObject is not PyDict x || b.AsObject is not PyDict y || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyValue.NotImplemented;
            }

            var eq = PyDict.Equal(ts, x, y);
            return eq < 0 ? PyValue.Error : PyValue.FromBool((eq > 0) == (op == CompareOp.Eq));
        };
        t.Number[(int)NumberOp.Or] = static (ts, a, b) =>
        {
            if (a.AsObject is not PyDict x || b.AsObject is not PyDict)
            {
                return PyValue.NotImplemented;
            }

            var result = x.Copy();
            return result.UpdateFrom(ts, b) ? PyValue.FromObject(result) : PyValue.Error;
        };
        t.Number[(int)NumberOp.Or + NumberOps.InplaceOffset] = static (ts, a, b) =>
            a.AsObject is PyDict x ? (x.UpdateFrom(ts, b) ? a : PyValue.Error) : PyValue.NotImplemented;

        t.AddMethod0("keys", static (ts, v) => PyValue.FromObject(new PyDictView(Self(v), DictViewKind.Keys)));
        t.AddMethod0("values", static (ts, v) => PyValue.FromObject(new PyDictView(Self(v), DictViewKind.Values)));
        t.AddMethod0("items", static (ts, v) => PyValue.FromObject(new PyDictView(Self(v), DictViewKind.Items)));
        t.AddMethod0("__reversed__", static (ts, v) => PyValue.FromObject(new PyDictIterator(Self(v), DictViewKind.Keys, reverse: true)));
        t.AddMethod("get", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            if (!Args.Check(ts, pos.Length, kw, "get", "dict.get", 1, 2))
            {
                return PyValue.Error;
            }

            var r = Self(a[0]).TryGetValue(ts, pos[0], out var value);
            return r == DictLookup.Found ? value : r == DictLookup.Error ? PyValue.Error : pos.Length > 1 ? pos[1] : PyValue.None;
        });
        t.AddMethod("setdefault", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            if (!Args.Check(ts, pos.Length, kw, "setdefault", "dict.setdefault", 1, 2))
            {
                return PyValue.Error;
            }

            var d = Self(a[0]);
            var r = d.TryGetValue(ts, pos[0], out var value);
            if (r != DictLookup.NotFound)
            {
                return r == DictLookup.Found ? value : PyValue.Error;
            }

            var deflt = pos.Length > 1 ? pos[1] : PyValue.None;
            return d.SetItem(ts, pos[0], deflt) ? deflt : PyValue.Error;
        });
        t.AddMethod("pop", static (ts, a, kw) =>
        {
            var pos = Args.Positional(a, kw);
            return Args.Check(ts, pos.Length, kw, "pop", "dict.pop", 1, 2)
                ? Self(a[0]).Pop(ts, pos[0], pos.Length > 1 ? pos[1] : PyValue.Null) : PyValue.Error;
        });
        t.AddMethod0("popitem", static (ts, v) => Self(v).PopItem(ts));
        t.AddMethod0("clear", static (ts, v) =>
        {
            Self(v).Clear();
            return PyValue.None;
        });
        t.AddMethod0("copy", static (ts, v) => PyValue.FromObject(Self(v).Copy()));
        t.AddMethod("update", static (ts, a, kw) =>
        {
            var nkw = kw?.Length ?? 0;
            return Self(a[0]).Update(ts, a[1..^nkw], a[^nkw..], kw, "update") ? PyValue.None : PyValue.Error;
        });
        t.AddClassMethod("fromkeys", FromKeys);
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => GenericAliases.Create(ts, a, kw));
        PyDictView.Install();
        PyDictIterator.Install();
    }

    // dict.fromkeys(iterable, value=None): cls(), then d[key] = value for each key.
    private static PyValue FromKeys(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var pos = Args.Positional(a, kw);
        if (!Args.Check(ts, pos.Length, kw, "fromkeys", "dict.fromkeys", 1, 2))
        {
            return PyValue.Error;
        }

        var value = pos.Length > 1 ? pos[1] : PyValue.None;
        var d = PyOps.Call0(ts, a[0]);
        if (d.IsError)
        {
            return d;
        }

        var it = PyOps.GetIter(ts, pos[0]);
        if (it.IsError)
        {
            return PyValue.Error;
        }

        var exact = d.AsObject is PyDict pd && ReferenceEquals(pd.Type, PyType.Dict);
        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                return d;
            }

            if (exact ? !((PyDict)d.AsObject).SetItem(ts, key, value) : !PyOps.SetItem(ts, d, key, value))
            {
                return PyValue.Error;
            }
        }
    }
}
