namespace ProtoPython.Objects;

/// <summary>staticmethod, classmethod, property and the C# descriptor types' slots.</summary>
internal static class DescriptorTypes
{
    public static void Install()
    {
        PyType.MethodDescriptor.Call = (ts, callable, args, kwnames) => PyMethodDescriptor.CallSlot(ts, callable, args, kwnames);
        PyType.MethodDescriptor.DescrGet = PyMethodDescriptor.DescrGetSlot;
        PyType.WrapperDescriptor.Call = (ts, callable, args, kwnames) => PyMethodDescriptor.CallSlot(ts, callable, args, kwnames);
        PyType.WrapperDescriptor.DescrGet = PyMethodDescriptor.DescrGetSlot;
        PyType.ClassMethodDescriptor.DescrGet = PyMethodDescriptor.DescrGetSlot;
        PyType.ClassMethodDescriptor.Call = static (ts, c, args, kw) =>
        {
            var d = (PyMethodDescriptor)c.AsObject;
            if (args.Length < 1 || args[0].AsObject is not PyType t || !t.IsSubtypeOf(d.Owner))
            {
                return ts.SetError(PyExc.TypeError, "descriptor '" + d.Name + "' for type '" + d.Owner.Name + "' needs a type, not a '" + (args.Length > 0 ? args[0].Type.Name : "NoneType") + "' as arg 2");
            }

            return d.Impl(ts, args, kw);
        };
        PyType.GetSetDescriptor.DescrGet = PyGetSetDescriptor.DescrGetSlot;
        PyType.GetSetDescriptor.DescrSet = PyGetSetDescriptor.DescrSetSlot;
        PyType.BuiltinFunction.Call = (ts, callable, args, kwnames) => PyBuiltinFunction.CallSlot(ts, callable, args, kwnames);
        PyType.BuiltinFunction.Repr = static (ts, v) => PyValue.FromObject(new PyStr(v.AsObject.ToString()!));
        PyType.BuiltinFunction.AddGetSet("__doc__", static (ts, v) => ((PyBuiltinFunction)v.AsObject).Doc is { } doc ? PyValue.FromObject(new PyStr(doc)) : PyValue.None);
        PyType.BuiltinFunction.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(((PyBuiltinFunction)v.AsObject).Name)));
        PyType.BuiltinFunction.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr(((PyBuiltinFunction)v.AsObject).QualName)));
        // pickle saves a module-level builtin by its name (meth_reduce); bound methods are not picklable here yet.
        PyType.BuiltinFunction.AddMethod0("__reduce__", static (ts, v) => v.AsObject is PyBuiltinFunction { Self.IsNull: true } f
            ? PyValue.FromObject(new PyStr(f.QualName))
            : ts.SetError(PyExc.TypeError, "cannot pickle '" + v.Type.Name + "' object"));
        PyType.BuiltinFunction.AddGetSet("__self__", static (ts, v) => ((PyBuiltinFunction)v.AsObject).Self is { IsNull: false } s ? s : PyValue.None);
        PyType.BuiltinFunction.AddGetSet("__module__", static (ts, v) => ((PyBuiltinFunction)v.AsObject).Module is { } m ? PyValue.FromObject(new PyStr(m)) : PyValue.None);
        InstallMethodWrapper();
        foreach (var t in new[] { PyType.MethodDescriptor, PyType.WrapperDescriptor, PyType.ClassMethodDescriptor })
        {
            t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(v.AsObject.ToString()!));
            t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(((PyMethodDescriptor)v.AsObject).Name)));
            t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr(((PyMethodDescriptor)v.AsObject).QualName)));
            t.AddGetSet("__objclass__", static (ts, v) => PyValue.FromObject(((PyMethodDescriptor)v.AsObject).Owner));
        }

        var gs = PyType.GetSetDescriptor;
        gs.Repr = static (ts, v) => PyValue.FromObject(new PyStr(v.AsObject.ToString()!));
        gs.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(((PyGetSetDescriptor)v.AsObject).Name)));
        gs.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr(((PyGetSetDescriptor)v.AsObject).Owner.QualName + "." + ((PyGetSetDescriptor)v.AsObject).Name)));
        gs.AddGetSet("__objclass__", static (ts, v) => PyValue.FromObject(((PyGetSetDescriptor)v.AsObject).Owner));
        gs.AddGetSet("__doc__", static (ts, v) => ((PyGetSetDescriptor)v.AsObject).Doc is { } doc ? PyValue.FromObject(new PyStr(doc)) : PyValue.None);
        PyStaticMethod.Install();
        PyClassMethod.Install();
        PyProperty.Install();
        PyMappingProxy.Install();
        PyMemberDescriptor.Install();
        PySuper.Install();
        PyType.SequenceIterator.Iter = static (ts, v) => v;
        PyType.SequenceIterator.IterNext = PySequenceIterator.NextSlot;
    }

    /// <summary>
    /// staticmethod/classmethod's functools_wraps: __module__, __name__, __qualname__ and __doc__
    /// of the wrapped callable copied into the wrapper's __dict__ (when it has them).
    /// </summary>
    internal static bool CopyWrapperAttributes(ThreadState ts, PyValue wrapper, PyValue wrapped)
    {
        var dict = ((IHasDict)wrapper.AsObject).GetDict(true)!;
        foreach (var name in s_wrapperAttributes)
        {
            var r = PyOps.TryGetAttr(ts, wrapped, name, out var value);
            if (r < 0)
            {
                return false;
            }

            if (r > 0)
            {
                dict.SetStr(name, value);
            }
        }

        return true;
    }

    private static readonly PyStr[] s_wrapperAttributes =
        [PyStr.Intern("__module__"), PyStr.Intern("__name__"), PyStr.Intern("__qualname__"), PyStr.Intern("__doc__")];

    // method-wrapper: a slot wrapper bound to an instance, (5).__add__.
    private static void InstallMethodWrapper()
    {
        var t = PyType.MethodWrapper;
        t.Call = (ts, callable, args, kwnames) => PyBuiltinFunction.CallSlot(ts, callable, args, kwnames);
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(v.AsObject.ToString()!));
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(((PyBuiltinFunction)v.AsObject).Name)));
        t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr(((PyBuiltinFunction)v.AsObject).QualName)));
        t.AddGetSet("__self__", static (ts, v) => ((PyBuiltinFunction)v.AsObject).Self);
        t.AddGetSet("__objclass__", static (ts, v) => PyValue.FromObject(((PyBuiltinFunction)v.AsObject).Wrapper!.Owner));
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b.AsObject is not PyBuiltinFunction { Wrapper: { } wb } fb)
            {
                return PyValue.NotImplemented;
            }

            var fa = (PyBuiltinFunction)a.AsObject;
            var eq = ReferenceEquals(fa.Wrapper, wb) && PyValue.Is(fa.Self, fb.Self);
            return PyValue.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            var f = (PyBuiltinFunction)v.AsObject;
            h = PyOps.AddressOf(f.Self) ^ PyOps.AddressOf(PyValue.FromObject(f.Wrapper!));
            return true;
        };
    }
}

