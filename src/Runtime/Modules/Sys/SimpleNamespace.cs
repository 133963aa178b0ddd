using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>types.SimpleNamespace</c> (the type of <c>sys.implementation</c>, which is how types.py finds
/// it): attributes in a dict, <c>namespace(a=1)</c> repr, equality by dict.
/// </summary>
internal sealed class PySimpleNamespace(PyType type) : PyObject(type), IHasDict
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private PyDict _dict = new();

    public static PyType TypeObject => s_type.Value;

    public PyDict GetDict(bool create) => _dict;

    public void SetDict(PyDict dict) => _dict = dict;

    /// <summary>A namespace holding <paramref name="entries"/>.</summary>
    public static PySimpleNamespace Create(params (string Name, PyValue Value)[] entries)
    {
        var ns = new PySimpleNamespace(TypeObject);
        foreach (var (name, value) in entries)
        {
            ns._dict.SetStr(PyStr.Intern(name), value);
        }

        return ns;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("SimpleNamespace", PyType.Object, TypeFlags.BaseType, "types");
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PySimpleNamespace(type));
        t.Init = Init;
        t.Repr = Repr;
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PySimpleNamespace x || b.AsObject is not PySimpleNamespace y)
            {
                return PyValue.NotImplemented;
            }

            return PyOps.RichCompare(ts, PyValue.FromObject(x._dict), PyValue.FromObject(y._dict), op);
        };
        t.HashFunction = null;
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PySimpleNamespace)v.AsObject)._dict));
        t.AddMethod("__reduce__", static (ts, a, kw) => PyValue.FromObject(new PyTuple(
            [PyValue.FromObject(a[0].Type), PyValue.FromObject(PyTuple.Empty), PyValue.FromObject(((PySimpleNamespace)a[0].AsObject)._dict)])), NativeArity.NoArgs);
        t.AddMethod("__replace__", Replace);
        SlotTable.AddWrappers(t);
        return t;
    }

    // SimpleNamespace(mapping_or_iterable=(), /, **kwargs)
    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var ns = (PySimpleNamespace)self.AsObject;
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional > 1)
        {
            ts.SetError(PyExc.TypeError, "SimpleNamespace expected at most 1 positional argument, got " + positional);
            return false;
        }

        if (positional == 1)
        {
            var d = PyOps.Call1(ts, PyValue.FromObject(PyType.Dict), args[0]);
            if (d.IsError)
            {
                return false;
            }

            foreach (var (k, v) in (PyDict)d.AsObject)
            {
                if (k.AsObject is not PyStr key)
                {
                    ts.SetError(PyExc.TypeError, "keywords must be strings, not '" + k.Type.Name + "'");
                    return false;
                }

                ns._dict.SetStr(key, v);
            }
        }

        for (var i = 0; kwnames is not null && i < kwnames.Length; i++)
        {
            ns._dict.SetStr((PyStr)kwnames[i].AsObject, args[positional + i]);
        }

        return true;
    }

    private static PyValue Replace(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var self = (PySimpleNamespace)args[0].AsObject;
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional > 1)
        {
            return ts.SetError(PyExc.TypeError, "__replace__() takes no positional arguments");
        }

        var made = PyOps.Call(ts, PyValue.FromObject(self.Type), []);
        if (made.AsObject is not PySimpleNamespace copy)
        {
            return made.IsError ? made : ts.SetError(PyExc.TypeError, "__replace__() needs a namespace");
        }

        foreach (var (k, v) in self._dict)
        {
            copy._dict.SetItem(ts, k, v);
        }

        for (var i = 0; kwnames is not null && i < kwnames.Length; i++)
        {
            copy._dict.SetStr((PyStr)kwnames[i].AsObject, args[positional + i]);
        }

        return made;
    }

    private static PyValue Repr(ThreadState ts, PyValue self)
    {
        var ns = (PySimpleNamespace)self.AsObject;
        var name = ReferenceEquals(ns.Type, TypeObject) ? "namespace" : ns.Type.Name;
        if (!ReprGuard.Enter(self.AsObject))
        {
            return PyValue.FromObject(new PyStr(name + "(...)"));
        }

        try
        {
            var sb = new StringBuilder(name).Append('(');
            var first = true;
            foreach (var (k, v) in ns._dict)
            {
                if (k.AsObject is not PyStr key)
                {
                    continue;
                }

                var r = PyOps.Repr(ts, v);
                if (r is null)
                {
                    return PyValue.Error;
                }

                sb.Append(first ? "" : ", ").Append(key.Value).Append('=').Append(r.Value);
                first = false;
            }

            return PyValue.FromObject(new PyStr(sb.Append(')').ToString()));
        }
        finally
        {
            ReprGuard.Leave(self.AsObject);
        }
    }
}
