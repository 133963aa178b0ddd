using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>An instance of <c>ast.AST</c> or a subclass: its fields and positions live in its <c>__dict__</c>.</summary>
internal sealed class AstObject(PyType type) : NativeObject(type)
{
    /// <summary>The instance dict (AST and all its subclasses have one).</summary>
    public PyDict Dict => GetDict(true)!;
}

/// <summary>
/// <c>ast.AST</c>, the base of every node class (CPython's <c>AST_type</c>): the 3.13+ constructor
/// (<c>ast_type_init</c>), the 3.14 depth-limited repr, <c>__reduce__</c> and <c>__replace__</c>.
/// </summary>
internal static partial class AstNodeType
{
    private static readonly PyStr s_fields = PyStr.Intern("_fields");
    private static readonly PyStr s_attributes = PyStr.Intern("_attributes");
    private static readonly PyStr s_fieldTypes = PyStr.Intern("_field_types");

    public static PyType Create()
    {
        var t = NativeTypes.Create("AST", "ast", subclassable: true);
        t.InitializeInstanceLayout(hasDict: true, ownSlots: 0);
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new AstObject(type));
        t.Init = Init;
        t.Repr = static (ts, v) => Repr(ts, v);
        t.AddMethod("__reduce__", static (ts, a, kw) => ArgParser.CheckPositional(ts, "__reduce__", a, kw, 1, 1) ? Reduce(ts, a[0]) : PyValue.Error);
        t.AddMethod("__replace__", static (ts, a, kw) => Replace(ts, a, kw));
        t.AddGetSet("__dict__", static (ts, v) => v.AsObject is IHasDict d && d.GetDict(true) is { } dict ? PyValue.FromObject(dict) : ts.SetError(PyExc.AttributeError, "no __dict__"), static (ts, v, value) =>
        {
            if (value.IsNull || value.AsObject is not PyDict d || v.AsObject is not IHasDict owner)
            {
                ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary");
                return false;
            }

            owner.SetDict(d);
            return true;
        });
        t.AddValue("_fields", PyValue.FromObject(PyTuple.Empty));
        t.AddValue("_attributes", PyValue.FromObject(PyTuple.Empty));
        t.AddValue("__match_args__", PyValue.FromObject(PyTuple.Empty));
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>CPython's <c>tp_name</c> (repr, "expected Module node, got ..."): <c>ast.AST</c> for the base, the bare name for the heap classes; other messages use the bare name.</summary>
    internal static string TypeName(PyType t) => t.HasFlag(TypeFlags.HeapType) ? t.Name : "ast." + t.Name;

    /// <summary>The items of a class's <c>_fields</c> or <c>_attributes</c>; null when the class has none; false on error.</summary>
    private static bool TryNames(ThreadState ts, PyType type, PyStr which, out List<PyValue>? names)
    {
        names = null;
        var r = PyOps.TryGetAttr(ts, PyValue.FromObject(type), which, out var seq);
        if (r < 0)
        {
            return false;
        }

        if (r == 0)
        {
            return true;
        }

        var it = PyOps.GetIter(ts, seq);
        if (it.IsError)
        {
            return false;
        }

        names = [];
        while (true)
        {
            var n = PyOps.Next(ts, it, out var item);
            if (n < 0)
            {
                return false;
            }

            if (n == 0)
            {
                return true;
            }

            names.Add(item);
        }
    }

