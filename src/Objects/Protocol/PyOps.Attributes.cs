namespace ProtoPython.Objects;

/// <summary>
/// The abstract object API (CPython's <c>PyObject_*</c>, ARCHITECTURE §1): what the eval loop and
/// builtins call. Each operation dispatches through the type slots; the fast paths for the common
/// builtin types sit at the top of each method. All follow the error protocol of §4.
/// </summary>
public static partial class PyOps
{
    /// <summary><c>getattr(obj, name)</c>: raises AttributeError when absent.</summary>
    public static PyValue GetAttr(ThreadState ts, PyValue obj, PyStr name)
    {
        // An AttributeError raised by a descriptor or __getattr__ propagates as is (CPython's PyObject_GetAttr).
        var r = (obj.Type.GetAttr ?? GenericGetAttr)(ts, obj, name, out var value);
        if (r > 0)
        {
            return value;
        }

        if (r == 0)
        {
            RaiseNoAttribute(ts, obj, name);
        }
        else if (ts.CurrentException is PyAttributeError { Name.IsNull: true, Obj.IsNull: true } e)
        {
            // set_attribute_error_context: an AttributeError from a descriptor or __getattr__ learns
            // which attribute and object it was about (for e.name and the suggestions).
            e.Name = PyValue.FromObject(name);
            e.Obj = obj;
        }

        return PyValue.Error;
    }

    /// <summary>
    /// <c>_PyObject_LookupAttr</c>: 1 found, 0 absent with no exception (an AttributeError raised
    /// by Python code is swallowed into 0), -1 another error.
    /// </summary>
    public static int TryGetAttr(ThreadState ts, PyValue obj, PyStr name, out PyValue value)
    {
        var slot = obj.Type.GetAttr ?? GenericGetAttr;
        var r = slot(ts, obj, name, out value);
        if (r < 0 && ts.ErrorMatches(PyExc.AttributeError))
        {
            ts.ClearError();
            return 0;
        }

        return r;
    }

