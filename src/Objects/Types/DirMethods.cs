namespace ProtoPython.Objects;

/// <summary>
/// The default <c>__dir__</c> methods <c>dir()</c> calls: object's (instance <c>__dict__</c> keys
/// plus the attributes of the class and its bases), type's (the class and its bases) and module's
/// (the module dict's keys, or its <c>__dir__</c> entry). <c>dir()</c> sorts the result.
/// </summary>
internal static class DirMethods
{
    private static readonly PyStr s_bases = PyStr.Intern("__bases__");
    private static readonly PyStr s_dir = PyStr.Intern("__dir__");

    /// <summary><c>object.__dir__(self)</c>.</summary>
    public static PyValue ObjectDir(ThreadState ts, PyValue self)
    {
        var names = new PyDict();
        var r = PyOps.TryGetAttr(ts, self, Names.Dict, out var dict);
        if (r < 0)
        {
            return PyValue.Error;
        }

        // Only a real dict counts (a mappingproxy, as on classes, does not).
        if (r > 0 && dict.AsObject is PyDict d && !MergeKeys(ts, names, d))
        {
            return PyValue.Error;
        }

        r = PyOps.TryGetAttr(ts, self, Names.Class, out var cls);
        if (r < 0 || (r > 0 && !MergeClass(ts, names, cls)))
        {
            return PyValue.Error;
        }

        return KeysOf(names);
    }

    /// <summary><c>type.__dir__(cls)</c>: the attributes of the class and its bases, not the metaclass's.</summary>
    public static PyValue TypeDir(ThreadState ts, PyValue self)
    {
        var names = new PyDict();
        return MergeClass(ts, names, self) ? KeysOf(names) : PyValue.Error;
    }

    /// <summary><c>module.__dir__(m)</c>.</summary>
    public static PyValue ModuleDir(ThreadState ts, PyValue self)
    {
        var dict = ((PyModule)self.AsObject).Dict;
        if (dict.TryGetStr(s_dir, out var hook))
        {
            return PyOps.Call0(ts, hook);
        }

        return KeysOf(dict);
    }

    // merge_class_dict: the class's own dict, then its bases' recursively.
    private static bool MergeClass(ThreadState ts, PyDict names, PyValue cls)
    {
        if (!PyOps.EnsureStack(ts))
        {
            return false;
        }

        if (cls.AsObject is PyType t)
        {
            if (!MergeKeys(ts, names, t.TypeDict))
            {
                return false;
            }

            foreach (var b in t.Bases)
            {
                if (!MergeClass(ts, names, PyValue.FromObject(b)))
                {
                    return false;
                }
            }

            return true;
        }

        var r = PyOps.TryGetAttr(ts, cls, Names.Dict, out var classDict);
        if (r < 0 || (r > 0 && classDict.AsObject is PyDict d && !MergeKeys(ts, names, d)))
        {
            return false;
        }

        r = PyOps.TryGetAttr(ts, cls, s_bases, out var bases);
        if (r < 0)
        {
            return false;
        }

        if (r > 0 && bases.AsObject is PyTuple tuple)
        {
            foreach (var b in tuple.Items)
            {
                if (!MergeClass(ts, names, b))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool MergeKeys(ThreadState ts, PyDict names, PyDict source)
    {
        foreach (var entry in source)
        {
            if (!names.SetItem(ts, entry.Key, PyValue.None))
            {
                return false;
            }
        }

        return true;
    }

    private static PyValue KeysOf(PyDict dict)
    {
        var list = new PyList();
        foreach (var entry in dict)
        {
            list.Append(entry.Key);
        }

        return PyValue.FromObject(list);
    }
}
