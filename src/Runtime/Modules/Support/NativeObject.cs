using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Base of the objects of the C# library modules (itertools, functools, operator...): instances of
/// Python subclasses get an instance <c>__dict__</c> (unless their <c>__slots__</c> say otherwise) and slot values, exact instances have none (as CPython's types
/// without Py_TPFLAGS_MANAGED_DICT).
/// </summary>
internal abstract class NativeObject(PyType type) : PyObject(type), IHasDict, IHasSlotValues
{
    private PyDict? _dict;
    private PyValue[]? _slots;

    public PyDict? GetDict(bool create) =>
        Type.HasInstanceDict ? (_dict ??= create ? new PyDict() : null) : null;

    /// <summary>The <c>__slots__</c> values of a Python subclass.</summary>
    public PyValue[] SlotValues => _slots ??= Type.SlotCount == 0 ? [] : new PyValue[Type.SlotCount];

    public void SetDict(PyDict dict) => _dict = dict;
}

/// <summary>An iterator written in C#: <c>__iter__</c> returns self, <c>__next__</c> is <see cref="Next"/>.</summary>
internal abstract class NativeIterator(PyType type) : NativeObject(type)
{
    /// <summary>1 with an item, 0 when exhausted, -1 with a pending exception.</summary>
    public abstract int Next(ThreadState ts, out PyValue item);
}

/// <summary>Small helpers for defining the types of the C# modules.</summary>
internal static class NativeTypes
{
    /// <summary>
    /// A builtin-style type <c>module.name</c>; <paramref name="subclassable"/> sets Py_TPFLAGS_BASETYPE.
    /// The caller sets slots and methods, then calls <see cref="SlotTable.AddWrappers"/>.
    /// </summary>
    public static PyType Create(string name, string module, bool subclassable, PyType? baseType = null) =>
        PyType.CreateRuntimeType(name, baseType, subclassable ? TypeFlags.BaseType : TypeFlags.None, module);

    /// <summary>An iterator type over <see cref="NativeIterator"/> objects.</summary>
    public static PyType CreateIterator(string name, string module, bool subclassable, NewFunc? create)
    {
        var t = Create(name, module, subclassable);
        t.Iter = static (ts, v) => v;
        t.IterNext = static (ThreadState ts, PyValue v, out PyValue item) => ((NativeIterator)v.AsObject).Next(ts, out item);
        t.New = create;
        return t;
    }

    /// <summary><c>__class_getitem__</c> as the builtin generics: <c>deque[int]</c>.</summary>
    public static void AddClassGetItem(PyType t) =>
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) =>
        {
            if (a.Length != 2 || kw is { Length: > 0 })
            {
                return ts.SetError(PyExc.TypeError, "__class_getitem__() takes exactly one argument (" + (a.Length - 1) + " given)");
            }

            var items = a[1].AsObject is PyTuple tuple && ReferenceEquals(tuple.Type, PyType.Tuple) ? tuple : new PyTuple([a[1]]);
            return PyValue.FromObject(new PyGenericAlias(a[0], items));
        });

    public static PyValue Str(string s) => PyValue.FromObject(new PyStr(s));

    public static PyValue Tuple(params PyValue[] items) => PyValue.FromObject(new PyTuple(items));

    /// <summary>The positional part of vectorcall arguments.</summary>
    public static ReadOnlySpan<PyValue> Positional(ReadOnlySpan<PyValue> args, PyTuple? kwnames) =>
        args[..(args.Length - (kwnames?.Length ?? 0))];

    /// <summary>"name() takes no keyword arguments" unless <paramref name="kwnames"/> is empty.</summary>
    public static bool NoKeywords(ThreadState ts, string name, PyTuple? kwnames) => ArgParser.NoKeywords(ts, name, kwnames);

    /// <summary>Repr as a .NET string; null with a pending exception.</summary>
    public static string? Repr(ThreadState ts, PyValue v) => PyOps.Repr(ts, v)?.Value;

    /// <summary><c>_PyEval_SliceIndexNotNone</c>: the start/stop of <c>index()</c>.</summary>
    public static bool SliceIndexNotNone(ThreadState ts, PyValue v, out long result)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out result);
    }

    public static bool IsCallable(PyValue v) => v.Type.Call is not null;
}
