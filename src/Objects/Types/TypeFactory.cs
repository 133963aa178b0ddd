namespace ProtoPython.Objects;

/// <summary>
/// <c>type.__new__(meta, name, bases, ns, **kw)</c>: creates a heap type from a class body's
/// namespace (CPython's <c>type_new</c>): metaclass resolution, layout, <c>__slots__</c>,
/// implicit classmethods/staticmethods, <c>__hash__ = None</c> after <c>__eq__</c>,
/// <c>__classcell__</c>, <c>__set_name__</c> and <c>__init_subclass__</c>.
/// </summary>
public static class TypeFactory
{
    /// <summary>The New slot of <c>type</c>.</summary>
    public static PyValue New(ThreadState ts, PyType metatype, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var npos = args.Length - nkw;
        if (ReferenceEquals(metatype, PyType.TypeType) && npos == 1 && nkw == 0)
        {
            return PyValue.FromObject(args[0].Type);
        }

        if (npos != 3)
        {
            return ts.SetError(PyExc.TypeError, "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }

        if (args[0].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "type.__new__() argument 1 must be str, not " + args[0].Type.Name);
        }

        if (name.Value.Contains('\0', StringComparison.Ordinal))
        {
            return ts.SetError(PyExc.ValueError, "type name must not contain null characters");
        }

        if (args[1].AsObject is not PyTuple basesTuple)
        {
            return ts.SetError(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not " + args[1].Type.Name);
        }

        if (args[2].AsObject is not PyDict ns)
        {
            return ts.SetError(PyExc.TypeError, "type.__new__() argument 3 must be dict, not " + args[2].Type.Name);
        }

        // A base with __mro_entries__ (a generic alias) needs __build_class__ or types.new_class.
        for (var i = 0; i < basesTuple.Length; i++)
        {
            if (basesTuple[i].AsObject is PyType)
            {
                continue;
            }

            var found = PyOps.TryGetAttr(ts, basesTuple[i], Names.MroEntries, out _);
            if (found != 0)
            {
                return found < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }

        // The most derived metaclass wins; if it is not this one, it creates the class.
        var winner = CalculateMetaclass(ts, metatype, basesTuple.Items);
        if (winner is null)
        {
            return PyValue.Error;
        }

        var bases = new PyType[basesTuple.Length];
        for (var i = 0; i < bases.Length; i++)
        {
            if (basesTuple[i].AsObject is not PyType b)
            {
                return ts.SetError(PyExc.TypeError, "bases must be types");
            }

            bases[i] = b;
        }

        if (!ReferenceEquals(winner, metatype) && winner.New is { } otherNew && !ReferenceEquals(otherNew, PyType.TypeType.New))
        {
            return otherNew(ts, winner, args, kwnames);
        }

        return Create(ts, winner, name, bases, ns, args[npos..], kwnames);
    }

    /// <summary>"metaclass conflict..." unless one metaclass is a subclass of all the others.</summary>
    public static PyType? CalculateMetaclass(ThreadState ts, PyType metatype, ReadOnlySpan<PyValue> bases)
    {
        var winner = metatype;
        foreach (var b in bases)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt))
            {
                continue;
            }

            if (bt.IsSubtypeOf(winner))
            {
                winner = bt;
                continue;
            }

            ts.SetError(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            return null;
        }

        return winner;
    }

    private static PyValue Create(ThreadState ts, PyType metatype, PyStr name, PyType[] bases, PyDict ns, ReadOnlySpan<PyValue> kwValues, PyTuple? kwnames)
    {
        // Without __module__ in the namespace (type(name, bases, dict)), the caller's module name is used.
        if (!ns.TryGetStr(Names.Module, out _) && ts.CurrentFrame?.Globals is { } g && g.TryGetStr(Names.Name, out var callerModule))
        {
            ns.SetStr(Names.Module, callerModule);
        }

        var module = ns.TryGetStr(Names.Module, out var m) && m.AsObject is PyStr ms ? ms.Value : "builtins";
        var type = PyType.Create(ts, name.Value, module, bases);
        if (type is null)
        {
            return PyValue.Error;
        }

        type.Type = metatype;
        string? qualName = null;
        PyValue classCell = PyValue.Null;
        PyValue slots = PyValue.Null;
        foreach (var (key, value) in ns)
        {
            if (key.AsObject is not PyStr k)
            {
                continue;
            }

            switch (k.Value)
            {
                case "__qualname__":
                    if (value.AsObject is not PyStr qs)
                    {
                        return ts.SetError(PyExc.TypeError, "type __qualname__ must be a str, not " + value.Type.Name);
                    }

                    qualName = qs.Value;
                    continue;
                case "__classcell__":
                    classCell = value;
                    continue;
                case "__classdictcell__":
                    // type_new_set_classdictcell: the cell gets the class's dict, and leaves the namespace.
                    if (value.AsObject is PyCell dictCell)
                    {
                        dictCell.Value = PyValue.FromObject(type.TypeDict);
                    }

                    continue;
                case "__slots__":
                    slots = value;
                    break;
            }

            var v = value;
            if (k.Value is "__init_subclass__" or "__class_getitem__" && v.AsObject is PyFunction)
            {
                v = PyValue.FromObject(new PyClassMethod(PyType.ClassMethod, v));
            }
            else if (k.Value == "__new__" && v.AsObject is PyFunction)
            {
                v = PyValue.FromObject(new PyStaticMethod(PyType.StaticMethod, v));
            }

            type.TypeDict.SetStr(PyStr.Intern(k), v);
        }

        type.SetNames(null, qualName ?? name.Value);
        if (type.TypeDict.TryGetStr(Names.Eq, out _) && !type.TypeDict.TryGetStr(Names.Hash, out _))
        {
            type.TypeDict.SetStr(Names.Hash, PyValue.None);
        }

        // After the layout: '__doc__' may be a slot (typing._SpecialForm).
        if (!SetupLayout(ts, type, slots) || !PyType.ApplyCustomMro(ts, type))
        {
            return PyValue.Error;
        }

        if (!type.TypeDict.TryGetStr(Names.Doc, out _))
        {
            type.TypeDict.SetStr(Names.Doc, PyValue.None);
        }

        SlotTable.Update(type);
        if (!classCell.IsNull)
        {
            if (classCell.AsObject is not PyCell cell)
            {
                return ts.SetError(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not " + classCell.Type);
            }

            cell.Value = PyValue.FromObject(type);
        }

        var typeValue = PyValue.FromObject(type);
        if (!SetNames(ts, type) || !InitSubclass(ts, type, kwValues, kwnames))
        {
            return PyValue.Error;
        }

        return typeValue;
    }

    // __slots__: one member descriptor per name; '__dict__' and '__weakref__' in slots add those.
    // Without __slots__ a class gets both, unless a base already provides them.
    private static bool SetupLayout(ThreadState ts, PyType type, PyValue slots)
    {
        var mayAddDict = !type.Base!.HasInstanceDict && !BaseHasDict(type);
        var mayAddWeak = MayAddWeakref(type);
        if (slots.IsNull)
        {
            type.InitializeInstanceLayout(hasDict: true, ownSlots: 0);
            if (mayAddDict)
            {
                AddDictDescriptor(type);
            }

            if (mayAddWeak)
            {
                AddWeakrefDescriptor(type);
            }

            return true;
        }

        var names = SlotNames(ts, slots);
        if (names is null)
        {
            return false;
        }

        var baseSlots = 0;
        foreach (var b in type.Mro)
        {
            if (!ReferenceEquals(b, type))
            {
                baseSlots = Math.Max(baseSlots, b.SlotCount);
            }
        }

        // Variable-size instances (CPython's tp_itemsize != 0) have no room for slot values.
        var builtinBase = type.BuiltinBase;
        if (names.Exists(n => n.Value is not ("__dict__" or "__weakref__")) && HasItemSize(builtinBase))
        {
            ts.SetError(PyExc.TypeError, "nonempty __slots__ not supported for subtype of '" + type.Base!.Name + "'");
            return false;
        }

        var addDict = false;
        var addWeak = false;
        var members = new List<string>();
        foreach (var n in names)
        {
            if (!IsIdentifier(n.Value))
            {
                ts.SetError(PyExc.TypeError, "__slots__ must be identifiers");
                return false;
            }

            if (n.Value == "__dict__")
            {
                if (!mayAddDict || addDict)
                {
                    ts.SetError(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
                    return false;
                }

                addDict = true;
                continue;
            }

            if (n.Value == "__weakref__")
            {
                if (!mayAddWeak || addWeak)
                {
                    ts.SetError(PyExc.TypeError, "__weakref__ slot disallowed: we already got one");
                    return false;
                }

                addWeak = true;
                continue;
            }

            members.Add(Mangle(type.Name, n.Value));
        }

        // Sorted like CPython (the mangled names), which fixes the member order.
        members.Sort(StringComparer.Ordinal);
        var own = 0;
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in members)
        {
            var mangled = PyStr.Intern(name);
            if (added.Add(name) && type.TypeDict.TryGetStr(mangled, out _))
            {
                ts.SetError(PyExc.ValueError, "'" + name + "' in __slots__ conflicts with class variable");
                return false;
            }

            type.TypeDict.SetStr(mangled, PyValue.FromObject(new PyMemberDescriptor(type, mangled.Value, baseSlots + own)));
            own++;
        }

        type.InitializeInstanceLayout(addDict, own);
        if (addDict)
        {
            AddDictDescriptor(type);
        }

        if (addWeak)
        {
            AddWeakrefDescriptor(type);
        }

        return true;
    }

    private static List<PyStr>? SlotNames(ThreadState ts, PyValue slots)
    {
        var names = new List<PyStr>();
        if (slots.AsObject is PyStr single)
        {
            names.Add(single);
            return names;
        }

        var it = PyOps.GetIter(ts, slots);
        if (it.IsError)
        {
            return null;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return names;
            }

            if (item.AsObject is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, "__slots__ items must be strings, not '" + item.Type.Name + "'");
                return null;
            }

            names.Add(s);
        }
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    // int, tuple and bytes instances are variable-size (tp_itemsize != 0).
    private static bool HasItemSize(PyType builtin) =>
        builtin.IsSubtypeOf(PyType.Int) || builtin.IsSubtypeOf(PyType.Tuple) || builtin.IsSubtypeOf(PyType.Bytes);

    private static bool BaseHasDict(PyType type)
    {
        foreach (var b in type.Mro)
        {
            if (!ReferenceEquals(b, type) && b.TryGetOwn(Names.Dict, out _))
            {
                return true;
            }
        }

        return false;
    }

    // may_add_weak: no base supports weak references yet, and instances are fixed-size.
    private static bool MayAddWeakref(PyType type)
    {
        if (HasItemSize(type.BuiltinBase))
        {
            return false;
        }

        foreach (var b in type.Mro)
        {
            if (!ReferenceEquals(b, type) && (b.TryGetOwn(Names.WeakRef, out _) || ReferenceEquals(b, PyType.TypeType)
                || ReferenceEquals(b, PyType.Set) || ReferenceEquals(b, PyType.FrozenSet)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal))
        {
            return name;
        }

        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private static void AddDictDescriptor(PyType type)
    {
        // setdefault, like CPython's type_add_getset: a '__dict__' the class body defines stays.
        if (type.TypeDict.TryGetStr(Names.Dict, out _))
        {
            return;
        }

        type.TypeDict.SetStr(Names.Dict, PyValue.FromObject(new PyGetSetDescriptor(type, "__dict__",
            static (ts, v) => (v.AsObject is IHasDict h ? h.GetDict(true) : StrSubclassDicts.Get(v.AsObject, true)) is { } d ? PyValue.FromObject(d) : ts.SetError(PyExc.AttributeError, "This object has no __dict__"),
            static (ts, v, x) =>
            {
                if (x.AsObject is not PyDict d)
                {
                    if (x.IsNull && v.AsObject is IHasDict holder)
                    {
                        // del obj.__dict__: a fresh empty dict next time.
                        holder.SetDict(new PyDict());
                        return true;
                    }

                    ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '" + x.Type.Name + "'");
                    return false;
                }

                if (v.AsObject is PyStr str)
                {
                    StrSubclassDicts.Set(str, d);
                    return true;
                }

                ((IHasDict)v.AsObject).SetDict(d);
                return true;
            })
        { Doc = "dictionary for instance variables" }));
    }

    // No weak references exist yet: __weakref__ reads None.
    private static void AddWeakrefDescriptor(PyType type)
    {
        if (!type.TypeDict.TryGetStr(Names.WeakRef, out _))
        {
            type.TypeDict.SetStr(Names.WeakRef, PyValue.FromObject(new PyGetSetDescriptor(type, "__weakref__", static (ts, v) => PyValue.None, null)
            { Doc = "list of weak references to the object" }));
        }
    }

    private static bool SetNames(ThreadState ts, PyType type)
    {
        // A snapshot in two arrays (a __set_name__ may change the dict); not a List of
        // KeyValuePair<PyValue, PyValue>, a BCL generic over our struct that is JIT-compiled.
        var count = type.TypeDict.Count;
        var keys = new PyValue[count];
        var values = new PyValue[count];
        var n = 0;
        foreach (var kv in type.TypeDict)
        {
            keys[n] = kv.Key;
            values[n++] = kv.Value;
        }

        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            var value = values[i];
            var r = PyOps.CallSpecial(ts, value, Names.SetName, [PyValue.FromObject(type), key], out var found);
            if (found && r.IsError)
            {
                var inner = ts.FetchError();
                var note = "Error calling __set_name__ on '" + value.Type.Name + "' instance " + PyOps.Repr(ts, key)?.Value + " in '" + type.Name + "'";
                if (inner is not null)
                {
                    inner.AddNote(note);
                    ts.SetError(inner);
                }

                return false;
            }
        }

        return true;
    }

    // super(type, type).__init_subclass__(**kwargs)
    private static bool InitSubclass(ThreadState ts, PyType type, ReadOnlySpan<PyValue> kwValues, PyTuple? kwnames)
    {
        var mro = type.Mro;
        for (var i = 1; i < mro.Length; i++)
        {
            if (!mro[i].TryGetOwn(Names.InitSubclass, out var attr))
            {
                continue;
            }

            var typeValue = PyValue.FromObject(type);
            var bound = attr.Type.DescrGet is { } get ? get(ts, attr, PyValue.Null, type) : attr;
            if (bound.IsError)
            {
                return false;
            }

            return !PyOps.Call(ts, bound, kwValues, kwnames).IsError;
        }

        return true;
    }
}
