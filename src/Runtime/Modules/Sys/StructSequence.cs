using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// An instance of a struct sequence (CPython's structseq: <c>sys.flags</c>, <c>os.stat_result</c>):
/// a tuple of the first <c>n_sequence_fields</c> values, with every field also an attribute; the
/// fields beyond the sequence part are attributes only.
/// </summary>
internal sealed class PyStructSequence : PyTuple
{
    public PyStructSequence(PyType type, PyValue[] sequence, PyValue[] extra)
        : base(type, sequence)
    {
        Extra = extra;
    }

    /// <summary>The attribute-only fields.</summary>
    public PyValue[] Extra { get; }
}

/// <summary>Makes struct sequence types: a tuple subclass with named fields, CPython's repr and constructor.</summary>
internal static class StructSequenceType
{
    private sealed record Layout(string[] Fields, int NSequence);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, Layout> s_layouts = [];

    /// <summary>A type named <c>module.name</c> whose first <paramref name="nSequence"/> of <paramref name="fields"/> form the tuple.</summary>
    public static PyType Create(string name, string module, string[] fields, int nSequence = -1)
    {
        if (nSequence < 0)
        {
            nSequence = fields.Length;
        }

        var t = PyType.CreateRuntimeType(name, PyType.Tuple, TypeFlags.None, module);
        s_layouts.Add(t, new Layout(fields, nSequence));
        t.Repr = Repr;
        t.New = New;
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            t.AddGetSet(fields[i], (ts, v) => Field((PyStructSequence)v.AsObject, index));
        }

        t.AddValue("n_sequence_fields", PyValue.FromInt64(nSequence));
        t.AddValue("n_fields", PyValue.FromInt64(fields.Length));
        t.AddValue("n_unnamed_fields", PyValue.FromInt64(0));
        t.AddValue("__match_args__", PyValue.FromObject(new PyTuple([.. fields[..nSequence].Select(f => PyValue.FromObject(PyStr.Intern(f)))])));
        t.AddMethod("__reduce__", static (ts, a, kw) => Reduce(ts, (PyStructSequence)a[0].AsObject), NativeArity.NoArgs);
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>An instance from all field values in order (the sequence part first).</summary>
    public static PyStructSequence Make(PyType type, params PyValue[] values)
    {
        var layout = s_layouts.TryGetValue(type, out var l) ? l : throw new InvalidOperationException(type.Name + " is not a struct sequence");
        var extra = new PyValue[layout.Fields.Length - layout.NSequence];
        for (var i = 0; i < extra.Length; i++)
        {
            extra[i] = layout.NSequence + i < values.Length ? values[layout.NSequence + i] : PyValue.None;
        }

        return new PyStructSequence(type, values[..layout.NSequence], extra);
    }

    private static PyValue Field(PyStructSequence s, int index) => index < s.Length ? s[index] : s.Extra[index - s.Length];

    private static Layout LayoutOf(PyType type)
    {
        for (var t = type; t is not null; t = t.Base)
        {
            if (s_layouts.TryGetValue(t, out var layout))
            {
                return layout;
            }
        }

        throw new InvalidOperationException(type.Name + " is not a struct sequence");
    }

    private static PyValue Repr(ThreadState ts, PyValue self)
    {
        var s = (PyStructSequence)self.AsObject;
        var layout = LayoutOf(s.Type);
        var sb = new StringBuilder(s.Type.FullName).Append('(');
        for (var i = 0; i < layout.NSequence; i++)
        {
            var r = PyOps.Repr(ts, s[i]);
            if (r is null)
            {
                return PyValue.Error;
            }

            sb.Append(i == 0 ? "" : ", ").Append(layout.Fields[i]).Append('=').Append(r.Value);
        }

        return PyValue.FromObject(new PyStr(sb.Append(')').ToString()));
    }

    // type(sequence, dict=None): n_sequence_fields to n_fields items; missing attribute-only fields from dict, else None.
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var layout = LayoutOf(type);
        var positional = args.Length - (kwnames?.Length ?? 0);
        PyValue sequence = positional > 0 ? args[0] : PyValue.Null;
        PyValue dict = positional > 1 ? args[1] : PyValue.None;
        for (var k = 0; kwnames is not null && k < kwnames.Length; k++)
        {
            var key = ((PyStr)kwnames[k].AsObject).Value;
            if (key == "sequence")
            {
                sequence = args[positional + k];
            }
            else if (key == "dict")
            {
                dict = args[positional + k];
            }
            else
            {
                return ts.SetError(PyExc.TypeError, type.Name + "() got an unexpected keyword argument '" + key + "'");
            }
        }

        if (sequence.IsNull)
        {
            return ts.SetError(PyExc.TypeError, type.Name + "() missing required argument 'sequence' (pos 1)");
        }

        var items = PyOps.Call1(ts, PyValue.FromObject(PyType.Tuple), sequence);
        if (items.IsError)
        {
            return items;
        }

        var values = ((PyTuple)items.AsObject).Items;
        var full = type.FullName;
        if (values.Length < layout.NSequence)
        {
            var what = layout.NSequence == layout.Fields.Length ? "exactly" : "at least";
            return ts.SetError(PyExc.TypeError, full + "() takes " + what + " a " + layout.NSequence + "-sequence (" + values.Length + "-sequence given)");
        }

        if (values.Length > layout.Fields.Length)
        {
            var what = layout.NSequence == layout.Fields.Length ? "exactly" : "at most";
            return ts.SetError(PyExc.TypeError, full + "() takes " + what + " a " + layout.Fields.Length + "-sequence (" + values.Length + "-sequence given)");
        }

        var extra = new PyValue[layout.Fields.Length - layout.NSequence];
        for (var i = 0; i < extra.Length; i++)
        {
            var index = layout.NSequence + i;
            if (index < values.Length)
            {
                extra[i] = values[index];
            }
            else if (dict.AsObject is PyDict d && d.TryGetStr(PyStr.Intern(layout.Fields[index]), out var fromDict))
            {
                extra[i] = fromDict;
            }
            else
            {
                extra[i] = PyValue.None;
            }
        }

        return PyValue.FromObject(new PyStructSequence(type, values[..layout.NSequence].ToArray(), extra));
    }

    private static PyValue Reduce(ThreadState ts, PyStructSequence s)
    {
        var layout = LayoutOf(s.Type);
        var dict = new PyDict();
        for (var i = 0; i < s.Extra.Length; i++)
        {
            dict.SetStr(PyStr.Intern(layout.Fields[layout.NSequence + i]), s.Extra[i]);
        }

        var seq = new PyTuple(s.Items.ToArray());
        return PyValue.FromObject(new PyTuple([PyValue.FromObject(s.Type), PyValue.FromObject(new PyTuple([PyValue.FromObject(seq), PyValue.FromObject(dict)]))]));
    }
}
