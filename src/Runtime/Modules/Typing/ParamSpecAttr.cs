using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary><c>P.args</c> and <c>P.kwargs</c> (typing.ParamSpecArgs / ParamSpecKwargs): a reference back to the ParamSpec.</summary>
internal sealed class ParamSpecAttr(PyType type, PyValue origin) : PyObject(type)
{
    private static readonly Lazy<PyType> s_args = new(() => CreateType("ParamSpecArgs", "args"));
    private static readonly Lazy<PyType> s_kwargs = new(() => CreateType("ParamSpecKwargs", "kwargs"));

    public static PyType ArgsType => s_args.Value;

    public static PyType KwargsType => s_kwargs.Value;

    public PyValue Origin { get; } = origin;

    private static ParamSpecAttr Self(PyValue v) => (ParamSpecAttr)v.AsObject;

    private static PyType CreateType(string name, string suffix)
    {
        var t = NativeTypes.Create(name, "typing", subclassable: false);
        t.New = (ts, type, args, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            return ArgParser.Parse(ts, name, args, kw, ["origin"], 1, 0, p) ? PyValue.FromObject(new ParamSpecAttr(type, p[0])) : PyValue.Error;
        };
        t.Repr = (ts, v) =>
        {
            var origin = Self(v).Origin;
            if (origin.AsObject is PyTypeParam { Kind: TypeParamKind.ParamSpec } ps)
            {
                return NativeTypes.Str(ps.Name.Value + "." + suffix);
            }

            var r = NativeTypes.Repr(ts, origin);
            return r is null ? PyValue.Error : NativeTypes.Str(r + "." + suffix);
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (!ReferenceEquals(a.Type, b.Type) || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyValue.NotImplemented;
            }

            return PyOps.RichCompare(ts, Self(a).Origin, Self(b).Origin, op);
        };
        t.AddMember("__origin__", static (ts, v) => Self(v).Origin);
        var mroMessage = "Cannot subclass an instance of " + name;
        t.AddMethod1("__mro_entries__", (ts, v, bases) => ts.SetError(PyExc.TypeError, mroMessage));
        SlotTable.AddWrappers(t);
        return t;
    }
}

/// <summary><c>_typing._ConstEvaluator</c>: the <c>evaluate_*</c> function of a value that is already known.</summary>
internal sealed class ConstEvaluator(PyValue value) : PyObject(s_type.Value)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public PyValue Value { get; } = value;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("_ConstEvaluator", "_typing", subclassable: false);
        t.New = static (ts, type, args, kw) => ts.SetError(PyExc.TypeError, "cannot create '_typing._ConstEvaluator' instances");
        t.Repr = static (ts, v) =>
        {
            var r = NativeTypes.Repr(ts, ((ConstEvaluator)v.AsObject).Value);
            return r is null ? PyValue.Error : NativeTypes.Str("<constevaluator " + r + ">");
        };
        t.Call = static (ts, self, args, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "constevaluator.__call__", kw))
            {
                return PyValue.Error;
            }

            if (args.Length != 1)
            {
                return ts.SetError(PyExc.TypeError, "constevaluator.__call__() takes exactly one argument (" + args.Length + " given)");
            }

            if (!PyOps.TryIndexAsInt64(ts, args[0], null, out var format))
            {
                return PyValue.Error;
            }

            var value = ((ConstEvaluator)self.AsObject).Value;
            return format == 4 ? StringForm(ts, value) : value; // annotationlib.Format.STRING
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue StringForm(ThreadState ts, PyValue value)
    {
        if (value.AsObject is not PyTuple tuple)
        {
            return TypingRepr.TypeRepr(ts, value) is { } s ? NativeTypes.Str(s) : PyValue.Error;
        }

        var sb = new System.Text.StringBuilder("(");
        for (var i = 0; i < tuple.Length; i++)
        {
            if (TypingRepr.TypeRepr(ts, tuple[i]) is not { } s)
            {
                return PyValue.Error;
            }

            sb.Append(i > 0 ? ", " : "").Append(s);
        }

        return NativeTypes.Str(sb.Append(')').ToString());
    }
}
