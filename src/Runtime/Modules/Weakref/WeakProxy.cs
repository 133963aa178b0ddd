using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>weakref.ProxyType</c> and <c>CallableProxyType</c>: every operation is forwarded to the
/// referent (proxies among the operands are unwrapped); a dead referent raises ReferenceError.
/// </summary>
internal sealed class WeakProxy(PyType type, PyObject target, PyValue callback) : PyObject(type)
{
    public static readonly Lazy<PyType> ProxyType = new(() => CreateType("ProxyType", callable: false));
    public static readonly Lazy<PyType> CallableProxyType = new(() => CreateType("CallableProxyType", callable: true));

    private readonly WeakReference<PyObject> _target = new(target);

    public PyValue Callback { get; private set; } = callback;

    public void RunCallback(ThreadState ts)
    {
        var callback = Callback;
        Callback = PyValue.Null;
        if (callback.IsNull)
        {
            return;
        }

        var saved = ts.FetchError();
        if (PyOps.Call1(ts, callback, PyValue.FromObject(this)).IsError)
        {
            WeakRefRegistry.ReportUnraisable(ts, "calling weakref callback", callback);
        }

        if (saved is not null)
        {
            ts.SetError(saved);
        }
    }

    public static PyValue Create(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "proxy", args, kw, 1, 2) || !WeakRefRegistry.TryTarget(ts, args[0], out var target))
        {
            return PyValue.Error;
        }

        var callback = args.Length == 2 && !args[1].IsNone ? args[1] : PyValue.Null;
        var type = NativeTypes.IsCallable(args[0]) ? CallableProxyType.Value : ProxyType.Value;
        if (callback.IsNull && WeakRefRegistry.FindBasic(target, type) is { } existing)
        {
            return PyValue.FromObject(existing);
        }

        var p = new WeakProxy(type, target, callback);
        WeakRefRegistry.Add(ts, target, p);
        return PyValue.FromObject(p);
    }

    /// <summary>The referent, or Null after ReferenceError.</summary>
    private static PyValue Deref(ThreadState ts, PyValue v)
    {
        if (v.AsObject is not WeakProxy p)
        {
            return v;
        }

        return p._target.TryGetTarget(out var o)
            ? PyValue.FromObject(o)
            : ts.SetError(PyExc.ReferenceError, "weakly-referenced object no longer exists");
    }

    private static PyType CreateType(string name, bool callable)
    {
        var t = NativeTypes.Create(name, "weakref", subclassable: false);
        t.HashFunction = PyType.HashNotImplemented;
        t.GetAttr = static (ThreadState ts, PyValue self, PyStr name, out PyValue value) =>
        {
            var o = Deref(ts, self);
            value = o.IsError ? o : PyOps.GetAttr(ts, o, name);
            return value.IsError ? -1 : 1;
        };
        t.SetAttr = static (ts, self, name, value) =>
        {
            var o = Deref(ts, self);
            return !o.IsError && PyOps.SetAttr(ts, o, name, value);
        };
        t.Repr = static (ts, v) =>
        {
            var target = ((WeakProxy)v.AsObject)._target.TryGetTarget(out var o) ? PyValue.FromObject(o) : PyValue.Null;
            return WeakRefRegistry.Describe(ts, v, "weakproxy", target);
        };
        t.ToStr = static (ts, v) => Unary(ts, v, static (ts, o) => PyOps.Str(ts, o) is { } s ? PyValue.FromObject(s) : PyValue.Error);
        t.Length = static (ts, v) =>
        {
            var o = Deref(ts, v);
            return o.IsError ? -1 : PyOps.Length(ts, o);
        };
        t.GetItem = static (ts, v, key) => Binary(ts, v, key, PyOps.GetItem);
        t.SetItem = static (ts, v, key, value) =>
        {
            var o = Deref(ts, v);
            return !o.IsError && PyOps.SetItem(ts, o, key, value);
        };
        t.Contains = static (ts, v, item) =>
        {
            var o = Deref(ts, v);
            return o.IsError ? -1 : PyOps.Contains(ts, o, item);
        };
        t.Iter = static (ts, v) => Unary(ts, v, PyOps.GetIter);
        t.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            item = default;
            var o = Deref(ts, v);
            return o.IsError ? -1 : PyOps.Next(ts, o, out item);
        };
        t.ToBool = static (ts, v) =>
        {
            var o = Deref(ts, v);
            return o.IsError ? -1 : PyOps.IsTrue(ts, o);
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            var x = Deref(ts, a);
            var y = x.IsError ? x : Deref(ts, b);
            return y.IsError ? y : PyOps.RichCompare(ts, x, y, op);
        };
        for (var i = 0; i < NumberOps.Count; i++)
        {
            var op = (NumberOp)i;
            t.Number[i] = (ts, a, b) => Binary(ts, a, b, (ts, x, y) => PyOps.BinaryOp(ts, x, Deref(ts, y), op));
            t.Number[i + NumberOps.InplaceOffset] = (ts, a, b) => Binary(ts, a, b, (ts, x, y) => PyOps.InplaceOp(ts, x, Deref(ts, y), op));
        }

        t.Negative = static (ts, v) => Unary(ts, v, PyOps.Negative);
        t.Positive = static (ts, v) => Unary(ts, v, PyOps.Positive);
        t.Invert = static (ts, v) => Unary(ts, v, PyOps.Invert);
        t.Absolute = static (ts, v) => Unary(ts, v, PyOps.Absolute);
        t.Index = static (ts, v) => Unary(ts, v, PyOps.Index);
        if (callable)
        {
            t.Call = static (ts, v, args, kw) =>
            {
                var o = Deref(ts, v);
                return o.IsError ? o : PyOps.Call(ts, o, args, kw);
            };
        }

        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue Unary(ThreadState ts, PyValue v, Func<ThreadState, PyValue, PyValue> f)
    {
        var o = Deref(ts, v);
        return o.IsError ? o : f(ts, o);
    }

    private static PyValue Binary(ThreadState ts, PyValue a, PyValue b, Func<ThreadState, PyValue, PyValue, PyValue> f)
    {
        var x = Deref(ts, a);
        return x.IsError ? x : f(ts, x, b);
    }
}
