namespace ProtoPython.Objects;

/// <summary>
/// Settable class attributes. PEP 649: <c>__annotate__</c> (the class body stores it as <c>__annotate_func__</c>) and
/// <c>__annotations__</c>, computed by calling it with format 1 on first access and cached in
/// <c>__annotations_cache__</c>; a class without annotations gets <c>{}</c>.
/// </summary>
internal static partial class TypeType
{
    private static readonly PyStr s_annotate = PyStr.Intern("__annotate__");
    private static readonly PyStr s_annotateFunc = PyStr.Intern("__annotate_func__");
    private static readonly PyStr s_annotationsCache = PyStr.Intern("__annotations_cache__");
    private static readonly PyStr s_typeParams = PyStr.Intern("__type_params__");

    private static void InstallAnnotations(PyType t)
    {
        t.AddGetSet("__annotate__", GetAnnotate, SetAnnotate);
        t.AddGetSet("__annotations__", GetAnnotations, SetAnnotations);

        // __type_params__: the class dict's entry (PEP 695 classes set it), else ().
        t.AddGetSet(
            "__type_params__",
            static (ts, v) => !ReferenceEquals(v.AsObject, PyType.TypeType) && AsType(v).TryGetOwn(s_typeParams, out var p) ? p : PyValue.FromObject(PyTuple.Empty),
            static (ts, v, value) =>
            {
                if (!CheckHeapSet(ts, AsType(v), "__type_params__", value))
                {
                    return false;
                }

                AsType(v).SetDictEntry(s_typeParams, value);
                return true;
            });
    }

    private static PyValue Bind(ThreadState ts, PyValue value, PyType type) =>
        value.Type.DescrGet is { } get ? get(ts, value, PyValue.Null, type) : value;

    private static PyValue GetAnnotate(ThreadState ts, PyValue v)
    {
        var type = AsType(v);
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return ts.SetError(PyExc.AttributeError, "type object '" + type.Name + "' has no attribute '__annotate__'");
        }

        if (type.TryGetOwn(s_annotate, out var annotate) || type.TryGetOwn(s_annotateFunc, out annotate))
        {
            return Bind(ts, annotate, type);
        }

        type.SetDictEntry(s_annotateFunc, PyValue.None);
        return PyValue.None;
    }

    private static bool SetAnnotate(ThreadState ts, PyValue v, PyValue value)
    {
        var type = AsType(v);
        if (value.IsNull)
        {
            ts.SetError(PyExc.TypeError, "cannot delete __annotate__ attribute");
            return false;
        }

        if (!CheckHeapSet(ts, type, "__annotate__", value))
        {
            return false;
        }

        if (!value.IsNone && value.Type.Call is null)
        {
            ts.SetError(PyExc.TypeError, "__annotate__ must be callable or None");
            return false;
        }

        type.SetDictEntry(s_annotate, value);
        if (!value.IsNone)
        {
            type.RemoveDictEntry(s_annotationsCache);
        }

        return true;
    }

    private static PyValue GetAnnotations(ThreadState ts, PyValue v)
    {
        var type = AsType(v);
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return ts.SetError(PyExc.AttributeError, "type object '" + type.Name + "' has no attribute '__annotations__'");
        }

        if (type.TryGetOwn(Names.Annotations, out var annotations) || type.TryGetOwn(s_annotationsCache, out annotations))
        {
            return Bind(ts, annotations, type);
        }

        var annotate = GetAnnotate(ts, v);
        if (annotate.IsError)
        {
            return annotate;
        }

        annotations = annotate.Type.Call is not null ? PyOps.Call1(ts, annotate, PyValue.FromInt64(1)) : PyValue.FromObject(new PyDict());
        if (!annotations.IsError)
        {
            type.SetDictEntry(s_annotationsCache, annotations);
        }

        return annotations;
    }

    private static bool SetAnnotations(ThreadState ts, PyValue v, PyValue value)
    {
        var type = AsType(v);
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            ts.SetError(PyExc.TypeError, "cannot set '__annotations__' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        if (value.IsNull)
        {
            if (!type.RemoveDictEntry(s_annotationsCache) && !type.RemoveDictEntry(Names.Annotations))
            {
                ts.SetError(PyExc.AttributeError, "__annotations__");
                return false;
            }
        }
        else
        {
            type.SetDictEntry(s_annotationsCache, value);
        }

        type.RemoveDictEntry(s_annotateFunc);
        type.RemoveDictEntry(s_annotate);
        return true;
    }
}
