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
    public static void Call(ushort[] units, int instr, PyValue callable, PyValue selfOrNull, int argCount)
    {
        if (callable.AsObject is PyMethod { Function: var f } && selfOrNull.IsNull && f.AsObject is PyFunction bound)
        {
            if (bound.Code.IsGenerator)
            {
                Fail(units, instr);
                return;
            }

            var exact = ExactArgs(bound, argCount + 1);
            WriteU32(units, instr + 2, bound.Version);
            Publish(units, instr, exact ? Opcode.CallBoundMethodExactArgs : Opcode.CallBoundMethodGeneral);
            return;
        }

        if (callable.AsObject is PyFunction func)
        {
            if (func.Code.IsGenerator)
            {
                // Generator functions run through the generic path (a new activation); not yet inlined.
                Fail(units, instr);
                return;
            }

            var exact = ExactArgs(func, argCount + (selfOrNull.IsNull ? 0 : 1));
            WriteU32(units, instr + 2, func.Version);
            Publish(units, instr, exact ? Opcode.CallPyExactArgs : Opcode.CallPyGeneral);
            return;
        }

        if (callable.AsObject is PyMethod)
        {
            Fail(units, instr);
            return;
        }

        Publish(units, instr, Opcode.CallNonPyGeneral);
    }

    private static bool ExactArgs(PyFunction func, int total) =>
        !func.Code.IsGenerator && func.Code.TakesPositionalOnly && func.Code.ArgCount == total;
}
