using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary>The Python types of <see cref="PyTypeParam"/>: TypeVar, ParamSpec, TypeVarTuple.</summary>
internal static class TypeParamTypes
{
    private static readonly Lazy<PyType> s_typeVar = new(() => CreateType(TypeParamKind.TypeVar));
    private static readonly Lazy<PyType> s_paramSpec = new(() => CreateType(TypeParamKind.ParamSpec));
    private static readonly Lazy<PyType> s_typeVarTuple = new(() => CreateType(TypeParamKind.TypeVarTuple));

    public static PyType TypeVar => s_typeVar.Value;

    public static PyType ParamSpec => s_paramSpec.Value;

    public static PyType TypeVarTuple => s_typeVarTuple.Value;

    private static PyTypeParam Self(PyValue v) => (PyTypeParam)v.AsObject;

    private static PyType CreateType(TypeParamKind kind)
    {
        var name = kind.ToString();
        var t = NativeTypes.Create(name, "typing", subclassable: false);
        t.InitializeInstanceLayout(hasDict: true, ownSlots: 0);
        t.Repr = static (ts, v) => NativeTypes.Str(Self(v).Repr());

        // Heap types in CPython: the instances' __module__ falls back to the class's ('typing').
        t.AddValue("__module__", NativeTypes.Str("typing"));
        t.AddMember("__name__", static (ts, v) => PyValue.FromObject(Self(v).Name));
        t.AddMember("__covariant__", static (ts, v) => PyValue.FromBool(Self(v).Covariant));
        t.AddMember("__contravariant__", static (ts, v) => PyValue.FromBool(Self(v).Contravariant));
        t.AddMember("__infer_variance__", static (ts, v) => PyValue.FromBool(Self(v).InferVariance));
        t.AddGetSet("__default__", static (ts, v) => Self(v).GetDefault(ts));
        t.AddGetSet("evaluate_default", static (ts, v) => Evaluator(Self(v).EvaluateDefault, Self(v).Default));
        t.AddMethod0("has_default", static (ts, v) => PyValue.FromBool(Self(v).HasDefault));
        t.AddMethod0("__reduce__", static (ts, v) => PyValue.FromObject(Self(v).Name));
        var mroMessage = "Cannot subclass an instance of " + name;
        t.AddMethod1("__mro_entries__", (ts, v, bases) => ts.SetError(PyExc.TypeError, mroMessage));
        switch (kind)
        {
            case TypeParamKind.TypeVar:
                t.New = static (ts, type, args, kw) => TypeParamConstructors.NewTypeVar(ts, args, kw);
                t.AddGetSet("__bound__", static (ts, v) => Self(v).GetBound(ts));
                t.AddGetSet("__constraints__", static (ts, v) => Self(v).GetConstraints(ts));
                t.AddGetSet("evaluate_bound", static (ts, v) => Evaluator(Self(v).EvaluateBound, Self(v).Bound));
                t.AddGetSet("evaluate_constraints", static (ts, v) => Evaluator(Self(v).EvaluateConstraints, Self(v).Constraints));
                t.AddMethod1("__typing_subst__", static (ts, v, arg) => TypingSupport.CallTyping(ts, "_typevar_subst", [v, arg]));
                t.AddMethod("__typing_prepare_subst__", TypeVarPrepareSubst, NativeArity.Any);
                t.Number[(int)NumberOp.Or] = MakeUnion;
                break;
            case TypeParamKind.ParamSpec:
                t.New = static (ts, type, args, kw) => TypeParamConstructors.NewOther(ts, TypeParamKind.ParamSpec, args, kw);
                t.AddMember("__bound__", static (ts, v) => Self(v).Bound.IsNull ? PyValue.None : Self(v).Bound);
                t.AddGetSet("args", static (ts, v) => PyValue.FromObject(new ParamSpecAttr(ParamSpecAttr.ArgsType, v)));
                t.AddGetSet("kwargs", static (ts, v) => PyValue.FromObject(new ParamSpecAttr(ParamSpecAttr.KwargsType, v)));
                t.AddMethod1("__typing_subst__", static (ts, v, arg) => TypingSupport.CallTyping(ts, "_paramspec_subst", [v, arg]));
                t.AddMethod("__typing_prepare_subst__", static (ts, a, kw) => PrepareSubstVia(ts, "_paramspec_prepare_subst", a, kw), NativeArity.Any);
                t.Number[(int)NumberOp.Or] = MakeUnion;
                break;
            default:
                t.New = static (ts, type, args, kw) => TypeParamConstructors.NewOther(ts, TypeParamKind.TypeVarTuple, args, kw);
                t.AddMember("__bound__", static (ts, v) => Self(v).Bound.IsNull ? PyValue.None : Self(v).Bound);
                t.AddMethod1("__typing_subst__", static (ts, v, arg) => ts.SetError(PyExc.TypeError, "Substitution of bare TypeVarTuple is not supported"));
                t.AddMethod("__typing_prepare_subst__", static (ts, a, kw) => PrepareSubstVia(ts, "_typevartuple_prepare_subst", a, kw), NativeArity.Any);
                t.Iter = TypingSupport.UnpackIter;
                break;
        }

        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>The <c>evaluate_*</c> attribute: the lazy function, else a constant evaluator of the value, else None.</summary>
    private static PyValue Evaluator(PyValue evaluate, PyValue value) =>
        !evaluate.IsNull ? evaluate : !value.IsNull ? PyValue.FromObject(new ConstEvaluator(value)) : PyValue.None;

    /// <summary>TypeVar | x: a typing.Union, with forward references allowed (typing._type_check).</summary>
    public static PyValue MakeUnion(ThreadState ts, PyValue a, PyValue b) => PyUnion.FromTuple(ts, NativeTypes.Tuple(a, b));

    private static bool TwoArgs(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw) =>
        ArgParser.CheckPositional(ts, "__typing_prepare_subst__", a[1..], kw, 2, 2);

    private static PyValue PrepareSubstVia(ThreadState ts, string helper, ReadOnlySpan<PyValue> a, PyTuple? kw) =>
        TwoArgs(ts, a, kw) ? TypingSupport.CallTyping(ts, helper, [a[0], a[1], a[2]]) : PyValue.Error;

    // A missing argument for a TypeVar is its default when it has one.
    private static PyValue TypeVarPrepareSubst(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!TwoArgs(ts, a, kw))
        {
            return PyValue.Error;
        }

        var (self, alias, args) = (a[0], a[1], a[2]);
        var parameters = PyOps.GetAttr(ts, alias, PyStr.Intern("__parameters__"));
        if (parameters.IsError)
        {
            return parameters;
        }

        var index = PyOps.CallMethod(ts, parameters, PyStr.Intern("index"), [self]);
        if (index.IsError || !PyOps.TryIndexAsInt64(ts, index, null, out var i))
        {
            return PyValue.Error;
        }

        var count = PyOps.Length(ts, args);
        if (count < 0)
        {
            return PyValue.Error;
        }

        if (i < count)
        {
            return args;
        }

        if (i == count)
        {
            var dflt = Self(self).GetDefault(ts);
            if (dflt.IsError)
            {
                return dflt;
            }

            if (!TypingSupport.IsNoDefault(dflt))
            {
                return PyOps.BinaryOp(ts, args, NativeTypes.Tuple(dflt), NumberOp.Add);
            }
        }

        var aliasText = PyOps.Str(ts, alias);
        return aliasText is null ? PyValue.Error
            : ts.SetError(PyExc.TypeError, "Too few arguments for " + aliasText.Value + "; actual " + count + ", expected at least " + (i + 1));
    }
}
