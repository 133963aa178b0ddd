namespace ProtoPython.Objects;

/// <summary>
/// <c>types.GenericAlias</c>, what <c>list[int]</c> makes: the origin class and the argument tuple.
/// Minimal: repr, <c>__origin__</c>/<c>__args__</c>/<c>__parameters__</c>, equality, hash and calling
/// (which instantiates the origin).
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public PyGenericAlias(PyValue origin, PyTuple args)
        : base(PyType.GenericAlias)
    {
        Origin = origin;
        Arguments = args;
    }

    public PyValue Origin { get; }

    public PyTuple Arguments { get; }

    internal static void Install()
    {
        var t = PyType.GenericAlias;
        t.Repr = Repr;
        t.Call = static (ts, self, args, kw) => PyOps.Call(ts, ((PyGenericAlias)self.AsObject).Origin, args, kw);
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyGenericAlias x || b.AsObject is not PyGenericAlias y)
            {
                return PyValue.NotImplemented;
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
            var g = (PyGenericAlias)v.AsObject;
            h = 0;
            if (!g.Origin.TryHash(ts, out var h0) || !PyValue.FromObject(g.Arguments).TryHash(ts, out var h1))
            {
                return false;
            }

            h = h0 ^ h1;
            return true;
        };
        t.AddGetSet("__origin__", static (ts, v) => ((PyGenericAlias)v.AsObject).Origin);
        t.AddGetSet("__args__", static (ts, v) => PyValue.FromObject(((PyGenericAlias)v.AsObject).Arguments));
        t.AddGetSet("__parameters__", static (ts, v) => PyValue.FromObject(PyTuple.Empty));
        t.AddMethod1("__mro_entries__", static (ts, v, bases) => PyValue.FromObject(new PyTuple([((PyGenericAlias)v.AsObject).Origin])));
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var g = (PyGenericAlias)v.AsObject;
        var sb = new System.Text.StringBuilder();
        if (!AppendItem(ts, sb, g.Origin))
        {
            return PyValue.Error;
        }

        sb.Append('[');
        if (g.Arguments.Length == 0)
        {
            sb.Append("()");
        }

        for (var i = 0; i < g.Arguments.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            if (!AppendItem(ts, sb, g.Arguments[i]))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyStr(sb.Append(']').ToString()));
    }

    // ga_repr_item: "..." for Ellipsis, the qualified name for a class, repr otherwise.
    private static bool AppendItem(ThreadState ts, System.Text.StringBuilder sb, PyValue item)
    {
        if (PyValue.Is(item, PyValue.Ellipsis))
        {
            sb.Append("...");
            return true;
        }

        if (item.AsObject is PyType type)
        {
            sb.Append(type.FullName);
            return true;
        }

        var r = PyOps.Repr(ts, item);
        if (r is null)
        {
            return false;
        }

        sb.Append(r.Value);
        return true;
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
