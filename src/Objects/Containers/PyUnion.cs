namespace ProtoPython.Objects;

/// <summary>
/// <c>int | str</c> and <c>typing.Union[int, str]</c> (one type in 3.14): the flattened, de-duplicated
/// argument tuple, equality as sets, the <c>a | b</c> repr, type-variable substitution.
/// </summary>
public sealed class PyUnion : PyObject
{
    private PyTuple? _parameters;

    private PyUnion(PyTuple args)
        : base(PyType.Union)
    {
        Arguments = args;
    }

    public PyTuple Arguments { get; }

    /// <summary><c>typing._type_check(arg, message)</c>, installed by the <c>_typing</c> module (strings become ForwardRefs).</summary>
    public static Func<ThreadState, PyValue, string, PyValue>? TypeCheckHook { get; set; }

    /// <summary>Whether a value is a <c>typing.TypeAliasType</c> (which <c>|</c> accepts), installed by <c>_typing</c>.</summary>
    public static Func<PyValue, bool>? IsTypeAlias { get; set; }

    internal static void Install()
    {
        PyType.TypeType.Number[(int)NumberOp.Or] = Or;
        var t = PyType.Union;
        t.Number[(int)NumberOp.Or] = CheckedOr;
        t.Repr = Repr;
        t.AddGetSet("__args__", static (ts, v) => PyValue.FromObject(((PyUnion)v.AsObject).Arguments));
        t.AddGetSet("__parameters__", static (ts, v) => ((PyUnion)v.AsObject).GetParameters(ts) is { } p ? PyValue.FromObject(p) : PyValue.Error);
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr("Union")));
        t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr("Union")));
        t.AddGetSet("__origin__", static (ts, v) => PyValue.FromObject(PyType.Union));
        t.AddMethod1("__instancecheck__", static (ts, self, x) => Check(ts, self, x, instance: true));
        t.AddMethod1("__subclasscheck__", static (ts, self, x) => Check(ts, self, x, instance: false));
        t.AddMethod1("__mro_entries__", static (ts, self, bases) =>
            PyOps.Repr(ts, self) is { } r ? ts.SetError(PyExc.TypeError, "Cannot subclass " + r.Value) : PyValue.Error);
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) =>
            a.Length == 2 && kw is not { Length: > 0 } ? FromTuple(ts, a[1]) : ts.SetError(PyExc.TypeError, "__class_getitem__() takes exactly one argument (" + (a.Length - 1) + " given)"));
        t.GetItem = static (ts, self, item) =>
        {
            var u = (PyUnion)self.AsObject;
            var parameters = u.GetParameters(ts);
            var newArgs = parameters is null ? null : TypeParameters.Substitute(ts, self, u.Arguments.Items, parameters, item);
            return newArgs is null ? PyValue.Error : FromTuple(ts, PyValue.FromObject(newArgs));
        };
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

    public PyTuple? GetParameters(ThreadState ts) => _parameters ??= TypeParameters.Make(ts, Arguments.Items);

    /// <summary><c>a | b</c> for types, None, generic aliases, unions and type aliases; NotImplemented otherwise (<c>_Py_union_type_or</c>).</summary>
    public static PyValue Or(ThreadState ts, PyValue a, PyValue b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyValue.NotImplemented;
        }

        var items = new List<PyValue>();
        return AddOne(ts, items, a, check: false) && AddOne(ts, items, b, check: false) ? Make(ts, items) : PyValue.Error;
    }

    // The | of a union itself: the other side goes through typing._type_check (forward references allowed).
    private static PyValue CheckedOr(ThreadState ts, PyValue a, PyValue b)
    {
        var items = new List<PyValue>();
        return AddOne(ts, items, a, check: true) && AddOne(ts, items, b, check: true) ? Make(ts, items) : PyValue.Error;
    }

    /// <summary><c>Union[args]</c> (<c>_Py_union_from_tuple</c>): every argument type-checked; one argument is returned as is.</summary>
    public static PyValue FromTuple(ThreadState ts, PyValue args)
    {
        var items = new List<PyValue>();
        if (args.AsObject is PyTuple tuple && ReferenceEquals(tuple.Type, PyType.Tuple))
        {
            foreach (var item in tuple.Items)
            {
                if (!AddOne(ts, items, item, check: true))
                {
                    return PyValue.Error;
                }
            }
        }
        else if (!AddOne(ts, items, args, check: true))
        {
            return PyValue.Error;
        }

        return Make(ts, items);
    }

    private static PyValue Make(ThreadState ts, List<PyValue> items) => items.Count switch
    {
        0 => ts.SetError(PyExc.TypeError, "Cannot take a Union of no types."),
        1 => items[0],
        _ => PyValue.FromObject(new PyUnion(new PyTuple([.. items]))),
    };

    private static bool IsUnionable(PyValue v) =>
        v.IsNone || v.AsObject is PyType or PyGenericAlias or PyUnion || (IsTypeAlias?.Invoke(v) ?? false);

    private static bool AddOne(ThreadState ts, List<PyValue> items, PyValue arg, bool check)
    {
        if (arg.IsNone)
        {
            arg = PyValue.FromObject(PyType.NoneType);
        }
        else if (arg.AsObject is PyUnion u)
        {
            foreach (var item in u.Arguments.Items)
            {
                if (!AddOne(ts, items, item, check))
                {
                    return false;
                }
            }

            return true;
        }

        if (check && !IsUnionable(arg))
        {
            arg = TypeCheckHook is { } typeCheck ? typeCheck(ts, arg, "Union[arg, ...]: each arg must be a type.") : arg;
            if (arg.IsError)
            {
                return false;
            }
        }

        return Add(ts, items, arg);
    }

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
            if (TypingRepr.TypeRepr(ts, item) is not { } s)
            {
                return PyValue.Error;
            }

            parts.Add(s);
        }

        return PyValue.FromObject(new PyStr(string.Join(" | ", parts)));
    }
}
