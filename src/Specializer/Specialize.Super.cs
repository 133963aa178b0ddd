using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    /// <summary>
    /// LOAD_SUPER_ATTR (CPython's conditions): the name <c>super</c> is the builtin super and the
    /// class argument is a type. The forms check both again at each execution (a global named
    /// <c>super</c> can be rebound, the class cell reassigned); no cache beyond the counter.
    /// </summary>
    public static void LoadSuperAttr(ushort[] units, int instr, PyValue globalSuper, PyValue cls, int oparg)
    {
        if (!ReferenceEquals(globalSuper.AsObject, PyType.Super))
        {
            Fail(units, instr, "super is not the builtin super");
        }
        else if (cls.AsObject is not PyType)
        {
            Fail(units, instr, "super's first argument is not a type");
        }
        else
        {
            Publish(units, instr, (oparg & 1) != 0 ? Opcode.LoadSuperAttrMethod : Opcode.LoadSuperAttrAttr);
        }
    }
}
