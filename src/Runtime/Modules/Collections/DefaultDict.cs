using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>collections.defaultdict</c>: a dict whose <c>__missing__</c> calls <see cref="Factory"/>.</summary>
internal sealed class PyDefaultDict(PyType type) : PyDict(type), IHasDict
{
    private static readonly Lazy<PyType> s_type = new(CreateType);
    private PyDict? _dict;

    public static PyType TypeObject => s_type.Value;

    /// <summary><c>default_factory</c>: a callable or None.</summary>
    public PyValue Factory { get; set; } = PyValue.None;

    public PyDict? GetDict(bool create) =>
        Type.HasInstanceDict ? (_dict ??= create ? new PyDict() : null) : null;

    public void SetDict(PyDict dict) => _dict = dict;

    private static PyDefaultDict Self(PyValue v) => (PyDefaultDict)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("defaultdict", "collections", subclassable: true, PyType.Dict);
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyDefaultDict(type));
        t.Init = Init;
        t.Repr = Repr;
        t.Number[(int)NumberOp.Or] = Or;
        t.AddMethod1("__missing__", Missing);
        t.AddMethod0("copy", static (ts, v) => Copy(ts, v, v));
        t.AddMethod0("__copy__", static (ts, v) => Copy(ts, v, v));
        t.AddMethod0("__reduce__", Reduce);
        t.AddGetSet("default_factory", static (ts, v) => Self(v).Factory, static (ts, v, value) =>
        {
            Self(v).Factory = value.IsNull ? PyValue.None : value;
            return true;
        });
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var npos = args.Length - (kw?.Length ?? 0);
        if (npos > 0)
        {
            var f = args[0];
            if (!f.IsNone && !NativeTypes.IsCallable(f))
            {
                ts.SetError(PyExc.TypeError, "first argument must be callable or None");
                return false;
            }

            Self(self).Factory = f;
            args = args[1..];
        }

        return PyType.Dict.Init!(ts, self, args, kw);
    }

    private static PyValue Missing(ThreadState ts, PyValue self, PyValue key)
    {
        var f = Self(self).Factory;
        if (f.IsNone)
        {
            return ts.SetError(PyExc.KeyError, key);
        }

        var value = PyOps.Call0(ts, f);
        return value.IsError || !PyOps.SetItem(ts, self, key, value) ? PyValue.Error : value;
    }

    private static PyValue Repr(ThreadState ts, PyValue self)
    {
        var dictRepr = PyType.Dict.Repr!(ts, self);
        if (dictRepr.IsError)
        {
            return dictRepr;
        }

        var f = Self(self).Factory;
        string factory;
        if (f.IsNone)
        {
            factory = "None";
        }
        else if (!ReprGuard.Enter(f.AsObject))
        {
            factory = "...";
        }
        else
        {
            try
            {
                var r = NativeTypes.Repr(ts, f);
                if (r is null)
                {
                    return PyValue.Error;
                }

                factory = r;
            }
            finally
            {
                ReprGuard.Leave(f.AsObject);
            }
        }

        return NativeTypes.Str(Self(self).Type.Name + "(" + factory + ", " + ((PyStr)dictRepr.AsObject).Value + ")");
    }

    // type(self)(self.default_factory, source): copy() and both sides of |.
    private static PyValue Copy(ThreadState ts, PyValue self, PyValue source) =>
        PyOps.Call2(ts, PyValue.FromObject(self.Type), Self(self).Factory, source);

    private static PyValue Or(ThreadState ts, PyValue left, PyValue right)
    {
        var (self, other) = left.AsObject is PyDefaultDict ? (left, right) : (right, left);
        if (other.AsObject is not PyDict)
        {
            return PyValue.NotImplemented;
        }

        var result = Copy(ts, self, left);
        return result.IsError || !((PyDict)result.AsObject).UpdateFrom(ts, right) ? PyValue.Error : result;
    }

    private static PyValue Reduce(ThreadState ts, PyValue self)
    {
        var f = Self(self).Factory;
        var args = f.IsNone ? PyValue.FromObject(PyTuple.Empty) : NativeTypes.Tuple(f);
        var items = PyOps.CallMethod(ts, self, PyStr.Intern("items"), []);
        var it = items.IsError ? items : PyOps.GetIter(ts, items);
        return it.IsError ? it : NativeTypes.Tuple(PyValue.FromObject(self.Type), args, PyValue.None, PyValue.None, it);
    }
}