    private static int IndexOf(ThreadState ts, List<PyValue> names, PyValue key)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var eq = PyOps.RichCompareBool(ts, names[i], key, CompareOp.Eq);
            if (eq != 0)
            {
                return eq > 0 ? i : -2;
            }
        }

        return -1;
    }

    /// <summary><c>ast_type_init</c>: positional and keyword fields, 3.13 defaults and DeprecationWarnings.</summary>
    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var type = self.Type;
        var name = type.Name;
        if (!TryNames(ts, type, s_fields, out var fields))
        {
            return false;
        }

        fields ??= [];
        var npos = args.Length - (kwnames?.Length ?? 0);
        if (npos > fields.Count)
        {
            ts.SetError(PyExc.TypeError, name + " constructor takes at most " + fields.Count + " positional argument" + (fields.Count == 1 ? string.Empty : "s"));
            return false;
        }

        var remaining = new bool[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            remaining[i] = i >= npos;
        }

        for (var i = 0; i < npos; i++)
        {
            if (!SetAttr(ts, self, fields[i], args[i]))
            {
                return false;
            }
        }

        List<PyValue>? attributes = null;
        for (var k = 0; k < (kwnames?.Length ?? 0); k++)
        {
            var key = kwnames![k];
            var index = IndexOf(ts, fields, key);
            if (index == -2)
            {
                return false;
            }

            if (index >= 0)
            {
                if (!remaining[index])
                {
                    ts.SetError(PyExc.TypeError, name + " got multiple values for argument " + PyOps.Repr(ts, key)?.Value);
                    return false;
                }

                remaining[index] = false;
            }
            else
            {
                if (attributes is null && !TryNames(ts, type, s_attributes, out attributes))
                {
                    return false;
                }

                var known = attributes is null ? -1 : IndexOf(ts, attributes, key);
                if (known == -2)
                {
                    return false;
                }

                if (known == -1 && !AstWarnings.Deprecation(ts, name + ".__init__ got an unexpected keyword argument " + PyOps.Repr(ts, key)?.Value
                    + ". Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15."))
                {
                    return false;
                }
            }

            if (!SetAttr(ts, self, key, args[npos + k]))
            {
                return false;
            }
        }

        return SetDefaults(ts, self, name, fields, remaining);
    }

    private static bool SetAttr(ThreadState ts, PyValue self, PyValue name, PyValue value)
    {
        if (name.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + name.Type.Name + "'");
            return false;
        }

        return PyOps.SetAttr(ts, self, s, value);
    }

    /// <summary>The fields not given: [] for lists, <c>Load()</c> for contexts, nothing for optional fields, a warning for the others.</summary>
    private static bool SetDefaults(ThreadState ts, PyValue self, string name, List<PyValue> fields, bool[] remaining)
    {
        if (Array.IndexOf(remaining, true) < 0)
        {
            return true;
        }

        var r = PyOps.TryGetAttr(ts, PyValue.FromObject(self.Type), s_fieldTypes, out var fieldTypes);
        if (r <= 0)
        {
            // A user subclass without _field_types: missing fields simply do not exist (as before 3.13).
            return r == 0;
        }

        var classes = AstClasses.IfCreated;
        for (var i = 0; i < fields.Count; i++)
        {
            if (!remaining[i])
            {
                continue;
            }

            var fieldType = PyOps.GetItem(ts, fieldTypes, fields[i]);
            var fieldName = fields[i].AsObject is PyStr fs ? fs.Value : "?";
            if (fieldType.IsError)
            {
                if (!ts.ErrorMatches(PyExc.KeyError))
                {
                    return false;
                }

                ts.ClearError();
                if (!AstWarnings.Deprecation(ts, "Field '" + fieldName + "' is missing from " + name + "._field_types. This will become an error in Python 3.15."))
                {
                    return false;
                }
            }
            else if (fieldType.AsObject is PyUnion)
            {
                // Optional: the class holds a None default.
            }
            else if (fieldType.AsObject is PyGenericAlias)
            {
                if (!SetAttr(ts, self, fields[i], PyValue.FromObject(new PyList())))
                {
                    return false;
                }
            }
            else if (classes is not null && ReferenceEquals(fieldType.AsObject, classes.Lookup("expr_context")))
            {
                if (!SetAttr(ts, self, fields[i], classes.EnumSingletons[AstClasses.EnumIndex("expr_context")][0]))
                {
                    return false;
                }
            }
            else if (!AstWarnings.Deprecation(ts, name + ".__init__ missing 1 required positional argument: '" + fieldName + "'. This will become an error in Python 3.15."))
            {
                return false;
            }
        }

        return true;
    }
}
