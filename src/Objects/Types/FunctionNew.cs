namespace ProtoPython.Objects;

/// <summary>
/// <c>function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)</c>
/// (<c>types.FunctionType</c>; CPython's <c>func_new</c>), with its argument checks and messages.
/// </summary>
internal static class FunctionNew
{
    private static readonly string[] ParamNames = ["code", "globals", "name", "argdefs", "closure", "kwdefaults"];

    public static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var a = new PyValue[6];
        if (!ArgParser.Parse(ts, "function", args, kwnames, ParamNames, 2, 0, a))
        {
            return PyValue.Error;
        }

        if (a[0].AsObject is not PyCode code)
        {
            return ArgParser.BadArgument(ts, "function", "argument 'code'", "code", a[0]);
        }

        if (a[1].AsObject is not PyDict globals)
        {
            return ArgParser.BadArgument(ts, "function", "argument 'globals'", "dict", a[1]);
        }

        PyValue name = Or(a[2]), defaults = Or(a[3]), closure = Or(a[4]), kwdefaults = Or(a[5]);
        if (!name.IsNone && name.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "arg 3 (name) must be None or string");
        }

        if (!defaults.IsNone && defaults.AsObject is not PyTuple)
        {
            return ts.SetError(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
        }

        if (closure.AsObject is not PyTuple)
        {
            if (code.NFree > 0 && closure.IsNone)
            {
                return ts.SetError(PyExc.TypeError, "arg 5 (closure) must be tuple");
            }

            if (!closure.IsNone)
            {
                return ts.SetError(PyExc.TypeError, "arg 5 (closure) must be None or tuple");
            }
        }

        if (!kwdefaults.IsNone && kwdefaults.AsObject is not PyDict)
        {
            return ts.SetError(PyExc.TypeError, "arg 6 (kwdefaults) must be None or dict");
        }

        var cellTuple = closure.AsObject as PyTuple;
        var nclosure = cellTuple?.Length ?? 0;
        if (code.NFree != nclosure)
        {
            return ts.SetError(PyExc.ValueError, code.Name.Value + " requires closure of length " + code.NFree + ", not " + nclosure);
        }

        PyCell[]? cells = null;
        if (nclosure > 0)
        {
            cells = new PyCell[nclosure];
            for (var i = 0; i < nclosure; i++)
            {
                if (cellTuple![i].AsObject is not PyCell cell)
                {
                    return ts.SetError(PyExc.TypeError, "arg 5 (closure) expected cell, found " + cellTuple[i].Type.Name);
                }

                cells[i] = cell;
            }
        }

        var f = new PyFunction(code, globals, BuiltinsFor(ts, globals));
        if (name.AsObject is PyStr n)
        {
            f.Name = n;
        }

        if (defaults.AsObject is PyTuple d)
        {
            f.SetDefaults(d);
        }

        f.Closure = cells;
        if (kwdefaults.AsObject is PyDict kd)
        {
            f.SetKwDefaults(kd);
        }

        return PyValue.FromObject(f);
    }

    private static PyValue Or(PyValue v) => v.IsNull ? PyValue.None : v;

    // _PyDict_LoadBuiltinsFromGlobals: globals['__builtins__'] (a module's dict or a dict), else the caller's builtins.
    private static PyDict BuiltinsFor(ThreadState ts, PyDict globals)
    {
        if (globals.TryGetStr(Names.Builtins, out var b))
        {
            switch (b.AsObject)
            {
                case PyModule m:
                    return m.Dict;
                case PyDict d:
                    return d;
            }
        }

        return ts.CurrentFrame?.Builtins ?? new PyDict();
    }
}
