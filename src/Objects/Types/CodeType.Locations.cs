using ProtoPython.Bytecode.Tables;

namespace ProtoPython.Objects;

/// <summary>The code type's location methods, decoded from <c>co_linetable</c>: what <c>dis</c> reads.</summary>
internal static partial class CodeType
{
    private static void InstallLocations(PyType code)
    {
        // co_lines(): (start, end, line) per range of byte offsets; line None where there is none.
        code.AddMethod0("co_lines", static (ts, v) =>
        {
            var c = C(v);
            var ranges = LocationTable.Lines(c.LineTable, c.FirstLineNo);
            var items = new PyValue[ranges.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var r = ranges[i];
                items[i] = PyValue.FromObject(new PyTuple([PyValue.FromInt64(r.Start), PyValue.FromInt64(r.End), Optional(r.Line)]));
            }

            return PyOps.GetIter(ts, PyValue.FromObject(new PyTuple(items)));
        });

        // co_positions(): (lineno, end_lineno, col_offset, end_col_offset) per code unit.
        code.AddMethod0("co_positions", static (ts, v) =>
        {
            var c = C(v);
            var positions = LocationTable.Positions(c.LineTable, c.FirstLineNo, c.OriginalCode.Length);
            var items = new PyValue[positions.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var p = positions[i];
                items[i] = PyValue.FromObject(new PyTuple([Optional(p.Lineno), Optional(p.EndLineno), Optional(p.ColOffset), Optional(p.EndColOffset)]));
            }

            return PyOps.GetIter(ts, PyValue.FromObject(new PyTuple(items)));
        });

        // _varname_from_oparg(i): the i-th locals-plus name (LOAD_FAST, LOAD_DEREF... opargs).
        code.AddMethod1("_varname_from_oparg", static (ts, v, arg) =>
        {
            var c = C(v);
            if (!PyOps.TryIndexAsInt64(ts, arg, PyExc.OverflowError, out var i))
            {
                return PyValue.Error;
            }

            return i >= 0 && i < c.NLocalsPlus ? PyValue.FromObject(c.LocalsPlusNames[i]) : ts.SetError(PyExc.IndexError, "tuple index out of range");
        });
    }

    private static PyValue Optional(int? n) => n is { } x ? PyValue.FromInt64(x) : PyValue.None;
}
