using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    /// <summary>UNPACK_SEQUENCE of an exact tuple or list of the right length.</summary>
    public static void UnpackSequence(ushort[] units, int instr, PyValue seq, int count)
    {
        var op = seq.AsObject is PyTuple t && ReferenceEquals(seq.Type, PyType.Tuple) && t.Length == count
                ? (count == 2 ? Opcode.UnpackSequenceTwoTuple : Opcode.UnpackSequenceTuple)
            : seq.AsObject is PyList l && ReferenceEquals(seq.Type, PyType.List) && l.Count == count ? Opcode.UnpackSequenceList
            : Opcode.UnpackSequence;
        Finish(units, instr, op, Opcode.UnpackSequence, "unpack " + seq.Type.Name + (seq.AsObject is PyTuple or PyList ? " of another length" : ""));
    }

    /// <summary>STORE_SUBSCR into an exact list at an int index, or an exact dict.</summary>
    public static void StoreSubscr(ushort[] units, int instr, PyValue container, PyValue sub)
    {
        var op = ReferenceEquals(container.Type, PyType.List) && sub.IsInt64 ? Opcode.StoreSubscrListInt
            : ReferenceEquals(container.Type, PyType.Dict) ? Opcode.StoreSubscrDict
            : Opcode.StoreSubscr;
        Finish(units, instr, op, Opcode.StoreSubscr, container.Type.Name + "[" + sub.Type.Name + "] = ...");
    }

    /// <summary>CONTAINS_OP on an exact set, frozenset or dict.</summary>
    public static void ContainsOp(ushort[] units, int instr, PyValue container)
    {
        var type = container.Type;
        var op = ReferenceEquals(type, PyType.Set) || ReferenceEquals(type, PyType.FrozenSet) ? Opcode.ContainsOpSet
            : ReferenceEquals(type, PyType.Dict) ? Opcode.ContainsOpDict
            : Opcode.ContainsOp;
        Finish(units, instr, op, Opcode.ContainsOp, "in " + type.Name);
    }
}
