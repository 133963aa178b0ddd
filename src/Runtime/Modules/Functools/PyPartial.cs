using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>functools.partial(func, /, *args, **keywords)</c> with 3.14's Placeholder slots: positional
/// Placeholders are filled by the call's first arguments. A method descriptor (binds like a function).
/// </summary>
internal sealed class PyPartial(PyType type, PyValue func, PyTuple args, PyDict keywords, int placeholders) : PyObject(type), IHasDict
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private PyDict? _dict;

    public PyValue Func { get; } = func;

    public PyTuple Args { get; } = args;

    public PyDict Keywords { get; } = keywords;

    public int PlaceholderCount { get; } = placeholders;

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    private static PyPartial Self(PyValue v) => (PyPartial)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("partial", "functools", subclassable: true);
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
        t.DescrGet = static (ts, self, inst, owner) => inst.IsNull || inst.IsNone ? self : PyValue.FromObject(new PyMethod(self, inst));
        t.AddGetSet("func", static (ts, v) => Self(v).Func);
        t.AddGetSet("args", static (ts, v) => PyValue.FromObject(Self(v).Args));
        t.AddGetSet("keywords", static (ts, v) => PyValue.FromObject(Self(v).Keywords));
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(Self(v).GetDict(true)!), static (ts, v, value) =>
        {
            if (value.AsObject is not PyDict d || value.IsNull)
            {
                ts.SetError(PyExc.TypeError, "setting partial object's dictionary to a non-dict");
                return false;
            }

            Self(v).SetDict(d);
            return true;
        });
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var pos = NativeTypes.Positional(a, kw);
        if (pos.Length < 1)
        {
            return ts.SetError(PyExc.TypeError, "type 'partial' takes at least one argument");
        }

        var func = pos[0];
        if (!NativeTypes.IsCallable(func))
        {
            return ts.SetError(PyExc.TypeError, "the first argument must be callable");
        }

        var placeholder = PlaceholderType.Instance;
        var newArgs = pos[1..];
        if (newArgs.Length > 0 && PyValue.Is(newArgs[^1], placeholder))
        {
            return ts.SetError(PyExc.TypeError, "trailing Placeholders are not allowed");
        }

        var kwValues = a[pos.Length..];
        for (var i = 0; i < kwValues.Length; i++)
        {
            if (PyValue.Is(kwValues[i], placeholder))
            {
                return ts.SetError(PyExc.TypeError, "Placeholder cannot be passed as a keyword argument");
            }
        }

        ReadOnlySpan<PyValue> oldArgs = [];
        PyDict? oldKeywords = null;
        if (func.AsObject is PyPartial inner && inner.GetDict(false) is null or { Count: 0 })
        {
            oldArgs = inner.Args.Items;
            oldKeywords = inner.Keywords;
            func = inner.Func;
        }

        // Earlier Placeholders take the new arguments first; the rest are appended.
        var merged = new List<PyValue>(oldArgs.Length + newArgs.Length);
        var next = 0;
        foreach (var x in oldArgs)
        {
            merged.Add(PyValue.Is(x, placeholder) && next < newArgs.Length ? newArgs[next++] : x);
        }

        for (; next < newArgs.Length; next++)
        {
            merged.Add(newArgs[next]);
        }

        var count = 0;
        foreach (var x in merged)
        {
            count += PyValue.Is(x, placeholder) ? 1 : 0;
        }

        var keywords = oldKeywords?.Copy() ?? new PyDict();
        for (var i = 0; i < kwValues.Length; i++)
        {
            if (!keywords.SetItem(ts, kw![i], kwValues[i]))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyPartial(type, func, new PyTuple([.. merged]), keywords, count));
    }

    private static PyValue Call(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var p = Self(callable);
        var pos = NativeTypes.Positional(a, kw);
        if (pos.Length < p.PlaceholderCount)
        {
            return ts.SetError(PyExc.TypeError, "missing positional arguments in 'partial' call; expected at least " + p.PlaceholderCount + ", got " + pos.Length);
        }

        var values = new List<PyValue>(p.Args.Length + a.Length + p.Keywords.Count);
        var next = 0;
        foreach (var x in p.Args.Items)
        {
            values.Add(PyValue.Is(x, PlaceholderType.Instance) ? pos[next++] : x);
        }

        for (; next < pos.Length; next++)
        {
            values.Add(pos[next]);
        }

        var npos = values.Count;
        PyTuple? names = null;
        if (p.Keywords.Count > 0 || kw is { Length: > 0 })
        {
            var merged = p.Keywords.Copy();
            var kwValues = a[pos.Length..];
            for (var i = 0; i < kwValues.Length; i++)
            {
                if (!merged.SetItem(ts, kw![i], kwValues[i]))
                {
                    return PyValue.Error;
                }
            }

            var keyList = new List<PyValue>(merged.Count);
            foreach (var (k, v) in merged)
            {
                keyList.Add(k);
                values.Add(v);
            }

            names = new PyTuple([.. keyList]);
        }

        var all = values.ToArray();
        return names is null ? PyOps.Call(ts, p.Func, all) : PyOps.Call(ts, p.Func, all, names);
    }

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var p = Self(v);
        var name = p.Type.FullName;
        if (!ReprGuard.Enter(p))
        {
            return NativeTypes.Str("...");
        }

        try
        {
            var sb = new StringBuilder(name).Append('(');
            var f = NativeTypes.Repr(ts, p.Func);
            if (f is null)
            {
                return PyValue.Error;
            }

            sb.Append(f);
            foreach (var x in p.Args.Items)
            {
                var r = NativeTypes.Repr(ts, x);
                if (r is null)
                {
                    return PyValue.Error;
                }

                sb.Append(", ").Append(r);
            }

            foreach (var (k, x) in p.Keywords)
            {
                var ks = PyOps.Str(ts, k);
                var r = ks is null ? null : NativeTypes.Repr(ts, x);
                if (r is null)
                {
                    return PyValue.Error;
                }

                sb.Append(", ").Append(ks!.Value).Append('=').Append(r);
            }

            return NativeTypes.Str(sb.Append(')').ToString());
        }
        finally
        {
            ReprGuard.Leave(p);
        }
    }
}

/// <summary><c>functools._PlaceholderType</c> and its singleton <c>Placeholder</c>.</summary>
internal sealed class PlaceholderType(PyType type) : PyObject(type)
{
    private static readonly Lazy<PyType> s_type = new(() =>
    {
        var t = NativeTypes.Create("_PlaceholderType", "functools", subclassable: false);
        t.New = static (ts, type, args, kw) => args.Length > 0
            ? ts.SetError(PyExc.TypeError, "PlaceholderType takes no arguments")
            : Instance;
        t.Repr = static (ts, v) => NativeTypes.Str("Placeholder");
        t.AddMethod0("__reduce__", static (ts, v) => NativeTypes.Str("Placeholder"));
        SlotTable.AddWrappers(t);
        return t;
    });

    // Lazy<PyObject>, not Lazy<PyValue>: the BCL generic over our struct is JIT-compiled at first use.
    private static readonly Lazy<PyObject> s_instance = new(() => new PlaceholderType(s_type.Value));

    public static PyType TypeObject => s_type.Value;

    public static PyValue Instance => PyValue.FromObject(s_instance.Value);
}
