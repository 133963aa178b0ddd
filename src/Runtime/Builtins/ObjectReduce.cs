using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>object.__reduce_ex__</c> and <c>object.__reduce__</c> (copy and
/// pickle use them; enum looks them up at class creation). They need <c>copyreg</c>, a Python module,
/// so the runtime adds them to object once its import system exists.
/// </summary>
internal static class ObjectReduce
{
    private static int s_installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) != 0)
        {
            return;
        }

        var t = PyType.Object;
        t.AddMethod("__reduce_ex__", static (ts, a, kw) => ReduceEx(ts, a), NativeArity.Positional);
        t.AddMethod("__reduce__", static (ts, a, kw) => Reduce(ts, a[0], 0), NativeArity.NoArgs);
    }

    private static PyValue ReduceEx(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "object.__reduce_ex__() takes exactly one argument (" + (a.Length - 1) + " given)");
        }

        if (!PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var protocol))
        {
            return PyValue.Error;
        }

        // A class that overrides __reduce__ decides for itself.
        var self = a[0];
        if (self.Type.TryLookup(PyStr.Intern("__reduce__"), out var reduce) && !(reduce.AsObject is PyMethodDescriptor md && ReferenceEquals(md.Owner, PyType.Object)))
        {
            return PyOps.CallMethod(ts, self, PyStr.Intern("__reduce__"), []);
        }

        return Reduce(ts, self, protocol);
    }

    private static PyValue Reduce(ThreadState ts, PyValue self, long protocol)
    {
        var copyreg = Interpreter.Hooks.ImportImpl is { } import
            ? import(ts, PyStr.Intern("copyreg"), new PyDict(), PyValue.None, PyValue.None, 0)
            : ts.SetError(PyExc.ImportError, "no import system");
        if (copyreg.IsError)
        {
            return copyreg;
        }

        if (protocol < 2)
        {
            return PyOps.CallMethod(ts, copyreg, PyStr.Intern("_reduce_ex"), [self, PyValue.FromInt64(protocol)]);
        }

        var newobj = PyOps.GetAttr(ts, copyreg, PyStr.Intern("__newobj__"));
        if (newobj.IsError)
        {
            return newobj;
        }

        var args = new List<PyValue> { PyValue.FromObject(self.Type) };
        var found = PyOps.TryGetAttr(ts, self, PyStr.Intern("__getnewargs__"), out var getNewArgs);
        if (found < 0)
        {
            return PyValue.Error;
        }

        if (found > 0)
        {
            var extra = PyOps.Call(ts, getNewArgs, []);
            if (extra.AsObject is not PyTuple t)
            {
                return extra.IsError ? extra : ts.SetError(PyExc.TypeError, "__getnewargs__ should return a tuple, not '" + extra.Type.Name + "'");
            }

            args.AddRange(t.Items.ToArray());
        }

        var state = PyOps.CallMethod(ts, self, PyStr.Intern("__getstate__"), []);
        if (state.IsError)
        {
            return state;
        }

        var listItems = self.AsObject is PyList ? PyOps.GetIter(ts, self) : PyValue.None;
        var dictItems = self.AsObject is PyDict ? PyOps.CallMethod(ts, self, PyStr.Intern("items"), []) is var items && !items.IsError ? PyOps.GetIter(ts, items) : PyValue.Error : PyValue.None;
        if (listItems.IsError || dictItems.IsError)
        {
            return PyValue.Error;
        }

        return PyValue.FromObject(new PyTuple([newobj, PyValue.FromObject(new PyTuple([.. args])), state, listItems, dictItems]));
    }
}
