using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_collections</c>: deque (with its iterators), defaultdict, _tuplegetter and _count_elements.
/// No OrderedDict: <c>collections/__init__.py</c> then uses its pure-Python one.
/// </summary>
internal sealed class CollectionsModule : INativeModule
{
    public string Name => "_collections";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_collections");
        m.Add("__doc__", NativeTypes.Str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        m.Add("deque", PyValue.FromObject(DequeType.Type));
        m.Add("_deque_iterator", PyValue.FromObject(DequeType.IteratorType));
        m.Add("_deque_reverse_iterator", PyValue.FromObject(DequeType.ReverseIteratorType));
        m.Add("defaultdict", PyValue.FromObject(PyDefaultDict.TypeObject));
        m.Add("_tuplegetter", PyValue.FromObject(TupleGetter.TypeObject));
        m.AddFunction("_count_elements", CountElements);
        return m;
    }

    // _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x (Counter.update).
    private static PyValue CountElements(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "_count_elements", args, kw, 2, 2))
        {
            return PyValue.Error;
        }

        var mapping = args[0];
        var it = PyOps.GetIter(ts, args[1]);
        if (it.IsError)
        {
            return it;
        }

        var exactDict = ReferenceEquals(mapping.Type, PyType.Dict) ? (PyDict)mapping.AsObject : null;
        var get = PyStr.Intern("get");
        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r <= 0)
            {
                return r == 0 ? PyValue.None : PyValue.Error;
            }

            PyValue old;
            if (exactDict is not null)
            {
                var found = exactDict.TryGetValue(ts, key, out old);
                if (found == DictLookup.Error)
                {
                    return PyValue.Error;
                }

                old = found == DictLookup.Found ? old : PyValue.FromInt64(0);
            }
            else
            {
                old = PyOps.CallMethod(ts, mapping, get, [key, PyValue.FromInt64(0)]);
                if (old.IsError)
                {
                    return old;
                }
            }

            var next = PyOps.BinaryOp(ts, old, PyValue.FromInt64(1), NumberOp.Add);
            if (next.IsError || !PyOps.SetItem(ts, mapping, key, next))
            {
                return PyValue.Error;
            }
        }
    }
}
