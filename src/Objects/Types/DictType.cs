namespace ProtoPython.Objects;

/// <summary>dict slots; methods and views in <c>DictType.Methods.cs</c>.</summary>
internal static partial class DictType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Dict;
        t.HashFunction = PyType.HashNotImplemented;
        t.Length = static (ts, v) => ((PyDict)v.AsObject).Count;
        t.GetItem = static (ts, v, key) =>
        {
            var dict = (PyDict)v.AsObject;
            var r = dict.TryGetValue(ts, key, out var value);
            if (r == DictLookup.Found)
            {
                return value;
            }

            if (r == DictLookup.Error)
            {
                return PyValue.Error;
            }

            if (!ReferenceEquals(v.Type, PyType.Dict))
            {
                var m = PyOps.CallSpecial(ts, v, Names.Missing, [key], out var found);
                if (found)
                {
                    return m;
                }
            }

            return ts.SetError(PyExc.KeyError, key);
        };
        t.SetItem = static (ts, v, key, value) =>
            value.IsNull ? ((PyDict)v.AsObject).DelItem(ts, key) : ((PyDict)v.AsObject).SetItem(ts, key, value);
        t.Contains = static (ts, v, key) => (int)((PyDict)v.AsObject).TryGetValue(ts, key, out _);

        // Methods (METH_COEXIST in CPython), not slot wrappers.
        t.AddMethod1("__getitem__", static (ts, self, key) => PyType.Dict.GetItem!(ts, self, key));
        t.AddMethod1("__contains__", static (ts, self, key) => PyType.Dict.Contains!(ts, self, key) is var r && r < 0 ? PyValue.Error : PyValue.FromBool(r > 0));
        t.Repr = static (ts, v) =>
        {
            var dict = (PyDict)v.AsObject;
            if (dict.Count == 0)
            {
                return PyValue.FromObject(PyStr.Intern("{}"));
            }

            if (!ReprGuard.Enter(dict))
            {
                return PyValue.FromObject(new PyStr("{...}"));
            }

            try
            {
                // Walk entries by index: a key's or value's repr may change the dict.
                var sb = new System.Text.StringBuilder("{");
                var first = true;
                for (var i = 0; i < dict.EntryCount; i++)
                {
                    if (!dict.EntryAt(i, out var key, out var value))
                    {
                        continue;
                    }

                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    var kr = PyOps.Repr(ts, key);
                    var vr = kr is null ? null : PyOps.Repr(ts, value);
                    if (vr is null)
                    {
                        return PyValue.Error;
                    }

                    sb.Append(kr!.Value).Append(": ").Append(vr.Value);
                }

                return PyValue.FromObject(new PyStr(sb.Append('}').ToString()));
            }
            finally
            {
                ReprGuard.Leave(dict);
            }
        };
        t.New = static (ts, type, args, kw) => PyValue.FromObject(PyDict.Create(type));

        InstallMethods();
    }
}
