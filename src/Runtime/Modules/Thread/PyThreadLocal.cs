using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread._local</c>: attributes stored per thread (one dict for each thread state that touches
/// the object; a finished thread's dict goes with its state). A subclass's <c>__init__</c> runs
/// again, with the constructor's arguments, the first time another thread uses the object.
/// </summary>
internal sealed class PyThreadLocal(PyType type) : PyObject(type), IHasDict
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly ConditionalWeakTable<ThreadState, PyDict> _dicts = [];
    private PyValue[] _initArgs = [];
    private PyTuple? _initKw;

    public static PyType TypeObject => s_type.Value;

    public PyDict? GetDict(bool create) => Current(ThreadState.Current);

    public void SetDict(PyDict dict) => _dicts.AddOrUpdate(ThreadState.Current, dict);

    private PyDict Current(ThreadState ts)
    {
        if (_dicts.TryGetValue(ts, out var dict))
        {
            return dict;
        }

        dict = new PyDict();
        _dicts.AddOrUpdate(ts, dict);
        if (Type.Init is { } init && !ReferenceEquals(init, TypeObject.Init) && !init(ts, PyValue.FromObject(this), _initArgs, _initKw))
        {
            // A new thread sees a fresh namespace initialised like the first one; a failure there has nobody to go to.
            ts.ClearError();
        }

        return dict;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("_local", PyType.Object, TypeFlags.BaseType, "_thread");
        t.New = static (ts, type, a, kw) =>
        {
            var self = new PyThreadLocal(type);
            if (a.Length > 0 && ReferenceEquals(type.Init, TypeObject.Init))
            {
                return ts.SetError(PyExc.TypeError, "Initialization arguments are not supported");
            }

            self._initArgs = a.ToArray();
            self._initKw = kw;
            self._dicts.AddOrUpdate(ts, new PyDict());
            return PyValue.FromObject(self);
        };
        t.Init = static (ts, self, a, kw) => true;
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PyThreadLocal)v.AsObject).Current(ts)));
        SlotTable.AddWrappers(t);
        return t;
    }
}