/// <summary><c>staticmethod(f)</c>: returns f from both class and instance.</summary>
public sealed class PyStaticMethod : PyObject, IHasDict
{
    private PyDict? _dict;

    public PyStaticMethod(PyType type, PyValue callable)
        : base(type)
    {
        Callable = callable;
    }

    public PyValue Callable { get; set; }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    internal static void Install()
    {
        var t = PyType.StaticMethod;
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyStaticMethod(type, PyValue.None));
        t.Init = static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 })
            {
                ts.SetError(PyExc.TypeError, "staticmethod expected 1 argument, got " + args.Length);
                return false;
            }

            ((PyStaticMethod)self.AsObject).Callable = args[0];
            return DescriptorTypes.CopyWrapperAttributes(ts, self, args[0]);
        };
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PyStaticMethod)v.AsObject).GetDict(true)!));
        t.Repr = static (ts, v) => PyOps.Repr(ts, ((PyStaticMethod)v.AsObject).Callable) is { } r ? PyValue.FromObject(new PyStr("<staticmethod(" + r.Value + ")>")) : PyValue.Error;
        t.DescrGet = static (ts, d, inst, owner) => ((PyStaticMethod)d.AsObject).Callable;
        t.Call = static (ts, c, args, kw) => PyOps.Call(ts, ((PyStaticMethod)c.AsObject).Callable, args, kw);
        t.AddGetSet("__func__", static (ts, v) => ((PyStaticMethod)v.AsObject).Callable);
        t.AddGetSet("__wrapped__", static (ts, v) => ((PyStaticMethod)v.AsObject).Callable);
        t.AddGetSet("__isabstractmethod__", static (ts, v) => IsAbstract(ts, ((PyStaticMethod)v.AsObject).Callable));
    }

    /// <summary>bool(getattr(f, "__isabstractmethod__", False)): what the wrapping descriptors report (abc).</summary>
    public static PyValue IsAbstract(ThreadState ts, PyValue f)
    {
        if (f.IsNone || f.IsNull)
        {
            return PyValue.False;
        }

        var found = PyOps.TryGetAttr(ts, f, PyStr.Intern("__isabstractmethod__"), out var v);
        if (found <= 0)
        {
            return found < 0 ? PyValue.Error : PyValue.False;
        }

        var truth = PyOps.IsTrue(ts, v);
        return truth < 0 ? PyValue.Error : PyValue.FromBool(truth > 0);
    }
}