    /// <summary>Raises CPython's AttributeError for a missing attribute, with <c>name</c> and <c>obj</c> set for suggestions.</summary>
    public static PyValue RaiseNoAttribute(ThreadState ts, PyValue obj, PyStr name)
    {
        string message = obj.AsObject switch
        {
            PyType t => "type object '" + t.Name + "' has no attribute '" + name.Value + "'",
            PyModule m => "module '" + m.Name + "' has no attribute '" + name.Value + "'",
            _ => "'" + obj.Type.Name + "' object has no attribute '" + name.Value + "'",
        };
        var exc = PyBaseException.Create(PyExc.AttributeError, message);
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(name));
        exc.SetAttribute(PyStr.Intern("obj"), obj);
        return ts.SetError(exc);
    }

    /// <summary>
    /// Deleting a missing attribute (generic setattr's wording): "type object 'C' has no attribute 'x'"
    /// for classes, "'T' object has no attribute 'x'" otherwise (modules included); no name/obj context.
    /// </summary>
    public static void RaiseNoAttributeToDelete(ThreadState ts, PyValue obj, PyStr name) =>
        ts.SetError(PyExc.AttributeError, obj.AsObject is PyType t
            ? "type object '" + t.Name + "' has no attribute '" + name.Value + "'"
            : "'" + obj.Type.Name + "' object has no attribute '" + name.Value + "'");

    /// <summary>
    /// <c>PyObject_GenericGetAttr</c> (object.__getattribute__): data descriptors on the type win,
    /// then the instance's own attributes, then other descriptors and plain class attributes.
    /// </summary>
    public static int GenericGetAttr(ThreadState ts, PyValue obj, PyStr name, out PyValue value)
    {
        var type = obj.Type;
        DescrGetFunc? get = null;
        if (type.TryLookup(name, out var descr))
        {
            var descrType = descr.Type;
            get = descrType.DescrGet;
            if (get is not null && descrType.DescrSet is not null)
            {
                value = get(ts, descr, obj, type);
                return value.IsError ? -1 : 1;
            }
        }

        switch (obj.AsObject)
        {
            case PyInstance inst when inst.TryGetAttribute(name, out value):
                return 1;
            case IHasDict holder when obj.AsObject is not PyInstance && holder.GetDict(false) is { } dict && dict.TryGetStr(name, out value):
                return 1;
            case PyStr when StrSubclassDicts.Get(obj.AsObject, false) is { } strDict && strDict.TryGetStr(name, out value):
                return 1;
        }

        if (get is not null)
        {
            value = get(ts, descr, obj, type);
            return value.IsError ? -1 : 1;
        }

        if (!descr.IsNull)
        {
            value = descr;
            return 1;
        }

        value = default;
        return 0;
    }

    /// <summary><c>setattr(obj, name, value)</c>; <paramref name="value"/> Null deletes (<c>delattr</c>).</summary>
    public static bool SetAttr(ThreadState ts, PyValue obj, PyStr name, PyValue value)
    {
        var slot = obj.Type.SetAttr;
        if (slot is null)
        {
            ts.SetError(PyExc.TypeError, "'" + obj.Type.Name + "' object has no attributes (" + (value.IsNull ? "del" : "assign to") + " ." + name.Value + ")");
            return false;
        }

        return slot(ts, obj, name, value);
    }

    /// <summary><c>PyObject_GenericSetAttr</c> (object.__setattr__): data descriptors, then the instance storage.</summary>
    public static bool GenericSetAttr(ThreadState ts, PyValue obj, PyStr name, PyValue value)
    {
        var type = obj.Type;
        if (type.TryLookup(name, out var descr) && descr.Type.DescrSet is { } set)
        {
            return set(ts, descr, obj, value);
        }

        switch (obj.AsObject)
        {
            case PyInstance inst:
                if (value.IsNull)
                {
                    var r = inst.DeleteAttribute(name);
                    if (r > 0)
                    {
                        return true;
                    }

                    if (r == 0)
                    {
                        RaiseNoAttributeToDelete(ts, obj, name);
                        return false;
                    }
                }
                else if (inst.SetAttribute(name, value))
                {
                    return true;
                }

                break;
            case IHasDict or PyStr:
                var dict = obj.AsObject is IHasDict holder ? holder.GetDict(!value.IsNull) : StrSubclassDicts.Get(obj.AsObject, !value.IsNull);
                if (dict is not null)
                {
                    if (!value.IsNull)
                    {
                        dict.SetStr(PyStr.Intern(name), value);
                        return true;
                    }

                    if (dict.RemoveStr(name))
                    {
                        return true;
                    }
                }

                if (value.IsNull)
                {
                    RaiseNoAttributeToDelete(ts, obj, name);
                    return false;
                }

                break;
        }

        if (!descr.IsNull)
        {
            ts.SetError(PyExc.AttributeError, "'" + type.Name + "' object attribute '" + name.Value + "' is read-only");
            return false;
        }

        var exc = PyBaseException.Create(PyExc.AttributeError,
            // Reached with an IHasDict object only when it has no dict to store into (a subclass of a
            // builtin with __slots__ = ()), which CPython words like any dict-less object.
            type.HasInstanceDict
                ? "'" + type.Name + "' object has no attribute '" + name.Value + "'"
                : "'" + type.Name + "' object has no attribute '" + name.Value + "' and no __dict__ for setting new attributes");
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(name));
        exc.SetAttribute(PyStr.Intern("obj"), obj);
        ts.SetError(exc);
        return false;
    }

    /// <summary>
    /// <c>_PyObject_LookupSpecial</c>: a dunder looked up on the type only (never the instance),
    /// bound through its descriptor. 1 found, 0 absent, -1 error.
    /// </summary>
    public static int LookupSpecial(ThreadState ts, PyValue obj, PyStr name, out PyValue bound)
    {
        if (!obj.Type.TryLookup(name, out var attr))
        {
            bound = default;
            return 0;
        }

        if (attr.Type.DescrGet is { } get)
        {
            bound = get(ts, attr, obj, obj.Type);
            return bound.IsError ? -1 : 1;
        }

        bound = attr;
        return 1;
    }
}
