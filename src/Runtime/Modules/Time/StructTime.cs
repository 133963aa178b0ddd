using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>time.struct_time</c>: a 9-item sequence (CPython makes it a tuple subclass through structseq;
/// here a small sequence type that indexes, slices, iterates, compares and hashes as its tuple)
/// with the named fields, and tm_zone/tm_gmtoff as attributes only.
/// </summary>
internal sealed class StructTime : PyObject
{
    public static readonly string[] FieldNames =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    private static readonly Lazy<PyType> s_type = new(CreateType);

    public StructTime(PyValue[] fields, PyValue zone, PyValue gmtoff)
        : base(s_type.Value)
    {
        Fields = fields;
        Zone = zone;
        GmtOff = gmtoff;
    }

    public static PyType TypeObject => s_type.Value;

    /// <summary>The 9 sequence fields.</summary>
    public PyValue[] Fields { get; }

    public PyValue Zone { get; }

    public PyValue GmtOff { get; }

    public PyTuple AsTuple() => new((PyValue[])Fields.Clone());

    private static PyValue Tuple(PyValue v) => v.AsObject is StructTime st ? PyValue.FromObject(st.AsTuple()) : v;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("struct_time", module: "time");
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(Repr(ts, (StructTime)v.AsObject) ?? ""));
        t.Length = static (ts, v) => 9;
        t.GetItem = static (ts, v, key) => PyOps.GetItem(ts, Tuple(v), key);
        t.Iter = static (ts, v) => PyOps.GetIter(ts, Tuple(v));
        t.RichCompare = static (ts, a, b, op) => Compare(ts, a, b, op);
        t.HashFunction = static (ThreadState ts, PyValue v, out long hash) => Tuple(v).TryHash(ts, out hash);
        t.New = static (ts, type, args, kw) => New(ts, args, kw);
        for (var i = 0; i < FieldNames.Length; i++)
        {
            var index = i;
            t.AddGetSet(FieldNames[i], (ts, v) => ((StructTime)v.AsObject).Fields[index]);
        }

        t.AddGetSet("tm_zone", static (ts, v) => ((StructTime)v.AsObject).Zone);
        t.AddGetSet("tm_gmtoff", static (ts, v) => ((StructTime)v.AsObject).GmtOff);
        t.AddValue("n_sequence_fields", PyValue.FromInt64(9));
        t.AddValue("n_fields", PyValue.FromInt64(11));
        t.AddValue("n_unnamed_fields", PyValue.FromInt64(0));
        SlotTable.AddWrappers(t);
        return t;
    }

    // As tuples compare: the first unequal items decide, else the lengths (tuple's richcompare).
    private static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (Tuple(a).AsObject is not PyTuple x || Tuple(b).AsObject is not PyTuple y)
        {
            return PyValue.NotImplemented;
        }

        var i = 0;
        for (; i < x.Length && i < y.Length; i++)
        {
            var same = PyOps.RichCompareBool(ts, x[i], y[i], CompareOp.Eq);
            if (same < 0)
            {
                return PyValue.Error;
            }

            if (same == 0)
            {
                break;
            }
        }

        if (i >= x.Length || i >= y.Length)
        {
            return PyValue.FromBool(op.Holds(x.Length.CompareTo(y.Length)));
        }

        return op switch
        {
            CompareOp.Eq => PyValue.False,
            CompareOp.Ne => PyValue.True,
            _ => PyOps.RichCompare(ts, x[i], y[i], op),
        };
    }

    private static string? Repr(ThreadState ts, StructTime st)
    {
        var sb = new StringBuilder("time.struct_time(");
        for (var i = 0; i < FieldNames.Length; i++)
        {
            var r = PyOps.Repr(ts, st.Fields[i]);
            if (r is null)
            {
                return null;
            }

            sb.Append(i == 0 ? "" : ", ").Append(FieldNames[i]).Append('=').Append(r.Value);
        }

        return sb.Append(')').ToString();
    }

    // struct_time(sequence): 9 to 11 items; the extra two are tm_zone and tm_gmtoff.
    private static PyValue New(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (kw is { Length: > 0 } || args.Length != 1)
        {
            return ts.SetError(PyExc.TypeError, "struct_time() takes exactly 1 positional argument");
        }

        var items = MathSums.Collect(ts, args[0]);
        if (items is null)
        {
            return PyValue.Error;
        }

        if (items.Count < 9)
        {
            return ts.SetError(PyExc.TypeError, "time.struct_time() takes an at least 9-sequence (" + items.Count + "-sequence given)");
        }

        if (items.Count > 11)
        {
            return ts.SetError(PyExc.TypeError, "time.struct_time() takes an at most 11-sequence (" + items.Count + "-sequence given)");
        }

        var fields = items.GetRange(0, 9).ToArray();
        return PyValue.FromObject(new StructTime(
            fields, items.Count > 9 ? items[9] : PyValue.None, items.Count > 10 ? items[10] : PyValue.None));
    }
}
