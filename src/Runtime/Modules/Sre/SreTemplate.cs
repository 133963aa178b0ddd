using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// <c>_sre.SRE_Template</c>: a parsed replacement template, from <c>_sre.template(pattern, list)</c>
/// where the list alternates literals and group numbers: [literal, group, literal, ..., literal].
/// Empty literals are dropped; None stands for no literal.
/// </summary>
internal sealed class SreTemplate : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly int[] _groups;
    private readonly PyValue[] _literals; // after each group; Null for none

    private SreTemplate(PyValue literal, int[] groups, PyValue[] literals)
        : base(s_type.Value)
    {
        Literal = literal;
        _groups = groups;
        _literals = literals;
    }

    /// <summary>The leading literal (None when empty).</summary>
    public PyValue Literal { get; }

    /// <summary>No group references: the replacement is <see cref="Literal"/>.</summary>
    public bool IsLiteral => _groups.Length == 0;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("SRE_Template", PyType.Object, TypeFlags.None, module: "_sre");
        t.GetAttr = PyOps.GenericGetAttr;
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary><c>_sre.template(pattern, template)</c>.</summary>
    public static PyValue Create(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var r = new PyValue[2];
        if (!ArgParser.Parse(ts, "template", args, kwnames, ["pattern", "template"], 2, 0, r))
        {
            return PyValue.Error;
        }

        if (r[1].AsObject is not PyList list)
        {
            return ArgParser.BadArgument(ts, "template", "argument 2", "list", r[1]);
        }

        var n = list.Count;
        if ((n & 1) == 0 || n < 1)
        {
            return ts.SetError(PyExc.TypeError, "invalid template");
        }

        n /= 2;
        list.TryGetItem(ts, 0, out var literal);
        var groups = new int[n];
        var literals = new PyValue[n];
        for (var i = 0; i < n; i++)
        {
            list.TryGetItem(ts, (2 * i) + 1, out var index);
            if (!SrePattern.TryIndex(ts, index, out var g))
            {
                return PyValue.Error;
            }

            if (g < 0)
            {
                return ts.SetError(PyExc.TypeError, "invalid template");
            }

            groups[i] = (int)Math.Min(g, int.MaxValue);
            list.TryGetItem(ts, (2 * i) + 2, out var text);
            literals[i] = IsEmpty(text) ? PyValue.Null : text;
        }

        return PyValue.FromObject(new SreTemplate(literal, groups, literals));
    }

    private static bool IsEmpty(PyValue v) => v.AsObject is PyStr { Length: 0 } || (v.AsObject is PyBytes { Length: 0 } b && b.Type == PyType.Bytes);

    /// <summary>compile_template: <c>re._compile_template(pattern, repl)</c>; null with the error set.</summary>
    public static SreTemplate? Compile(ThreadState ts, SrePattern pattern, PyValue repl)
    {
        var re = SreModule.ImportRe(ts, pattern.Runtime);
        var func = re.IsError ? re : PyOps.GetAttr(ts, re, PyStr.Intern("_compile_template"));
        if (func.IsError)
        {
            return null;
        }

        var result = PyOps.Call2(ts, func, PyValue.FromObject(pattern), repl);
        if (result.IsError && ts.ErrorMatches(PyExc.TypeError))
        {
            // An unhashable replacement (a bytearray, a str subclass) is retried as plain str or bytes.
            PyValue plain;
            if (repl.AsObject is PyStr s && s.Type != PyType.Str)
            {
                plain = PyValue.FromObject(s.Copy());
            }
            else if (BytesLike.TryGetSpan(repl, out var span) && !(repl.AsObject is PyBytes b && b.Type == PyType.Bytes))
            {
                plain = PyBytes.From(span.ToArray());
            }
            else
            {
                return null;
            }

            ts.ClearError();
            result = PyOps.Call2(ts, func, PyValue.FromObject(pattern), plain);
        }

        if (result.IsError)
        {
            return null;
        }

        if (result.AsObject is SreTemplate template)
        {
            return template;
        }

        ts.SetError(PyExc.TypeError, "expected SRE_Template, got '" + result.Type.Name + "'");
        return null;
    }

    /// <summary>expand_template: the literals and the groups' text joined (unmatched groups are empty).</summary>
    public PyValue Expand(ThreadState ts, SreMatch match)
    {
        if (IsLiteral)
        {
            return Literal;
        }

        var parts = new PyList();
        if (!Literal.IsNone)
        {
            parts.Append(Literal);
        }

        for (var i = 0; i < _groups.Length; i++)
        {
            if (_groups[i] >= match.GroupCount)
            {
                return ts.SetError(PyExc.IndexError, "no such group");
            }

            var item = match.Group(_groups[i], PyValue.None);
            if (!item.IsNone)
            {
                parts.Append(item);
            }

            if (!_literals[i].IsNull)
            {
                parts.Append(_literals[i]);
            }
        }

        return SreSubject.JoinAs(ts, match.Subject.Str is not null, parts);
    }
}
