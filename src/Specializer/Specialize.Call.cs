using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    /// <summary>
    /// CALL: Python functions called with exactly their positional parameters (directly or as a
    /// bound method) or generally; everything else to CALL_NON_PY_GENERAL. Cache: the function's
    /// version (32 bits), which changes when its code, defaults or keyword defaults change.
    /// </summary>
    public static void Call(PyCode code, int instr, PyValue callable, PyValue selfOrNull, int argCount)
    {
        var units = code.Instructions;
        if (callable.AsObject is PyMethod { Function: var f } && selfOrNull.IsNull && f.AsObject is PyFunction bound)
        {
            var exact = ExactArgs(bound, argCount + 1);
            WriteU32(units, instr + 2, bound.Version);
            Publish(units, instr, exact ? Opcode.CallBoundMethodExactArgs : Opcode.CallBoundMethodGeneral);
            return;
        }

        if (callable.AsObject is PyFunction func)
        {
            var exact = ExactArgs(func, argCount + (selfOrNull.IsNull ? 0 : 1));
            WriteU32(units, instr + 2, func.Version);
            Publish(units, instr, exact ? Opcode.CallPyExactArgs : Opcode.CallPyGeneral);
            return;
        }

        if (callable.AsObject is PyMethod)
        {
            Fail(units, instr, "bound method of a non-Python callable");
            return;
        }

        if (callable.AsObject is PyType cls && selfOrNull.IsNull && AllocAndEnterInit(code, instr, cls, argCount))
        {
            Publish(units, instr, Opcode.CallAllocAndEnterInit);
            return;
        }

        CacheValue(code, instr, callable);
        Publish(units, instr, NativeForm(callable, selfOrNull, argCount));
    }

    /// <summary>
    /// CALL_KW: a Python function (CALL_KW_PY) or a bound method of one (CALL_KW_BOUND_METHOD),
    /// guarded by the function's version at +2; any other callable that is neither (CALL_KW_NON_PY).
    /// </summary>
    public static void CallKw(ushort[] units, int instr, PyValue callable, PyValue selfOrNull)
    {
        if (callable.AsObject is PyMethod { Function.AsObject: PyFunction bound } && selfOrNull.IsNull)
        {
            WriteU32(units, instr + 2, bound.Version);
            Publish(units, instr, Opcode.CallKwBoundMethod);
        }
        else if (callable.AsObject is PyFunction func)
        {
            WriteU32(units, instr + 2, func.Version);
            Publish(units, instr, Opcode.CallKwPy);
        }
        else if (callable.AsObject is PyMethod)
        {
            Fail(units, instr, "bound method of a non-Python callable");
        }
        else
        {
            Publish(units, instr, Opcode.CallKwNonPy);
        }
    }

    // Callables written in C#: the builtin's own entry point without the generic call protocol.
    private static Opcode NativeForm(PyValue callable, PyValue selfOrNull, int argCount)
    {
        if (ReferenceEquals(callable.AsObject, PyType.TypeType) && selfOrNull.IsNull && argCount == 1)
        {
            return Opcode.CallType1;
        }

        if (ReferenceEquals(callable.AsObject, PyType.Str) && selfOrNull.IsNull && argCount == 1)
        {
            return Opcode.CallStr1;
        }

        if (ReferenceEquals(callable.AsObject, PyType.Tuple) && selfOrNull.IsNull && argCount == 1)
        {
            return Opcode.CallTuple1;
        }

        if (callable.AsObject is PyType { } cls && selfOrNull.IsNull && !cls.HasFlag(TypeFlags.HeapType) && s_vectorcallClasses.Contains(cls.Name))
        {
            return Opcode.CallBuiltinClass;
        }

        if (callable.AsObject is PyBuiltinFunction bf && bf.Self.IsNull && selfOrNull.IsNull)
        {
            return bf.Name == "len" && bf.Module == "builtins" && argCount == 1 ? Opcode.CallLen
                : bf.Name == "isinstance" && bf.Module == "builtins" && argCount == 2 ? Opcode.CallIsinstance
                : bf.Arity == NativeArity.One && argCount == 1 ? Opcode.CallBuiltinO
                : bf.Arity == NativeArity.Any ? Opcode.CallBuiltinFast
                : Opcode.CallNonPyGeneral;
        }

        if (callable.AsObject is PyMethodDescriptor d && d.Kind == MethodKind.Method && !selfOrNull.IsNull && ReferenceEquals(selfOrNull.Type, d.Owner))
        {
            return ReferenceEquals(d.Owner, PyType.List) && d.Name == "append" && argCount == 1 ? Opcode.CallListAppend
                : d.Arity == NativeArity.NoArgs && argCount == 0 ? Opcode.CallMethodDescriptorNoargs
                : d.Arity == NativeArity.One && argCount == 1 ? Opcode.CallMethodDescriptorO
                : d.Arity == NativeArity.Any ? Opcode.CallMethodDescriptorFast
                : Opcode.CallNonPyGeneral;
        }

        return Opcode.CallNonPyGeneral;
    }

    // CALL_ALLOC_AND_ENTER_INIT: a class whose metaclass is type, with object.__new__ and a Python
    // __init__ taking exactly the arguments. Cache: the class's version (+2); the __init__ function
    // and its version in the instruction's object caches (it can change without the class changing).
    private static bool AllocAndEnterInit(PyCode code, int instr, PyType cls, int argCount)
    {
        if (!ReferenceEquals(cls.Type, PyType.TypeType) || !ReferenceEquals(cls.New, PyType.Object.New) ||
            !ReferenceEquals(cls.BuiltinBase, PyType.Object) || !cls.TryLookup(s_init, out var initValue) ||
            initValue.AsObject is not PyFunction init || init.Code.IsGenerator || !ExactArgs(init, argCount + 1))
        {
            return false;
        }

        var version = cls.GetOrAssignVersion();
        if (version == 0)
        {
            return false;
        }

        WriteU32(code.Instructions, instr + 2, version);
        CacheValue(code, instr, initValue);
        code.CacheValues![instr + 1] = PyValue.FromInt64(init.Version);
        return true;
    }

    private static readonly PyStr s_init = PyStr.Intern("__init__");

    // The builtin classes CPython 3.14 gives a vectorcall entry (so CALL_BUILTIN_CLASS), as its
    // adaptive dis shows them after warm-up; zip, bytes, object, slice, complex... stay CALL_NON_PY_GENERAL.
    private static readonly HashSet<string> s_vectorcallClasses =
        ["bool", "dict", "enumerate", "filter", "float", "frozenset", "int", "list", "map", "range", "reversed", "set", "str", "tuple"];

    // Generator and coroutine functions too: their frame runs inline up to RETURN_GENERATOR, which
    // hands the caller the new generator.
    private static bool ExactArgs(PyFunction func, int total) =>
        func.Code.TakesPositionalOnly && func.Code.ArgCount == total;
}
