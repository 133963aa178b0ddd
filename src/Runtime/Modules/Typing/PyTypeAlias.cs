using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary><c>typing.TypeAliasType</c>: what <c>type X[T] = ...</c> makes; the value is computed on first access.</summary>
internal sealed class PyTypeAlias(PyStr name, PyTuple? typeParams, PyValue computeValue, PyValue value, PyValue module) : PyObject(s_type.Value)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public static PyType TypeObject => s_type.Value;

    public PyStr Name { get; } = name;

    /// <summary>Null for a non-generic alias.</summary>
    public PyTuple? TypeParams { get; } = typeParams;

    public PyValue ComputeValue { get; } = computeValue;

    public PyValue Value { get; private set; } = value;

    public PyValue Module { get; set; } = module;

    private static PyTypeAlias Self(PyValue v) => (PyTypeAlias)v.AsObject;

    /// <summary>INTRINSIC_TYPEALIAS: (name, type_params or None, compute_value function).</summary>
    public static PyValue FromIntrinsic(PyTuple args)
    {
        var name = (PyStr)args[0].AsObject;
        var typeParams = args[1].AsObject is PyTuple { Length: > 0 } t ? t : null;
        var compute = args[2];
        return PyValue.FromObject(new PyTypeAlias(name, typeParams, compute, PyValue.Null, PyValue.Null));
    }

    private PyValue GetValue(ThreadState ts)
    {
        if (!Value.IsNull)
        {
            return Value;
        }

        var result = PyOps.Call0(ts, ComputeValue);
        if (!result.IsError)
        {
            Value = result;
        }

        return result;
    }

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("TypeAliasType", "typing", subclassable: false);
        t.New = New;
        t.Repr = static (ts, v) => PyValue.FromObject(Self(v).Name);
        t.AddMember("__name__", static (ts, v) => PyValue.FromObject(Self(v).Name));
        t.AddGetSet("__parameters__", static (ts, v) =>
            Self(v).TypeParams is { } tp ? TypingSupport.UnpackTypeVarTuples(ts, tp) : PyValue.FromObject(PyTuple.Empty));
        t.AddGetSet("__type_params__", static (ts, v) => PyValue.FromObject(Self(v).TypeParams ?? PyTuple.Empty));
        t.AddGetSet("__value__", static (ts, v) => Self(v).GetValue(ts));
        t.AddGetSet("evaluate_value", static (ts, v) =>
            !Self(v).ComputeValue.IsNull ? Self(v).ComputeValue : PyValue.FromObject(new ConstEvaluator(Self(v).Value)));
        t.AddGetSet(
            "__module__",
            static (ts, v) =>
            {
                var self = Self(v);
                if (!self.Module.IsNull)
                {
                    return self.Module;
                }

                return self.ComputeValue.AsObject is PyFunction f && !f.Module.IsNull ? f.Module : PyValue.None;
            },
            static (ts, v, value) =>
            {
                Self(v).Module = value;
                return true;
            });
        t.AddMethod0("__reduce__", static (ts, v) => PyValue.FromObject(Self(v).Name));
        t.Iter = TypingSupport.UnpackIter;
        t.Number[(int)NumberOp.Or] = PyUnion.Or;
        t.GetItem = static (ts, self, item) =>
        {
            if (Self(self).TypeParams is null)
            {
                return ts.SetError(PyExc.TypeError, "Only generic type aliases are subscriptable");
            }

            var args = item.AsObject is PyTuple tuple && ReferenceEquals(tuple.Type, PyType.Tuple) ? tuple : new PyTuple([item]);
            return PyValue.FromObject(new PyGenericAlias(self, args));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    // TypeAliasType(name, value, *, type_params=())
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "typealias", args, kw, ["name", "value", "type_params"], 2, 0, p, maxPos: 2))
        {
            return PyValue.Error;
        }

        if (p[0].AsObject is not PyStr name)
        {
            return ArgParser.BadArgument(ts, "typealias", "argument 'name'", "str", p[0]);
        }

        PyTuple? typeParams = null;
        if (!p[2].IsNull)
        {
            if (p[2].AsObject is not PyTuple tp)
            {
                return ts.SetError(PyExc.TypeError, "type_params must be a tuple");
            }

            if (!CheckTypeParams(ts, tp))
            {
                return PyValue.Error;
            }

            typeParams = tp.Length > 0 ? tp : null;
        }

        return PyValue.FromObject(new PyTypeAlias(name, typeParams, PyValue.Null, p[1], TypingSupport.CallerModule(ts)));
    }

    // Every entry a type parameter; none without a default after one with a default.
    private static bool CheckTypeParams(ThreadState ts, PyTuple typeParams)
    {
        var defaultSeen = false;
        foreach (var item in typeParams.Items)
        {
            if (item.AsObject is not PyTypeParam param)
            {
                var r = NativeTypes.Repr(ts, item);
                if (r is not null)
                {
                    ts.SetError(PyExc.TypeError, "Expected a type param, got " + r);
                }

                return false;
            }

            var dflt = param.GetDefault(ts);
            if (dflt.IsError)
            {
                return false;
            }

            if (TypingSupport.IsNoDefault(dflt))
            {
                if (defaultSeen)
                {
                    ts.SetError(PyExc.TypeError, "non-default type parameter '" + param.Repr() + "' follows default type parameter");
                    return false;
                }
            }
            else
            {
                defaultSeen = true;
            }
        }

        return true;
    }
}
