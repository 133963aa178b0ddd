using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_testlimitedcapi</c>: CPython's test module whose functions each call one function of the
/// limited C API. ProtoPython has no C API; this module holds only the wrappers CPython's own
/// tests of the language need (test_bytes: sequence_getitem/setitem/delitem, test_class:
/// object_hasattrstring), each doing what the wrapped C function does through our protocols.
/// Every other name is absent, so a test that needs one fails with AttributeError.
/// </summary>
internal sealed class TestLimitedCapiModule : INativeModule
{
    private static readonly PyStr s_setItem = PyStr.Intern("__setitem__");
    private static readonly PyStr s_delItem = PyStr.Intern("__delitem__");

    public string Name => "_testlimitedcapi";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_testlimitedcapi");
        m.AddFunction("sequence_getitem", static (ts, a, kw) => SequenceGetItem(ts, a), NativeArity.Positional);
        m.AddFunction("sequence_setitem", static (ts, a, kw) => SequenceSetItem(ts, a), NativeArity.Positional);
        m.AddFunction("sequence_delitem", static (ts, a, kw) => SequenceDelItem(ts, a), NativeArity.Positional);
        m.AddFunction("object_hasattrstring", static (ts, a, kw) => ObjectHasAttrString(ts, a), NativeArity.Positional);
        return m;
    }

    // PySequence_GetItem: a negative index gets the length added once, then sq_item.
    private static PyValue SequenceGetItem(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (!ArgCount(ts, a, 2) || !Nullable(ts, a[0]) || !TrySsize(ts, a[1], out var i))
        {
            return PyValue.Error;
        }

        var seq = a[0];
        if (!SupportsItem(seq.Type, assign: false, seq.Type.GetItem is not null))
        {
            return NotSequence(ts, seq, seq.Type.GetItem is not null, "'{0}' object does not support indexing");
        }

        return TryItemIndex(ts, seq, assign: false, i, out var index) ? PyOps.GetItem(ts, seq, index) : PyValue.Error;
    }

    // PySequence_SetItem: the same index rule, then sq_ass_item (a NULL value, None here, deletes).
    private static PyValue SequenceSetItem(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (!ArgCount(ts, a, 3) || !Nullable(ts, a[0]) || !TrySsize(ts, a[1], out var i))
        {
            return PyValue.Error;
        }

        var seq = a[0];
        if (!SupportsItem(seq.Type, assign: true, seq.Type.SetItem is not null))
        {
            return NotSequence(ts, seq, seq.Type.SetItem is not null, "'{0}' object does not support item assignment");
        }

        return TryItemIndex(ts, seq, assign: true, i, out var index) && PyOps.SetItem(ts, seq, index, a[2].IsNone ? PyValue.Null : a[2]) ? PyValue.FromInt64(0) : PyValue.Error;
    }

    // PySequence_DelItem: the same index rule, then sq_ass_item with NULL.
    private static PyValue SequenceDelItem(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (!ArgCount(ts, a, 2) || !Nullable(ts, a[0]) || !TrySsize(ts, a[1], out var i))
        {
            return PyValue.Error;
        }

        var seq = a[0];
        if (!SupportsItem(seq.Type, assign: true, seq.Type.SetItem is not null))
        {
            return NotSequence(ts, seq, seq.Type.SetItem is not null, "'{0}' object doesn't support item deletion");
        }

        return TryItemIndex(ts, seq, assign: true, i, out var index) && PyOps.DelItem(ts, seq, index) ? PyValue.FromInt64(0) : PyValue.Error;
    }

    // PyObject_HasAttrString: 1 or 0; an error other than AttributeError is reported as
    // unraisable and gives 0 (CPython 3.13+).
    private static PyValue ObjectHasAttrString(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (!ArgCount(ts, a, 2) || !Nullable(ts, a[0]))
        {
            return PyValue.Error;
        }

        PyValue name;
        if (a[1].AsObject is PyStr s)
        {
            name = PyValue.FromObject(s);
        }
        else if (a[1].AsObject is PyBytes b)
        {
            name = Codecs.Decode(ts, b.Span, "utf-8", "strict");
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + a[1].Type.Name + "'");
        }

        var found = name.IsError ? -1 : PyOps.TryGetAttr(ts, a[0], (PyStr)name.AsObject, out _);
        if (found < 0)
        {
            var e = ts.FetchError();
            var text = e is null ? "" : PyOps.Str(ts, PyValue.FromObject(e))?.Value ?? "";
            ts.ClearError();
            Console.Out.Flush();
            Console.Error.WriteLine("Exception ignored in PyObject_HasAttrString(); consider using PyObject_HasAttrStringWithError(), PyObject_GetOptionalAttrString() or PyObject_GetAttrString():");
            Console.Error.WriteLine(e is null ? "" : e.Type.Name + (text.Length > 0 ? ": " + text : ""));
            return PyValue.FromInt64(0);
        }

        return PyValue.FromInt64(found);
    }

    // A type has sq_item/sq_ass_item unless its item slot is only a mapping's: dict and
    // mappingproxy have mp_subscript only, memoryview has mp_ass_subscript only. A class
    // statement fills sq_item from any __getitem__ (slot_sq_item); sq_ass_item it fills when a
    // Python class defines __setitem__ or __delitem__, else only when its builtin base has one.
    private static bool SupportsItem(PyType type, bool assign, bool hasSlot)
    {
        if (!hasSlot)
        {
            return false;
        }

        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return !(type.HasFlag(TypeFlags.Mapping) || (assign && type == PyType.MemoryView));
        }

        if (!assign)
        {
            return true;
        }

        foreach (var t in type.Mro)
        {
            if (!t.HasFlag(TypeFlags.HeapType))
            {
                return SupportsItem(t, assign, t.SetItem is not null);
            }

            if (t.TryGetOwn(s_setItem, out _) || t.TryGetOwn(s_delItem, out _))
            {
                return true;
            }
        }

        return true;
    }

    // The index sq_item receives: i + len(seq) when i is negative. Python classes' dunders, and
    // the few builtin sq_items that add the length again themselves (range's and memoryview's
    // item, bytearray's assignment), take it even when still negative; the other builtin
    // sequences raise IndexError for any index outside [0, len), which obj[i] does too when
    // i < -len, so they get i itself then.
    private static bool TryItemIndex(ThreadState ts, PyValue seq, bool assign, long i, out PyValue index)
    {
        index = PyValue.FromInt64(i);
        if (i >= 0 || seq.Type.Length is null)
        {
            return true;
        }

        var n = PyOps.Length(ts, seq);
        if (n < 0)
        {
            return false;
        }

        var type = seq.Type;
        var wraps = type.HasFlag(TypeFlags.HeapType)
            || (assign ? type == PyType.ByteArray : type == PyType.Range || type == PyType.MemoryView);
        if (i + n >= 0 || wraps)
        {
            index = PyValue.FromInt64(i + n);
        }

        return true;
    }

    // PyArg_ParseTuple's "n" converter.
    private static bool TrySsize(ThreadState ts, PyValue v, out long result)
    {
        result = 0;
        var i = PyOps.Index(ts, v);
        if (i.IsError)
        {
            return false;
        }

        if (!i.IsInt64)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }

        result = i.AsInt64;
        return true;
    }

    // A mapping's slot without the sequence's: "is not a sequence"; no slot at all: `message`.
    private static PyValue NotSequence(ThreadState ts, PyValue seq, bool mappingSlot, string message) =>
        ts.SetError(PyExc.TypeError, mappingSlot
            ? seq.Type.Name + " is not a sequence"
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, message, seq.Type.Name));

    // PyArg_ParseTuple's count check (the format has no function name).
    private static bool ArgCount(ThreadState ts, ReadOnlySpan<PyValue> a, int n)
    {
        if (a.Length == n)
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, "function takes exactly " + n + " arguments (" + a.Length + " given)");
        return false;
    }

    // The test modules' NULLABLE(): None stands for a C NULL, which these API functions reject.
    private static bool Nullable(ThreadState ts, PyValue v)
    {
        if (!v.IsNone)
        {
            return true;
        }

        ts.SetError(PyExc.SystemError, "null argument to internal routine");
        return false;
    }
}
