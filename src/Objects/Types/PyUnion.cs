using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// <c>X | Y</c> of types (<c>typing.Union</c>, which is <c>types.UnionType</c> in 3.14): the
/// flattened, de-duplicated arguments; isinstance/issubclass check each; repr <c>int | None</c>.
/// Only what the standard library needs at import time: no type-variable substitution yet.
/// </summary>
public sealed class PyUnion : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private PyUnion(PyValue[] args)
        : base(s_type.Value)
    {
        Args = args;
    }

    public PyValue[] Args { get; }

    /// <summary>type.__or__ / __ror__: a union when both sides are types, None or unions, else NotImplemented.</summary>
    public static PyValue Or(ThreadState ts, PyValue left, PyValue right)
    {
        if (!IsUnionable(left) || !IsUnionable(right))
        {
            return PyValue.NotImplemented;
        }

        var args = new List<PyValue>();
        foreach (var side in new[] { left, right })
        {
            if (side.AsObject is PyUnion u)
            {
                foreach (var a in u.Args)
                {
                    Add(args, a);
                }
            }
            else
            {
                Add(args, side.IsNone ? PyValue.FromObject(PyType.NoneType) : side);
            }
        }

        return args.Count == 1 ? args[0] : PyValue.FromObject(new PyUnion([.. args]));
    }

    private static bool IsUnionable(PyValue v) => v.IsNone || v.AsObject is PyType or PyUnion or PyGenericAlias;

    private static void Add(List<PyValue> args, PyValue item)
    {
        foreach (var a in args)
        {
            if (PyValue.Is(a, item))
            {
                return;
            }
        }

        args.Add(item);
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("Union", PyType.Object, TypeFlags.None, "typing");
        t.Repr = Repr;
        t.Number[(int)NumberOp.Or] = Or;
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyUnion x || b.AsObject is not PyUnion y)
            {
                return PyValue.NotImplemented;
            }

            var same = x.Args.Length == y.Args.Length && Array.TrueForAll(x.Args, p => Array.Exists(y.Args, q => PyValue.Is(p, q)));
            return PyValue.FromBool(same == (op == CompareOp.Eq));
        };
        t.HashFunction = static (ThreadState ts, PyValue v, out long hash) =>
        {
            hash = 0;
            foreach (var a in ((PyUnion)v.AsObject).Args)
            {
                if (!a.TryHash(ts, out var h))
                {
                    return false;
                }

                hash ^= h;
            }

            hash = hash == -1 ? -2 : hash;
            return true;
        };
        t.AddGetSet("__args__", static (ts, v) => PyValue.FromObject(new PyTuple((PyValue[])((PyUnion)v.AsObject).Args.Clone())));
        t.AddGetSet("__parameters__", static (ts, v) => PyValue.FromObject(PyTuple.Empty));
        t.AddMethod1("__instancecheck__", static (ts, self, x) => Check(ts, self, x, Names.InstanceCheck));
        t.AddMethod1("__subclasscheck__", static (ts, self, x) => Check(ts, self, x, Names.SubclassCheck));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue Check(ThreadState ts, PyValue self, PyValue x, PyStr check)
    {
        foreach (var a in ((PyUnion)self.AsObject).Args)
        {
            var r = PyOps.CallSpecial(ts, a, check, [x], out _);
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

    private static PyValue Repr(ThreadState ts, PyValue self)
    {
        var sb = new StringBuilder();
        foreach (var a in ((PyUnion)self.AsObject).Args)
        {
            sb.Append(sb.Length == 0 ? "" : " | ");
            if (a.AsObject is PyType type)
            {
                var module = PyOps.TryGetAttr(ts, a, Names.Module, out var m) > 0 && m.AsObject is PyStr ms ? ms.Value : "builtins";
                ts.ClearError();
                sb.Append(ReferenceEquals(type, PyType.NoneType) ? "None" : module == "builtins" ? type.QualName : module + "." + type.QualName);
                continue;
            }

            var r = PyOps.Repr(ts, a);
            if (r is null)
            {
                return PyValue.Error;
            }

            sb.Append(r.Value);
        }

        return PyValue.FromObject(new PyStr(sb.ToString()));
    }
}
