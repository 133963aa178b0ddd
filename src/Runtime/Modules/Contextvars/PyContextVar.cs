using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>contextvars.ContextVar(name, *, default)</c>: get/set/reset in the current context.</summary>
internal sealed class PyContextVar(PyType type, string name, PyValue deflt) : PyObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    public string Name { get; } = name;

    /// <summary>Null when there is no default.</summary>
    public PyValue Default { get; } = deflt;

    private static PyContextVar Self(PyValue v) => (PyContextVar)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("ContextVar", "_contextvars", subclassable: false);
        t.HashFunction = static (ThreadState ts, PyValue v, out long hash) =>
        {
            hash = PyOps.AddressOf(v) >> 4;
            return true;
        };
        t.New = New;
        t.Repr = static (ts, v) =>
        {
            var var = Self(v);
            var name = NativeTypes.Repr(ts, NativeTypes.Str(var.Name));
            var deflt = var.Default.IsNull ? "" : " default=" + NativeTypes.Repr(ts, var.Default);
            return ts.HasError ? PyValue.Error : NativeTypes.Str("<ContextVar name=" + name + deflt + " at 0x" + PyOps.AddressOf(v).ToString("x") + ">");
        };
        t.AddGetSet("name", static (ts, v) => NativeTypes.Str(Self(v).Name));
        t.AddMethod("get", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "get", a[1..], kw, 0, 1))
            {
                return PyValue.Error;
            }

            var var = Self(a[0]);
            if (PyContext.Current.Vars.TryGetValue(var, out var value))
            {
                return value;
            }

            if (a.Length > 1)
            {
                return a[1];
            }

            return var.Default.IsNull ? ts.SetError(PyExc.LookupError, a[0]) : var.Default;
        });
        t.AddMethod1("set", static (ts, v, value) =>
        {
            var var = Self(v);
            var ctx = PyContext.Current;
            var old = ctx.Vars.TryGetValue(var, out var o) ? o : PyToken.Missing;
            ctx.Vars = ctx.Vars.SetItem(var, value);
            return PyValue.FromObject(new PyToken(PyToken.TypeObject.Value, ctx, var, old));
        });
        t.AddMethod1("reset", static (ts, v, token) => Reset(ts, Self(v), token));
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var npos = args.Length - (kw?.Length ?? 0);
        if (npos > 1)
        {
            return ts.SetError(PyExc.TypeError, "ContextVar() takes at most 1 positional argument (" + npos + " given)");
        }

        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "ContextVar", args, kw, ["name", "default"], 1, 0, p, maxPos: 1))
        {
            return PyValue.Error;
        }

        return p[0].AsObject is PyStr s
            ? PyValue.FromObject(new PyContextVar(type, s.Value, p[1]))
            : ts.SetError(PyExc.TypeError, "context variable name must be a str");
    }

    public static PyValue Reset(ThreadState ts, PyContextVar var, PyValue tokenValue)
    {
        if (tokenValue.AsObject is not PyToken token)
        {
            return ts.SetError(PyExc.TypeError, "an instance of Token was expected, got " + NativeTypes.Repr(ts, tokenValue));
        }

        if (token.Used)
        {
            return ts.SetError(PyExc.RuntimeError, NativeTypes.Repr(ts, tokenValue) + " has already been used once");
        }

        if (!ReferenceEquals(token.Var, var))
        {
            return ts.SetError(PyExc.ValueError, NativeTypes.Repr(ts, tokenValue) + " was created by a different ContextVar");
        }

        var ctx = PyContext.Current;
        if (!ReferenceEquals(token.Context, ctx))
        {
            return ts.SetError(PyExc.ValueError, NativeTypes.Repr(ts, tokenValue) + " was created in a different Context");
        }

        token.Used = true;
        ctx.Vars = PyValue.Is(token.OldValue, PyToken.Missing) ? ctx.Vars.Remove(var) : ctx.Vars.SetItem(var, token.OldValue);
        return PyValue.None;
    }
}

/// <summary><c>contextvars.Token</c>: what ContextVar.set returns, for reset (also a context manager, 3.14).</summary>
internal sealed class PyToken(PyType type, PyContext context, PyContextVar var, PyValue oldValue) : PyObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private static readonly Lazy<PyType> s_missingType = new(() =>
    {
        var t = NativeTypes.Create("Token.MISSING", "builtins", subclassable: false);
        t.Repr = static (ts, v) => NativeTypes.Str("<Token.MISSING>");
        SlotTable.AddWrappers(t);
        return t;
    });

    // Lazy<PyObject>, not Lazy<PyValue>: the BCL generic over our struct is JIT-compiled at first use.
    private static readonly Lazy<PyObject> s_missing = new(() => new MissingMarker(s_missingType.Value));

    public static PyValue Missing => PyValue.FromObject(s_missing.Value);

    public PyContext Context { get; } = context;

    public PyContextVar Var { get; } = var;

    public PyValue OldValue { get; } = oldValue;

    public bool Used { get; set; }

    private static PyToken Self(PyValue v) => (PyToken)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Token", "_contextvars", subclassable: false);
        t.New = static (ts, type, args, kw) => ts.SetError(PyExc.RuntimeError, "Tokens can only be created by ContextVars");
        t.Repr = static (ts, v) =>
        {
            var var = NativeTypes.Repr(ts, PyValue.FromObject(Self(v).Var));
            return var is null ? PyValue.Error
                : NativeTypes.Str("<Token" + (Self(v).Used ? " used" : "") + " var=" + var + " at 0x" + PyOps.AddressOf(v).ToString("x") + ">");
        };
        t.AddGetSet("var", static (ts, v) => PyValue.FromObject(Self(v).Var));
        t.AddGetSet("old_value", static (ts, v) => Self(v).OldValue);
        t.AddValue("MISSING", Missing);
        t.AddMethod0("__enter__", static (ts, v) => v);
        t.AddMethod("__exit__", static (ts, a, kw) => PyContextVar.Reset(ts, Self(a[0]).Var, a[0]));
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private sealed class MissingMarker(PyType type) : PyObject(type);
}
