namespace ProtoPython.Objects;

/// <summary>
/// <c>types.GenericAlias</c>, what <c>list[int]</c> makes: the origin class and the argument tuple;
/// <c>*tuple[int, str]</c> is a starred one. Attribute access other than its own goes to the origin;
/// subscripting substitutes type variables (<c>dict[str, T][int]</c>).
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    private static readonly HashSet<string> s_ownAttributes =
    [
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    private PyTuple? _parameters;

    public PyGenericAlias(PyValue origin, PyTuple args, bool starred = false, PyType? type = null)
        : base(type ?? PyType.GenericAlias)
    {
        Origin = origin;
        Arguments = args;
        Starred = starred;
    }

    public PyValue Origin { get; }

    public PyTuple Arguments { get; }

    /// <summary><c>*tuple[int, str]</c>.</summary>
    public bool Starred { get; }

    /// <summary><c>__typing_unpacked_tuple_args__</c>: the arguments of a starred <c>tuple[...]</c>, else null.</summary>
    public PyTuple? UnpackedTupleArgs() => Starred && ReferenceEquals(Origin.AsObject, PyType.Tuple) ? Arguments : null;

    public PyTuple? GetParameters(ThreadState ts) => _parameters ??= TypeParameters.Make(ts, Arguments.Items);

    private static PyGenericAlias Self(PyValue v) => (PyGenericAlias)v.AsObject;

    internal static void Install()
    {
        var t = PyType.GenericAlias;
        t.Repr = TypingRepr.GenericAliasRepr;
        t.New = static (ts, type, args, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "GenericAlias", kw))
            {
                return PyValue.Error;
            }

            if (args.Length != 2)
            {
                return ts.SetError(PyExc.TypeError, "GenericAlias expected 2 arguments, got " + args.Length);
            }

            var items = args[1].AsObject is PyTuple tuple ? tuple : new PyTuple([args[1]]);
            return PyValue.FromObject(new PyGenericAlias(args[0], items, false, type));
        };
        t.Call = static (ts, self, args, kw) =>
        {
            var obj = PyOps.Call(ts, Self(self).Origin, args, kw);
            if (obj.IsError)
            {
                return obj;
            }

            // __orig_class__ where the instance takes attributes.
            if (!PyOps.SetAttr(ts, obj, PyStr.Intern("__orig_class__"), self))
            {
                if (!ts.ErrorMatches(PyExc.AttributeError) && !ts.ErrorMatches(PyExc.TypeError))
                {
                    return PyValue.Error;
                }

                ts.ClearError();
            }

            return obj;
        };
        // Every attribute but the alias's own comes from the origin (list[int].append is list.append).
        t.GetAttr = static (ThreadState ts, PyValue v, PyStr name, out PyValue value) =>
        {
            if (s_ownAttributes.Contains(name.Value))
            {
                return PyOps.GenericGetAttr(ts, v, name, out value);
            }

            // The origin's AttributeError (type object 'list' has no attribute 'x'), as CPython.
            value = PyOps.GetAttr(ts, Self(v).Origin, name);
            return value.IsError ? -1 : 1;
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyGenericAlias x || b.AsObject is not PyGenericAlias y)
            {
                return PyValue.NotImplemented;
            }

            if (x.Starred != y.Starred)
            {
                return PyValue.FromBool(op == CompareOp.Ne);
            }

            var eq = PyOps.RichCompareBool(ts, x.Origin, y.Origin, CompareOp.Eq);
            if (eq > 0)
            {
                eq = PyOps.RichCompareBool(ts, PyValue.FromObject(x.Arguments), PyValue.FromObject(y.Arguments), CompareOp.Eq);
            }

            return eq < 0 ? PyValue.Error : PyValue.FromBool((eq > 0) == (op == CompareOp.Eq));
        };
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            var g = Self(v);
            h = 0;
            if (!g.Origin.TryHash(ts, out var h0) || !PyValue.FromObject(g.Arguments).TryHash(ts, out var h1))
            {
                return false;
            }

            h = h0 ^ h1;
            h = h == -1 ? -2 : h;
            return true;
        };
        t.GetItem = static (ts, self, item) =>
        {
            var g = Self(self);
            var parameters = g.GetParameters(ts);
            var newArgs = parameters is null ? null : TypeParameters.Substitute(ts, self, g.Arguments.Items, parameters, item);
            return newArgs is null ? PyValue.Error : PyValue.FromObject(new PyGenericAlias(g.Origin, newArgs, g.Starred, g.Type));
        };
        t.Iter = static (ts, self) =>
        {
            var g = Self(self);
            var starred = new PyGenericAlias(g.Origin, g.Arguments, starred: true, g.Type);
            return PyOps.GetIter(ts, PyValue.FromObject(new PyTuple([PyValue.FromObject(starred)])));
        };
        t.Number[(int)NumberOp.Or] = PyUnion.Or;
        t.AddGetSet("__origin__", static (ts, v) => Self(v).Origin);
        t.AddGetSet("__args__", static (ts, v) => PyValue.FromObject(Self(v).Arguments));
        t.AddGetSet("__unpacked__", static (ts, v) => PyValue.FromBool(Self(v).Starred));
        t.AddGetSet("__parameters__", static (ts, v) => Self(v).GetParameters(ts) is { } p ? PyValue.FromObject(p) : PyValue.Error);
        t.AddGetSet("__typing_unpacked_tuple_args__", static (ts, v) => Self(v).UnpackedTupleArgs() is { } a ? PyValue.FromObject(a) : PyValue.None);
        t.AddMethod1("__mro_entries__", static (ts, v, bases) => PyValue.FromObject(new PyTuple([Self(v).Origin])));
        t.AddMethod1("__instancecheck__", static (ts, v, x) => ts.SetError(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod1("__subclasscheck__", static (ts, v, x) => ts.SetError(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic"));
        t.AddMethod0("__reduce__", static (ts, v) =>
        {
            var g = Self(v);
            return PyValue.FromObject(new PyTuple([PyValue.FromObject(g.Type), PyValue.FromObject(new PyTuple([g.Origin, PyValue.FromObject(g.Arguments)]))]));
        });
    }
}

/// <summary>The <c>__class_getitem__</c> of the builtin generic containers.</summary>
internal static class GenericAliases
{
    /// <summary>args[0] is the class, args[1] the subscript.</summary>
    public static PyValue Create(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (args.Length != 2 || kwnames is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "__class_getitem__() takes exactly one argument (" + (args.Length - 1) + " given)");
        }

        var items = args[1].AsObject is PyTuple t && ReferenceEquals(t.Type, PyType.Tuple) ? t : new PyTuple([args[1]]);
        return PyValue.FromObject(new PyGenericAlias(args[0], items));
    }
}
