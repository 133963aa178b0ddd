namespace ProtoPython.Objects;

/// <summary>None, NotImplemented and Ellipsis: reprs, truth, and no instances beyond the singletons.</summary>
internal static class NoneTypes
{
    public static void Install()
    {
        Singleton(PyType.NoneType, "None", PyValue.None, false);
        Singleton(PyType.NotImplementedType, "NotImplemented", PyValue.NotImplemented, true);
        Singleton(PyType.Ellipsis, "Ellipsis", PyValue.Ellipsis, true);

        // 3.14: truth-testing NotImplemented is an error (it was a DeprecationWarning).
        PyType.NotImplementedType.ToBool = static (ts, v) =>
        {
            ts.SetError(PyExc.TypeError, "NotImplemented should not be used in a boolean context");
            return -1;
        };
    }

    private static void Singleton(PyType t, string repr, PyValue value, bool truth)
    {
        var text = PyValue.FromObject(PyStr.Intern(repr));
        t.Repr = (ts, v) => text;
        t.ToBool = truth ? static (ts, v) => 1 : static (ts, v) => 0;
        t.New = (ts, type, args, kw) => args.Length > 0
            ? ts.SetError(PyExc.TypeError, type.Name + " takes no arguments")
            : value;
    }
}
