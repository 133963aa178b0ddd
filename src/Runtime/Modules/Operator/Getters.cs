using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>operator.itemgetter</c>, <c>attrgetter</c> and <c>methodcaller</c>.</summary>
internal static class Getters
{
    public static readonly Lazy<PyType> ItemGetterType = new(() => Create("itemgetter", NewItemGetter, CallItemGetter));
    public static readonly Lazy<PyType> AttrGetterType = new(() => Create("attrgetter", NewAttrGetter, CallAttrGetter));
    public static readonly Lazy<PyType> MethodCallerType = new(() => Create("methodcaller", NewMethodCaller, CallMethodCaller));

    private static PyType Create(string name, NewFunc create, CallFunc call)
    {
        var t = NativeTypes.Create(name, "operator", subclassable: false);
        t.New = create;
        t.Call = call;
        t.Repr = static (ts, v) => ((Getter)v.AsObject).Repr(ts);
        t.AddMethod0("__reduce__", static (ts, v) => ((Getter)v.AsObject).Reduce(ts));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue NewItemGetter(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.NoKeywords(ts, "itemgetter", kw))
        {
            return PyValue.Error;
        }

        return args.Length == 0
            ? ts.SetError(PyExc.TypeError, "itemgetter expected 1 argument, got 0")
            : PyValue.FromObject(new Getter(type, args.ToArray(), [], PyValue.Null, null));
    }

    private static PyValue CallItemGetter(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "itemgetter", args, kw, 1, 1))
        {
            return PyValue.Error;
        }

        var g = (Getter)self.AsObject;
        if (g.Items.Length == 1)
        {
            return PyOps.GetItem(ts, args[0], g.Items[0]);
        }

        var result = new PyValue[g.Items.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = PyOps.GetItem(ts, args[0], g.Items[i]);
            if (result[i].IsError)
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyTuple(result));
    }

    // Each name is split at dots once, at construction.
    private static PyValue NewAttrGetter(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.NoKeywords(ts, "attrgetter", kw))
        {
            return PyValue.Error;
        }

        if (args.Length == 0)
        {
            return ts.SetError(PyExc.TypeError, "attrgetter expected 1 argument, got 0");
        }

        var paths = new PyStr[args.Length][];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "attribute name must be a string");
            }

            var parts = s.Value.Split('.');
            paths[i] = new PyStr[parts.Length];
            for (var j = 0; j < parts.Length; j++)
            {
                paths[i][j] = PyStr.Intern(parts[j]);
            }
        }

        return PyValue.FromObject(new Getter(type, args.ToArray(), paths, PyValue.Null, null));
    }

    private static PyValue CallAttrGetter(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "attrgetter", args, kw, 1, 1))
        {
            return PyValue.Error;
        }

        var g = (Getter)self.AsObject;
        var result = new PyValue[g.Paths.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var v = args[0];
            foreach (var name in g.Paths[i])
            {
                v = PyOps.GetAttr(ts, v, name);
                if (v.IsError)
                {
                    return PyValue.Error;
                }
            }

            result[i] = v;
        }

        return result.Length == 1 ? result[0] : PyValue.FromObject(new PyTuple(result));
    }

    // methodcaller(name, /, *args, **kwargs): Items holds the arguments, then the keyword values.
    private static PyValue NewMethodCaller(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var pos = NativeTypes.Positional(args, kw);
        if (pos.Length == 0)
        {
            return ts.SetError(PyExc.TypeError, "methodcaller needs at least one argument, the method name");
        }

        if (pos[0].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "method name must be a string");
        }

        return PyValue.FromObject(new Getter(type, args[1..].ToArray(), [], PyValue.FromObject(PyStr.Intern(name.Value)), kw is { Length: > 0 } ? kw : null));
    }

    private static PyValue CallMethodCaller(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "methodcaller", args, kw, 1, 1))
        {
            return PyValue.Error;
        }

        var g = (Getter)self.AsObject;
        var method = PyOps.GetAttr(ts, args[0], (PyStr)g.Name.AsObject);
        return method.IsError ? method : PyOps.Call(ts, method, g.Items, g.KwNames);
    }

    /// <summary>One getter object: the type says which of the three it is.</summary>
    private sealed class Getter(PyType type, PyValue[] items, PyStr[][] paths, PyValue name, PyTuple? kwNames) : PyObject(type)
    {
        public PyValue[] Items { get; } = items;

        public PyStr[][] Paths { get; } = paths;

        public PyValue Name { get; } = name;

        public PyTuple? KwNames { get; } = kwNames;

        public PyValue Repr(ThreadState ts)
        {
            if (!ReprGuard.Enter(this))
            {
                return NativeTypes.Str(Type.FullName + "(...)");
            }

            try
            {
                var sb = new StringBuilder(Type.FullName).Append('(');
                var npos = Items.Length - (KwNames?.Length ?? 0);
                if (!Name.IsNull)
                {
                    sb.Append(NativeTypes.Repr(ts, Name));
                }

                for (var i = 0; i < Items.Length; i++)
                {
                    var r = NativeTypes.Repr(ts, Items[i]);
                    if (r is null)
                    {
                        return PyValue.Error;
                    }

                    if (i > 0 || !Name.IsNull)
                    {
                        sb.Append(", ");
                    }

                    if (i >= npos)
                    {
                        sb.Append(((PyStr)KwNames![i - npos].AsObject).Value).Append('=');
                    }

                    sb.Append(r);
                }

                return NativeTypes.Str(sb.Append(')').ToString());
            }
            finally
            {
                ReprGuard.Leave(this);
            }
        }

        public PyValue Reduce(ThreadState ts)
        {
            var cls = PyValue.FromObject(Type);
            if (Name.IsNull)
            {
                return NativeTypes.Tuple(cls, PyValue.FromObject(new PyTuple(Items)));
            }

            var npos = Items.Length - (KwNames?.Length ?? 0);
            if (KwNames is null)
            {
                return NativeTypes.Tuple(cls, PyValue.FromObject(new PyTuple([Name, .. Items])));
            }

            // functools.partial(methodcaller, name, **kwargs), (args...)
            var partialArgs = new PyValue[2 + KwNames.Length];
            partialArgs[0] = cls;
            partialArgs[1] = Name;
            Array.Copy(Items, npos, partialArgs, 2, KwNames.Length);
            var partial = PyOps.Call(ts, PyValue.FromObject(PyPartial.TypeObject.Value), partialArgs, KwNames);
            return partial.IsError ? partial : NativeTypes.Tuple(partial, PyValue.FromObject(new PyTuple(Items[..npos])));
        }
    }
}
