using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>weakref.ReferenceType</c> over a .NET <see cref="WeakReference{T}"/>. The referent is dead
/// once the .NET GC has collected it (not when its last Python reference goes, as CPython's
/// refcounting would); callbacks then run on the creating thread at its next eval-breaker check
/// (see <see cref="WeakRefRegistry"/>).
/// </summary>
internal class PyWeakRef(PyType type, PyObject target, PyValue callback) : NativeObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);
    private readonly WeakReference<PyObject> _target = new(target);
    private long? _hash;

    public static PyType TypeObject => s_type.Value;

    public PyValue Callback { get; private set; } = callback;

    /// <summary>The referent, or Null when it is gone.</summary>
    public PyValue Target => _target.TryGetTarget(out var o) ? PyValue.FromObject(o) : PyValue.Null;

    /// <summary>Runs the callback once the referent is gone (a pending call on the owning thread).</summary>
    public void RunCallback(ThreadState ts)
    {
        var callback = Callback;
        Callback = PyValue.Null;
        if (callback.IsNull || callback.IsNone)
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

    private static PyWeakRef Self(PyValue v) => (PyWeakRef)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("ReferenceType", "weakref", subclassable: true);
        t.New = New;
        t.Init = static (ts, self, args, kw) => true;
        t.Call = static (ts, self, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "weakref", args, kw, 0, 0))
            {
                return PyValue.Error;
            }

            var target = Self(self).Target;
            return target.IsNull ? PyValue.None : target;
        };
        t.HashFunction = Hash;
        t.RichCompare = Compare;
        t.Repr = static (ts, v) => WeakRefRegistry.Describe(ts, v, "weakref", Self(v).Target);
        t.AddGetSet("__callback__", static (ts, v) => Self(v).Callback.IsNull ? PyValue.None : Self(v).Callback);
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    // ref(object[, callback]): an exact ref without callback is shared per referent.
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var pos = NativeTypes.Positional(args, kw);
        if (pos.Length is < 1 or > 2)
        {
            return ts.SetError(PyExc.TypeError, "__new__ expected " + (pos.Length < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + pos.Length);
        }

        if (!WeakRefRegistry.TryTarget(ts, pos[0], out var target))
        {
            return PyValue.Error;
        }

        var callback = pos.Length == 2 && !pos[1].IsNone ? pos[1] : PyValue.Null;
        var basic = ReferenceEquals(type, TypeObject) && callback.IsNull;
        if (basic && WeakRefRegistry.FindBasic(target, TypeObject) is { } existing)
        {
            return PyValue.FromObject(existing);
        }

        var r = new PyWeakRef(type, target, callback);
        WeakRefRegistry.Add(ts, target, r);
        return PyValue.FromObject(r);
    }

    private static bool Hash(ThreadState ts, PyValue self, out long hash)
    {
        var r = Self(self);
        if (r._hash is { } h)
        {
            hash = h;
            return true;
        }

        hash = 0;
        var target = r.Target;
        if (target.IsNull)
        {
            ts.SetError(PyExc.TypeError, "weak object has gone away");
            return false;
        }

        if (!target.TryHash(ts, out hash))
        {
            return false;
        }

        r._hash = hash;
        return true;
    }

    // Live refs compare their referents; a dead one compares by identity.
    private static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || a.AsObject is not PyWeakRef x || b.AsObject is not PyWeakRef y)
        {
            return PyValue.NotImplemented;
        }

        var p = x.Target;
        var q = y.Target;
        if (p.IsNull || q.IsNull)
        {
            return PyValue.FromBool(ReferenceEquals(x, y) == (op == CompareOp.Eq));
        }

        return PyOps.RichCompare(ts, p, q, op);
    }
}
