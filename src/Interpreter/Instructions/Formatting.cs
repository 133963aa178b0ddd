using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>f-string pieces: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE.</summary>
internal static class Formatting
{
    private static readonly PyStr s_empty = PyStr.Intern("");

    public static PyValue FormatSimple(ThreadState ts, PyValue v) =>
        v.AsObject is PyStr && ReferenceEquals(v.Type, PyType.Str) ? v : Format(ts, v, PyValue.FromObject(s_empty));

    /// <summary><c>format(value, spec)</c>: <c>type(value).__format__(value, spec)</c>, which must return a str.</summary>
    public static PyValue Format(ThreadState ts, PyValue v, PyValue spec)
    {
        if (v.AsObject is PyStr && ReferenceEquals(v.Type, PyType.Str) && spec.AsObject is PyStr { Length: 0 })
        {
            return v;
        }

        if (v.IsInt64 && spec.AsObject is PyStr { Length: 0 })
        {
            return PyValue.FromObject(new PyStr(v.AsInt64.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var r = PyOps.CallSpecial(ts, v, Objects.Names.Format, [spec], out var found);
        if (!found)
        {
            return ts.SetError(PyExc.TypeError, "Type " + v.Type.Name + " doesn't define __format__");
        }

        if (!r.IsError && r.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "__format__ must return a str, not " + r.Type.Name);
        }

        return r;
    }

    /// <summary>CONVERT_VALUE: 1 str(), 2 repr(), 3 ascii().</summary>
    public static PyValue Convert(ThreadState ts, PyValue v, int oparg)
    {
        var s = oparg switch
        {
            1 => PyOps.Str(ts, v),
            2 => PyOps.Repr(ts, v),
            _ => PyOps.Repr(ts, v) is { } r ? new PyStr(Objects.Formatting.StringRepr.ToAscii(r.Value)) : null,
        };
        return s is null ? PyValue.Error : PyValue.FromObject(s);
    }
}
