namespace ProtoPython.Objects;

/// <summary>object.__new__ on a class with abstract methods: CPython's message, the method names sorted.</summary>
internal static partial class ObjectType
{
    private static PyValue AbstractInstantiation(ThreadState ts, PyType type)
    {
        if (!type.TryGetOwn("__abstractmethods__", out var methods))
        {
            return ts.SetError(PyExc.AttributeError, "__abstractmethods__");
        }

        var list = PyOps.Call(ts, PyValue.FromObject(PyType.List), [methods]);
        if (list.IsError || PyOps.CallMethod(ts, list, PyStr.Intern("sort"), []).IsError)
        {
            return PyValue.Error;
        }

        var names = (PyList)list.AsObject;
        var parts = new string[names.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var s = PyOps.Str(ts, names.ItemAt(i));
            if (s is null)
            {
                return PyValue.Error;
            }

            parts[i] = s.Value;
        }

        return ts.SetError(PyExc.TypeError, "Can't instantiate abstract class " + type.Name + " without an implementation for abstract method"
            + (parts.Length > 1 ? "s" : "") + " '" + string.Join("', '", parts) + "'");
    }
}
