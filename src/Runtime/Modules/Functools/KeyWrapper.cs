using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>functools.cmp_to_key(mycmp)</c>'s result: a callable <c>functools.KeyWrapper</c>; calling it
/// wraps an object, and wrapped objects compare by <c>mycmp(a, b) op 0</c>.
/// </summary>
internal sealed class KeyWrapper(PyType type, PyValue cmp, PyValue obj) : PyObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.Create("KeyWrapper", "functools", subclassable: false);
        t.HashFunction = PyType.HashNotImplemented;
        t.Call = static (ts, self, args, kw) =>
        {
            var k = (KeyWrapper)self.AsObject;
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            return ArgParser.Parse(ts, "K", args, kw, ["obj"], 1, 0, p)
                ? PyValue.FromObject(new KeyWrapper(k.Type, k._cmp, p[0]))
                : PyValue.Error;
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (b.AsObject is not KeyWrapper other)
            {
                return ts.SetError(PyExc.TypeError, "other argument must be K instance");
            }

            var self = (KeyWrapper)a.AsObject;
            if (self._obj.IsNull || other._obj.IsNull)
            {
                return ts.SetError(PyExc.AttributeError, "object");
            }

            var r = PyOps.Call2(ts, self._cmp, self._obj, other._obj);
            return r.IsError ? r : PyOps.RichCompare(ts, r, PyValue.FromInt64(0), op);
        };
        t.AddGetSet("obj", static (ts, v) =>
        {
            var o = ((KeyWrapper)v.AsObject)._obj;
            return o.IsNull ? ts.SetError(PyExc.AttributeError, "obj") : o;
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly PyValue _cmp = cmp;
    private readonly PyValue _obj = obj;

    public static PyValue CmpToKey(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        return ArgParser.Parse(ts, "cmp_to_key", args, kw, ["mycmp"], 1, 0, p)
            ? PyValue.FromObject(new KeyWrapper(TypeObject.Value, p[0], PyValue.Null))
            : PyValue.Error;
    }

    // reduce(function, iterable, /, initial=<missing>)
    public static PyValue Reduce(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "reduce", args, kw, ["", "", "initial"], 2, 2, p))
        {
            return PyValue.Error;
        }

        var it = PyOps.GetIter(ts, p[1]);
        if (it.IsError)
        {
            return ts.ErrorMatches(PyExc.TypeError) ? ts.SetError(PyExc.TypeError, "reduce() arg 2 must support iteration") : it;
        }

        var result = p[2];
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                break;
            }

            result = result.IsNull ? item : PyOps.Call2(ts, p[0], result, item);
            if (result.IsError)
            {
                return PyValue.Error;
            }
        }

        return result.IsNull ? ts.SetError(PyExc.TypeError, "reduce() of empty iterable with no initial value") : result;
    }
}
