using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>Name lookups: globals, builtins, class and module namespaces (LOAD_GLOBAL, LOAD_NAME and friends).</summary>
internal static class Names
{
    public static PyValue LoadGlobal(ThreadState ts, InterpreterFrame frame, PyStr name)
    {
        var globals = frame.Globals;
        var builtins = frame.Builtins;
        if (ReferenceEquals(globals.Type, PyType.Dict) && ReferenceEquals(builtins.Type, PyType.Dict))
        {
            if (globals.TryGetStr(name, out var v) || builtins.TryGetStr(name, out v))
            {
                return v;
            }

            return RaiseNameError(ts, name);
        }

        // Dict subclasses go through __getitem__ (and so __missing__), as CPython's LOAD_GLOBAL does.
        var found = LookupMapping(ts, PyValue.FromObject(globals), name, out var value);
        if (found == 0)
        {
            found = LookupMapping(ts, PyValue.FromObject(builtins), name, out value);
        }

        return found > 0 ? value : found < 0 ? PyValue.Error : RaiseNameError(ts, name);
    }

    public static PyValue RaiseNameError(ThreadState ts, PyStr name)
    {
        var exc = PyBaseException.Create(PyExc.NameError, "name '" + name.Value + "' is not defined");
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(name));
        return ts.SetError(exc);
    }

    /// <summary>A lookup in a locals mapping: 1 found, 0 absent, -1 error (a dict fast, anything else through __getitem__).</summary>
    private static int LookupMapping(ThreadState ts, PyValue mapping, PyStr name, out PyValue value)
    {
        if (mapping.AsObject is PyDict d && ReferenceEquals(mapping.Type, PyType.Dict))
        {
            return d.TryGetStr(name, out value) ? 1 : 0;
        }

        value = PyOps.GetItem(ts, mapping, PyValue.FromObject(name));
        if (!value.IsError)
        {
            return 1;
        }

        if (ts.ErrorMatches(PyExc.KeyError))
        {
            ts.ClearError();
            return 0;
        }

        return -1;
    }

    public static PyValue LoadName(ThreadState ts, InterpreterFrame frame, PyStr name)
    {
        if (frame.Locals.IsNull)
        {
            return ts.SetError(PyExc.SystemError, "no locals when loading '" + name.Value + "'");
        }

        var r = LookupMapping(ts, frame.Locals, name, out var v);
        if (r != 0)
        {
            return r > 0 ? v : PyValue.Error;
        }

        return LoadGlobal(ts, frame, name);
    }

    public static PyValue LoadFromDictOrGlobals(ThreadState ts, InterpreterFrame frame, PyValue mapping, PyStr name)
    {
        var r = LookupMapping(ts, mapping, name, out var v);
        if (r != 0)
        {
            return r > 0 ? v : PyValue.Error;
        }

        return LoadGlobal(ts, frame, name);
    }

    public static PyValue LoadFromDictOrDeref(ThreadState ts, InterpreterFrame frame, PyValue mapping, int index)
    {
        var name = frame.Code.LocalsPlusNames[index];
        var r = LookupMapping(ts, mapping, name, out var v);
        if (r != 0)
        {
            return r > 0 ? v : PyValue.Error;
        }

        var cell = (PyCell)frame.Stack[frame.Base + index].AsObject;
        if (cell.Value.IsNull)
        {
            var exc = PyBaseException.Create(PyExc.NameError,
                "cannot access free variable '" + name.Value + "' where it is not associated with a value in enclosing scope");
            return ts.SetError(exc);
        }

        return cell.Value;
    }

    public static bool StoreName(ThreadState ts, InterpreterFrame frame, PyStr name, PyValue value)
    {
        if (frame.Locals.IsNull)
        {
            ts.SetError(PyExc.SystemError, "no locals found when storing '" + name.Value + "'");
            return false;
        }

        if (frame.Locals.AsObject is PyDict d && ReferenceEquals(frame.Locals.Type, PyType.Dict))
        {
            d.SetStr(name, value);
            return true;
        }

        return PyOps.SetItem(ts, frame.Locals, PyValue.FromObject(name), value);
    }

    public static bool DeleteName(ThreadState ts, InterpreterFrame frame, PyStr name)
    {
        if (frame.Locals.AsObject is PyDict d && ReferenceEquals(frame.Locals.Type, PyType.Dict))
        {
            if (d.RemoveStr(name))
            {
                return true;
            }

            RaiseNameError(ts, name);
            return false;
        }

        if (PyOps.DelItem(ts, frame.Locals, PyValue.FromObject(name)))
        {
            return true;
        }

        if (ts.ErrorMatches(PyExc.KeyError))
        {
            ts.ClearError();
            RaiseNameError(ts, name);
        }

        return false;
    }

    public static PyValue CommonConstant(InterpreterFrame frame, int oparg) => oparg switch
    {
        0 => PyValue.FromObject(PyExc.AssertionError),
        1 => PyValue.FromObject(PyExc.NotImplementedError),
        2 => PyValue.FromObject(PyType.Tuple),
        3 => frame.Builtins.TryGetStr(PyStr.Intern("all"), out var all) ? all : PyValue.None,
        _ => frame.Builtins.TryGetStr(PyStr.Intern("any"), out var any) ? any : PyValue.None,
    };

    public static bool SetupAnnotations(ThreadState ts, InterpreterFrame frame)
    {
        if (frame.Locals.AsObject is PyDict d)
        {
            if (!d.TryGetStr(Objects.Names.Annotations, out _))
            {
                d.SetStr(Objects.Names.Annotations, PyValue.FromObject(new PyDict()));
            }

            return true;
        }

        ts.SetError(PyExc.SystemError, "no locals found when setting up annotations");
        return false;
    }
}
