using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>getattr, setattr, delattr, hasattr, callable, dir, vars.</summary>
public static partial class BuiltinsModule
{
    private static readonly PyStr s_dir = PyStr.Intern("__dir__");

    private static void AddAttributeFunctions(PyModule m)
    {
        Add(m, "getattr", GetAttr, NativeArity.Positional);
        Add(m, "setattr", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "setattr", a, kw, 3, 3) && AttributeName(ts, a[1]) is { } n && PyOps.SetAttr(ts, a[0], n, a[2]) ? PyValue.None : PyValue.Error,
            NativeArity.Positional);
        Add(m, "delattr", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "delattr", a, kw, 2, 2) && AttributeName(ts, a[1]) is { } n && PyOps.SetAttr(ts, a[0], n, PyValue.Null) ? PyValue.None : PyValue.Error,
            NativeArity.Positional);
        Add(m, "hasattr", HasAttr, NativeArity.Positional);
        Add(m, "callable", static (ts, a, kw) => PyValue.FromBool(a[0].Type.Call is not null), NativeArity.One);
        Add(m, "dir", Dir, NativeArity.Positional);
        Add(m, "vars", Vars, NativeArity.Positional);
    }

    // PyObject_GetAttr's check: "attribute name must be string, not 'int'".
    private static PyStr? AttributeName(ThreadState ts, PyValue name)
    {
        if (name.AsObject is PyStr s)
        {
            return s;
        }

        ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + name.Type.Name + "'");
        return null;
    }

    private static PyValue GetAttr(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "getattr", args, kwnames, 2, 3) || AttributeName(ts, args[1]) is not { } name)
        {
            return PyValue.Error;
        }

        if (args.Length == 2)
        {
            return PyOps.GetAttr(ts, args[0], name);
        }

        var r = PyOps.TryGetAttr(ts, args[0], name, out var value);
        return r > 0 ? value : r == 0 ? args[2] : PyValue.Error;
    }

    private static PyValue HasAttr(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "hasattr", args, kwnames, 2, 2) || AttributeName(ts, args[1]) is not { } name)
        {
            return PyValue.Error;
        }

        var r = PyOps.TryGetAttr(ts, args[0], name, out _);
        return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
    }

    /// <summary><c>dir(obj)</c>: the type's <c>__dir__</c>, its result as a sorted list.</summary>
    private static PyValue Dir(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "dir", args, kwnames, 0, 1))
        {
            return PyValue.Error;
        }

        PyValue names;
        if (args.Length == 0)
        {
            var locals = LocalsOrError(ts, "dir");
            if (locals.IsError)
            {
                return locals;
            }

            names = PyOps.CallMethod(ts, locals, Names.Keys, default);
        }
        else
        {
            var r = PyOps.LookupSpecial(ts, args[0], s_dir, out var method);
            if (r <= 0)
            {
                return r < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "object does not provide __dir__");
            }

            names = PyOps.Call0(ts, method);
        }

        if (names.IsError)
        {
            return names;
        }

        var list = ToList(ts, names);
        if (list is null)
        {
            return PyValue.Error;
        }

        return SortNames(ts, list) ? PyValue.FromObject(list) : SortedList(ts, PyValue.FromObject(list), default, null);
    }

    // The usual case, all exact str: sorted by code point here (what list.sort gives for str), stable.
    private static bool SortNames(ThreadState ts, PyList list)
    {
        var items = new PyStr[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            list.TryGetItem(ts, i, out var v);
            if (v.AsObject is not PyStr s || v.Type != PyType.Str)
            {
                return false;
            }

            items[i] = s;
        }

        var order = items.Select((s, i) => (s, i)).ToArray();
        Array.Sort(order, static (x, y) =>
        {
            var c = x.s.CodePoints.SequenceCompareTo(y.s.CodePoints);
            return c != 0 ? c : x.i.CompareTo(y.i);
        });
        list.Clear();
        foreach (var (s, _) in order)
        {
            list.Append(PyValue.FromObject(s));
        }

        return true;
    }

    /// <summary><c>vars(obj)</c>: its <c>__dict__</c>.</summary>
    private static PyValue Vars(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "vars", args, kwnames, 0, 1))
        {
            return PyValue.Error;
        }

        if (args.Length == 0)
        {
            return LocalsOrError(ts, "vars");
        }

        var r = PyOps.TryGetAttr(ts, args[0], Names.Dict, out var dict);
        return r > 0 ? dict : r < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "vars() argument must have __dict__ attribute");
    }
}