/// <summary><c>classmethod(f)</c>: binds f to the class.</summary>
public sealed class PyClassMethod : PyObject, IHasDict
{
    private PyDict? _dict;

    public PyClassMethod(PyType type, PyValue callable)
        : base(type)
    {
        Callable = callable;
    }

    public PyValue Callable { get; set; }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    internal static void Install()
    {
        var t = PyType.ClassMethod;
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyClassMethod(type, PyValue.None));
        t.Init = static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 })
            {
                ts.SetError(PyExc.TypeError, "classmethod expected 1 argument, got " + args.Length);
                return false;
            }

            ((PyClassMethod)self.AsObject).Callable = args[0];
            return DescriptorTypes.CopyWrapperAttributes(ts, self, args[0]);
        };
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PyClassMethod)v.AsObject).GetDict(true)!));
        t.Repr = static (ts, v) => PyOps.Repr(ts, ((PyClassMethod)v.AsObject).Callable) is { } r ? PyValue.FromObject(new PyStr("<classmethod(" + r.Value + ")>")) : PyValue.Error;
        t.DescrGet = static (ts, d, inst, owner) => PyValue.FromObject(new PyMethod(((PyClassMethod)d.AsObject).Callable, PyValue.FromObject(owner)));
        t.AddGetSet("__func__", static (ts, v) => ((PyClassMethod)v.AsObject).Callable);
        t.AddGetSet("__wrapped__", static (ts, v) => ((PyClassMethod)v.AsObject).Callable);
        t.AddGetSet("__isabstractmethod__", static (ts, v) => PyStaticMethod.IsAbstract(ts, ((PyClassMethod)v.AsObject).Callable));
    }
}

/// <summary><c>property(fget, fset, fdel, doc)</c>.</summary>
public sealed class PyProperty : PyObject
{
    public PyProperty(PyType type)
        : base(type)
    {
    }

    public PyValue Getter { get; set; } = PyValue.None;

    public PyValue Setter { get; set; } = PyValue.None;

    public PyValue Deleter { get; set; } = PyValue.None;

    public PyValue Doc { get; set; } = PyValue.None;

    public PyValue Name { get; set; } = PyValue.Null;

    /// <summary>The doc came from the getter (CPython's getter_doc).</summary>
    public bool GetterDoc { get; private set; }

