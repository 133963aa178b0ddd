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
        var op = ReferenceEquals(container.Type, PyType.List) && sub.IsInt64 ? ListForm(container, Opcode.StoreSubscrListInt, Opcode.StoreSubscrListI64, Opcode.StoreSubscrListF64)
            : ReferenceEquals(container.Type, PyType.Dict) ? Opcode.StoreSubscrDict
            : Opcode.StoreSubscr;
        Finish(units, instr, op, Opcode.StoreSubscr, container.Type.Name + "[" + sub.Type.Name + "] = ...");
    }

    /// <summary>
    /// Our list-strategy forms (flag <c>ours</c>): a list stored as <c>long[]</c> or <c>double[]</c>
    /// is read and written without boxing checks; the forms check the strategy at each execution
    /// (a store of another kind converts the list to object storage for good).
    /// </summary>
    private static Opcode ListForm(PyValue list, Opcode objects, Opcode int64, Opcode float64) =>
        ((PyList)list.AsObject).Strategy switch
        {
            ListStrategy.Int64 => int64,
            ListStrategy.Float64 => float64,
            _ => objects,
        };

    /// <summary>CONTAINS_OP on an exact set, frozenset or dict, an exact list of Int64 storage (CONTAINS_OP_LIST_I64, ours), or an exact str (CONTAINS_OP_STR, ours; the form also checks that the left operand is an exact str).</summary>
    public static void ContainsOp(ushort[] units, int instr, PyValue container)
    {
        var type = container.Type;
        var op = ReferenceEquals(type, PyType.Set) || ReferenceEquals(type, PyType.FrozenSet) ? Opcode.ContainsOpSet
            : ReferenceEquals(type, PyType.Dict) ? Opcode.ContainsOpDict
            : ReferenceEquals(type, PyType.List) && ((PyList)container.AsObject).Strategy == ListStrategy.Int64 ? Opcode.ContainsOpListI64
            : ReferenceEquals(type, PyType.Str) ? Opcode.ContainsOpStr
            : Opcode.ContainsOp;
        Finish(units, instr, op, Opcode.ContainsOp, "in " + type.Name);
    }
}
