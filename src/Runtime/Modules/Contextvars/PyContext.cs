using System.Collections.Immutable;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>contextvars.Context</c>: an immutable map from ContextVar to value (a .NET immutable
/// dictionary by identity, where CPython has a HAMT), replaced as a whole by ContextVar.set.
/// Each thread has a current context; <c>run</c> enters another one for the call.
/// </summary>
internal sealed class PyContext(PyType type) : PyObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    [ThreadStatic]
    private static PyContext? t_current;

    public ImmutableDictionary<PyContextVar, PyValue> Vars { get; set; } = ImmutableDictionary.Create<PyContextVar, PyValue>(ReferenceEqualityComparer.Instance);

    public bool Entered { get; private set; }

    /// <summary>The calling thread's current context (an empty one on first use).</summary>
    public static PyContext Current => t_current ??= new PyContext(TypeObject.Value);

    public static PyContext Copy(PyContext source) => new(TypeObject.Value) { Vars = source.Vars };

    private static PyContext Self(PyValue v) => (PyContext)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Context", "_contextvars", subclassable: false);
        t.HashFunction = PyType.HashNotImplemented;
        t.New = static (ts, type, args, kw) =>
            args.Length > 0 ? ts.SetError(PyExc.TypeError, "Context() does not accept any arguments") : PyValue.FromObject(new PyContext(type));
        t.Length = static (ts, v) => Self(v).Vars.Count;
        t.GetItem = static (ts, v, key) =>
        {
            if (!TryVar(ts, key, out var var))
            {
                return PyValue.Error;
            }

            return Self(v).Vars.TryGetValue(var, out var value) ? value : ts.SetError(PyExc.KeyError, key);
        };
        t.Contains = static (ts, v, key) => !TryVar(ts, key, out var var) ? -1 : Self(v).Vars.ContainsKey(var) ? 1 : 0;
        t.Iter = static (ts, v) => PyOps.GetIter(ts, PyValue.FromObject(Keys(Self(v))));
        t.RichCompare = static (ts, a, b, op) => Compare(ts, a, b, op);
        t.AddMethod("get", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "get", a[1..], kw, 1, 2) || !TryVar(ts, a[1], out var var))
            {
                return PyValue.Error;
            }

            return Self(a[0]).Vars.TryGetValue(var, out var value) ? value : a.Length > 2 ? a[2] : PyValue.None;
        });
        t.AddMethod0("keys", static (ts, v) => PyValue.FromObject(Keys(Self(v))));
        t.AddMethod0("values", static (ts, v) =>
        {
            var list = new PyList();
            foreach (var pair in Self(v).Vars)
            {
                list.Append(pair.Value);
            }

            return PyValue.FromObject(list);
        });
        t.AddMethod0("items", static (ts, v) =>
        {
            var list = new PyList();
            foreach (var pair in Self(v).Vars)
            {
                list.Append(NativeTypes.Tuple(PyValue.FromObject(pair.Key), pair.Value));
            }

            return PyValue.FromObject(list);
        });
        t.AddMethod0("copy", static (ts, v) => PyValue.FromObject(Copy(Self(v))));
        t.AddMethod("run", Run);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyList Keys(PyContext c)
    {
        var list = new PyList();
        foreach (var pair in c.Vars)
        {
            list.Append(PyValue.FromObject(pair.Key));
        }

        return list;
    }

    private static bool TryVar(ThreadState ts, PyValue key, out PyContextVar var)
    {
        if (key.AsObject is PyContextVar v)
        {
            var = v;
            return true;
        }

        var = null!;
        var r = NativeTypes.Repr(ts, key);
        if (r is not null)
        {
            ts.SetError(PyExc.TypeError, "a ContextVar key was expected, got " + r);
        }

        return false;
    }

    // run(callable, *args, **kwargs) with this context current.
    private static PyValue Run(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var ctx = Self(a[0]);
        if (a.Length - (kw?.Length ?? 0) < 2)
        {
            return ts.SetError(PyExc.TypeError, "run() missing 1 required positional argument");
        }

        if (ctx.Entered)
        {
            var r = NativeTypes.Repr(ts, a[0]);
            return r is null ? PyValue.Error : ts.SetError(PyExc.RuntimeError, "cannot enter context: " + r + " is already entered");
        }

        var previous = Current;
        ctx.Entered = true;
        t_current = ctx;
        try
        {
            return PyOps.Call(ts, a[1], a[2..], kw);
        }
        finally
        {
            t_current = previous;
            ctx.Entered = false;
        }
    }

    private static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyContext x || b.AsObject is not PyContext y)
        {
            return PyValue.NotImplemented;
        }

        var equal = x.Vars.Count == y.Vars.Count;
        foreach (var pair in x.Vars)
        {
            if (!equal)
            {
                break;
            }

            if (!y.Vars.TryGetValue(pair.Key, out var other))
            {
                equal = false;
                break;
            }

            var eq = PyOps.RichCompareBool(ts, pair.Value, other, CompareOp.Eq);
            if (eq < 0)
            {
                return PyValue.Error;
            }

            equal = eq > 0;
        }

        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }
}
