namespace ProtoPython.Objects;

/// <summary>
/// <c>type.__annotations__</c> and <c>type.__annotate__</c> (PEP 649/749, CPython 3.14): a class body
/// stores its <c>__annotate_func__</c>; the first read of <c>__annotations__</c> calls it and caches
/// the dict as <c>__annotations_cache__</c>.
/// </summary>
internal static class TypeAnnotations
{
    private static readonly PyStr AnnotateKey = PyStr.Intern("__annotate__");
    private static readonly PyStr AnnotateFunc = PyStr.Intern("__annotate_func__");
    private static readonly PyStr Cache = PyStr.Intern("__annotations_cache__");

    public static void Install(PyType t)
    {
        t.AddGetSet("__annotations__", GetAnnotations, SetAnnotations);
        t.AddGetSet("__annotate__", GetAnnotate, SetAnnotate);
    }

    private static PyValue GetAnnotate(ThreadState ts, PyValue self)
    {
        var type = (PyType)self.AsObject;
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return ts.SetError(PyExc.AttributeError, "type object '" + type.Name + "' has no attribute '__annotate__'");
        }

        if (type.TryGetOwn(AnnotateKey, out var annotate) || type.TryGetOwn(AnnotateFunc, out annotate))
        {
            return annotate.Type.DescrGet is { } get ? get(ts, annotate, PyValue.Null, type) : annotate;
        }

        type.TypeDict.SetStr(AnnotateFunc, PyValue.None);
        return PyValue.None;
    }

    private static bool SetAnnotate(ThreadState ts, PyValue self, PyValue value)
    {
        var type = (PyType)self.AsObject;
        if (value.IsNull)
        {
            ts.SetError(PyExc.TypeError, "cannot delete __annotate__ attribute");
            return false;
        }

        if (!type.HasFlag(TypeFlags.HeapType) || type.HasFlag(TypeFlags.ImmutableType))
        {
            ts.SetError(PyExc.TypeError, "cannot set '__annotate__' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        if (!value.IsNone && value.Type.Call is null)
        {
            ts.SetError(PyExc.TypeError, "__annotate__ must be callable or None");
            return false;
        }

        type.SetDictEntry(AnnotateFunc, value);
        if (!value.IsNone)
        {
            type.RemoveDictEntry(Cache);
        }

        return true;
    }

    private static PyValue GetAnnotations(ThreadState ts, PyValue self)
    {
        var type = (PyType)self.AsObject;
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            return ts.SetError(PyExc.AttributeError, "type object '" + type.Name + "' has no attribute '__annotations__'");
        }

        // An explicit __annotations__ in the class dict (from __future__ import annotations) comes first.
        if (type.TryGetOwn(Names.Annotations, out var annotations) || type.TryGetOwn(Cache, out annotations))
        {
            return annotations.Type.DescrGet is { } get ? get(ts, annotations, PyValue.Null, type) : annotations;
        }

        var annotate = GetAnnotate(ts, self);
        if (annotate.IsError)
        {
            return annotate;
        }

        if (annotate.Type.Call is not null && !annotate.IsNone)
        {
            annotations = PyOps.Call1(ts, annotate, PyValue.FromInt64(1));
            if (annotations.IsError)
            {
                return annotations;
            }

            if (annotations.AsObject is not PyDict)
            {
                return ts.SetError(PyExc.TypeError, "__annotate__ returned non-dict of type '" + annotations.Type.Name + "'");
            }
        }
        else
        {
            annotations = PyValue.FromObject(new PyDict());
        }

        type.TypeDict.SetStr(Cache, annotations);
        return annotations;
    }

    private static bool SetAnnotations(ThreadState ts, PyValue self, PyValue value)
    {
        var type = (PyType)self.AsObject;
        if (!type.HasFlag(TypeFlags.HeapType) || type.HasFlag(TypeFlags.ImmutableType))
        {
            ts.SetError(PyExc.TypeError, "cannot set '__annotations__' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        if (value.IsNull)
        {
            if (!type.RemoveDictEntry(Cache))
            {
                ts.SetError(PyExc.AttributeError, "__annotations__");
                return false;
            }

            type.RemoveDictEntry(AnnotateFunc);
            return true;
        }

        type.SetDictEntry(Cache, value);
        type.SetDictEntry(AnnotateFunc, PyValue.None);
        return true;
    }
}
