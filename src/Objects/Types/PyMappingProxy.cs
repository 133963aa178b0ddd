namespace ProtoPython.Objects;

/// <summary><c>mappingproxy</c>: a read-only view of a mapping (a class's <c>__dict__</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    public PyMappingProxy(PyValue mapping)
        : base(PyType.MappingProxy)
    {
        Mapping = mapping;
    }

    public PyValue Mapping { get; }

    internal static void Install()
    {
        var t = PyType.MappingProxy;
        t.New = static (ts, type, args, kw) =>
        {
            // mappingproxy(mapping): any mapping but a list or tuple (mappingproxy_check_mapping).
            var nkw = kw?.Length ?? 0;
            var npos = args.Length - nkw;
            if (args.Length != 1 || (nkw == 1 && ((PyStr)kw![0].AsObject).Value != "mapping"))
            {
                return ts.SetError(PyExc.TypeError, nkw > 0 && args.Length == 1
                    ? "mappingproxy() got an unexpected keyword argument '" + ((PyStr)kw![0].AsObject).Value + "'"
                    : "mappingproxy() takes exactly one argument (" + npos + " given)");
            }

            var mapping = args[0];
            var mt = mapping.Type;
            if (mt.GetItem is null || mt.IsSubtypeOf(PyType.List) || mt.IsSubtypeOf(PyType.Tuple))
            {
                return ts.SetError(PyExc.TypeError, "mappingproxy() argument must be a mapping, not " + mt.Name);
            }

            return PyValue.FromObject(new PyMappingProxy(mapping));
        };
        t.GetItem = static (ts, self, key) => PyOps.GetItem(ts, Of(self), key);
        t.Length = static (ts, self) => PyOps.Length(ts, Of(self));
        t.Contains = static (ts, self, key) => PyOps.Contains(ts, Of(self), key);
        t.Iter = static (ts, self) => PyOps.GetIter(ts, Of(self));
        // mappingproxy_richcompare: the comparison of the mapping it wraps.
        t.RichCompare = static (ts, a, b, op) => a.AsObject is PyMappingProxy p ? PyOps.RichCompare(ts, p.Mapping, b, op) : PyValue.NotImplemented;
        t.Repr = static (ts, self) => PyOps.Repr(ts, Of(self)) is { } r ? PyValue.FromObject(new PyStr("mappingproxy(" + r.Value + ")")) : PyValue.Error;
        t.ToStr = static (ts, self) => PyOps.Str(ts, Of(self)) is { } s ? PyValue.FromObject(s) : PyValue.Error;
        foreach (var name in new[] { "keys", "values", "items", "copy" })
        {
            var n = PyStr.Intern(name);
            t.AddMethod0(name, (ts, self) => PyOps.CallMethod(ts, Of(self), n, []));
        }

        t.AddMethod("get", static (ts, a, kw) => PyOps.CallMethod(ts, Of(a[0]), PyStr.Intern("get"), a[1..]), NativeArity.Positional);
    }

    private static PyValue Of(PyValue self) => ((PyMappingProxy)self.AsObject).Mapping;
}
