namespace ProtoPython.Objects;

/// <summary>tuple slots; methods in <c>TupleType.Methods.cs</c>.</summary>
internal static partial class TupleType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Tuple;
        t.Length = static (ts, v) => ((PyTuple)v.AsObject).Length;
        t.GetItem = static (ts, v, key) =>
        {
            var tuple = (PyTuple)v.AsObject;
            if (!PyInt.IsInt(key) && key.Type.Index is null)
            {
                return ts.SetError(PyExc.TypeError, "tuple indices must be integers or slices, not " + key.Type.Name);
            }

            return SequenceHelpers.TryNormalizeIndex(ts, key, tuple.Length, "tuple", out var i) ? tuple[(int)i] : PyValue.Error;
        };
        t.Repr = static (ts, v) =>
        {
            var tuple = (PyTuple)v.AsObject;
            if (tuple.Length == 0)
            {
                return PyValue.FromObject(PyStr.Intern("()"));
            }

            if (!ReprGuard.Enter(tuple))
            {
                return PyValue.FromObject(new PyStr("(...)"));
            }

            try
            {
                var inner = SequenceHelpers.JoinReprs(ts, tuple.Items);
                return inner is null ? PyValue.Error : PyValue.FromObject(new PyStr("(" + inner + (tuple.Length == 1 ? ",)" : ")")));
            }
            finally
            {
                ReprGuard.Leave(tuple);
            }
        };
        t.Iter = static (ts, v) => PyValue.FromObject(new PySequenceIterator(v));

        InstallMethods();
    }
}
