namespace ProtoPython.Objects;

/// <summary><c>types.FunctionType(code, globals, ...)</c> and <c>types.CellType(contents)</c> (annotationlib builds both).</summary>
internal static partial class FunctionTypes
{
    private static void InstallConstructors()
    {
        PyType.Function.New = NewFunction;
        PyType.Cell.New = static (ts, type, args, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "cell", kw))
            {
                return PyValue.Error;
            }

            if (args.Length > 1)
            {
                return ts.SetError(PyExc.TypeError, "cell expected at most 1 argument, got " + args.Length);
            }

            return PyValue.FromObject(new PyCell(args.Length == 1 ? args[0] : PyValue.Null));
        };
    }

    // function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
    private static PyValue NewFunction(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "function", args, kw, ["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2, 0, p))
        {
            return PyValue.Error;
        }

        if (p[0].AsObject is not PyCode code)
        {
            return ArgParser.BadArgument(ts, "function", "argument 'code'", "code", p[0]);
        }

        if (p[1].AsObject is not PyDict globals)
        {
            return ArgParser.BadArgument(ts, "function", "argument 'globals'", "dict", p[1]);
        }

        var name = Optional(p[2]);
        if (!name.IsNull && name.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "arg 3 (name) must be None or string");
        }

        var argdefs = Optional(p[3]);
        if (!argdefs.IsNull && argdefs.AsObject is not PyTuple)
        {
            return ts.SetError(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
        }

        var kwdefaults = Optional(p[5]);
        if (!kwdefaults.IsNull && kwdefaults.AsObject is not PyDict)
        {
            return ts.SetError(PyExc.TypeError, "arg 6 (kwdefaults) must be None or dict");
        }

        var closureArg = Optional(p[4]);
        var cells = Closure(ts, code, closureArg);
        if (cells is null && ts.HasError)
        {
            return PyValue.Error;
        }

        var builtins = globals.TryGetStr(PyStr.Intern("__builtins__"), out var b)
            ? b.AsObject as PyDict ?? (b.AsObject is PyModule m ? m.Dict : null)
            : null;
        builtins ??= ts.CurrentFrame?.Builtins ?? new PyDict();
        var f = new PyFunction(code, globals, builtins) { Closure = cells };
        if (name.AsObject is PyStr n)
        {
            f.Name = n;
        }

        f.SetDefaults(argdefs.AsObject as PyTuple);
        f.SetKwDefaults(kwdefaults.AsObject as PyDict);
        return PyValue.FromObject(f);
    }

    private static PyValue Optional(PyValue v) => v.IsNull || v.IsNone ? PyValue.Null : v;

    // The closure must give one cell per free variable of the code.
    private static PyCell[]? Closure(ThreadState ts, PyCode code, PyValue closure)
    {
        if (closure.IsNull)
        {
            if (code.NFree != 0)
            {
                ts.SetError(PyExc.TypeError, "arg 5 (closure) must be tuple");
            }

            return null;
        }

        if (closure.AsObject is not PyTuple tuple)
        {
            ts.SetError(PyExc.TypeError, "arg 5 (closure) must be None or tuple");
            return null;
        }

        if (tuple.Length != code.NFree)
        {
            ts.SetError(PyExc.ValueError, code.Name.Value + " requires closure of length " + code.NFree + ", not " + tuple.Length);
            return null;
        }

        var cells = new PyCell[tuple.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            if (tuple[i].AsObject is not PyCell cell)
            {
                ts.SetError(PyExc.TypeError, "arg 5 (closure) expected cell, found " + tuple[i].Type.Name);
                return null;
            }

            cells[i] = cell;
        }

        return cells;
    }
}