    internal static void Install()
    {
        var t = PyType.Property;
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyProperty(type));
        t.Init = Init;
        t.DescrGet = static (ts, d, inst, owner) =>
        {
            if (inst.IsNull)
            {
                return d;
            }

            var p = (PyProperty)d.AsObject;
            if (p.Getter.IsNone)
            {
                return ts.SetError(PyExc.AttributeError, "property " + p.Describe() + "of '" + inst.Type.Name + "' object has no getter");
            }

            return PyOps.Call1(ts, p.Getter, inst);
        };
        t.DescrSet = static (ts, d, inst, value) =>
        {
            var p = (PyProperty)d.AsObject;
            var f = value.IsNull ? p.Deleter : p.Setter;
            if (f.IsNone)
            {
                ts.SetError(PyExc.AttributeError, "property " + p.Describe() + "of '" + inst.Type.Name + "' object has no " + (value.IsNull ? "deleter" : "setter"));
                return false;
            }

            return !(value.IsNull ? PyOps.Call1(ts, f, inst) : PyOps.Call2(ts, f, inst, value)).IsError;
        };
        t.AddMember("fget", static (ts, v) => ((PyProperty)v.AsObject).Getter);
        t.AddMember("fset", static (ts, v) => ((PyProperty)v.AsObject).Setter);
        t.AddMember("fdel", static (ts, v) => ((PyProperty)v.AsObject).Deleter);
        t.AddGetSet("__doc__", static (ts, v) => ((PyProperty)v.AsObject).Doc);
        t.AddGetSet("__isabstractmethod__", static (ts, v) =>
        {
            // True when any of fget, fset, fdel is abstract (property_get___isabstractmethod__).
            var p = (PyProperty)v.AsObject;
            foreach (var f in (ReadOnlySpan<PyValue>)[p.Getter, p.Setter, p.Deleter])
            {
                var r = PyStaticMethod.IsAbstract(ts, f);
                if (r.IsError || r.RawBits != 0)
                {
                    return r;
                }
            }

            return PyValue.False;
        });
        t.AddMethod1("getter", static (ts, self, f) => Copy(ts, self, f, 0));
        t.AddMethod1("setter", static (ts, self, f) => Copy(ts, self, f, 1));
        t.AddMethod1("deleter", static (ts, self, f) => Copy(ts, self, f, 2));
        t.AddGetSet("__name__", static (ts, v) =>
        {
            var p = (PyProperty)v.AsObject;
            if (!p.Name.IsNull)
            {
                return p.Name;
            }

            // property_name: the getter's __name__ unless one was set.
            var name = PyValue.Null;
            var r = p.Getter.IsNone ? 0 : PyOps.TryGetAttr(ts, p.Getter, PyStr.Intern("__name__"), out name);
            return r > 0 ? name : r < 0 ? PyValue.Error : ts.SetError(PyExc.AttributeError, "'property' object has no attribute '__name__'");
        }, static (ts, v, x) =>
        {
            ((PyProperty)v.AsObject).Name = x;
            return true;
        });
        t.AddMethod("__set_name__", static (ts, a, kw) =>
        {
            ((PyProperty)a[0].AsObject).Name = a[2];
            return PyValue.None;
        }, NativeArity.Positional);
    }

    private string Describe() => Name.AsObject is PyStr s ? "'" + s.Value + "' " : "";

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var p = (PyProperty)self.AsObject;
        var npos = args.Length - (kw?.Length ?? 0);
        if (npos > 4)
        {
            ts.SetError(PyExc.TypeError, "property() takes at most 4 arguments (" + npos + " given)");
            return false;
        }

        PyValue[] slots = [PyValue.None, PyValue.None, PyValue.None, PyValue.None];
        for (var i = 0; i < npos; i++)
        {
            slots[i] = args[i];
        }

        string[] names = ["fget", "fset", "fdel", "doc"];
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var name = ((PyStr)kw![k].AsObject).Value;
            var idx = Array.IndexOf(names, name);
            if (idx < 0)
            {
                ts.SetError(PyExc.TypeError, "property() got an unexpected keyword argument '" + name + "'" + KeywordSuggestions.Hint(names, name));
                return false;
            }

            slots[idx] = args[npos + k];
        }

        p.Getter = slots[0];
        p.Setter = slots[1];
        p.Deleter = slots[2];
        p.Doc = slots[3];
        return p.DocFromGetter(ts);
    }

    /// <summary>No doc given: the getter's __doc__ (remembered, so getter() copies take the new getter's).</summary>
    private bool DocFromGetter(ThreadState ts)
    {
        GetterDoc = false;
        if (Doc.IsNone && !Getter.IsNone)
        {
            var r = PyOps.TryGetAttr(ts, Getter, Names.Doc, out var doc);
            if (r < 0)
            {
                return false;
            }

            if (r > 0)
            {
                Doc = doc;
                GetterDoc = true;
            }
        }

        return true;
    }

    private static PyValue Copy(ThreadState ts, PyValue self, PyValue f, int which)
    {
        var p = (PyProperty)self.AsObject;
        var q = new PyProperty(p.Type)
        {
            Getter = which == 0 ? f : p.Getter,
            Setter = which == 1 ? f : p.Setter,
            Deleter = which == 2 ? f : p.Deleter,
            Doc = p.GetterDoc && which == 0 && !f.IsNone ? PyValue.None : p.Doc,
            Name = p.Name,
        };
        if (q.Doc.IsNone && !q.DocFromGetter(ts))
        {
            return PyValue.Error;
        }

        if (p.GetterDoc && !(which == 0 && !f.IsNone))
        {
            q.GetterDoc = true;
        }

        return PyValue.FromObject(q);
    }
}
