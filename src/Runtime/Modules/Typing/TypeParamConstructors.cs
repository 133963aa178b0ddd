using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary><c>TypeVar(...)</c>, <c>ParamSpec(...)</c>, <c>TypeVarTuple(...)</c> called from Python.</summary>
internal static class TypeParamConstructors
{
    // TypeVar(name, *constraints, bound=None, default=NoDefault, covariant=False, contravariant=False, infer_variance=False)
    public static PyValue NewTypeVar(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var positional = NativeTypes.Positional(args, kw);
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.ParseVarArgKeywords(ts, "typevar", args, kw, ["name", "bound", "default", "covariant", "contravariant", "infer_variance"], p))
        {
            return PyValue.Error;
        }

        var name = positional.Length > 0 ? positional[0] : p[0];
        if (name.IsNull)
        {
            return ts.SetError(PyExc.TypeError, "typevar() missing required argument 'name' (pos 1)");
        }

        var constraints = positional.Length > 1 ? positional[1..].ToArray() : [];
        if (!CheckName(ts, "typevar", name) || !Flags(ts, p[3], p[4], p[5], out var co, out var contra, out var infer))
        {
            return PyValue.Error;
        }

        var bound = p[1];
        if (bound.IsNone)
        {
            bound = PyValue.Null;
        }

        if (!bound.IsNull)
        {
            bound = TypingSupport.TypeCheck(ts, bound, "Bound must be a type.");
            if (bound.IsError)
            {
                return bound;
            }
        }

        if (constraints.Length == 1)
        {
            return ts.SetError(PyExc.TypeError, "A single constraint is not allowed");
        }

        if (constraints.Length > 0 && !bound.IsNull)
        {
            return ts.SetError(PyExc.TypeError, "Constraints cannot be combined with bound=...");
        }

        var tv = PyTypeParam.Create(ts, TypeParamKind.TypeVar, (PyStr)name.AsObject, TypingSupport.CallerModule(ts), co, contra, infer);
        tv.Bound = bound;
        tv.Constraints = constraints.Length > 0 ? NativeTypes.Tuple(constraints) : PyValue.Null;
        tv.Default = p[2].IsNull ? TypingSupport.NoDefault : p[2];
        return PyValue.FromObject(tv);
    }

    // ParamSpec(name, *, bound=None, default=NoDefault, covariant=False, contravariant=False, infer_variance=False)
    // TypeVarTuple(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False, default=NoDefault)
    public static PyValue NewOther(ThreadState ts, TypeParamKind kind, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var fname = kind == TypeParamKind.ParamSpec ? "paramspec" : "typevartuple";
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, fname, args, kw, ["name", "bound", "default", "covariant", "contravariant", "infer_variance"], 1, 0, p, maxPos: 1)
            || !CheckName(ts, kind == TypeParamKind.ParamSpec ? "paramspec" : "typevartuple", p[0])
            || !Flags(ts, p[3], p[4], p[5], out var co, out var contra, out var infer))
        {
            return PyValue.Error;
        }

        var bound = p[1].IsNone ? PyValue.Null : p[1];
        if (!bound.IsNull)
        {
            bound = TypingSupport.TypeCheck(ts, bound, "Bound must be a type.");
            if (bound.IsError)
            {
                return bound;
            }
        }

        var param = PyTypeParam.Create(ts, kind, (PyStr)p[0].AsObject, TypingSupport.CallerModule(ts), co, contra, infer);
        param.Bound = bound;
        param.Default = p[2].IsNull ? TypingSupport.NoDefault : p[2];
        return PyValue.FromObject(param);
    }

    private static bool CheckName(ThreadState ts, string fname, PyValue name)
    {
        if (name.AsObject is PyStr)
        {
            return true;
        }

        ArgParser.BadArgument(ts, fname, "argument 'name'", "str", name);
        return false;
    }

    private static bool Flags(ThreadState ts, PyValue covariant, PyValue contravariant, PyValue inferVariance, out bool co, out bool contra, out bool infer)
    {
        co = contra = infer = false;
        if (!Truth(ts, covariant, out co) || !Truth(ts, contravariant, out contra) || !Truth(ts, inferVariance, out infer))
        {
            return false;
        }

        if (co && contra)
        {
            ts.SetError(PyExc.ValueError, "Bivariant types are not supported.");
            return false;
        }

        if (infer && (co || contra))
        {
            ts.SetError(PyExc.ValueError, "Variance cannot be specified with infer_variance.");
            return false;
        }

        return true;
    }

    private static bool Truth(ThreadState ts, PyValue v, out bool result)
    {
        result = false;
        if (v.IsNull)
        {
            return true;
        }

        var r = PyOps.IsTrue(ts, v);
        result = r > 0;
        return r >= 0;
    }
}
