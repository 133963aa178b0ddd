using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

internal enum TypeParamKind
{
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// <summary>
/// <c>typing.TypeVar</c>, <c>typing.ParamSpec</c> and <c>typing.TypeVarTuple</c> (one C# class, three
/// Python types). Bounds, constraints and defaults of PEP 695 parameters are evaluated lazily, on
/// first access, by the functions the compiler made (<c>evaluate_bound</c>...).
/// </summary>
internal sealed class PyTypeParam(PyType type, TypeParamKind kind, PyStr name) : NativeObject(type)
{
    public TypeParamKind Kind { get; } = kind;

    public PyStr Name { get; } = name;

    /// <summary>Null: not computed yet (or none).</summary>
    public PyValue Bound { get; set; } = PyValue.Null;

    public PyValue EvaluateBound { get; set; } = PyValue.Null;

    public PyValue Constraints { get; set; } = PyValue.Null;

    public PyValue EvaluateConstraints { get; set; } = PyValue.Null;

    /// <summary>NoDefault when there is none; Null when it is still to be evaluated.</summary>
    public PyValue Default { get; set; } = PyValue.Null;

    public PyValue EvaluateDefault { get; set; } = PyValue.Null;

    public bool Covariant { get; init; }

    public bool Contravariant { get; init; }

    public bool InferVariance { get; init; }

    public static PyTypeParam Create(ThreadState ts, TypeParamKind kind, PyStr name, PyValue module, bool covariant = false, bool contravariant = false, bool inferVariance = true)
    {
        var type = kind switch
        {
            TypeParamKind.TypeVar => TypeParamTypes.TypeVar,
            TypeParamKind.ParamSpec => TypeParamTypes.ParamSpec,
            _ => TypeParamTypes.TypeVarTuple,
        };
        var p = new PyTypeParam(type, kind, name) { Covariant = covariant, Contravariant = contravariant, InferVariance = inferVariance };
        if (!module.IsNull && !module.IsNone)
        {
            p.GetDict(create: true)!.SetStr(Names.Module, module);
        }

        return p;
    }

    public PyValue GetBound(ThreadState ts)
    {
        if (!Bound.IsNull)
        {
            return Bound;
        }

        if (EvaluateBound.IsNull)
        {
            return PyValue.None;
        }

        var bound = PyOps.Call0(ts, EvaluateBound);
        if (!bound.IsError)
        {
            Bound = bound;
        }

        return bound;
    }

    public PyValue GetConstraints(ThreadState ts)
    {
        if (!Constraints.IsNull)
        {
            return Constraints;
        }

        if (EvaluateConstraints.IsNull)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        var constraints = PyOps.Call0(ts, EvaluateConstraints);
        if (!constraints.IsError)
        {
            Constraints = constraints;
        }

        return constraints;
    }

    public PyValue GetDefault(ThreadState ts)
    {
        if (!Default.IsNull)
        {
            return Default;
        }

        if (EvaluateDefault.IsNull)
        {
            return TypingSupport.NoDefault;
        }

        var value = PyOps.Call0(ts, EvaluateDefault);
        if (!value.IsError)
        {
            Default = value;
        }

        return value;
    }

    public bool HasDefault => !EvaluateDefault.IsNull || (!Default.IsNull && !TypingSupport.IsNoDefault(Default));

    /// <summary>~T, +T, -T, or the bare name (inferred variance; TypeVarTuples always, in 3.14).</summary>
    public string Repr() =>
        InferVariance || Kind == TypeParamKind.TypeVarTuple ? Name.Value : (Covariant ? "+" : Contravariant ? "-" : "~") + Name.Value;
}
