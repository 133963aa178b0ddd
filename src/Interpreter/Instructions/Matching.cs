using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>MATCH_KEYS and MATCH_CLASS (structural pattern matching).</summary>
internal static class Matching
{
    private static readonly PyStr s_get = PyStr.Intern("get");

    /// <summary>The values of <paramref name="keys"/> in the mapping subject as a tuple, or None if one is missing.</summary>
    public static PyValue MatchKeys(ThreadState ts, PyValue subject, PyValue keys)
    {
        var keyTuple = (PyTuple)keys.AsObject;
        if (keyTuple.Length == 0)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        var get = PyOps.GetAttr(ts, subject, s_get);
        if (get.IsError)
        {
            return get;
        }

        var dummy = PyValue.FromObject(new PyInstance(PyType.Object));
        var seen = new PyDict();
        var values = new PyValue[keyTuple.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var key = keyTuple[i];
            var present = seen.TryGetValue(ts, key, out _);
            if (present == DictLookup.Error)
            {
                return PyValue.Error;
            }

            if (present == DictLookup.Found)
            {
                var r = PyOps.Repr(ts, key);
                return r is null ? PyValue.Error : ts.SetError(PyExc.ValueError, "mapping pattern checks duplicate key (" + r.Value + ")");
            }

            seen.SetItem(ts, key, PyValue.None);
            var value = PyOps.Call2(ts, get, key, dummy);
            if (value.IsError)
            {
                return value;
            }

            if (PyValue.Is(value, dummy))
            {
                return PyValue.None;
            }

            values[i] = value;
        }

        return PyValue.FromObject(new PyTuple(values));
    }

    /// <summary>The attributes a class pattern extracts (positional via __match_args__, then keywords), or None on no match.</summary>
    public static PyValue MatchClass(ThreadState ts, PyValue subject, PyValue cls, int nargs, PyTuple kwnames)
    {
        if (cls.AsObject is not PyType type)
        {
            return ts.SetError(PyExc.TypeError, "called match pattern must be a class");
        }

        if (!subject.Type.IsSubtypeOf(type) && !IsInstanceSlow(ts, subject, cls))
        {
            return ts.HasError ? PyValue.Error : PyValue.None;
        }

        var attrs = new List<PyValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (nargs > 0)
        {
            var r = PyOps.TryGetAttr(ts, cls, Objects.Names.MatchArgs, out var matchArgs);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                if (IsSelfMatching(type))
                {
                    if (nargs > 1)
                    {
                        return ts.SetError(PyExc.TypeError, type.Name + "() accepts 1 positional sub-pattern (" + nargs + " given)");
                    }

                    attrs.Add(subject);
                    goto Keywords;
                }

                return ts.SetError(PyExc.TypeError, type.Name + "() accepts 0 positional sub-patterns (" + nargs + " given)");
            }

            if (matchArgs.AsObject is not PyTuple margs)
            {
                return ts.SetError(PyExc.TypeError, type.Name + ".__match_args__ must be a tuple (got " + matchArgs.Type.Name + ")");
            }

            if (nargs > margs.Length)
            {
                return ts.SetError(PyExc.TypeError, type.Name + "() accepts " + margs.Length + " positional sub-pattern" + (margs.Length == 1 ? "" : "s") + " (" + nargs + " given)");
            }

            for (var i = 0; i < nargs; i++)
            {
                if (margs[i].AsObject is not PyStr name)
                {
                    return ts.SetError(PyExc.TypeError, "__match_args__ elements must be strings (got " + margs[i].Type.Name + ")");
                }

                if (!GetAttribute(ts, subject, type, name, seen, attrs, out var failed))
                {
                    return failed;
                }
            }
        }

    Keywords:
        for (var i = 0; i < kwnames.Length; i++)
        {
            if (!GetAttribute(ts, subject, type, (PyStr)kwnames[i].AsObject, seen, attrs, out var failed))
            {
                return failed;
            }
        }

        return PyValue.FromObject(new PyTuple([.. attrs]));
    }

    private static bool IsInstanceSlow(ThreadState ts, PyValue subject, PyValue cls)
    {
        var r = PyOps.CallSpecial(ts, cls, Objects.Names.InstanceCheck, [subject], out var found);
        if (!found || r.IsError)
        {
            return false;
        }

        return PyOps.IsTrue(ts, r) > 0;
    }


    private static bool GetAttribute(ThreadState ts, PyValue subject, PyType type, PyStr name, HashSet<string> seen, List<PyValue> attrs, out PyValue failed)
    {
        failed = PyValue.None;
        if (!seen.Add(name.Value))
        {
            failed = ts.SetError(PyExc.TypeError, type.Name + "() got multiple sub-patterns for attribute '" + name.Value + "'");
            return false;
        }

        var r = PyOps.TryGetAttr(ts, subject, PyStr.Intern(name), out var value);
        if (r < 0)
        {
            failed = PyValue.Error;
            return false;
        }

        if (r == 0)
        {
            return false;
        }

        attrs.Add(value);
        return true;
    }

    // Py_TPFLAGS_MATCH_SELF: these builtins (and their subclasses) match one positional sub-pattern against the subject itself.
    private static bool IsSelfMatching(PyType t)
    {
        foreach (var b in (ReadOnlySpan<PyType>)[PyType.Bool, PyType.ByteArray, PyType.Bytes, PyType.Dict, PyType.Float, PyType.FrozenSet, PyType.Int, PyType.List, PyType.Set, PyType.Str, PyType.Tuple])
        {
            if (t.IsSubtypeOf(b))
            {
                return true;
            }
        }

        return false;
    }
}
