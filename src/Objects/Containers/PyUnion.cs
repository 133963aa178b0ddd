namespace ProtoPython.Objects;

/// <summary>
/// <c>int | str</c> (PEP 604; <c>typing.Union</c> in 3.14): the flattened, de-duplicated argument
/// tuple, with isinstance/issubclass support, equality as sets, and the <c>a | b</c> repr.
/// </summary>
public sealed class PyUnion : PyObject
{
    private PyUnion(PyTuple args)
        : base(PyType.Union)
    {
        Arguments = args;
    }

    public PyTuple Arguments { get; }

    internal static void Install()
    {
        PyType.TypeType.Number[(int)NumberOp.Or] = Or;
        var t = PyType.Union;
        t.Number[(int)NumberOp.Or] = Or;
        t.Repr = Repr;
        t.AddGetSet("__args__", static (ts, v) => PyValue.FromObject(((PyUnion)v.AsObject).Arguments));
        t.AddGetSet("__parameters__", static (ts, v) => PyValue.FromObject(PyTuple.Empty));
        t.AddMethod1("__instancecheck__", static (ts, self, x) => Check(ts, self, x, instance: true));
        t.AddMethod1("__subclasscheck__", static (ts, self, x) => Check(ts, self, x, instance: false));
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b.AsObject is not PyUnion other)
            {
                return PyValue.NotImplemented;
            }

            // Equal as sets of arguments.
            var x = ((PyUnion)a.AsObject).Arguments;
            var eq = SubsetOf(ts, x, other.Arguments, out var e1) && SubsetOf(ts, other.Arguments, x, out var e2) && !e1 && !e2;
            if (ts.HasError)
            {
                return PyValue.Error;
            }

            return PyValue.FromBool(eq == (op == CompareOp.Eq));
        };
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            // Order-independent, like hash(frozenset(args)).
            h = 0;
            foreach (var item in ((PyUnion)v.AsObject).Arguments.Items)
            {
                if (!item.TryHash(ts, out var hi))
                {
                    return false;
                }

                h ^= hi * 0x5bd1e995;
            }

            h = h == -1 ? -2 : h;
            return true;
        };
    }

    /// <summary><c>a | b</c> for types, None, generic aliases and unions; NotImplemented otherwise.</summary>
    public static PyValue Or(ThreadState ts, PyValue a, PyValue b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyValue.NotImplemented;
        }

        var items = new List<PyValue>();
        foreach (var side in (ReadOnlySpan<PyValue>)[a, b])
        {
            if (side.AsObject is PyUnion u)
            {
                foreach (var item in u.Arguments.Items)
                {
                    if (!Add(ts, items, item))
                    {
                        return PyValue.Error;
                    }
                }
            }
            else if (!Add(ts, items, side.IsNone ? PyValue.FromObject(PyType.NoneType) : side))
            {
                return PyValue.Error;
            }
        }

        return items.Count == 1 ? items[0] : PyValue.FromObject(new PyUnion(new PyTuple([.. items])));
    }

    private static bool IsUnionable(PyValue v) => v.IsNone || v.AsObject is PyType or PyGenericAlias or PyUnion;

    // Duplicates (by equality) are dropped, first occurrence kept.
    private static bool Add(ThreadState ts, List<PyValue> items, PyValue item)
    {
        foreach (var existing in items)
        {
            var r = PyValue.Is(existing, item) ? 1 : PyOps.RichCompareBool(ts, existing, item, CompareOp.Eq);
            if (r < 0)
            {
                return false;
            }

            if (r > 0)
            {
                return true;
            }
        }

        items.Add(item);
        return true;
    }

    private static bool SubsetOf(ThreadState ts, PyTuple a, PyTuple b, out bool error)
    {
        error = false;
        foreach (var x in a.Items)
        {
            var found = false;
            foreach (var y in b.Items)
            {
                var r = PyValue.Is(x, y) ? 1 : PyOps.RichCompareBool(ts, x, y, CompareOp.Eq);
                if (r < 0)
                {
                    error = true;
                    return false;
                }

                if (r > 0)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static PyValue Check(ThreadState ts, PyValue self, PyValue x, bool instance)
    {
        var args = ((PyUnion)self.AsObject).Arguments;
        foreach (var item in args.Items)
        {
            if (item.AsObject is PyGenericAlias)
            {
                return ts.SetError(PyExc.TypeError, (instance ? "isinstance" : "issubclass") + "() argument 2 cannot be a parameterized generic");
            }
        }

        // The arguments as a tuple: isinstance(x, (int, str)).
        var method = instance ? "__instancecheck__" : "__subclasscheck__";
        foreach (var item in args.Items)
        {
            var r = PyOps.CallMethod(ts, item, PyStr.Intern(method), [x]);
            if (r.IsError)
            {
                return r;
            }

            var truth = PyOps.IsTrue(ts, r);
            if (truth != 0)
            {
                return truth < 0 ? PyValue.Error : PyValue.True;
            }
        }

        return PyValue.False;
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var parts = new List<string>();
        foreach (var item in ((PyUnion)v.AsObject).Arguments.Items)
        {
            if (ReferenceEquals(item.AsObject, PyType.NoneType))
            {
                parts.Add("None");
            }
            else if (item.AsObject is PyType t)
            {
                var module = PyOps.GetAttr(ts, item, Names.Module);
                if (module.IsError)
                {
                    return module;
                }

                parts.Add(module.AsObject is PyStr ms && ms.Value != "builtins" ? ms.Value + "." + t.QualName : t.QualName);
            }
            else if (PyOps.Repr(ts, item) is { } r)
            {
                parts.Add(r.Value);
            }
            else
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyStr(string.Join(" | ", parts)));
    }
}
