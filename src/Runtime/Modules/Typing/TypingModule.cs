using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary>
/// <c>_typing</c> (CPython's Modules/_typingmodule.c and Objects/typevarobject.c): the type parameter
/// types, TypeAliasType, Generic, NoDefault; and the PEP 695 intrinsics the interpreter calls.
/// </summary>
internal sealed class TypingModule : INativeModule
{
    private static readonly Lazy<PyType> s_generic = new(CreateGeneric);

    public string Name => "_typing";

    /// <summary><c>typing.Generic</c>.</summary>
    public static PyType Generic => s_generic.Value;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_typing");
        m.Add("__doc__", NativeTypes.Str("Primitives and accelerators for the typing module.\n"));
        m.AddFunction("_idfunc", static (ts, a, kw) => a[0], NativeArity.One);
        m.Add("TypeVar", PyValue.FromObject(TypeParamTypes.TypeVar));
        m.Add("ParamSpec", PyValue.FromObject(TypeParamTypes.ParamSpec));
        m.Add("ParamSpecArgs", PyValue.FromObject(ParamSpecAttr.ArgsType));
        m.Add("ParamSpecKwargs", PyValue.FromObject(ParamSpecAttr.KwargsType));
        m.Add("TypeVarTuple", PyValue.FromObject(TypeParamTypes.TypeVarTuple));
        m.Add("TypeAliasType", PyValue.FromObject(PyTypeAlias.TypeObject));
        m.Add("Generic", PyValue.FromObject(Generic));
        m.Add("Union", PyValue.FromObject(PyType.Union));
        m.Add("NoDefault", TypingSupport.NoDefault);
        return m;
    }

    /// <summary>Installs the typing intrinsics and the hooks of typing.Union (at runtime start: PEP 695 syntax needs no import).</summary>
    public static void Install()
    {
        Hooks.TypingImpl = TypingIntrinsics.Call;
        PyUnion.TypeCheckHook = static (ts, arg, message) => TypingSupport.CallTyping(ts, "_type_check", [arg, NativeTypes.Str(message)]);
        PyUnion.IsTypeAlias = static v => v.AsObject is PyTypeAlias;
    }

    private static PyType CreateGeneric()
    {
        // A heap type laid out as object (as CPython's, made from a spec): object.__new__ serves its subclasses.
        var t = PyType.Create(ThreadState.Current, "Generic", "typing", [PyType.Object])!;
        t.InitializeInstanceLayout(hasDict: false, ownSlots: 0);
        t.AddValue("__module__", NativeTypes.Str("typing"));
        t.AddValue("__doc__", NativeTypes.Str("Abstract base class for generic types."));
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => TypingSupport.CallTyping(ts, "_generic_class_getitem", a, kw));
        t.AddClassMethod("__init_subclass__", static (ts, a, kw) => TypingSupport.CallTyping(ts, "_generic_init_subclass", a, kw));
        SlotTable.Update(t);
        return t;
    }
}

/// <summary>The PEP 695 intrinsics (CALL_INTRINSIC_1 7..11, CALL_INTRINSIC_2 2, 3 and 5; the second set arrives as 100 + n).</summary>
internal static class TypingIntrinsics
{
    public static PyValue Call(ThreadState ts, int which, PyValue a, PyValue b)
    {
        switch (which)
        {
            case 7: // INTRINSIC_TYPEVAR
                return PyValue.FromObject(PyTypeParam.Create(ts, TypeParamKind.TypeVar, (PyStr)a.AsObject, PyValue.Null));
            case 8: // INTRINSIC_PARAMSPEC
                return PyValue.FromObject(PyTypeParam.Create(ts, TypeParamKind.ParamSpec, (PyStr)a.AsObject, PyValue.Null));
            case 9: // INTRINSIC_TYPEVARTUPLE
                return PyValue.FromObject(PyTypeParam.Create(ts, TypeParamKind.TypeVarTuple, (PyStr)a.AsObject, PyValue.Null));
            case 10: // INTRINSIC_SUBSCRIPT_GENERIC
                {
                    var parameters = TypingSupport.UnpackTypeVarTuples(ts, (PyTuple)a.AsObject);
                    return parameters.IsError ? parameters
                        : TypingSupport.CallTyping(ts, "_GenericAlias", [PyValue.FromObject(TypingModule.Generic), parameters]);
                }

            case 11: // INTRINSIC_TYPEALIAS
                return PyTypeAlias.FromIntrinsic((PyTuple)a.AsObject);
            case 102: // INTRINSIC_TYPEVAR_WITH_BOUND
                {
                    var tv = PyTypeParam.Create(ts, TypeParamKind.TypeVar, (PyStr)a.AsObject, PyValue.Null);
                    tv.EvaluateBound = b;
                    return PyValue.FromObject(tv);
                }

            case 103: // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                {
                    var tv = PyTypeParam.Create(ts, TypeParamKind.TypeVar, (PyStr)a.AsObject, PyValue.Null);
                    tv.EvaluateConstraints = b;
                    return PyValue.FromObject(tv);
                }

            case 105: // INTRINSIC_SET_TYPEPARAM_DEFAULT
                if (a.AsObject is PyTypeParam param)
                {
                    param.EvaluateDefault = b;
                    return a;
                }

                return NativeTypes.Repr(ts, a) is { } r ? ts.SetError(PyExc.TypeError, "Expected a type param, got " + r) : PyValue.Error;
            default:
                return ts.SetError(PyExc.SystemError, "invalid intrinsic function " + (which >= 100 ? which - 100 : which));
        }
    }
}
