using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>collections._tuplegetter(index, doc)</c>: the field descriptors of namedtuple classes.</summary>
internal sealed class TupleGetter(PyType type, long index, PyValue doc) : NativeObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public static PyType TypeObject => s_type.Value;

    public long Index { get; } = index;

    public PyValue Doc { get; set; } = doc;

    private static TupleGetter Self(PyValue v) => (TupleGetter)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("_tuplegetter", "collections", subclassable: false);
        t.New = New;
        t.DescrGet = static (ts, d, inst, owner) =>
        {
            if (inst.IsNull)
            {
                return d;
            }

            var index = Self(d).Index;
            if (inst.AsObject is not PyTuple tuple)
            {
                return ts.SetError(PyExc.TypeError, "descriptor for index '" + index + "' for tuple subclasses doesn't apply to '" + inst.Type.Name + "' object");
            }

            return index < tuple.Length ? tuple[(int)index] : ts.SetError(PyExc.IndexError, "tuple index out of range");
        };
        t.DescrSet = static (ts, d, inst, value) =>
        {
            ts.SetError(PyExc.AttributeError, value.IsNull ? "can't delete attribute" : "can't set attribute");
            return false;
        };
        t.Repr = static (ts, v) =>
        {
            var doc = NativeTypes.Repr(ts, Self(v).Doc);
            return doc is null ? PyValue.Error : NativeTypes.Str("_tuplegetter(" + Self(v).Index + ", " + doc + ")");
        };
        t.AddGetSet("__doc__", static (ts, v) => Self(v).Doc, static (ts, v, value) =>
        {
            Self(v).Doc = value.IsNull ? PyValue.None : value;
            return true;
        });
        t.AddMethod0("__reduce__", static (ts, v) =>
            NativeTypes.Tuple(PyValue.FromObject(v.Type), NativeTypes.Tuple(PyValue.FromInt64(Self(v).Index), Self(v).Doc)));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.NoKeywords(ts, "_tuplegetter", kw) || !ArgParser.CheckPositional(ts, "_tuplegetter", args, kw, 2, 2))
        {
            return PyValue.Error;
        }

        return PyOps.TryIndexAsInt64(ts, args[0], PyExc.OverflowError, out var index)
            ? PyValue.FromObject(new TupleGetter(type, index, args[1]))
            : PyValue.Error;
    }
}
