namespace ProtoPython.Objects;

/// <summary><c>type</c>: calling a class, attribute lookup on classes (metaclass first), class attributes.</summary>
internal static partial class TypeType
{
    public static void Install()
    {
        var t = PyType.TypeType;
        t.Call = Call;
        t.GetAttr = GetAttr;
        t.SetAttr = SetAttr;
        t.Repr = Repr;
        t.New = TypeFactory.New;
        t.Number[(int)NumberOp.Or] = PyUnion.Or;
        t.Init = static (ts, self, args, kw) =>
        {
            var n = args.Length - (kw?.Length ?? 0);
            if (n != 1 && n != 3)
            {
                ts.SetError(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
                return false;
            }

            return true;
        };
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(AsType(v).Name)), SetName);
        t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(new PyStr(AsType(v).QualName)), SetQualName);
        t.AddGetSet("__module__", GetModule, SetModule);
        t.AddGetSet("__bases__", static (ts, v) => PyValue.FromObject(TupleOf(AsType(v).Bases)), static (ts, v, x) => CheckHeapSet(ts, AsType(v), "__bases__", x) && AsType(v).SetBases(ts, x));
        t.AddGetSet("__base__", static (ts, v) => AsType(v).Base is { } b ? PyValue.FromObject(b) : PyValue.None);
        t.AddGetSet("__mro__", static (ts, v) => PyValue.FromObject(TupleOf(AsType(v).Mro)));
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(new PyMappingProxy(PyValue.FromObject(AsType(v).TypeDict))));
        t.AddGetSet("__doc__", static (ts, v) => AsType(v).TryGetOwn(Names.Doc, out var d) ? (d.Type.DescrGet is { } g ? g(ts, d, PyValue.Null, AsType(v)) : d) : PyValue.None, static (ts, v, x) =>
        {
            if (!CheckHeapSet(ts, AsType(v), "__doc__", x))
            {
                return false;
            }

            AsType(v).SetDictEntry(Names.Doc, x);
            return true;
        });
        InstallAnnotations(t);
        InstallFlags(t);
        t.AddMethod0("mro", static (ts, v) => PyValue.FromObject(new PyList(AsType(v).Mro)));
        t.AddMethod0("__dir__", DirMethods.TypeDir);
        t.AddMethod0("__subclasses__", static (ts, v) => PyValue.FromObject(new PyList(AsType(v).Subclasses().ToArray())));
        t.AddMethod1("__instancecheck__", static (ts, self, x) => PyValue.FromBool(x.Type.IsSubtypeOf(AsType(self)) || (PyOps.TryGetAttr(ts, x, Names.Class, out var c) > 0 && c.AsObject is PyType ct && ct.IsSubtypeOf(AsType(self)))));
        t.AddMethod1("__subclasscheck__", static (ts, self, x) => x.AsObject is PyType xt
            ? PyValue.FromBool(xt.IsSubtypeOf(AsType(self)))
            : ts.SetError(PyExc.TypeError, "issubclass() arg 1 must be a class"));
        t.AddClassMethod("__prepare__", static (ts, a, kw) => PyValue.FromObject(new PyDict()));
    }

    private static PyType AsType(PyValue v) => (PyType)v.AsObject;

    // type_repr: <class 'module.qualname'>, or <class 'name'> when __module__ is builtins or not a str.
    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var type = AsType(v);
        var module = GetModule(ts, v);
        if (module.IsError)
        {
            return module;
        }

        var text = module.AsObject is PyStr ms && ms.Value != "builtins"
            ? "<class '" + ms.Value + "." + type.QualName + "'>"
            : "<class '" + type.Name + "'>";
        return PyValue.FromObject(new PyStr(text));
    }

    private static PyTuple TupleOf(PyType[] types)
    {
        var items = new PyValue[types.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = PyValue.FromObject(types[i]);
        }

        return new PyTuple(items);
    }

    /// <summary><c>type_call</c>: type(x), or New then Init when the result is an instance of the class.</summary>
    private static PyValue Call(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var type = AsType(callable);
        var nkw = kwnames?.Length ?? 0;
        if (ReferenceEquals(type, PyType.TypeType))
        {
            if (args.Length == 1 && nkw == 0)
            {
                return PyValue.FromObject(args[0].Type);
            }

            if (args.Length - nkw != 3)
            {
                return ts.SetError(PyExc.TypeError, "type() takes 1 or 3 arguments");
            }
        }

        if (type.New is not { } newSlot)
        {
            return ts.SetError(PyExc.TypeError, "cannot create '" + type.FullName + "' instances");
        }

        var obj = newSlot(ts, type, args, kwnames);
        if (obj.IsError || !obj.Type.IsSubtypeOf(type))
        {
            return obj;
        }

        if (obj.Type.Init is { } init && !init(ts, obj, args, kwnames))
        {
            return PyValue.Error;
        }

        return obj;
    }

    /// <summary><c>type_getattro</c>: metatype data descriptors, then the class's MRO, then the metatype.</summary>
    internal static int GetAttr(ThreadState ts, PyValue obj, PyStr name, out PyValue value)
    {
        var type = AsType(obj);
        var meta = obj.Type;
        DescrGetFunc? metaGet = null;
        if (meta.TryLookup(name, out var metaAttr))
        {
            metaGet = metaAttr.Type.DescrGet;
            if (metaGet is not null && metaAttr.Type.DescrSet is not null)
            {
                value = metaGet(ts, metaAttr, obj, meta);
                return value.IsError ? -1 : 1;
            }
        }

        if (type.TryLookup(name, out var attr))
        {
            if (attr.Type.DescrGet is { } get)
            {
                value = get(ts, attr, PyValue.Null, type);
                return value.IsError ? -1 : 1;
            }

            value = attr;
            return 1;
        }

        if (metaGet is not null)
        {
            value = metaGet(ts, metaAttr, obj, meta);
            return value.IsError ? -1 : 1;
        }

        if (!metaAttr.IsNull)
        {
            value = metaAttr;
            return 1;
        }

        value = default;
        return 0;
    }

    private static bool SetAttr(ThreadState ts, PyValue obj, PyStr name, PyValue value)
    {
        var type = AsType(obj);
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            ts.SetError(PyExc.TypeError, "cannot set '" + name.Value + "' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        if (obj.Type.TryLookup(name, out var metaAttr) && metaAttr.Type.DescrSet is { } set)
        {
            return set(ts, metaAttr, obj, value);
        }

        if (value.IsNull)
        {
            if (!type.RemoveDictEntry(name))
            {
                PyOps.RaiseNoAttributeToDelete(ts, obj, name);
                return false;
            }

            return true;
        }

        type.SetDictEntry(PyStr.Intern(name), value);
        return true;
    }

    private static bool SetName(ThreadState ts, PyValue self, PyValue value)
    {
        var type = AsType(self);
        if (!CheckHeapSet(ts, type, "__name__", value))
        {
            return false;
        }

        if (value.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "can only assign string to " + type.Name + ".__name__, not '" + value.Type.Name + "'");
            return false;
        }

        if (s.Value.Contains('\0', StringComparison.Ordinal))
        {
            ts.SetError(PyExc.ValueError, "type name must not contain null characters");
            return false;
        }

        type.SetNames(s.Value, null);
        return true;
    }

    private static bool SetQualName(ThreadState ts, PyValue self, PyValue value)
    {
        var type = AsType(self);
        if (!CheckHeapSet(ts, type, "__qualname__", value))
        {
            return false;
        }

        if (value.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "can only assign string to " + type.Name + ".__qualname__, not '" + value.Type.Name + "'");
            return false;
        }

        type.SetNames(null, s.Value);
        return true;
    }

    private static PyValue GetModule(ThreadState ts, PyValue self)
    {
        var type = AsType(self);
        if (type.HasFlag(TypeFlags.HeapType) && type.TryGetOwn(Names.Module, out var m))
        {
            return m;
        }

        return PyValue.FromObject(PyStr.Intern(type.ModuleName));
    }

    private static bool SetModule(ThreadState ts, PyValue self, PyValue value)
    {
        var type = AsType(self);
        if (!CheckHeapSet(ts, type, "__module__", value))
        {
            return false;
        }

        type.SetDictEntry(Names.Module, value);
        return true;
    }

    private static bool CheckHeapSet(ThreadState ts, PyType type, string name, PyValue value)
    {
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            ts.SetError(PyExc.TypeError, "cannot set '" + name + "' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        if (value.IsNull)
        {
            ts.SetError(PyExc.TypeError, "cannot delete '" + name + "' attribute of immutable type '" + type.Name + "'");
            return false;
        }

        return true;
    }
}
