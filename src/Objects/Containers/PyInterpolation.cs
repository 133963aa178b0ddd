namespace ProtoPython.Objects;

/// <summary>
/// <c>string.templatelib.Interpolation</c> (PEP 750): one <c>{...}</c> of a t-string, with the value,
/// the expression's text, the conversion (None, 's', 'r' or 'a') and the format spec. Immutable.
/// </summary>
public sealed class PyInterpolation : PyObject
{
    private static readonly string[] s_conversions = ["", "s", "r", "a"];

    public PyInterpolation(PyValue value, PyStr expression, PyValue conversion, PyStr formatSpec)
        : base(PyType.Interpolation)
    {
        Value = value;
        Expression = expression;
        Conversion = conversion;
        FormatSpec = formatSpec;
    }

    public PyValue Value { get; }

    public PyStr Expression { get; }

    /// <summary>None or a one-character str.</summary>
    public PyValue Conversion { get; }

    public PyStr FormatSpec { get; }

    /// <summary>BUILD_INTERPOLATION's conversion (oparg &gt;&gt; 2: 0 none, 1 's', 2 'r', 3 'a') as a value.</summary>
    public static PyValue ConversionValue(int code) =>
        code is > 0 and < 4 ? PyValue.FromObject(PyStr.Intern(s_conversions[code])) : PyValue.None;

    private static PyInterpolation Self(PyValue v) => (PyInterpolation)v.AsObject;

    internal static void Install()
    {
        var t = PyType.Interpolation;
        t.AddValue("__doc__", PyValue.FromObject(new PyStr("Interpolation object")));
        t.AddValue("__match_args__", PyValue.FromObject(new PyTuple([
            PyValue.FromObject(PyStr.Intern("value")), PyValue.FromObject(PyStr.Intern("expression")),
            PyValue.FromObject(PyStr.Intern("conversion")), PyValue.FromObject(PyStr.Intern("format_spec"))])));
        t.AddMember("value", static (ts, v) => Self(v).Value);
        t.AddMember("expression", static (ts, v) => PyValue.FromObject(Self(v).Expression));
        t.AddMember("conversion", static (ts, v) => Self(v).Conversion);
        t.AddMember("format_spec", static (ts, v) => PyValue.FromObject(Self(v).FormatSpec));
        t.New = New;
        t.Repr = static (ts, v) =>
        {
            var i = Self(v);
            var parts = new PyValue[] { i.Value, PyValue.FromObject(i.Expression), i.Conversion, PyValue.FromObject(i.FormatSpec) };
            var sb = new System.Text.StringBuilder("Interpolation(");
            for (var k = 0; k < parts.Length; k++)
            {
                if (PyOps.Repr(ts, parts[k]) is not { } r)
                {
                    return PyValue.Error;
                }

                sb.Append(k > 0 ? ", " : "").Append(r.Value);
            }

            return PyValue.FromObject(new PyStr(sb.Append(')').ToString()));
        };
        t.AddMethod0("__reduce__", static (ts, v) =>
        {
            var i = Self(v);
            var args = new PyTuple([i.Value, PyValue.FromObject(i.Expression), i.Conversion, PyValue.FromObject(i.FormatSpec)]);
            return PyValue.FromObject(new PyTuple([PyValue.FromObject(PyType.Interpolation), PyValue.FromObject(args)]));
        });
    }

    // Interpolation(value, expression='', conversion=None, format_spec='')
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var bound = new PyValue[4];
        string[] names = ["value", "expression", "conversion", "format_spec"];
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional > 4)
        {
            return ts.SetError(PyExc.TypeError, "Interpolation() takes at most 4 arguments (" + args.Length + " given)");
        }

        for (var k = 0; k < positional; k++)
        {
            bound[k] = args[k];
        }

        for (var k = 0; kwnames is not null && k < kwnames.Length; k++)
        {
            var name = ((PyStr)kwnames[k].AsObject).Value;
            var at = Array.IndexOf(names, name);
            if (at < 0)
            {
                return ts.SetError(PyExc.TypeError, "Interpolation() got an unexpected keyword argument '" + name + "'");
            }

            if (!bound[at].IsNull)
            {
                return ts.SetError(PyExc.TypeError, "argument for Interpolation() given by name ('" + name + "') and position (" + (at + 1) + ")");
            }

            bound[at] = args[positional + k];
        }

        if (bound[0].IsNull)
        {
            return ts.SetError(PyExc.TypeError, "Interpolation() missing required argument 'value' (pos 1)");
        }

        var expression = bound[1].IsNull ? PyStr.Intern("") : bound[1].AsObject as PyStr;
        if (expression is null)
        {
            return ts.SetError(PyExc.TypeError, "Interpolation() argument 'expression' must be str, not " + bound[1].Type.Name);
        }

        var conversion = bound[2].IsNull ? PyValue.None : bound[2];
        if (!conversion.IsNone && (conversion.AsObject is not PyStr c || c.Value is not ("s" or "r" or "a")))
        {
            return ts.SetError(PyExc.ValueError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
        }

        var spec = bound[3].IsNull ? PyStr.Intern("") : bound[3].AsObject as PyStr;
        if (spec is null)
        {
            return ts.SetError(PyExc.TypeError, "Interpolation() argument 'format_spec' must be str, not " + bound[3].Type.Name);
        }

        return PyValue.FromObject(new PyInterpolation(bound[0], expression, conversion, spec));
    }
}
