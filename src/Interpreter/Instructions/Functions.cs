using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>SET_FUNCTION_ATTRIBUTE and CALL_FUNCTION_EX.</summary>
internal static class Functions
{
    public static void SetAttribute(PyFunction f, int which, PyValue value)
    {
        switch (which)
        {
            case 0x01:
                f.SetDefaults((PyTuple)value.AsObject);
                break;
            case 0x02:
                f.SetKwDefaults((PyDict)value.AsObject);
                break;
            case 0x04:
                f.Annotations = value;
                break;
            case 0x08:
                {
                    var cells = (PyTuple)value.AsObject;
                    var closure = new PyCell[cells.Length];
                    for (var i = 0; i < closure.Length; i++)
                    {
                        closure[i] = (PyCell)cells[i].AsObject;
                    }

                    f.Closure = closure;
                    break;
                }

            default:
                f.Annotate = value;
                break;
        }
    }

    /// <summary>CALL_FUNCTION_EX: f(*callargs, **kwargs); callargs is usually a tuple already.</summary>
    public static PyValue CallEx(ThreadState ts, PyValue func, PyValue self, PyValue callargs, PyValue kwargs)
    {
        PyValue[] positional;
        if (callargs.AsObject is PyTuple t)
        {
            positional = t.Items.ToArray();
        }
        else
        {
            var list = new PyList();
            var it = PyOps.GetIter(ts, callargs);
            if (it.IsError)
            {
                if (ts.ErrorMatches(PyExc.TypeError) && callargs.Type.Iter is null && callargs.Type.GetItem is null)
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, Describe(func) + " argument after * must be an iterable, not " + callargs.Type.Name);
                }

                return PyValue.Error;
            }

            while (true)
            {
                var r = PyOps.Next(ts, it, out var item);
                if (r < 0)
                {
                    return PyValue.Error;
                }

                if (r == 0)
                {
                    break;
                }

                list.Append(item);
            }

            positional = new PyValue[list.Count];
            for (var i = 0; i < positional.Length; i++)
            {
                list.TryGetItem(ts, i, out positional[i]);
            }
        }

        var selfCount = self.IsNull ? 0 : 1;
        if (kwargs.IsNull || kwargs.AsObject is PyDict { Count: 0 })
        {
            if (selfCount == 0)
            {
                return PyOps.Call(ts, func, positional);
            }

            return PyOps.Call(ts, func, [self, .. positional]);
        }

        var kw = (PyDict)kwargs.AsObject;
        var args = new PyValue[selfCount + positional.Length + kw.Count];
        var names = new PyValue[kw.Count];
        if (selfCount == 1)
        {
            args[0] = self;
        }

        positional.CopyTo(args, selfCount);
        var n = 0;
        foreach (var (k, v) in kw)
        {
            if (k.AsObject is not PyStr)
            {
                return ts.SetError(PyExc.TypeError, "keywords must be strings");
            }

            names[n] = PyValue.FromObject(PyStr.Intern((PyStr)k.AsObject));
            args[selfCount + positional.Length + n] = v;
            n++;
        }

        return PyOps.Call(ts, func, args, new PyTuple(names));
    }

    /// <summary>How call errors name a callable: "module.qualname()" for functions, "T()" for classes, "X object" otherwise.</summary>
    public static string Describe(PyValue callable) => callable.AsObject switch
    {
        PyFunction f => (f.Module.AsObject is PyStr m ? m.Value + "." : "") + f.QualName.Value + "()",
        PyType t => t.Name + "()",
        PyBuiltinFunction b => b.QualName + "()",
        PyMethod m => Describe(m.Function),
        _ => callable.Type.Name + " object",
    };
}
