namespace ProtoPython.Objects;

/// <summary>
/// <c>string.templatelib.Template</c> (PEP 750), what a t-string makes: the static strings and the
/// interpolations between them (always one more string than interpolations). Immutable; compares by
/// identity as in CPython.
/// </summary>
public sealed class PyTemplate : PyObject
{
    public PyTemplate(PyTuple strings, PyTuple interpolations)
        : base(PyType.Template)
    {
        Strings = strings;
        Interpolations = interpolations;
    }

    public PyTuple Strings { get; }

    public PyTuple Interpolations { get; }

    private static PyTemplate Self(PyValue v) => (PyTemplate)v.AsObject;

    internal static void Install()
    {
        var t = PyType.Template;
        t.AddValue("__doc__", PyValue.FromObject(new PyStr("Template object")));
        t.AddMember("strings", static (ts, v) => PyValue.FromObject(Self(v).Strings));
        t.AddMember("interpolations", static (ts, v) => PyValue.FromObject(Self(v).Interpolations));
        t.AddGetSet("values", static (ts, v) =>
        {
            var items = Self(v).Interpolations;
            var values = new PyValue[items.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ((PyInterpolation)items[i].AsObject).Value;
            }

            return PyValue.FromObject(new PyTuple(values));
        });
        t.New = New;
        t.Iter = static (ts, v) => PyValue.FromObject(new PyTupleIterator(new PyTuple(Self(v).Parts())));
        t.Number[(int)NumberOp.Add] = Concat;
        t.Repr = static (ts, v) =>
        {
            var strings = PyOps.Repr(ts, PyValue.FromObject(Self(v).Strings));
            var interpolations = strings is null ? null : PyOps.Repr(ts, PyValue.FromObject(Self(v).Interpolations));
            return interpolations is null
                ? PyValue.Error
                : PyValue.FromObject(new PyStr("Template(strings=" + strings!.Value + ", interpolations=" + interpolations.Value + ")"));
        };
        t.AddMethod0("__reduce__", static (ts, v) =>
        {
            var unpickle = TemplateUnpickle(ts);
            if (unpickle.IsError)
            {
                return unpickle;
            }

            var args = new PyTuple([PyValue.FromObject(Self(v).Strings), PyValue.FromObject(Self(v).Interpolations)]);
            return PyValue.FromObject(new PyTuple([unpickle, PyValue.FromObject(args)]));
        });
    }

    // string.templatelib._template_unpickle, through the running frame's __import__ (Objects has no import system).
    private static PyValue TemplateUnpickle(ThreadState ts)
    {
        if (ts.CurrentFrame?.Builtins is not { } builtins || !builtins.TryGetStr(Names.Import, out var import))
        {
            return ts.SetError(PyExc.ImportError, "__import__ not found");
        }

        var fromList = PyValue.FromObject(new PyTuple([PyValue.FromObject(PyStr.Intern("_template_unpickle"))]));
        var module = PyOps.Call(ts, import, [PyValue.FromObject(new PyStr("string.templatelib")), PyValue.None, PyValue.None, fromList], null);
        return module.IsError ? module : PyOps.GetAttr(ts, module, PyStr.Intern("_template_unpickle"));
    }

    /// <summary>Iteration order: each non-empty string, then the interpolation after it.</summary>
    private PyValue[] Parts()
    {
        var parts = new List<PyValue>(Strings.Length + Interpolations.Length);
        for (var i = 0; i < Strings.Length; i++)
        {
            if (((PyStr)Strings[i].AsObject).Length > 0)
            {
                parts.Add(Strings[i]);
            }

            if (i < Interpolations.Length)
            {
                parts.Add(Interpolations[i]);
            }
        }

        return [.. parts];
    }

    /// <summary>Template(*args): strings next to each other are joined; '' goes between interpolations.</summary>
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            return ts.SetError(PyExc.TypeError, "Template.__new__ only accepts *args arguments");
        }

        var strings = new List<PyValue>();
        var interpolations = new List<PyValue>();
        var pending = new System.Text.StringBuilder();
        foreach (var arg in args)
        {
            if (arg.AsObject is PyStr s)
            {
                pending.Append(s.Value);
            }
            else if (arg.AsObject is PyInterpolation)
            {
                strings.Add(PyValue.FromObject(new PyStr(pending.ToString())));
                pending.Clear();
                interpolations.Add(arg);
            }
            else
            {
                return ts.SetError(PyExc.TypeError, "Template.__new__ *args need to be of type 'str' or 'Interpolation', got " + arg.Type.Name);
            }
        }

        strings.Add(PyValue.FromObject(new PyStr(pending.ToString())));
        return PyValue.FromObject(new PyTemplate(new PyTuple([.. strings]), new PyTuple([.. interpolations])));
    }

    // template + template joins the last string of one with the first of the other.
    private static PyValue Concat(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.AsObject is not PyTemplate x)
        {
            return PyValue.NotImplemented;
        }

        if (b.AsObject is not PyTemplate y)
        {
            return ts.SetError(PyExc.TypeError, "can only concatenate string.templatelib.Template (not \"" + b.Type.TpName + "\") to string.templatelib.Template");
        }

        var strings = new PyValue[x.Strings.Length + y.Strings.Length - 1];
        for (var i = 0; i < x.Strings.Length - 1; i++)
        {
            strings[i] = x.Strings[i];
        }

        var joint = ((PyStr)x.Strings[^1].AsObject).Value + ((PyStr)y.Strings[0].AsObject).Value;
        strings[x.Strings.Length - 1] = PyValue.FromObject(new PyStr(joint));
        for (var i = 1; i < y.Strings.Length; i++)
        {
            strings[x.Strings.Length - 1 + i] = y.Strings[i];
        }

        var interpolations = new PyValue[x.Interpolations.Length + y.Interpolations.Length];
        x.Interpolations.Items.CopyTo(interpolations);
        y.Interpolations.Items.CopyTo(interpolations.AsSpan(x.Interpolations.Length));
        return PyValue.FromObject(new PyTemplate(new PyTuple(strings), new PyTuple(interpolations)));
    }
}
